"""Import speed, as ratios to a floor measured in the same run (not part of the test run).

    python tests/bench/bench_import.py [--db URL] [--repeat 3]

1. `import hours` (Transfer.import_hours, what the command line runs) of 25,000 and
   100,000 rows, one customer per 20 rows, each customer with a year of issued
   months; 2. `import customers` of 5,000, 10,000 and 20,000 rows.

Each run starts from a fresh database holding the same customers. The floor is an
executemany of the same rows (the values the import writes) into the same tables,
through the database's own driver, in one transaction, on a fresh copy of the same
database: what the rows cost the database, with no CSV, no checks and no SQLAlchemy.
Figures are the min and the median of --repeat runs; the
targets are judged on the medians.

Targets: each import within 3x its floor, and linear: the time per row at the largest
size at most 1.5x that at the smallest.

Without --db, every run gets a new SQLite file in a temporary folder. --db URL (a
PostgreSQL URL, say) measures in that database instead: it must hold no customers,
and everything a run writes is deleted before the next one.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from accountdesk.app import Desk, open_desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
HOURS_SIZES = (25_000, 100_000)
CUSTOMER_SIZES = (5_000, 10_000, 20_000)
ROWS_PER_CUSTOMER = 20
RATIO_TARGET = 3.0
LINEAR_TARGET = 1.5

TIERS = ("community", "professional", "enterprise")
ZONES = ("UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York")
# Categories every tier of the hours customers includes (they are all Enterprise).
CATEGORIES = ("consulting", "development", "incident", "training", "onsite")
ISSUED = [Month(2025, month) for month in range(1, 13)]


def customer_rows(count: int, prefix: str, tiers: tuple[str, ...]) -> list[dict[str, str]]:
    return [
        {
            "name": f"{prefix} {i:06d}",
            "tier": tiers[i % len(tiers)],
            "start": "2024-01-01",
            "end": "2027-12-31" if i % 4 == 0 else "",
            "timezone": ZONES[i % len(ZONES)],
            "language": "en",
            "csm": f"CSM {i % 17}",
            "tam": f"TAM {i % 23}" if i % 2 else "",
            "monthly_fee": "" if i % 3 else "1,250.00",
        }
        for i in range(count)
    ]


def hours_rows(count: int, customers: int) -> list[dict[str, str]]:
    first = date(2026, 1, 1)
    return [
        {
            "customer": f"Hours {i * 7919 % customers:06d}",
            "date": (first + timedelta(days=i * 31 % 320)).isoformat(),
            "hours": f"{(i % 16 + 1) * 0.25:.2f}",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "engineer": f"engineer{i % 40}",
            "note": f"Ticket {100000 + i}: call with the customer, next steps agreed",
        }
        for i in range(count)
    ]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


class Databases:
    """Fresh databases: copies of one new SQLite file, or the one --db emptied."""

    def __init__(self, folder: Path, url: str | None) -> None:
        self.folder = folder
        self.url = url
        self.count = 0
        if url is None:
            self.template: Path | None = folder / "template.sqlite3"
            open_desk(str(self.template), clock=FixedClock(TODAY), user="bench").close()
        else:
            self.template = None
            desk = open_desk(url, clock=FixedClock(TODAY), user="bench")
            with desk.sessions.begin() as s:
                customers = s.scalar(select(func.count()).select_from(m.Customer)) or 0
            desk.close()
            if customers:
                raise SystemExit(
                    f"{desk.location} holds {customers:,} customers; the benchmark deletes "
                    "what it writes, so give it an empty database."
                )

    @contextmanager
    def fresh(self) -> Iterator[Desk]:
        if self.template is not None:
            self.count += 1
            path = self.folder / f"run{self.count}.sqlite3"
            shutil.copy(self.template, path)
            desk = open_desk(str(path), clock=FixedClock(TODAY), user="bench")
        else:
            assert self.url is not None
            desk = open_desk(self.url, clock=FixedClock(TODAY), user="bench")
        try:
            yield desk
        finally:
            if self.template is None:
                with desk.sessions.begin() as s:  # entries, terms, issued months cascade
                    s.execute(delete(m.LedgerEntry))
                    s.execute(delete(m.Customer))
            desk.close()
            if self.template is not None:
                for file in self.folder.glob(f"run{self.count}.sqlite3*"):
                    file.unlink()


def executemany(desk: Desk, table: str, rows: list[tuple[Any, ...]], columns: str) -> None:
    """The floor: rows into a table through the driver, in one transaction."""
    sqlite = desk.engine.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    width = len(rows[0])
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join([mark] * width)})"
    raw = desk.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if sqlite:
            cursor.execute("BEGIN IMMEDIATE")
        cursor.executemany(sql, rows)
        raw.commit()
    finally:
        raw.close()


def stored(value: Any, sqlite: bool) -> Any:
    """A value as the driver takes it: SQLite keeps dates as ISO text (as SQLAlchemy
    writes them), money as a count of hundredths."""
    if isinstance(value, Decimal):
        return int(value * 100)
    if sqlite and isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    if sqlite and isinstance(value, date):
        return value.isoformat()
    return value


# Each run's seconds: the imports', the floors'.
Timings = tuple[list[float], list[float]]


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def add_hours_customers(desk: Desk, csv_path: Path) -> dict[str, int]:
    """The customers an hours file names, each with a year of issued months; their ids."""
    desk.transfer.import_customers(csv_path)
    with desk.sessions.begin() as s:
        ids = dict(s.execute(select(m.Customer.name, m.Customer.id)).all())
        s.add_all(
            m.LockedMonth(customer_id=i, month=x.label, locked_at=NOW, locked_by="bench")
            for i in ids.values()
            for x in ISSUED
        )
    return ids


def measure_hours(dbs: Databases, folder: Path, size: int, repeat: int) -> Timings:
    customers = size // ROWS_PER_CUSTOMER
    customers_csv = write_csv(
        folder / "hours-customers.csv", customer_rows(customers, "Hours", ("enterprise",))
    )
    rows = hours_rows(size, customers)
    hours_csv = write_csv(folder / "hours.csv", rows)
    imports, floors = [], []
    for _ in range(repeat):
        with dbs.fresh() as desk:
            add_hours_customers(desk, customers_csv)
            count = 0

            def run() -> None:
                nonlocal count
                count = desk.transfer.import_hours(hours_csv).added

            imports.append(timed(run))
            assert count == size, count
        with dbs.fresh() as desk:
            ids = add_hours_customers(desk, customers_csv)
            sqlite = desk.engine.dialect.name == "sqlite"
            values = [
                tuple(
                    stored(v, sqlite)
                    for v in (
                        ids[row["customer"]],
                        date.fromisoformat(row["date"]),
                        row["category"],
                        row["engineer"],
                        round(float(row["hours"]) * 3600),
                        row["note"],
                    )
                )
                for row in rows
            ]
            columns = "customer_id, entry_date, category, engineer, seconds, description"
            floors.append(timed(partial(executemany, desk, "ledger_entry", values, columns)))
    return imports, floors


def measure_customers(dbs: Databases, folder: Path, size: int, repeat: int) -> Timings:
    rows = customer_rows(size, "Customer", TIERS)
    path = write_csv(folder / "customers.csv", rows)
    imports, floors = [], []
    for _ in range(repeat):
        with dbs.fresh() as desk:
            imports.append(timed(lambda: desk.transfer.import_customers(path)))
            assert desk.portfolio.counts().customers == size
        with dbs.fresh() as desk:
            sqlite = desk.engine.dialect.name == "sqlite"
            with desk.sessions.begin() as s:
                first = (s.scalar(select(func.max(m.Customer.id))) or 0) + 1
            customers = [
                tuple(
                    stored(v, sqlite)
                    for v in (
                        first + i,
                        row["name"],
                        row["timezone"],
                        row["language"],
                        row["csm"] or None,
                        row["tam"] or None,
                        date.fromisoformat(row["start"]),
                        date.fromisoformat(row["end"]) if row["end"] else None,
                        None,
                        False,
                        "",
                        NOW,
                    )
                )
                for i, row in enumerate(rows)
            ]
            terms = [
                tuple(
                    stored(v, sqlite)
                    for v in (
                        first + i,
                        row["tier"],
                        date.fromisoformat(row["start"]),
                        Decimal(row["monthly_fee"].replace(",", ""))
                        if row["monthly_fee"]
                        else None,
                    )
                )
                for i, row in enumerate(rows)
            ]

            def floor(customers: list[tuple[Any, ...]], terms: list[tuple[Any, ...]]) -> None:
                executemany(
                    desk,
                    "customer",
                    customers,
                    "id, name, timezone, language, csm, tam, contract_start, contract_end, "
                    "holiday_calendar, rollover, notes, created_at",
                )
                executemany(
                    desk,
                    "contract_term",
                    terms,
                    "customer_id, tier_key, effective_from, monthly_fee",
                )

            floors.append(timed(partial(floor, customers, terms)))
    return imports, floors


def report(what: str, results: dict[int, Timings]) -> bool:
    """Each size's import and floor (min and median of the runs) and their ratios; the
    targets are judged on the medians."""
    ok = True
    median = {size: statistics.median(runs) for size, (runs, _) in results.items()}
    per_row = {size: seconds / size for size, seconds in median.items()}
    for size, (runs, floors) in results.items():
        ratio = median[size] / statistics.median(floors)
        ok = ok and ratio <= RATIO_TARGET
        print(
            f"{what} {size:>7,} rows: {min(runs):6.2f} / {median[size]:6.2f} s (min / median), "
            f"{per_row[size] * 1e6:5.1f} µs per row; floor (executemany) {min(floors):5.2f} / "
            f"{statistics.median(floors):5.2f} s; ratio {min(runs) / min(floors):.2f} / "
            f"{ratio:.2f} (target <= {RATIO_TARGET:.2f})"
        )
    growth = per_row[max(per_row)] / per_row[min(per_row)]
    print(
        f"{what}: time per row at {max(per_row):,} rows is {growth:.2f}x that at "
        f"{min(per_row):,} (linear: target <= {LINEAR_TARGET:.2f})"
    )
    return ok and growth <= LINEAR_TARGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database to measure in (a URL or a file)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as name:
        folder = Path(name)
        dbs = Databases(folder, args.db)
        hours = {n: measure_hours(dbs, folder, n, args.repeat) for n in HOURS_SIZES}
        ok = report("import hours", hours)
        customers = {n: measure_customers(dbs, folder, n, args.repeat) for n in CUSTOMER_SIZES}
        ok = report("import customers", customers) and ok
    print("targets met" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
