"""CSV import and export, and backups.

An import takes all rows or none: the whole file is one transaction, and the first
bad row is named by its line number (the header is line 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.db.engine import backup_sqlite, sqlite_path
from accountdesk.domain.clock import Clock
from accountdesk.domain.errors import Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.money import hours, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import parse_tier
from accountdesk.files import atomic_path, write_atomically
from accountdesk.services.ledger import NewEntry, insert_entry
from accountdesk.services.portfolio import NewCustomer, insert_customer

CUSTOMER_COLUMNS = (
    "name",
    "tier",
    "start",
    "end",
    "timezone",
    "language",
    "csm",
    "tam",
    "monthly_fee",
)
CUSTOMER_REQUIRED = ("name", "tier", "start")
HOURS_COLUMNS = ("customer", "date", "hours", "category", "engineer", "note")
HOURS_REQUIRED = ("customer", "date", "hours", "category", "engineer")


def read_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each row of a UTF-8 CSV file with a header (BOM accepted)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise Refused(f"There is no file {str(path)!r}.") from None
    except IsADirectoryError:
        raise Refused(f"{str(path)!r} is a folder, not a CSV file.") from None
    except UnicodeDecodeError as exc:
        raise Refused(f"{path.name} is not UTF-8 text (byte {exc.start + 1}).") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if not header:
        raise Refused(f"{path.name} is empty; it needs a header row.")
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise Refused(
            f"{path.name} line 1: unknown column {unknown[0]!r}; the columns are "
            f"{', '.join(columns)}."
        )
    missing = [name for name in required if name not in header]
    if missing:
        raise Refused(f"{path.name} line 1: the column {missing[0]!r} is missing.")
    reader.fieldnames = header
    try:
        for raw in reader:
            if None in raw:
                raise Refused(f"{path.name} line {reader.line_num}: more values than columns.")
            row = {k: (v or "").strip() for k, v in raw.items()}
            if any(row.values()):
                yield reader.line_num, row
    except csv.Error as exc:
        raise Refused(f"{path.name} line {reader.line_num}: {exc}.") from None


def _import(
    sessions: sessionmaker[Session],
    path: Path,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    add: Callable[[Session, dict[str, str]], object],
) -> int:
    count = 0
    with sessions.begin() as s:
        for line, row in read_rows(path, columns, required):
            try:
                for name in required:
                    if not row.get(name):
                        raise Refused(f"the {name} is empty.")
                add(s, row)
            except Refused as exc:
                message = str(exc)
                raise Refused(
                    f"{path.name} line {line}: {message[0].lower()}{message[1:]}"
                ) from None
            count += 1
    return count


class Transfer:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def import_customers(self, path: Path) -> int:
        """Customers from CSV (name, tier, start required). All rows or none."""

        def add(s: Session, row: dict[str, str]) -> None:
            end = row.get("end")
            fee = row.get("monthly_fee")
            insert_customer(
                s,
                NewCustomer(
                    name=row["name"],
                    tier=parse_tier(row["tier"]),
                    start=parse_date(row["start"], "start date"),
                    end=parse_date(end, "end date") if end else None,
                    timezone=row.get("timezone") or "UTC",
                    language=row.get("language") or "en",
                    csm=row.get("csm") or None,
                    tam=row.get("tam") or None,
                    monthly_fee=parse_money(fee, "monthly fee") if fee else None,
                ),
                self._clock.now(),
            )

        return _import(self._sessions, path, CUSTOMER_COLUMNS, CUSTOMER_REQUIRED, add)

    def import_hours(self, path: Path) -> int:
        """Ledger entries from CSV, each checked as if logged by hand. All rows or none."""
        today = self._clock.today()

        def add(s: Session, row: dict[str, str]) -> None:
            entry = NewEntry(
                customer=row["customer"],
                day=parse_date(row["date"]),
                minutes=parse_duration(row["hours"]),
                category=parse_category(row["category"]),
                engineer=row["engineer"],
                note=row.get("note", ""),
            )
            insert_entry(s, entry, today)

        return _import(self._sessions, path, HOURS_COLUMNS, HOURS_REQUIRED, add)

    def export_hours(self, month: Month, target: Path) -> int:
        """The month's ledger, every customer, as CSV in the import's own format."""
        with self._sessions.begin() as s:
            rows = s.execute(
                select(m.Customer.name, m.LedgerEntry)
                .join(m.Customer)
                .where(m.LedgerEntry.entry_date.between(month.first, month.last))
                .order_by(m.LedgerEntry.entry_date, m.Customer.name, m.LedgerEntry.id)
            )
            out = io.StringIO(newline="")
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(HOURS_COLUMNS)
            count = 0
            for name, entry in rows:
                writer.writerow(
                    [
                        name,
                        entry.entry_date.isoformat(),
                        hours(entry.minutes),
                        entry.category,
                        entry.engineer,
                        entry.description,
                    ]
                )
                count += 1
        write_atomically(target, out.getvalue().encode("utf-8"))
        return count

    def backup(self, target: Path) -> None:
        """A consistent copy of the SQLite database, safe while it is in use."""
        bind = self._sessions.kw["bind"]
        source = sqlite_path(bind.url.render_as_string(hide_password=False))
        if source is None:
            raise Refused(
                "backup copies the local SQLite file; back up a team database with pg_dump."
            )
        if target.resolve() == source.resolve():
            raise Refused("The backup cannot overwrite the database it copies.")
        with atomic_path(target) as temporary:
            temporary.unlink()
            backup_sqlite(source, temporary)
