"""CSV import and export, and backups.

An import takes all rows or none: the whole file is one transaction, and the first
bad row is named by its line number (the header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.db.engine import backup_sqlite, sqlite_path
from accountdesk.domain.clock import Clock
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.money import hours, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import parse_tier
from accountdesk.files import write_atomically
from accountdesk.services.ledger import NewEntry, insert_entry
from accountdesk.services.loading import reading
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


# A cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV
# injection"). The export puts a single quote before such text, and before text that
# already starts with quotes followed by one of them, so the import can take exactly one
# quote off again and a round trip keeps the text. Only text columns are escaped: hours
# are numbers, and a correction's "-1.50" is a number, not a formula.
FORMULA_START = "=+-@\t\r"
_ESCAPED = re.compile(r"^'*[" + re.escape(FORMULA_START) + "]")
TEXT_COLUMNS = frozenset({"customer", "engineer", "note", "category", "name", "csm", "tam"})


def escape_formula(text: str) -> str:
    """Text safe to open in a spreadsheet: formula-like text gets a leading quote."""
    return "'" + text if _ESCAPED.match(text) else text


def unescape_formula(text: str) -> str:
    """The text escape_formula was given."""
    return text[1:] if text.startswith("'") and _ESCAPED.match(text) else text


def _decode(path: Path, data: bytes) -> str:
    """The file's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise Refused(
                f"{path.name} says it is UTF-16 text but is not; save it as UTF-8 CSV.",
                Field.FILE,
            ) from None
    if data.count(b"\0") > len(data) // 4:
        raise Refused(
            f"{path.name} looks like UTF-16 text without a byte order mark; save it as UTF-8 CSV.",
            Field.FILE,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(
            f"{path.name} is not UTF-8 text (byte {exc.start + 1}); save it as UTF-8 CSV.",
            Field.FILE,
        ) from None


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def read_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each row of a CSV file with a header: UTF-8 (BOM accepted)
    or UTF-16 with a BOM, separated by commas. The line is where the row starts."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Refused(f"There is no file {str(path)!r}.", Field.FILE) from None
    except IsADirectoryError:
        raise Refused(f"{str(path)!r} is a folder, not a CSV file.", Field.FILE) from None
    text = _decode(path, data)
    if "\0" in text:
        raise Refused(
            f"{path.name} line {_line_of(text, text.index(chr(0)))}: it holds a NUL "
            "character, which a CSV text file never does; is it the right file?",
            Field.FILE,
        )
    first_line = text.split("\n", 1)[0]
    for mark, name in ((";", "semicolons"), ("\t", "tabs")):
        if mark in first_line and "," not in first_line:
            # Not read as such: a file separated by semicolons comes from a locale that
            # also writes hours with a decimal comma, which would be misread.
            raise Refused(
                f"{path.name} is separated by {name}; use commas "
                '(save it as "CSV UTF-8 (comma delimited)").',
                Field.FILE,
            )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        raw_header = next(reader, None)
        header = [name.strip().lower() for name in raw_header or []]
        if not any(header):
            raise Refused(f"{path.name} is empty; it needs a header row.", Field.FILE)
        unknown = [name for name in header if name not in columns]
        if unknown:
            raise Refused(
                f"{path.name} line 1: unknown column {unknown[0]!r}; the columns are "
                f"{', '.join(columns)}.",
                Field.FILE,
            )
        twice = [name for i, name in enumerate(header) if name in header[:i]]
        if twice:
            raise Refused(f"{path.name} line 1: the column {twice[0]!r} appears twice.", Field.FILE)
        missing = [name for name in required if name not in header]
        if missing:
            raise Refused(f"{path.name} line 1: the column {missing[0]!r} is missing.", Field.FILE)
        start = reader.line_num + 1
        for values in reader:
            line, start = start, reader.line_num + 1
            if len(values) > len(header):
                raise Refused(f"{path.name} line {line}: more values than columns.", Field.FILE)
            row = {
                name: unescape_formula(value.strip()) if name in TEXT_COLUMNS else value.strip()
                for name, value in zip(header, values, strict=False)
            }
            if any(row.values()):
                yield line, row
    except csv.Error as exc:
        raise Refused(f"{path.name} line {start}: {_csv_problem(exc)}", Field.FILE) from None


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if "unexpected end of data" in message:
        return "a quoted value starts here and its closing quote is missing."
    if "field larger than field limit" in message:
        return (
            f"a value is longer than {csv.field_size_limit():,} characters; "
            "is a closing quote missing?"
        )
    if "expected after" in message:
        # Also what an unclosed quote looks like once a later row's quote closes it.
        return (
            "a quoted value starts here and text follows its closing quote; "
            "is a quote missing, or one too many?"
        )
    return f"{message}."


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
                    f"{path.name} line {line}: {message[0].lower()}{message[1:]}", exc.field
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
            if row["hours"].startswith("-"):
                # An export carries a correction as negative hours. A correction belongs
                # to the entry of an issued month it corrects, which a row cannot name.
                raise Refused(
                    f"{row['hours']} h is a correction of an entry in an issued month; "
                    "an import only logs new hours and cannot link a correction to the "
                    "entry it corrects, so leave this row out.",
                    Field.HOURS,
                )
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
        """The month's ledger, every customer, as CSV in the import's own format.

        Text that a spreadsheet would run as a formula is written with a leading quote,
        which the import takes off again."""
        with reading(self._sessions) as s:  # reads beside a running import
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
                        escape_formula(name),
                        entry.entry_date.isoformat(),
                        hours(entry.minutes),
                        escape_formula(entry.category),
                        escape_formula(entry.engineer),
                        escape_formula(entry.description),
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
        backup_sqlite(source, target)
