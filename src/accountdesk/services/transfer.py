"""CSV import and export, and backups.

An import takes all rows or none: the whole file is one transaction, and the first
bad row is named by its line number (the header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import String, Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.compiler import SQLCompiler

from accountdesk.db import models as m
from accountdesk.db.engine import backup_sqlite, sqlite_path
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.money import hours, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import parse_tier
from accountdesk.files import write_atomically
from accountdesk.services.ledger import NewEntry, entry_values
from accountdesk.services.limits import check_text
from accountdesk.services.loading import find_customer, reading, term, tier_catalog
from accountdesk.services.portfolio import NewCustomer, check_new_customer, insert_customer

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
        texts = [i for i, name in enumerate(header) if name in TEXT_COLUMNS]
        for values in reader:
            line, start = start, reader.line_num + 1
            if len(values) > len(header):
                raise Refused(f"{path.name} line {line}: more values than columns.", Field.FILE)
            cells = list(map(str.strip, values))
            if "'" in "".join(cells):  # maybe a text the export escaped against formulas
                for i in texts:
                    if i < len(cells):
                        cells[i] = unescape_formula(cells[i])
            if any(cells):
                yield line, dict(zip(header, cells, strict=False))
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


T = TypeVar("T")

# Rows per statement when an import reads what it needs by a list of ids or names.
CHUNK = 1000


def _at_line(path: Path, line: int, refused: Refused) -> Refused:
    message = str(refused)
    return Refused(f"{path.name} line {line}: {message[0].lower()}{message[1:]}", refused.field)


def _parse_all(
    path: Path,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    parse: Callable[[dict[str, str]], T],
) -> tuple[list[tuple[int, T]], Refused | None]:
    """Each row parsed, with its line, up to the first one that cannot be read or
    parsed; and that refusal, named at its line. The caller checks the rows before it
    against the database first: a file is refused at its first bad line, whatever the
    kind of fault."""
    parsed: list[tuple[int, T]] = []
    try:
        for line, row in read_rows(path, columns, required):
            try:
                if not all(map(row.get, required)):
                    empty = next(name for name in required if not row.get(name))
                    raise Refused(f"the {empty} is empty.")
                parsed.append((line, parse(row)))
            except Refused as refused:
                return parsed, _at_line(path, line, refused)
    except Refused as refused:  # the file itself, already named at its line
        return parsed, refused
    return parsed, None


def _remembered(parse: Callable[[str], T]) -> Callable[[str], T]:
    """`parse`, answering from memory for a text it has read before: a file repeats its
    dates, durations and categories over many rows."""
    seen: dict[str, T] = {}

    def parsed(text: str) -> T:
        try:
            return seen[text]
        except KeyError:
            value = seen[text] = parse(text)
            return value

    return parsed


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class _Account(NamedTuple):
    """What checking an entry needs of a customer's own row."""

    id: int
    name: str
    contract_start: date
    contract_end: date | None
    rollover: bool


class Loaded(NamedTuple):
    """A customer as an hours import checks its rows: id, name, contract, issued months."""

    id: int
    name: str
    contract: Contract
    locked: set[Month]


