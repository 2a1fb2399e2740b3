"""Report speed, as ratios to floors measured in the same run (not part of the test run).

1. One customer's report (fetch the figures, assemble, build, write the file) against
   a floor: the same report built by ReportLab from figures already in memory. The
   ratio says what fetching and assembling cost. Target: <= 1.5x.
2. A month-end batch of about 500 reports through `report --all`'s service (figures
   gathered here, PDFs built by two worker processes) against the same reports made
   one after the other in this process. Target: >= 1.7x faster.

    python tests/bench/bench_report.py [--db demo.sqlite3 | --db postgresql+psycopg://...]
        [--batch-db batch.sqlite3]

Without --db, the 5,000-customer / 24-month demo is built in a temporary folder
(about a minute); --db names a demo database (a file or a URL), and one that holds no
customers yet gets that demo first. Without --batch-db, a demo with about 500 report
customers.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
from accountdesk.reports.pdf import build_report
from accountdesk.services.demo import generate_demo

TODAY = date(2026, 11, 26)
MONTH = Month(2026, 10)


def demo_database(folder: Path, name: str, customers: int) -> Path:
    path = folder / name
    desk = open_desk(str(path), clock=FixedClock(TODAY))
    generate_demo(desk.sessions, desk.clock, customers, 24, 1)
    desk.close()
    return path


def busiest_customer(desk) -> int:  # type: ignore[no-untyped-def]
    """The report customer with the most entries in the month: the heaviest report."""
    from sqlalchemy import func, select

    from accountdesk.db import models as m

    with desk.sessions.begin() as s:
        rows = s.execute(
            select(m.LedgerEntry.customer_id, func.count())
            .where(m.LedgerEntry.entry_date.between(MONTH.first, MONTH.last))
            .group_by(m.LedgerEntry.customer_id)
            .order_by(func.count().desc())
        ).all()
    for customer_id, _ in rows:
        try:
            desk.reports.figures(customer_id, MONTH)
            return int(customer_id)
        except Exception:  # a Community customer gets no report
            continue
    raise SystemExit("No customer with a report in the demo month.")


def median_seconds(run, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def filled(db: str) -> str:
    """`db`, with the 5,000-customer demo written into it first when it is empty."""
    desk = open_desk(db, clock=FixedClock(TODAY))
    if desk.portfolio.counts().customers == 0:
        generate_demo(desk.sessions, desk.clock, 5000, 24, 1)
    desk.close()
    return db


def single_report(db: str, out: Path) -> float:
    desk = open_desk(db, clock=FixedClock(TODAY))
    customer = busiest_customer(desk)
    data = desk.reports.figures(customer, MONTH)
    build_report(data)  # warm fonts and imports for both sides alike
    floor = median_seconds(lambda: build_report(data), 7)
    measured = median_seconds(lambda: desk.reports.export(customer, MONTH, out / "one.pdf"), 7)
    entries = len(data.entries)
    desk.close()
    ratio = measured / floor
    print(
        f"one report ({entries} entries): {measured * 1000:.0f} ms; floor (build from "
        f"memory) {floor * 1000:.0f} ms; ratio {ratio:.2f} (target <= 1.50)"
    )
    return ratio


def batch(db: Path, out: Path) -> float:
    desk = open_desk(str(db), clock=FixedClock(TODAY))
    parallel_dir, serial_dir = out / "parallel", out / "serial"
    parallel_dir.mkdir()
    serial_dir.mkdir()
    started = time.perf_counter()
    result = desk.reports.export_all(MONTH, parallel_dir)
    parallel = time.perf_counter() - started
    written = [item for item in result.items if item.ok]
    started = time.perf_counter()
    for item in written:
        desk.reports.export(item.customer_id, MONTH, serial_dir / item.path.name)
    serial = time.perf_counter() - started
    desk.close()
    speedup = serial / parallel
    print(
        f"batch of {len(written)} reports: {parallel:.1f} s with two workers, "
        f"{serial:.1f} s one after the other; {speedup:.2f}x faster (target >= 1.70)"
    )
    return speedup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demo database: a file or a PostgreSQL URL")
    parser.add_argument("--batch-db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        temp = Path(folder)
        db = filled(args.db) if args.db else str(demo_database(temp, "big.sqlite3", 5000))
        batch_db = args.batch_db or demo_database(temp, "batch.sqlite3", 720)
        ratio = single_report(db, temp)
        speedup = batch(batch_db, temp)
    ok = ratio <= 1.5 and speedup >= 1.7
    print("targets met" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
