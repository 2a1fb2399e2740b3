"""CSV import and export, and backups.

An import takes all rows or none: the whole file is one transaction, and the first
bad row is named by its line number (the header is line 1). A row the database already
holds is skipped and its line reported, so a file imported twice adds nothing. A file
may come from a spreadsheet in any locale: see `load_csv`.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import String, Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.compiler import SQLCompiler

from accountdesk.db import models as m
from accountdesk.db.engine import backup_sqlite, sqlite_path
from accountdesk.db.notices import MANY_ROWS, note_rows
from accountdesk.domain.calendars import parse_timezone
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import BILLABLE, parse_category
from accountdesk.domain.money import (
    check_duration,
    check_fee,
    duration_text,
    hours,
    parse_duration,
    parse_money,
)
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import Category, Tier, parse_tier
from accountdesk.files import write_atomically
from accountdesk.services.audit import record, record_per_customer
from accountdesk.services.ledger import NewEntry, entry_values
from accountdesk.services.limits import check_text
from accountdesk.services.loading import (
    find_customer,
    hold_customer,
    reading,
    term,
    tier_catalog,
)
from accountdesk.services.portfolio import NewCustomer, check_new_customer, insert_customer
from accountdesk.wording import N_, at_line, category, gettext, number, say, say_n

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
DELIMITERS = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs")}


class Reading(NamedTuple):
    """How a CSV file was read: its encoding and what separates its values."""

    encoding: str  # UTF-8, UTF-16 or Windows-1252
    delimiter: str

    def describe(self) -> str:
        return say(
            "{encoding}, separated by {delimiter}",
            encoding=self.encoding,
            delimiter=gettext(DELIMITERS[self.delimiter]),
        )


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The file's text and its encoding: UTF-8 (with or without a BOM), UTF-16 with a
    BOM, or else Windows-1252 (what Excel saves as "CSV" in Western Europe)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise Refused(
                say(
                    "{path} says it is UTF-16 text but is not; save it as UTF-8 CSV.",
                    path=path.name,
                ),
                Field.FILE,
            ) from None
    if data.count(b"\0") > len(data) // 4:
        raise Refused(
            say(
                "{path} looks like UTF-16 text without a byte order mark; save it as UTF-8 CSV.",
                path=path.name,
            ),
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
            say(
                "{path} is neither UTF-8 nor Windows-1252 text (byte {value}); save it "
                "as UTF-8 CSV.",
                path=path.name,
                value=exc.start + 1,
            ),
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
        raise Refused(say("There is no file {path!r}.", path=str(path)), Field.FILE) from None
    except IsADirectoryError:
        raise Refused(
            say("{path!r} is a folder, not a CSV file.", path=str(path)), Field.FILE
        ) from None
    text, encoding = _decode(path, data)
    if "\0" in text:
        raise Refused(
            say(
                "{path} line {line}: it holds a NUL character, which a CSV text "
                "file never does; is it the right file?",
                path=path.name,
                line=_line_of(text, text.index(chr(0))),
            ),
            Field.FILE,
        )
    return CsvFile(path, text, Reading(encoding, _sniff(text, columns)))


def read_rows(
    file: CsvFile, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each row of a CSV file with a header. The line is where
    the row starts. A value keeps its decimal comma (`1,5` hours): the parsers read it."""
    header: list[str] = []
    for line, cells in read_cells(file, columns, required, header):
        yield line, dict(zip(header, cells, strict=False))


