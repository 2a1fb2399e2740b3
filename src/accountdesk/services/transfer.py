"""CSV import and export, and backups.

An import takes all rows or none: the whole file is one transaction, and the first
bad row is named by its line number (the header is line 1). A row the database already
holds is skipped and its line reported, so a file imported twice adds nothing. A file
may come from a spreadsheet in any locale: see `load_csv`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import String, Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.compiler import SQLCompiler

from accountdesk.db import models as m
from accountdesk.db.engine import backup_sqlite, sqlite_path
from accountdesk.db.notices import note_rows
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.money import duration_text, hours, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import parse_tier
from accountdesk.files import write_atomically
from accountdesk.services.audit import record
from accountdesk.services.ledger import NewEntry, entry_values
from accountdesk.services.limits import check_text
from accountdesk.services.loading import find_customer, reading, term, tier_catalog
from accountdesk.services.portfolio import NewCustomer, check_new_customer, insert_customer
from accountdesk.wording import noun, plural

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
# What identifies an exported entry comes last: the entry's id, and for a correction the
# entry it corrects and the reason.
HOURS_COLUMNS = (
    "customer",
    "date",
    "hours",
    "category",
    "engineer",
    "description",  # the client reads it on the report
    "note",  # the team's only; in a file without a description column, the description
    "id",
    "corrects",
    "reason",
)
HOURS_REQUIRED = ("customer", "date", "hours", "category", "engineer")


# A cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV
# injection"). The export puts a single quote before such text, and before text that
# already starts with quotes followed by one of them, so the import can take exactly one
# quote off again and a round trip keeps the text. Only text columns are escaped: hours
# are numbers, and a correction's "-1.50" is a number, not a formula.
FORMULA_START = "=+-@\t\r"
_ESCAPED = re.compile(r"^'*[" + re.escape(FORMULA_START) + "]")
TEXT_COLUMNS = frozenset(
    {"customer", "engineer", "description", "note", "category", "reason", "name", "csm", "tam"}
)


def escape_formula(text: str) -> str:
    """Text safe to open in a spreadsheet: formula-like text gets a leading quote."""
    return "'" + text if _ESCAPED.match(text) else text


def unescape_formula(text: str) -> str:
    """The text escape_formula was given."""
    return text[1:] if text.startswith("'") and _ESCAPED.match(text) else text


# What a file may be separated by, as a sentence names it.
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}


class Reading(NamedTuple):
    """How a CSV file was read: its encoding and what separates its values."""

    encoding: str  # UTF-8, UTF-16 or Windows-1252
    delimiter: str

    def describe(self) -> str:
        return f"{self.encoding}, separated by {DELIMITERS[self.delimiter]}"


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The file's text and its encoding: UTF-8 (with or without a BOM), UTF-16 with a
    BOM, or else Windows-1252 (what Excel saves as "CSV" in Western Europe)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
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
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        # Text that is UTF-8 up to a bad byte is damaged UTF-8, not Windows-1252: read
        # as such, its accented letters would be imported as "Ã¼".
        damaged = data.startswith(codecs.BOM_UTF8) or not data[: exc.start].isascii()
        if not damaged:
            try:
                return data.decode("cp1252"), "Windows-1252"
            except UnicodeDecodeError:
                pass
        raise Refused(
            f"{path.name} is neither UTF-8 nor Windows-1252 text (byte {exc.start + 1}); "
            "save it as UTF-8 CSV.",
            Field.FILE,
        ) from None


def _sniff(text: str, columns: tuple[str, ...]) -> str:
    """What separates the values: the delimiter that makes the most known column names
    of the header; commas when none does better."""
    header = text.split("\n", 1)[0].rstrip("\r")
    best, most = ",", 0
    for mark in DELIMITERS:
        try:
            names = next(csv.reader([header], delimiter=mark), [])
        except csv.Error:
            continue
        known = sum(name.strip().lower() in columns for name in names)
        if known > most:
            best, most = mark, known
    return best


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


class CsvFile(NamedTuple):
    """A CSV file's text, and how it was read."""

    path: Path
    text: str
    reading: Reading