class _Known:
    """The customers an hours import names, with their contracts and issued months:
    read in a few statements whatever the file's size, instead of a handful per row,
    and held for the rest of the transaction as `Ledger.log` holds its customer. Only
    the issued months within the file's dates are read: no other can refuse a row.

    A name or id is looked up as `find_customer` does (an id first, then the exact
    name); one not found here is left to `find_customer` itself, which says why."""

    def __init__(self, s: Session, refs: Iterable[str | int], days: Iterable[date]) -> None:
        self._s = s
        self._tiers = tier_catalog(s)
        self._months: dict[str, Month] = {}
        self._by_id: dict[int, Loaded] = {}
        self._by_ref: dict[str | int, Loaded] = {}
        days = sorted(set(days))
        self._between = (Month.of(days[0]).label, Month.of(days[-1]).label) if days else ("", "")
        texts = sorted({str(ref).strip() for ref in refs})
        ids = [int(t) for t in texts if _plain_id(t)]
        by_id = {
            row.id: row for chunk in _chunks(ids) for row in self._customers(m.Customer.id, chunk)
        }
        names = [t for t in texts if not (_plain_id(t) and int(t) in by_id)]
        by_name = {
            row.name: row
            for chunk in _chunks(names)
            for row in self._customers(m.Customer.name, chunk)
        }
        found = {}
        for text in texts:
            row = by_id.get(int(text)) if _plain_id(text) else None
            row = row or by_name.get(text)
            if row is not None:
                found[text] = row
        self._load({row.id: row for row in found.values()})
        self._by_ref = {text: self._by_id[row.id] for text, row in found.items()}

    def _customers(self, column: Any, values: Sequence[Any]) -> list[_Account]:
        c = m.Customer
        columns = (c.id, c.name, c.contract_start, c.contract_end, c.rollover)
        return [
            _Account(*row) for row in self._s.execute(select(*columns).where(column.in_(values)))
        ]

    def _load(self, customers: Mapping[int, _Account | m.Customer]) -> None:
        """Hold the customers' rows, in id order so that two writers over the same
        customers queue up, then read their contracts and issued months."""
        ids = sorted(customers)
        terms: dict[int, list[Term]] = {customer_id: [] for customer_id in ids}
        locked: dict[int, set[Month]] = {customer_id: set() for customer_id in ids}
        for chunk in _chunks(ids):
            self._s.execute(
                select(m.Customer.id)
                .where(m.Customer.id.in_(chunk))
                .order_by(m.Customer.id)
                .with_for_update()
            )
            for row in self._s.scalars(
                select(m.ContractTerm)
                .where(m.ContractTerm.customer_id.in_(chunk))
                .order_by(m.ContractTerm.customer_id, m.ContractTerm.effective_from)
            ):
                terms[row.customer_id].append(term(row, self._tiers))
            for customer_id, label in self._s.execute(
                select(m.LockedMonth.customer_id, m.LockedMonth.month).where(
                    m.LockedMonth.customer_id.in_(chunk),
                    m.LockedMonth.month.between(*self._between),
                )
            ):
                locked[customer_id].add(self._month(label))
        for customer_id in ids:
            customer = customers[customer_id]
            contract = Contract(
                start=customer.contract_start,
                end=customer.contract_end,
                terms=tuple(terms[customer_id]),
                rollover=customer.rollover,
            )
            self._by_id[customer_id] = Loaded(
                customer_id, customer.name, contract, locked[customer_id]
            )

    def _month(self, label: str) -> Month:
        month = self._months.get(label)
        if month is None:
            month = self._months[label] = Month.parse(label)
        return month

    def get(self, ref: str | int) -> Loaded:
        """The customer a row names, with its contract and issued months."""
        loaded = self._by_ref.get(ref)
        if loaded is None:
            text = str(ref).strip()
            loaded = self._by_ref.get(text)
            if loaded is None:
                customer = find_customer(self._s, ref)  # refuses, naming what was asked
                if customer.id not in self._by_id:
                    self._load({customer.id: customer})
                loaded = self._by_id[customer.id]
            self._by_ref[ref] = loaded
        return loaded


def _plain_id(text: str) -> bool:
    """Whether `find_customer` would look the text up as an id a table can hold."""
    return text.isdigit() and text.isascii() and int(text) < 2**31


def _table(model: type[m.Base]) -> Table:
    """The model's table: rows written straight into it skip the ORM's work per row."""
    return m.Base.metadata.tables[model.__tablename__]