def read_cells(
    file: CsvFile, columns: tuple[str, ...], required: tuple[str, ...], header: list[str]
) -> Iterator[tuple[int, list[str]]]:
    """(line number, values) for each row that is not empty, as `read_rows` reads them;
    `header` is filled with the column names before the first row. Each row's values
    are in the header's order, stripped, and padded with "" to one more than the
    header's length: a column the file lacks is read at index -1 (`positions`)."""
    path, text = file.path, file.text
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=file.reading.delimiter, strict=True
    )
    start = 1
    try:
        raw_header = next(reader, None)
        header[:] = [name.strip().lower() for name in raw_header or []]
        if not any(header):
            raise Refused(
                say("{path} is empty; it needs a header row.", path=path.name), Field.FILE
            )
        unknown = [name for name in header if name not in columns]
        if unknown:
            raise Refused(
                say(
                    "{path} line 1: unknown column {unknown!r}; the columns are {join}.",
                    path=path.name,
                    unknown=unknown[0],
                    join=", ".join(columns),
                ),
                Field.FILE,
            )
        twice = [name for i, name in enumerate(header) if name in header[:i]]
        if twice:
            raise Refused(
                say(
                    "{path} line 1: the column {twice!r} appears twice.",
                    path=path.name,
                    twice=twice[0],
                ),
                Field.FILE,
            )
        missing = [name for name in required if name not in header]
        if missing:
            raise Refused(
                say(
                    "{path} line 1: the column {missing!r} is missing.",
                    path=path.name,
                    missing=missing[0],
                ),
                Field.FILE,
            )
        start = reader.line_num + 1
        texts = [i for i, name in enumerate(header) if name in TEXT_COLUMNS]
        width = len(header)
        blanks = [""] * (width + 1)
        strip = str.strip
        for values in reader:
            line, start = start, reader.line_num + 1
            if len(values) > width:
                raise Refused(
                    say("{path} line {line}: more values than columns.", path=path.name, line=line),
                    Field.FILE,
                )
            cells = list(map(strip, values))
            if "'" in "".join(cells):  # maybe a text the export escaped against formulas
                for i in texts:
                    if i < len(cells):
                        cells[i] = unescape_formula(cells[i])
            if any(cells):
                cells += blanks[len(cells) :]
                yield line, cells
    except csv.Error as exc:
        raise Refused(
            say(
                "{path} line {start}: {problem}",
                path=path.name,
                start=start,
                problem=_csv_problem(exc),
            ),
            Field.FILE,
        ) from None


def positions(header: Sequence[str], columns: Iterable[str]) -> dict[str, int]:
    """Where each of `columns` is in a row `read_cells` gives: -1 (always "") for a
    column the file lacks."""
    return {name: header.index(name) if name in header else -1 for name in columns}


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if "unexpected end of data" in message:
        return say("a quoted value starts here and its closing quote is missing.")
    if "field larger than field limit" in message:
        return say(
            "a value is longer than {limit} characters; is a closing quote missing?",
            limit=number(csv.field_size_limit()),
        )
    if "expected after" in message:
        # Also what an unclosed quote looks like once a later row's quote closes it.
        return say(
            "a quoted value starts here and text follows its closing quote; "
            "is a quote missing, or one too many?"
        )
    return f"{message}."  # the csv module's own words: a case not foreseen


T = TypeVar("T")

# Rows per statement when an import reads what it needs by a list of ids or names.
CHUNK = 1000


def _at_line(path: Path, line: int, refused: Refused) -> Refused:
    return Refused(at_line(path.name, line, str(refused)), refused.field)


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while an import holds its rows: they are tuples that
    all live until written, and each collection would walk the growing pile again (at
    20,000 customers it cost as much as the writing). Collection resumes afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _parse_all(
    path: Path,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    parser: Callable[[Mapping[str, int]], Callable[[list[str]], T]],
) -> tuple[Reading, list[tuple[int, T]], Refused | None]:
    """How the file was read; each row parsed, with its line, up to the first one that
    cannot be read or parsed; and that refusal, named at its line. The caller checks the
    rows before it against the database first: a file is refused at its first bad line,
    whatever the kind of fault. A file that cannot be read at all is refused here.

    `parser` is given where each column is in a row (`positions`) once the header is
    read, and returns what parses one row's values: a row is a list, not a dict, and
    what it needs of the header is worked out once per file."""
    file = load_csv(path, columns)
    parsed: list[tuple[int, T]] = []
    header: list[str] = []
    parse: Callable[[list[str]], T] | None = None
    filled: Callable[[list[str]], Any] = tuple
    try:
        for line, cells in read_cells(file, columns, required, header):
            if parse is None:
                at = positions(header, columns)
                parse = parser(at)
                needed = [at[name] for name in required]
                filled = itemgetter(*needed, *needed)  # twice: a tuple even for one column
            try:
                if not all(filled(cells)):
                    empty = next(name for name in required if not cells[at[name]])
                    raise Refused(say("the {empty} is empty.", empty=empty))
                parsed.append((line, parse(cells)))
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