def load_csv(path: Path, columns: tuple[str, ...]) -> CsvFile:
    """A CSV file's text: UTF-8 (BOM accepted), UTF-16 with a BOM or Windows-1252,
    separated by commas, semicolons or tabs (found from the header's column names)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Refused(f"There is no file {str(path)!r}.", Field.FILE) from None
    except IsADirectoryError:
        raise Refused(f"{str(path)!r} is a folder, not a CSV file.", Field.FILE) from None
    text, encoding = _decode(path, data)
    if "\0" in text:
        raise Refused(
            f"{path.name} line {_line_of(text, text.index(chr(0)))}: it holds a NUL "
            "character, which a CSV text file never does; is it the right file?",
            Field.FILE,
        )
    return CsvFile(path, text, Reading(encoding, _sniff(text, columns)))


def read_rows(
    file: CsvFile, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each row of a CSV file with a header. The line is where
    the row starts. A value keeps its decimal comma (`1,5` hours): the parsers read it."""
    path, text = file.path, file.text
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=file.reading.delimiter, strict=True
    )
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
) -> tuple[Reading, list[tuple[int, T]], Refused | None]:
    """How the file was read; each row parsed, with its line, up to the first one that
    cannot be read or parsed; and that refusal, named at its line. The caller checks the
    rows before it against the database first: a file is refused at its first bad line,
    whatever the kind of fault. A file that cannot be read at all is refused here."""
    file = load_csv(path, columns)
    parsed: list[tuple[int, T]] = []
    try:
        for line, row in read_rows(file, columns, required):
            try:
                if not all(map(row.get, required)):
                    empty = next(name for name in required if not row.get(name))
                    raise Refused(f"the {empty} is empty.")
                parsed.append((line, parse(row)))
            except Refused as refused:
                return file.reading, parsed, _at_line(path, line, refused)
    except Refused as refused:  # the file itself, already named at its line
        return file.reading, parsed, refused
    return file.reading, parsed, None


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


def _text_check(column: Any) -> Callable[[str | None], None]:
    """`check_text` for one column, asked only of a value it may refuse: a file's many
    values that fit cost a length and a search, not the sentence's preparation."""
    limit = column.type.length if isinstance(column.type, String) else None

    def check(value: str | None) -> None:
        if value and ("\0" in value or (limit is not None and len(value) > limit)):
            check_text(column, value)

    return check


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


def _write(
    s: Session, table: Table, rows: Sequence[dict[str, Any]], checked: Iterable[str] = ()
) -> None:
    """Rows into a table by the driver's executemany, each value converted by its column's
    type as SQLAlchemy converts it: on a large import, SQLAlchemy's own executemany spends
    more time per row than the database does. `checked` names the text columns the caller
    has checked row by row already (to name a refusal's line)."""
    if not rows:
        return
    # What the sessions check before a flush (services/limits.py), checked here too.
    # Each distinct value once, in the order of the rows: a file repeats its engineers.
    texts = [
        table.c[name]
        for name in rows[0]
        if isinstance(table.c[name].type, String) and name not in checked
    ]
    for column in texts:
        check = _text_check(column)
        for value in dict.fromkeys(row[column.key] for row in rows):
            check(value)
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
    note_rows(s, table, rows)  # past the session: the change notice names them itself


def _insert_customers(s: Session, news: Sequence[NewCustomer], now: datetime) -> None:
    """Checked new customers and their first contract terms, as `insert_customer` writes
    one, in a few statements."""
    if not news:
        return
    table = _table(m.Customer)
    before = s.scalar(select(func.max(table.c.id))) or 0
    # The names, languages and people were checked as each row was read (stripped,
    # lowercased: no longer since); a zone's name comes back as the zone database says it.
    checked = ("name", "language", "csm", "tam")
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
        checked,
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


@dataclass(frozen=True)
class Imported:
    """What an import did: how the file was read, how many rows it added, and the lines
    of the rows it skipped because the database already holds them."""

    file: str
    reading: Reading
    added: int
    skipped: tuple[int, ...] = ()

    def sentences(self, one: str, many: str, where: str) -> list[str]:
        """What to tell the user: `one`/`many` name a row's thing, `where` the place
        that already holds skipped rows."""
        said = [
            f"Imported {plural(self.added, one, many)} from {self.file} "
            f"({self.reading.describe()})."
        ]
        if self.skipped:
            count = len(self.skipped)
            said.append(
                f"Skipped {plural(count, 'row')} already in the {where}: "
                f"{noun(count, 'line')} {line_ranges(self.skipped)}."
            )
        return said


def _imported(path: Path, added: int, skipped: Sequence[int]) -> dict[str, object]:
    """What the audit log keeps of an import: one row for the file, not one per row."""
    return {"file": path.name, "added": added, "skipped": len(skipped)}


