"""Browsing the whole ledger, across customers, filtered and sorted in SQL.

A million entries never come into Python as rows. `select` returns only the ids of the
matching entries, in order (eight bytes each, packed in an array), with the totals;
`rows` builds the few entries a window actually shows from their ids. `page` and
`count` serve callers that want plain offset paging instead.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.db.ordering import in_reading_order
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import EntryInfo
from accountdesk.services.loading import reading

# How many ids go into one `IN (...)`: well under SQLite's and PostgreSQL's limits.
_IN_CHUNK = 500
_FETCH_CHUNK = 20_000

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


@dataclass(frozen=True)
class LedgerFilter:
    """Which entries to show. None (or empty text) means no restriction on that field."""

    customer_id: int | None = None
    engineer: str | None = None
    category: Category | None = None
    month: Month | None = None
    text: str = ""


class SortKey(StrEnum):
    DATE = "date"
    CUSTOMER = "customer"
    CATEGORY = "category"
    ENGINEER = "engineer"
    HOURS = "hours"
    DESCRIPTION = "description"
    NOTE = "note"


@dataclass(frozen=True)
class LedgerSort:
    key: SortKey = SortKey.DATE
    descending: bool = True


@dataclass(frozen=True)
class LedgerTotals:
    entries: int
    seconds: int


@dataclass(frozen=True)
class LedgerSelection:
    """The ids of the entries a filter matches, in the sort's order, and their totals."""

    ids: array[int]
    totals: LedgerTotals


@dataclass(frozen=True)
class CustomerName:
    id: int
    name: str


# Built once: the queries that turn ids into rows run for every screenful.
_ROWS = (
    select(
        m.LedgerEntry.id,
        m.LedgerEntry.customer_id,
        m.LedgerEntry.entry_date,
        m.LedgerEntry.category,
        m.LedgerEntry.engineer,
        m.LedgerEntry.seconds,
        m.LedgerEntry.description,
        m.LedgerEntry.corrects_id,
        m.LedgerEntry.reason,
        m.Customer.name,
        m.LedgerEntry.version,
        m.LedgerEntry.note,
        m.SupportCase.reference,
    )
    .join(m.Customer, m.Customer.id == m.LedgerEntry.customer_id)
    .outerjoin(m.SupportCase, m.SupportCase.id == m.LedgerEntry.case_id)
    .where(m.LedgerEntry.id.in_(bindparam("ids", expanding=True)))
)
_LOCKED = select(m.LockedMonth.customer_id, m.LockedMonth.month).where(
    m.LockedMonth.customer_id.in_(bindparam("customers", expanding=True))
)


def _filtered(query: _Query, where: LedgerFilter) -> _Query:
    entry = m.LedgerEntry
    if where.customer_id is not None:
        query = query.where(entry.customer_id == where.customer_id)
    if where.engineer:
        query = query.where(entry.engineer == where.engineer)
    if where.category is not None:
        query = query.where(entry.category == where.category.value)
    if where.month is not None:
        query = query.where(entry.entry_date.between(where.month.first, where.month.last))
    text = where.text.strip()
    if text:
        query = query.where(
            entry.description.icontains(text, autoescape=True)
            | entry.note.icontains(text, autoescape=True)
        )
    return query


def _ordered(query: _Query, sort: LedgerSort, dialect: str) -> _Query:
    entry = m.LedgerEntry
    first: Any = {
        SortKey.DATE: None,
        SortKey.CUSTOMER: m.Customer.name,
        SortKey.CATEGORY: entry.category,
        SortKey.ENGINEER: entry.engineer,
        SortKey.HOURS: entry.seconds,
        SortKey.DESCRIPTION: entry.description,
        SortKey.NOTE: entry.note,
    }[sort.key]
    if sort.key is SortKey.CUSTOMER:
        query = query.join(m.Customer, m.Customer.id == entry.customer_id)
    if sort.key in (SortKey.CUSTOMER, SortKey.ENGINEER, SortKey.DESCRIPTION, SortKey.NOTE):
        first = in_reading_order(first, dialect)
    # Ties fall back to the date and then the id, so the order is always total and a
    # page never shows an entry twice or skips one.
    keys = [k for k in (first, entry.entry_date, entry.id) if k is not None]
    return query.order_by(*(k.desc() if sort.descending else k.asc() for k in keys))


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