def _length(column: Any) -> int | None:
    """The most characters a text column holds (None: any number)."""
    return column.type.length if isinstance(column.type, String) else None


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
            hold_customer(self._s, *chunk)
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
    s: Session,
    table: Table,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    checked: Iterable[str] = (),
) -> None:
    """Rows (tuples of the `names` columns' values) into a table by the driver's
    executemany, each value converted by its column's type as SQLAlchemy converts it: on
    a large import, SQLAlchemy's own executemany spends more time per row than the
    database does. `checked` names the text columns the caller has checked row by row
    already (to name a refusal's line)."""
    if not rows:
        return
    given = list(zip(*rows, strict=True))  # column by column
    # What the sessions check before a flush (services/limits.py), checked here too.
    # Each distinct value once, in the order of the rows: a file repeats its engineers.
    for name, column in zip(names, given, strict=True):
        if isinstance(table.c[name].type, String) and name not in checked:
            check = _text_check(table.c[name])
            for value in dict.fromkeys(column):
                check(value)
    connection = s.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names), for_executemany=True)
    assert isinstance(compiled, SQLCompiler)
    order = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    columns = []
    for name in order:
        values: list[Any] = list(given[names.index(name)])
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:  # once per distinct value: imports repeat dates a lot
            converted = {value: convert(value) for value in set(values)}
            values = [converted[value] for value in values]
        columns.append(values)
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    connection.exec_driver_sql(compiled.string, params)
    # Past the session: the change notice names them itself (a bulk write names none,
    # so more rows than that are not worth making into dicts).
    note_rows(s, table, [dict(zip(names, row, strict=True)) for row in rows[: MANY_ROWS + 1]])


class _CustomerRow(NamedTuple):
    """A customers row as read and checked: what `NewCustomer` says, as a tuple (a
    frozen dataclass per row costs more than its checks), and the name's unique key."""

    name: str
    tier: Tier
    start: date
    end: date | None
    timezone: str
    language: str
    csm: str | None
    tam: str | None
    monthly_fee: Decimal | None
    key: str

    def new(self) -> NewCustomer:
        return NewCustomer(*self[:9])


def _insert_customers(s: Session, news: Sequence[_CustomerRow], now: datetime) -> None:
    """Checked new customers and their first contract terms, as `insert_customer` writes
    one, in a few statements."""
    if not news:
        return
    table = _table(m.Customer)
    before = s.scalar(select(func.max(table.c.id))) or 0
    # The names, languages and people were checked as each row was read (stripped,
    # lowercased: no longer since); a zone's name comes back as the zone database says it.
    checked = ("name", "language", "csm", "tam")
    names = ("name", "name_key", "timezone", "language", "csm", "tam", "contract_start")
    _write(
        s,
        table,
        (*names, "contract_end", "holiday_calendar", "rollover", "notes", "created_at"),
        [(*new[:1], new.key, *new[4:8], new.start, new.end, None, False, "", now) for new in news],
        checked,
    )
    # The new rows are those past the largest id before; a name tells ours from any
    # another writer added meanwhile (names are unique).
    ids = dict(s.execute(select(table.c.name, table.c.id).where(table.c.id > before)).all())
    _write(
        s,
        _table(m.ContractTerm),
        ("customer_id", "tier_key", "effective_from", "monthly_fee"),
        [(ids[new.name], new.tier.value, new.start, new.monthly_fee) for new in news],
    )