def _write(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Rows into a table by the driver's executemany, each value converted by its column's
    type as SQLAlchemy converts it: on a large import, SQLAlchemy's own executemany spends
    more time per row than the database does."""
    if not rows:
        return
    # What the sessions check before a flush (services/limits.py), checked here too.
    texts = [table.c[name] for name in rows[0] if isinstance(table.c[name].type, String)]
    for row in rows:
        for column in texts:
            check_text(column, row[column.key])
    connection = s.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(
        dialect=dialect, column_keys=list(rows[0]), for_executemany=True
    )
    assert isinstance(compiled, SQLCompiler)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    columns = []
    for name in names:
        values = [row[name] for row in rows]
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:  # once per distinct value: imports repeat dates a lot
            converted = {value: convert(value) for value in set(values)}
            values = [converted[value] for value in values]
        columns.append(values)
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    connection.exec_driver_sql(compiled.string, params)


def _insert_customers(s: Session, news: Sequence[NewCustomer], now: datetime) -> None:
    """Checked new customers and their first contract terms, as `insert_customer` writes
    one, in a few statements."""
    if not news:
        return
    table = _table(m.Customer)
    before = s.scalar(select(func.max(table.c.id))) or 0
    _write(
        s,
        table,
        [
            {
                "name": new.name,
                "name_key": m.name_key(new.name),  # the column's default is not run here
                "timezone": new.timezone,
                "language": new.language,
                "csm": new.csm,
                "tam": new.tam,
                "contract_start": new.start,
                "contract_end": new.end,
                "holiday_calendar": new.holiday_calendar,
                "rollover": new.rollover,
                "notes": "",
                "created_at": now,
            }
            for new in news
        ],
    )
    # The new rows are those past the largest id before; a name tells ours from any
    # another writer added meanwhile (names are unique).
    ids = {
        name: customer_id
        for name, customer_id in s.execute(
            select(table.c.name, table.c.id).where(table.c.id > before)
        ).all()
    }
    _write(
        s,
        _table(m.ContractTerm),
        [
            {
                "customer_id": ids[new.name],
                "tier_key": new.tier.value,
                "effective_from": new.start,
                "monthly_fee": new.monthly_fee,
            }
            for new in news
        ],
    )


class Transfer:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def import_customers(self, path: Path) -> int:
        """Customers from CSV (name, tier, start required). All rows or none.

        Each row is checked as `Portfolio.add_customer` checks a new customer, and the
        rows are written in bulk: a few statements per thousand rows."""

        customer_columns = _table(m.Customer).c
        tier = _remembered(parse_tier)
        start = _remembered(lambda text: parse_date(text, "start date"))
        until = _remembered(lambda text: parse_date(text, "end date"))

        def parse(row: dict[str, str]) -> NewCustomer:
            end = row.get("end")
            fee = row.get("monthly_fee")
            for column in ("name", "timezone", "language", "csm", "tam"):
                check_text(customer_columns[column], row.get(column))  # named at its line
            return check_new_customer(
                NewCustomer(
                    name=row["name"],
                    tier=tier(row["tier"]),
                    start=start(row["start"]),
                    end=until(end) if end else None,
                    timezone=row.get("timezone") or "UTC",
                    language=row.get("language") or "en",
                    csm=row.get("csm") or None,
                    tam=row.get("tam") or None,
                    monthly_fee=parse_money(fee, "monthly fee") if fee else None,
                )
            )

        parsed, problem = _parse_all(path, CUSTOMER_COLUMNS, CUSTOMER_REQUIRED, parse)
        now = self._clock.now()
        with self._sessions.begin() as s:
            # A name that may clash (ignoring case) with a customer or an earlier row
            # goes through `insert_customer` alone, which refuses it or adds it; the
            # others wait to be written together.
            taken = {m.name_key(name) for name in s.scalars(select(m.Customer.name))}
            waiting: list[NewCustomer] = []
            for line, new in parsed:
                key = m.name_key(new.name)
                if key in taken:
                    _insert_customers(s, waiting, now)
                    waiting = []
                    try:
                        insert_customer(s, new, now)
                    except Refused as refused:
                        raise _at_line(path, line, refused) from None
                else:
                    waiting.append(new)
                taken.add(key)
            if problem is not None:
                raise problem
            _insert_customers(s, waiting, now)
        return len(parsed)

    def import_hours(self, path: Path) -> int:
        """Ledger entries from CSV, each checked as if logged by hand. All rows or none.

        What the checks need (the customers, their contracts and issued months) is read
        once for the whole file, and the entries are written in one statement."""
        today = self._clock.today()
        day, duration, category = (
            _remembered(parse_date),
            _remembered(parse_duration),
            _remembered(parse_category),
        )

        entry_columns = _table(m.LedgerEntry).c

        def parse(row: dict[str, str]) -> NewEntry:
            if row["hours"].startswith("-"):
                # An export carries a correction as negative hours. A correction belongs
                # to the entry of an issued month it corrects, which a row cannot name.
                raise Refused(
                    f"{row['hours']} h is a correction of an entry in an issued month; "
                    "an import only logs new hours and cannot link a correction to the "
                    "entry it corrects, so leave this row out.",
                    Field.HOURS,
                )
            check_text(entry_columns.engineer, row["engineer"])  # named at its line
            check_text(entry_columns.description, row.get("note", ""))
            return NewEntry(
                customer=row["customer"],
                day=day(row["date"]),
                seconds=duration(row["hours"]),
                category=category(row["category"]),
                engineer=row["engineer"],
                note=row.get("note", ""),
            )

        parsed, problem = _parse_all(path, HOURS_COLUMNS, HOURS_REQUIRED, parse)
        with self._sessions.begin() as s:
            entries = [entry for _, entry in parsed]
            known = _Known(s, {e.customer for e in entries}, {e.day for e in entries})
            values = []
            for line, entry in parsed:
                try:
                    customer = known.get(entry.customer)
                    values.append(entry_values(*customer, entry, today))
                except Refused as refused:
                    raise _at_line(path, line, refused) from None
            if problem is not None:
                raise problem
            if values:
                _write(s, _table(m.LedgerEntry), values)
        return len(values)

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
                        hours(entry.seconds),
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