def line_ranges(lines: Iterable[int], most: int = 10) -> str:
    """`2-9, 12, 15-20`: line numbers as runs, the first `most` of them."""
    runs: list[list[int]] = []
    for line in sorted(lines):
        if runs and line == runs[-1][1] + 1:
            runs[-1][1] = line
        else:
            runs.append([line, line])
    parts = [str(a) if a == b else f"{a}-{b}" for a, b in runs[:most]]
    if len(runs) > most:
        parts.append(f"and {len(runs) - most:,} more")
    return ", ".join(parts)


class _HoursRow(NamedTuple):
    """An hours row as read: the entry it logs, its duration with its sign (an exported
    correction's may be below zero), and what identifies an exported entry."""

    entry: NewEntry
    duration: int
    entry_id: int | None
    corrects: int | None
    reason: str
    correction: bool  # negative, or naming the entry it corrects


class _Held(NamedTuple):
    """An entry the ledger already holds, as an hours row is compared with it."""

    id: int
    customer_id: int
    day: date
    category: str
    engineer: str
    duration: int
    note: str
    corrects: int | None


class _Ledger:
    """The entries already in the ledger that an hours file's rows may repeat: those of
    its customers between its first and last date, read in a few statements. A row is
    already held when it names one of them by id (same customer and date), or is
    identical to one (customer, date, category, engineer, duration, note); each entry
    accounts for one row only, so a file imported twice adds nothing the second time
    and a file with two identical rows adds both the first time."""

    def __init__(self, s: Session, customer_ids: Iterable[int], days: Iterable[date]) -> None:
        self._by_id: dict[int, _Held] = {}
        self._by_key: dict[tuple[Any, ...], list[int]] = {}
        self._used: set[int] = set()
        ids, days = sorted(set(customer_ids)), sorted(set(days))
        if not ids or not days:
            return
        e = m.LedgerEntry
        columns = (e.id, e.customer_id, e.entry_date, e.category, e.engineer, e.seconds)
        for chunk in _chunks(ids):
            query = select(*columns, e.description, e.corrects_id).where(
                e.customer_id.in_(chunk), e.entry_date.between(days[0], days[-1])
            )
            for row in s.execute(query.order_by(e.id)):
                held = _Held._make(row)
                self._by_id[held.id] = held
                self._by_key.setdefault(held[1:7], []).append(held.id)

    def any(self) -> bool:
        """Whether the ledger holds any entry a row may repeat."""
        return bool(self._by_id)

    def holds(self, customer_id: int, row: _HoursRow) -> bool:
        """Whether the ledger already holds the row's entry (which then accounts for no
        other row). Refuses a row that names an entry by id but differs from it: an
        import adds entries and never changes one."""
        entry = row.entry
        held = self._by_id.get(row.entry_id) if row.entry_id is not None else None
        same_entry = held and held.customer_id == customer_id and held.day == entry.day
        if held and same_entry and held.id not in self._used:
            differs = _differs(held, row)
            if differs:
                raise Refused(
                    f"entry {held.id} is already in the ledger with another {differs}; "
                    "an import adds entries and never changes one: change the entry "
                    "in the ledger, or empty this row's id to add it as new hours.",
                    Field.ENTRY,
                )
            self._used.add(held.id)
            return True
        key = (customer_id, entry.day, entry.category.value, entry.engineer.strip())
        same = self._by_key.get((*key, row.duration, entry.description))
        while same:
            held_id = same.pop()
            if held_id not in self._used:
                self._used.add(held_id)
                return True
        return False


def _differs(held: _Held, row: _HoursRow) -> str:
    """What of an entry a row that names it says otherwise ('' when nothing): durations
    as the export writes them, in hours with two decimals."""
    entry = row.entry
    if hours(held.duration) != hours(row.duration):
        return f"duration ({hours(held.duration)} h, not {hours(row.duration)} h)"
    if held.category != entry.category.value:
        return f"category ({held.category}, not {entry.category.value})"
    if held.engineer != entry.engineer.strip():
        return f"engineer ({held.engineer!r}, not {entry.engineer.strip()!r})"
    if held.note != entry.description:  # `_Held.note` is the stored description
        return "description"
    if row.corrects is not None and held.corrects != row.corrects:
        return "corrected entry"
    return ""


def _not_held(row: _HoursRow) -> Refused:
    """The refusal of a correction the ledger does not hold."""
    of = f" of entry {row.corrects}" if row.corrects is not None else ""
    why = f" ({row.reason})" if row.reason else ""
    return Refused(
        f"{hours(row.duration)} h is a correction{of}{why} that is not in this ledger; "
        "corrections are made in the ledger (`hours correct`), not imported, so leave "
        "this row out.",
        Field.HOURS,
    )