@dataclass(frozen=True)
class Imported:
    """What an import did: how the file was read, how many rows it added, and the lines
    of the rows it skipped because the database already holds them."""

    file: str
    reading: Reading
    added: int
    skipped: tuple[int, ...] = ()

    def sentences(self, what: str) -> list[str]:
        """What to tell the user of an import of `what`: "customers" or "hours"."""
        customers = what == "customers"
        fields = {"file": self.file, "reading": self.reading.describe()}
        if customers:
            said = [
                say_n(
                    "Imported {count} customer from {file} ({reading}).",
                    "Imported {count} customers from {file} ({reading}).",
                    self.added,
                    **fields,
                )
            ]
        else:
            said = [
                say_n(
                    "Imported {count} entry from {file} ({reading}).",
                    "Imported {count} entries from {file} ({reading}).",
                    self.added,
                    **fields,
                )
            ]
        if self.skipped:
            lines = line_ranges(self.skipped)
            if customers:
                said.append(
                    say_n(
                        "Skipped {count} row already in the database: line {lines}.",
                        "Skipped {count} rows already in the database: lines {lines}.",
                        len(self.skipped),
                        lines=lines,
                    )
                )
            else:
                said.append(
                    say_n(
                        "Skipped {count} row already in the ledger: line {lines}.",
                        "Skipped {count} rows already in the ledger: lines {lines}.",
                        len(self.skipped),
                        lines=lines,
                    )
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
        parts.append(say("and {count} more", count=number(len(runs) - most)))
    return ", ".join(parts)


class _HoursRow(NamedTuple):
    """An hours row as read: the entry it logs, its duration with its sign (an exported
    correction's may be below zero), and what identifies an exported entry. A tuple, not
    the frozen `NewEntry`, which only a row checked the slow way needs (`entry`)."""

    customer: str
    day: date
    seconds: int  # the entry's: above zero for a correction too
    category: Category
    engineer: str
    texts: tuple[str, ...]  # as the import's `texts` name them: the description first
    duration: int
    entry_id: int | None
    corrects: int | None
    reason: str
    correction: bool  # negative, or naming the entry it corrects

    @property
    def description(self) -> str:
        return self.texts[0]

    @property
    def entry(self) -> NewEntry:
        return NewEntry(
            self.customer, self.day, self.seconds, self.category, self.engineer, *self.texts
        )


class _OpenMonths:
    """Which rows an hours import may write without the checks of `Ledger.log` one by
    one: a row on or before today, in its customer's contract, in a month that is not
    issued, of a category the term in force includes, of a duration `check_duration`
    allows. What a customer's contract allows is worked out once: for a contract of one
    term, its first and last day, its issued months and the term's categories; for one
    with a change of tier, per month, the months one term covers from the first to the
    last day. Any other row is checked as `Ledger.log` checks it, which refuses it with
    its reason or lets it through."""

    def __init__(self, today: date, days: Iterable[date]) -> None:
        self._today = today
        self._month = {day: (day.year, day.month) for day in days}
        self._plain: dict[int, _Plain | None] = {}
        self._open: dict[tuple[int, tuple[int, int]], frozenset[Category]] = {}
        self._includes: dict[int, frozenset[Category]] = {}  # by term, while it lives
        self._fine: dict[int, bool] = {}

    def allow(self, customer: Loaded, row: _HoursRow) -> bool:
        day = row.day
        if day > self._today:
            return False
        if row.category in BILLABLE and not row.description.strip():
            return False  # `check_description` says why
        try:
            plain = self._plain[customer.id]
        except KeyError:
            plain = self._plain[customer.id] = self._plain_of(customer)
        if plain is not None:
            first, last, locked, allowed = plain
            if not (first <= day <= last and row.category in allowed):
                return False
            if locked and self._month[day] in locked:
                return False
        else:
            key = (customer.id, self._month[day])
            in_month = self._open.get(key)
            if in_month is None:
                in_month = self._open[key] = self._open_in(customer, Month(*key[1]))
            if row.category not in in_month:
                return False
        fine = self._fine.get(row.seconds)
        if fine is None:
            try:
                check_duration(row.seconds)
                fine = self._fine[row.seconds] = True
            except Refused:
                fine = self._fine[row.seconds] = False
        return fine

    def _plain_of(self, customer: Loaded) -> _Plain | None:
        """A contract of one term: what `check_date_open` and the category need."""
        contract = customer.contract
        if len(contract.terms) != 1:
            return None
        last = contract.end or date.max
        locked = frozenset((month.year, month.month) for month in customer.locked)
        return contract.start, last, locked, self._categories(contract.terms[0])

    def _open_in(self, customer: Loaded, month: Month) -> frozenset[Category]:
        """The categories any day of the month may be logged in: none unless the
        contract covers the whole month under one term and the month is not issued."""
        first, last = month.first, month.last
        contract = customer.contract
        if month in customer.locked or not (contract.covers(first) and contract.covers(last)):
            return frozenset()
        term = contract.term_on(first)
        # The term in force only moves on with the days: the same at both ends, all along.
        if term is None or term is not contract.term_on(last):
            return frozenset()
        return self._categories(term)

    def _categories(self, term: Term) -> frozenset[Category]:
        found = self._includes.get(id(term))
        if found is None:
            found = frozenset(category for category in Category if term.includes(category))
            self._includes[id(term)] = found
        return found


# A contract of one term: its first and last day, its issued months, the term's categories.
_Plain = tuple[date, date, frozenset[tuple[int, int]], frozenset[Category]]


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
        entry = row
        held = self._by_id.get(row.entry_id) if row.entry_id is not None else None
        same_entry = held and held.customer_id == customer_id and held.day == entry.day
        if held and same_entry and held.id not in self._used:
            differs = _differs(held, row)
            if differs:
                raise Refused(
                    say(
                        "entry {held} is already in the ledger with another {differs}; an "
                        "import adds entries and never changes one: change the entry in the "
                        "ledger, or empty this row's id to add it as new hours.",
                        held=held.id,
                        differs=differs,
                    ),
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
    entry = row
    if hours(held.duration) != hours(row.duration):
        return say(
            "duration ({held} h, not {row} h)",
            held=hours(held.duration),
            row=hours(row.duration),
        )
    if held.category != entry.category.value:
        return say(
            "category ({held}, not {row})",
            held=category(held.category),
            row=category(entry.category.value),
        )
    if held.engineer != entry.engineer.strip():
        return say(
            "engineer ({held!r}, not {row!r})", held=held.engineer, row=entry.engineer.strip()
        )
    if held.note != entry.description:  # `_Held.note` is the stored description
        return say("description")
    if row.corrects is not None and held.corrects != row.corrects:
        return say("corrected entry")
    return ""


def _not_held(row: _HoursRow) -> Refused:
    """The refusal of a correction the ledger does not hold."""
    why = f" ({row.reason})" if row.reason else ""  # the user's words, as typed
    if row.corrects is None:
        said = say(
            "{hours} h is a correction{why} that is not in this ledger; corrections are "
            "made in the ledger (`hours correct`), not imported, so leave this row out.",
            hours=hours(row.duration),
            why=why,
        )
    else:
        said = say(
            "{hours} h is a correction of entry {entry}{why} that is not in this ledger; "
            "corrections are made in the ledger (`hours correct`), not imported, so "
            "leave this row out.",
            hours=hours(row.duration),
            entry=row.corrects,
            why=why,
        )
    return Refused(said, Field.HOURS)


def _entry_id(text: str, what: str) -> int:
    """An entry id from an exported row."""
    if not (text.isdigit() and text.isascii() and int(text) < 2**63):
        raise Refused(
            say("the {what} {text!r} is not an entry id.", what=gettext(what), text=text),
            Field.ENTRY,
        )
    return int(text)


def _or_none(check: Callable[[T], Any]) -> Callable[[T], Any]:
    """`check`'s answer, or None where it refuses."""

    def answer(value: T) -> Any:
        try:
            result = check(value)
        except Refused:
            return None
        return value if result is None else result

    return answer


def _language(text: str) -> str:
    """A language code as `check_new_customer` keeps it; refused as it refuses one."""
    sample = NewCustomer("x", Tier.COMMUNITY, date(2000, 1, 1), language=text)
    return check_new_customer(sample).language


def _facts(new: _CustomerRow) -> tuple[Any, ...]:
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

    @_bulk()
    def import_customers(self, path: Path) -> Imported:
        """Customers from CSV (name, tier, start required). All rows or none.

        Each row is checked as `Portfolio.add_customer` checks a new customer, and the
        rows are written in bulk: a few statements per thousand rows."""

        customer_columns = _table(m.Customer).c
        tier = _remembered(parse_tier)
        start = _remembered(lambda text: parse_date(text, N_("start date")))
        until = _remembered(lambda text: parse_date(text, N_("end date")))
        fee = _remembered(lambda text: parse_money(text, N_("monthly fee")))
        # What `check_new_customer` says of a value, once per distinct value: its result,
        # or None where it refuses (the row is then checked whole, to say why).
        zone = _remembered(_or_none(parse_timezone))
        language = _remembered(_or_none(_language))
        fine_fee = _remembered(_or_none(lambda text: check_fee(fee(text))))
        # A file holds no NUL (`load_csv`): only a text longer than its column is refused.
        checks = [
            (column, limit, _text_check(customer_columns[column]))
            for column in ("name", "timezone", "language", "csm", "tam")
            if (limit := _length(customer_columns[column])) is not None
        ]
        make = tuple.__new__  # a named tuple without its __new__ in Python

        def parser(at: Mapping[str, int]) -> Callable[[list[str]], _CustomerRow]:
            name_, tier_, start_, end_, zone_, language_, csm_, tam_, fee_ = (
                at[column] for column in CUSTOMER_COLUMNS
            )
            check_at = [(at[column], limit, check) for column, limit, check in checks]

            def parse(cells: list[str]) -> _CustomerRow:
                for i, limit, check in check_at:
                    if len(cells[i]) > limit:
                        check(cells[i])  # named at its line
                name, end, money = cells[name_], cells[end_], cells[fee_]
                given = (
                    tier(cells[tier_]),
                    start(cells[start_]),
                    until(end) if end else None,
                    cells[zone_] or "UTC",
                    cells[language_] or "en",
                    cells[csm_] or None,
                    cells[tam_] or None,
                    fee(money) if money else None,
                )
                # The values were stripped as read, and the name's length checked above:
                # what else `check_new_customer` refuses or changes is asked of each
                # distinct value once.
                timezone, lang = zone(given[3]), language(given[4])
                if (
                    timezone is None
                    or lang is None
                    or (given[2] is not None and given[2] < given[1])
                    or (money and fine_fee(money) is None)
                ):
                    checked = check_new_customer(NewCustomer(name, *given))  # says why
                    timezone, lang = checked.timezone, checked.language
                row: _CustomerRow = make(
                    _CustomerRow, (name, *given[:3], timezone, lang, *given[5:], m.name_key(name))
                )
                return row

            return parse

        how, parsed, problem = _parse_all(path, CUSTOMER_COLUMNS, CUSTOMER_REQUIRED, parser)
        now = self._clock.now()
        with self._sessions.begin() as s:
            # A name that may clash (ignoring case) with a customer or an earlier row
            # goes through `insert_customer` alone, which refuses it or adds it; the
            # others wait to be written together. A row identical to a customer the
            # database held before is skipped: the same file imported again adds nothing.
            taken = {m.name_key(name) for name in s.scalars(select(m.Customer.name))}
            held = _held_customers(s, [new.name for _, new in parsed if new.key in taken])
            waiting: list[_CustomerRow] = []
            skipped: list[int] = []
            for line, new in parsed:
                if new.key in taken:
                    if held.pop(new.name, None) == _facts(new):
                        skipped.append(line)
                        continue
                    _insert_customers(s, waiting, now)
                    waiting = []
                    try:
                        insert_customer(s, new.new(), now)
                    except Refused as refused:
                        raise _at_line(path, line, refused) from None
                else:
                    waiting.append(new)
                taken.add(new.key)
            if problem is not None:
                raise problem
            _insert_customers(s, waiting, now)
            if len(parsed) > len(skipped):  # a file imported again adds nothing
                added = len(parsed) - len(skipped)
                record(s, "import_customers", "customer", None, _imported(path, added, skipped))
        return Imported(path.name, how, len(parsed) - len(skipped), tuple(skipped))

    @_bulk()
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
        entry_columns = _table(m.LedgerEntry).c
        check_engineer = _text_check(entry_columns.engineer)
        check_reason = _text_check(entry_columns.reason)
        # The entry's texts (the file's column, the ledger's), checked as each row is read
        # and written as they are; a text column more is a line more here.
        texts = (("description", "description"), ("note", "note"))
        # A file holds no NUL (`load_csv`): only a text longer than its column is refused.
        limits = {column: _length(entry_columns[column]) for column in ("engineer", "reason")}
        limited = [
            (column, _text_check(entry_columns[column]))
            for name, column in texts
            if _length(entry_columns[column]) is not None
        ]
        # Each distinct text once: a file repeats its dates, durations and categories.
        dates: dict[str, date] = {}
        durations: dict[str, tuple[int, bool]] = {}  # with its sign, and whether negative
        categories: dict[str, Category] = {}
        make = tuple.__new__  # a named tuple without its __new__ in Python

        def parser(at: Mapping[str, int]) -> Callable[[list[str]], _HoursRow]:
            customer, date_, hours_, category_ = (
                at["customer"], at["date"], at["hours"], at["category"]
            )  # fmt: skip
            engineer_, entry_id_, corrects_, reason_ = (
                at["engineer"], at["id"], at["corrects"], at["reason"]
            )  # fmt: skip
            text_at = [at[name] for name, _ in texts]
            if at["description"] == -1:  # an older export: its note is what the client read
                text_at = [at["note"], -1]
            texts_of = itemgetter(*text_at, *text_at)  # twice: a tuple even for one
            count = len(text_at)
            checked_at = [(at[name], check) for name, check in limited]
            engineer_limit = limits["engineer"] or sys.maxsize

            def parse(cells: list[str]) -> _HoursRow:
                text = cells[hours_]
                known = durations.get(text)
                if known is None:
                    negative = text.startswith("-")  # an exported correction's
                    seconds = parse_duration(text[1:] if negative else text)
                    known = durations[text] = (-seconds if negative else seconds, negative)
                amount, negative = known
                engineer = cells[engineer_]
                if len(engineer) > engineer_limit:
                    check_engineer(engineer)  # named at its line
                for i, check in checked_at:
                    check(cells[i])
                when = cells[date_]
                day = dates.get(when)
                if day is None:
                    day = dates[when] = parse_date(when)
                kind = cells[category_]
                category = categories.get(kind)
                if category is None:
                    category = categories[kind] = parse_category(kind)
                entry_id, corrects, reason = cells[entry_id_], cells[corrects_], cells[reason_]
                fields = (
                    cells[customer],
                    day,
                    -amount if negative else amount,
                    category,
                    engineer,
                    texts_of(cells)[:count],
                    amount,
                    _entry_id(entry_id, N_("id")) if entry_id else None,
                    _entry_id(corrects, N_("corrected entry")) if corrects else None,
                    reason,
                    negative or bool(corrects),
                )
                if reason:
                    check_reason(reason)
                row: _HoursRow = make(_HoursRow, fields)
                return row

            return parse

        how, parsed, problem = _parse_all(path, HOURS_COLUMNS, HOURS_REQUIRED, parser)
        with self._sessions.begin() as s:
            refs = {row.customer for _, row in parsed}
            days = {row.day for _, row in parsed}
            known = _Known(s, refs, days)
            customers: dict[str | int, Loaded | Refused] = {}
            for ref in refs:  # a name in another case too, before the ledger is read
                try:
                    customers[ref] = known.get(ref)
                except Refused as refused:
                    customers[ref] = refused
            ids = [c.id for c in customers.values() if isinstance(c, Loaded)]
            ledger = _Ledger(s, ids, days)
            open_months = _OpenMonths(today, days)
            names: tuple[str, ...] = ("customer_id", "entry_date", "category", "engineer")
            names += ("seconds", *(column for _, column in texts))
            values: list[tuple[Any, ...]] = []
            skipped, any_held = [], ledger.any()
            for line, row in parsed:
                try:
                    customer = customers[row.customer]
                    if isinstance(customer, Refused):
                        raise customer
                    if any_held and ledger.holds(customer.id, row):
                        skipped.append(line)
                    elif row.correction:
                        raise _not_held(row)
                    elif open_months.allow(customer, row):
                        fixed = (customer.id, row.day, row.category.value, row.engineer)
                        values.append((*fixed, row.seconds, *row.texts))
                    else:  # checked as `Ledger.log` checks it, which says why not
                        entry = entry_values(*customer, row.entry, today)
                        values.append(tuple(entry[column] for column in names))
                except Refused as refused:
                    raise _at_line(path, line, refused) from None
            if problem is not None:
                raise problem
            if values:
                # The engineer and the texts were checked as each row was read.
                _write(s, _table(m.LedgerEntry), names, values, ("engineer", *names[5:]))
                # One audit row per customer the file added hours to, so the import
                # shows in each customer's history; `file_added` is the whole file's.
                per_customer = Counter(row[0] for row in values)
                afters = {
                    customer_id: {**_imported(path, added, skipped), "file_added": len(values)}
                    for customer_id, added in sorted(per_customer.items())
                }
                record_per_customer(s, "import_hours", "ledger_entry", afters)
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
                say(
                    "{delimiter!r} cannot separate CSV values; use a comma, a semicolon or a tab.",
                    delimiter=delimiter,
                )
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
                say("backup copies the local SQLite file; back up a team database with pg_dump.")
            )
        if target.resolve() == source.resolve():
            raise Refused(say("The backup cannot overwrite the database it copies."))
        backup_sqlite(source, target)