class LedgerBrowser:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def select(self, where: LedgerFilter, sort: LedgerSort) -> LedgerSelection:
        """The ids of every entry matching `where`, in `sort`'s order, with the totals,
        read in one transaction so that both describe the same ledger."""
        with reading(self._sessions) as s:
            query = _ordered(_filtered(select(m.LedgerEntry.id), where), sort, _dialect(s))
            # Ids straight from the driver's cursor: no row objects for a million
            # integers (the one hot path; everything else goes through the ORM).
            cursor = s.connection().execute(query).cursor
            ids: array[int] = array("q")
            while chunk := cursor.fetchmany(_FETCH_CHUNK):
                ids.extend(chain.from_iterable(chunk))  # each row is a 1-tuple
            return LedgerSelection(ids, self._totals(s, where))

    def totals(self, where: LedgerFilter) -> LedgerTotals:
        """How many entries match `where` and how many seconds they add up to."""
        with reading(self._sessions) as s:
            return self._totals(s, where)

    def count(self, where: LedgerFilter) -> int:
        with reading(self._sessions) as s:
            query = _filtered(select(func.count()).select_from(m.LedgerEntry), where)
            return int(s.scalar(query) or 0)

    def page(
        self, where: LedgerFilter, sort: LedgerSort, offset: int, limit: int
    ) -> list[EntryInfo]:
        """`limit` entries from `offset` on, in `sort`'s order."""
        with reading(self._sessions) as s:
            query = _ordered(_filtered(select(m.LedgerEntry.id), where), sort, _dialect(s))
            ids = list(s.scalars(query.offset(max(0, offset)).limit(max(0, limit))))
            return self._rows(s, ids)

    def rows(self, ids: Sequence[int]) -> list[EntryInfo]:
        """The entries with these ids, in the order given; ids no longer in the ledger
        (deleted meanwhile) are left out."""
        with reading(self._sessions) as s:
            return self._rows(s, ids)

    def engineers(self, where: LedgerFilter | None = None) -> list[str]:
        """Everyone who logged hours matching `where` (default: at all), by name."""
        engineer = m.LedgerEntry.engineer
        with reading(self._sessions) as s:
            query = (
                select(engineer)
                .group_by(engineer)
                .order_by(in_reading_order(engineer, _dialect(s)), engineer)
            )
            return list(s.scalars(_filtered(query, where or LedgerFilter())))

    def customers(self) -> list[CustomerName]:
        """Every customer's id and name, by name (for pickers and completion)."""
        with reading(self._sessions) as s:
            name = m.Customer.name
            rows = s.execute(
                select(m.Customer.id, name).order_by(in_reading_order(name, _dialect(s)), name)
            )
            return [CustomerName(id, name) for id, name in rows]

    def locked(self, customer_id: int, month: Month) -> bool:
        """Whether the customer's month is issued (its entries are final)."""
        with reading(self._sessions) as s:
            return s.get(m.LockedMonth, (customer_id, month.label)) is not None

    # ------------------------------------------------------------------ helpers

    def _totals(self, s: Session, where: LedgerFilter) -> LedgerTotals:
        query = _filtered(
            select(func.count(), func.coalesce(func.sum(m.LedgerEntry.seconds), 0)).select_from(
                m.LedgerEntry
            ),
            where,
        )
        entries, seconds = s.execute(query).one()
        return LedgerTotals(int(entries), int(seconds))

    def _rows(self, s: Session, ids: Sequence[int]) -> list[EntryInfo]:
        found: dict[int, Any] = {}
        for chunk in _chunks(ids, _IN_CHUNK):
            for fetched in s.execute(_ROWS, {"ids": chunk}):
                found[fetched[0]] = fetched
        customers = sorted({fetched[1] for fetched in found.values()})
        locked: set[tuple[int, str]] = set()
        for chunk in _chunks(customers, _IN_CHUNK):
            rows = s.execute(_LOCKED, {"customers": chunk})
            locked.update((customer_id, label) for customer_id, label in rows)
        result = []
        for entry_id in ids:
            row = found.get(entry_id)
            if row is None:
                continue
            (_, customer_id, day, category, engineer, seconds, description, corrects, reason) = row[
                :9
            ]
            name, version, note, case = row[9:]
            result.append(
                EntryInfo(
                    id=entry_id,
                    customer_id=customer_id,
                    customer=name,
                    day=day,
                    category=Category(category),
                    engineer=engineer,
                    seconds=seconds,
                    description=description,
                    locked=(customer_id, Month.of(day).label) in locked,
                    corrects=corrects,
                    reason=reason,
                    note=note,
                    case=case,
                    version=version,
                )
            )
        return result


def _chunks(values: Iterable[int], size: int) -> Iterable[list[int]]:
    chunk: list[int] = []
    for value in values:
        chunk.append(int(value))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