def _entry_id(text: str, what: str) -> int:
    """An entry id from an exported row."""
    if not (text.isdigit() and text.isascii() and int(text) < 2**63):
        raise Refused(f"the {what} {text!r} is not an entry id.", Field.ENTRY)
    return int(text)


def _facts(new: NewCustomer) -> tuple[Any, ...]:
    """What a customers file says of a customer, to compare with one already held."""
    fee = new.monthly_fee.normalize() if new.monthly_fee is not None else None
    facts = (new.name, new.tier.value, new.start, new.end, new.timezone, new.language)
    return (*facts, new.csm, new.tam, fee)


def _held_customers(s: Session, names: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """The customers of these exact names, as `_facts` says them (their first term's
    tier and fee)."""
    c, t = m.Customer, m.ContractTerm
    found: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks(sorted(set(names))):
        rows = s.execute(
            select(c.name, t.tier_key, c.contract_start, c.contract_end, c.timezone)
            .add_columns(c.language, c.csm, c.tam, t.monthly_fee)
            .join(t, t.customer_id == c.id)
            .where(c.name.in_(chunk))
            .order_by(c.id, t.effective_from.desc())
        )
        for row in rows:  # the first term comes last, and stays
            fee = row[-1].normalize() if row[-1] is not None else None
            found[row[0]] = (*row[:-1], fee)
    return found


class Transfer:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def import_customers(self, path: Path) -> Imported:
        """Customers from CSV (name, tier, start required). All rows or none.

        Each row is checked as `Portfolio.add_customer` checks a new customer, and the
        rows are written in bulk: a few statements per thousand rows."""

        customer_columns = _table(m.Customer).c
        tier = _remembered(parse_tier)
        start = _remembered(lambda text: parse_date(text, "start date"))
        until = _remembered(lambda text: parse_date(text, "end date"))

        checks = [
            (column, _text_check(customer_columns[column]))
            for column in ("name", "timezone", "language", "csm", "tam")
        ]

        def parse(row: dict[str, str]) -> NewCustomer:
            end = row.get("end")
            fee = row.get("monthly_fee")
            for column, check in checks:
                check(row.get(column))  # named at its line
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

        how, parsed, problem = _parse_all(path, CUSTOMER_COLUMNS, CUSTOMER_REQUIRED, parse)
        now = self._clock.now()
        with self._sessions.begin() as s:
            # A name that may clash (ignoring case) with a customer or an earlier row
            # goes through `insert_customer` alone, which refuses it or adds it; the
            # others wait to be written together. A row identical to a customer the
            # database held before is skipped: the same file imported again adds nothing.
            taken = {m.name_key(name) for name in s.scalars(select(m.Customer.name))}
            keys = [m.name_key(new.name) for _, new in parsed]
            held = _held_customers(
                s, [new.name for (_, new), key in zip(parsed, keys, strict=True) if key in taken]
            )
            waiting: list[NewCustomer] = []
            skipped: list[int] = []
            for (line, new), key in zip(parsed, keys, strict=True):
                if key in taken:
                    if held.pop(new.name, None) == _facts(new):
                        skipped.append(line)
                        continue
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
            if len(parsed) > len(skipped):  # a file imported again adds nothing
                added = len(parsed) - len(skipped)
                record(s, "import_customers", "customer", None, _imported(path, added, skipped))
        return Imported(path.name, how, len(parsed) - len(skipped), tuple(skipped))

    def import_hours(self, path: Path) -> Imported:
        """Ledger entries from CSV, each checked as if logged by hand. All rows or none.

        A row the ledger already holds (named by its exported id, or identical to an
        entry) is skipped, so importing a file again adds nothing: see `_Ledger`. An
        exported correction is skipped when the ledger holds it and refused otherwise:
        corrections are made in the ledger, not imported.

        What the checks need (the customers, their contracts and issued months, the
        entries they may repeat) is read once for the whole file, and the entries are
        written in one statement."""
        today = self._clock.today()
        day, duration, category = (
            _remembered(parse_date),
            _remembered(parse_duration),
            _remembered(parse_category),
        )

        entry_columns = _table(m.LedgerEntry).c
        check_engineer = _text_check(entry_columns.engineer)
        check_description = _text_check(entry_columns.description)
        check_note = _text_check(entry_columns.note)
        check_reason = _text_check(entry_columns.reason)

        def parse(row: dict[str, str]) -> _HoursRow:
            text = row["hours"]
            negative = text.startswith("-")  # an exported correction's
            amount = duration(text[1:] if negative else text)
            engineer = row["engineer"]
            check_engineer(engineer)  # named at its line
            # A file without a description column (an older export) has it as its note.
            described = "description" in row
            description = row["description"] if described else row.get("note", "")
            note = row.get("note", "") if described else ""
            check_description(description)
            check_note(note)
            entry = NewEntry(
                customer=row["customer"],
                day=day(row["date"]),
                seconds=amount,
                category=category(row["category"]),
                engineer=engineer,
                description=description,
                note=note,
            )
            entry_id, corrects, reason = row.get("id"), row.get("corrects"), row.get("reason")
            if reason:
                check_reason(reason)
            return _HoursRow(
                entry,
                -amount if negative else amount,
                _entry_id(entry_id, "id") if entry_id else None,
                _entry_id(corrects, "corrected entry") if corrects else None,
                reason or "",
                negative or bool(corrects),
            )

        how, parsed, problem = _parse_all(path, HOURS_COLUMNS, HOURS_REQUIRED, parse)
        with self._sessions.begin() as s:
            entries = [row.entry for _, row in parsed]
            refs = {e.customer for e in entries}
            known = _Known(s, refs, {e.day for e in entries})
            customers: dict[str | int, Loaded | Refused] = {}
            for ref in refs:  # a name in another case too, before the ledger is read
                try:
                    customers[ref] = known.get(ref)
                except Refused as refused:
                    customers[ref] = refused
            ids = [c.id for c in customers.values() if isinstance(c, Loaded)]
            ledger = _Ledger(s, ids, {e.day for e in entries})
            values, skipped, any_held = [], [], ledger.any()
            for line, row in parsed:
                try:
                    customer = customers[row.entry.customer]
                    if isinstance(customer, Refused):
                        raise customer
                    if any_held and ledger.holds(customer.id, row):
                        skipped.append(line)
                    elif row.correction:
                        raise _not_held(row)
                    else:
                        values.append(entry_values(*customer, row.entry, today))
                except Refused as refused:
                    raise _at_line(path, line, refused) from None
            if problem is not None:
                raise problem
            if values:
                # The engineer, description and note were checked as each row was read.
                checked = ("engineer", "description", "note")
                _write(s, _table(m.LedgerEntry), values, checked=checked)
                counts = _imported(path, len(values), skipped)
                record(s, "import_hours", "ledger_entry", None, counts)
        return Imported(path.name, how, len(values), tuple(skipped))

    def export_hours(self, month: Month, target: Path, delimiter: str = ",") -> int:
        """The month's ledger, every customer, as CSV in the import's own format; each
        row carries its entry's id, and a correction the entry it corrects and why, so
        that importing the file again adds nothing.

        `delimiter` may be a semicolon, for spreadsheets of locales that write a decimal
        comma: the hours are then written with one (`1,50`), and the file starts with a
        byte order mark so that Excel reads it as UTF-8; likewise a tab.

        Text that a spreadsheet would run as a formula is written with a leading quote,
        which the import takes off again."""
        if delimiter not in DELIMITERS:
            raise Refused(
                f"{delimiter!r} cannot separate CSV values; use a comma, a semicolon or a tab."
            )
        with reading(self._sessions) as s:  # reads beside a running import
            rows = s.execute(
                select(m.Customer.name, m.LedgerEntry)
                .join(m.Customer)
                .where(m.LedgerEntry.entry_date.between(month.first, month.last))
                .order_by(m.LedgerEntry.entry_date, m.Customer.name, m.LedgerEntry.id)
            )
            out = io.StringIO(newline="")
            writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(HOURS_COLUMNS)
            count = 0
            for name, entry in rows:
                amount = duration_text(entry.seconds)  # exactly as it reads back
                writer.writerow(
                    [
                        escape_formula(name),
                        entry.entry_date.isoformat(),
                        amount.replace(".", ",") if delimiter == ";" else amount,
                        escape_formula(entry.category),
                        escape_formula(entry.engineer),
                        escape_formula(entry.description),
                        escape_formula(entry.note),
                        entry.id,
                        entry.corrects_id or "",
                        escape_formula(entry.reason or ""),
                    ]
                )
                count += 1
        text = out.getvalue()
        write_atomically(target, text.encode("utf-8-sig" if delimiter != "," else "utf-8"))
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
