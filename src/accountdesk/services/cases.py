"""Support cases: their life (open, respond, wait, escalate, resolve), their clock against
the response target, a month's SLA for a customer and the portfolio, and the import from
a help desk (case_import.py).

A case's reference is unique per customer. Where a case is named by its reference
alone and two customers use it, the request is refused with a sentence asking for
`CUSTOMER:REFERENCE`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from math import ceil
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, Select, Table, exists, or_, select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import Clock, time_zone
from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import (
    BusinessCalendar,
    CaseState,
    CaseTimes,
    Interval,
    MonthSla,
    ResponseClock,
    Target,
    attainment,
    month_sla,
    parse_instant,
    parse_level,
    parse_severity,
    standing,
)
from accountdesk.domain.tiers import Coverage, Severity, Tier, TierSpec
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.audit import record, row_values
from accountdesk.services.loading import (
    contract_of,
    find_customer,
    hold_customer,
    reading,
    tier_catalog,
)
from accountdesk.services.loading import (
    term as contract_term,
)
from accountdesk.wording import N_, gettext, say

if TYPE_CHECKING:
    from accountdesk.services.case_import import CaseImport, CaseMapping

# The holidays read for a case: from the day it opened, this far on (a business-hours
# target with weekends, holidays and waits runs out well within it; later days count
# as working days).
_HORIZON = timedelta(days=366)
_BUSINESS_DAY_MINUTES = 8 * 60  # BUSINESS_START to BUSINESS_END


@dataclass(frozen=True)
class Escalation:
    at: datetime
    by: str
    from_level: int
    to_level: int
    reason: str


@dataclass(frozen=True)
class CaseInfo:
    """A case as the clock sees it at the moment it was read. Instants are UTC;
    `timezone` is the customer's, for showing them."""

    id: int
    customer_id: int
    customer: str
    timezone: str
    reference: str
    title: str
    severity: Severity
    opened_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    engineer: str | None
    escalation_level: int
    tier: Tier | None  # in force when the case opened
    target_minutes: int | None
    due: datetime | None
    state: CaseState
    left: timedelta | None  # counted time left until due, while unanswered
    waiting: tuple[Interval, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    # The clock the target runs on (coverage, the customer's calendar, the waits), so a
    # countdown can go on from `left` without reading the case again; None: no target.
    clock: ResponseClock | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

    @property
    def answered_at(self) -> datetime | None:
        return self.first_response_at or self.resolved_at


@dataclass(frozen=True)
class CustomerSla:
    """A customer's month against the response SLA (`sla C --month M`)."""

    customer_id: int
    customer: str
    month: Month
    tier: Tier | None  # in force at the month's end (its SLA target and credit)
    fee: Decimal
    figures: MonthSla
    cases: tuple[CaseInfo, ...]  # those that fell due in the month and are decided
    # An issued month: its report id; `figures` and `fee` are those it stated, and
    # `breaches` the cases it listed (as they stand now).
    issued: str | None = None
    issued_breaches: tuple[str, ...] = ()  # their references
    # What later answers or cases changed: the credit adjustment the next report carries.
    pending: tuple[AdjustmentLine, ...] = ()

    @property
    def breaches(self) -> tuple[CaseInfo, ...]:
        if self.issued is not None:
            return tuple(c for c in self.cases if c.reference in self.issued_breaches)
        return tuple(c for c in self.cases if c.state is CaseState.BREACHED)


@dataclass(frozen=True)
class PortfolioSla:
    """The month across the portfolio: each customer with an SLA and cases due."""

    month: Month
    customers: tuple[CustomerSla, ...]
    due: int
    met: int
    attainment: Decimal | None


def _aware(moment: datetime) -> datetime:
    """An instant read back from the database, in UTC (SQLite hands it back naive)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def instant(value: datetime | str, what: str, field_: Field) -> datetime:
    """A timestamp from a caller: text in ISO 8601 or an aware datetime; naive refused."""
    if isinstance(value, str):
        return parse_instant(value, what, field_)
    if value.tzinfo is None or value.utcoffset() is None:
        raise Refused(
            say(
                "{what} {value} says no time zone; give its offset or Z.",
                what=gettext(what),
                value=value.isoformat(),
            ),
            field_,
        )
    return value.astimezone(UTC)


def _month_bounds(month: Month, zone: str) -> tuple[datetime, datetime]:
    tz = time_zone(zone)
    start = datetime.combine(month.first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(month.last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


class _Calendars:
    """Business calendars by customer, holidays read once per calendar and years."""

    def __init__(self) -> None:
        self._holidays: dict[tuple[str | None, int, int], frozenset[date]] = {}
        self._calendars: dict[tuple[str, str | None, int, int], BusinessCalendar] = {}

    def holidays(self, calendar: str | None, first_year: int, last_year: int) -> frozenset[date]:
        key = (calendar, first_year, last_year)
        days = self._holidays.get(key)
        if days is None:
            days = frozenset(
                holidays_for(calendar, date(first_year, 1, 1), date(last_year, 12, 31))
            )
            self._holidays[key] = days
        return days

    def of(self, customer: m.Customer, first: date, last: date) -> BusinessCalendar:
        key = (customer.timezone, customer.holiday_calendar, first.year, last.year + 1)
        found = self._calendars.get(key)
        if found is None:
            days = self.holidays(key[1], key[2], key[3])
            found = self._calendars[key] = BusinessCalendar(customer.timezone, days)
        return found


def target_for(
    contract: Contract, opened_local: date, severity: Severity
) -> tuple[Tier | None, Target | None]:
    """The response target of the tier in force on the day the case opened."""
    term = contract.term_on(opened_local)
    tier: TierSpec = term.tier if term is not None else contract.tier_on(opened_local)
    minutes = tier.response_minutes.get(severity)
    coverage = tier.coverage.get(severity)
    if minutes is None or coverage is None:
        return tier.key, None
    return tier.key, Target(minutes, coverage)


class _CaseRow(Protocol):
    """What the reader needs of a case: an ORM object or a row of its columns."""

    id: int
    customer_id: int
    reference: str
    title: str
    severity: str
    opened_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    engineer: str | None
    escalation_level: int


class _Who(NamedTuple):
    """A customer as the clock sees each of its cases; calendars by the years they hold."""

    id: int
    name: str
    timezone: str
    zone: ZoneInfo
    contract: Contract
    calendars: dict[tuple[int, int], BusinessCalendar]


class _Reader:
    """Turns case rows into CaseInfo: contracts, calendars, waits and history read once."""

    def __init__(self, s: Session, now: datetime) -> None:
        self.s = s
        self.now = _aware(now)
        self.tiers = tier_catalog(s)
        self.contracts: dict[int, Contract] = {}
        self.customers: dict[int, m.Customer] = {}
        self.calendars = _Calendars()
        self._who: dict[int, _Who] = {}

    def load(self, customer_ids: Iterable[int]) -> None:
        """The customers and their contracts, a chunk of customers per query rather than
        one query each."""
        wanted = sorted(set(customer_ids) - self.customers.keys())
        t = m.ContractTerm
        for chunk in _chunks(wanted):
            for c in self.s.scalars(select(m.Customer).where(m.Customer.id.in_(chunk))):
                self.customers[c.id] = c
            terms: dict[int, list[m.ContractTerm]] = {i: [] for i in chunk}
            for row in self.s.scalars(
                select(t).where(t.customer_id.in_(chunk)).order_by(t.customer_id, t.effective_from)
            ):
                terms[row.customer_id].append(row)
            for i in chunk:
                found = self.customers.get(i)
                if found is not None and i not in self.contracts:
                    self.contracts[i] = Contract(
                        start=found.contract_start,
                        end=found.contract_end,
                        terms=tuple(contract_term(row, self.tiers) for row in terms[i]),
                        rollover=found.rollover,
                    )

    def infos(self, rows: Sequence[_CaseRow], history: bool = False) -> list[CaseInfo]:
        ids = [row.id for row in rows]
        waits: dict[int, list[Interval]] = {i: [] for i in ids}
        escalations: dict[int, list[Escalation]] = {i: [] for i in ids}
        w, e = _table(m.CaseWaiting).c, _table(m.CaseEscalation).c
        for chunk in _chunks(ids):
            for case_id, starts, ends in self.s.execute(
                select(w.case_id, w.starts_at, w.ends_at).where(w.case_id.in_(chunk))
            ):
                waits[case_id].append((_aware(starts), _aware(ends)))
            if history:
                for case_id, at, by, from_level, to_level, reason in self.s.execute(
                    select(e.case_id, e.at, e.by, e.from_level, e.to_level, e.reason)
                    .where(e.case_id.in_(chunk))
                    .order_by(e.at, e.id)
                ):
                    escalations[case_id].append(
                        Escalation(_aware(at), by, from_level, to_level, reason)
                    )
        self.load(row.customer_id for row in rows)
        by_id = self.customers
        return [
            self.info(row, by_id[row.customer_id], waits[row.id], escalations[row.id])
            for row in rows
        ]

    def contract(self, customer: m.Customer) -> Contract:
        found = self.contracts.get(customer.id)
        if found is None:
            found = self.contracts[customer.id] = contract_of(self.s, customer, self.tiers)
        return found

    def who(self, customer: m.Customer) -> _Who:
        """What the clock needs of the customer, read off the ORM once."""
        found = self._who.get(customer.id)
        if found is None:
            found = self._who[customer.id] = _Who(
                customer.id,
                customer.name,
                customer.timezone,
                time_zone(customer.timezone),
                self.contract(customer),
                {},
            )
        return found

    def surely_met(self, row: _CaseRow) -> bool:
        """Whether the case was answered within its target in real time, or has no
        target: met (or not measured) whatever its calendar and waits, which only stop
        the clock, so its clock need not be run. The customers must be `load`ed."""
        answered = row.first_response_at or row.resolved_at
        if answered is None:
            return False
        who = self.who(self.customers[row.customer_id])
        opened = _aware(row.opened_at)
        _, target = target_for(
            who.contract, opened.astimezone(who.zone).date(), Severity(row.severity)
        )
        return target is None or _aware(answered) - opened <= timedelta(minutes=target.minutes)

    def info(
        self,
        row: _CaseRow,
        customer: m.Customer,
        waits: Sequence[Interval],
        escalations: Sequence[Escalation] = (),
    ) -> CaseInfo:
        opened = _aware(row.opened_at)
        first = None if row.first_response_at is None else _aware(row.first_response_at)
        resolved = None if row.resolved_at is None else _aware(row.resolved_at)
        severity = Severity(row.severity)
        who = self.who(customer)
        opened_local = opened.astimezone(who.zone).date()
        tier, target = target_for(who.contract, opened_local, severity)
        until = opened_local + _HORIZON
        calendar = who.calendars.get((opened_local.year, until.year))
        if calendar is None:
            calendar = who.calendars[(opened_local.year, until.year)] = self.calendars.of(
                customer, opened_local, until
            )
        where = standing(CaseTimes(opened, first, resolved), target, calendar, waits, self.now)
        clock = None if target is None else ResponseClock(target.coverage, calendar, tuple(waits))
        return CaseInfo(
            id=row.id,
            customer_id=who.id,
            customer=who.name,
            timezone=who.timezone,
            reference=row.reference,
            title=row.title,
            severity=severity,
            opened_at=opened,
            first_response_at=first,
            resolved_at=resolved,
            engineer=row.engineer,
            escalation_level=row.escalation_level,
            tier=tier,
            target_minutes=None if target is None else target.minutes,
            due=where.due,
            state=where.state,
            left=where.left,
            waiting=tuple(sorted(waits)),
            escalations=tuple(escalations),
            clock=clock,
        )


def customer_month_sla(
    s: Session,
    customer: m.Customer,
    month: Month,
    now: datetime | None,
    credit_pct: Decimal | None = None,
) -> CustomerSla:
    """The customer's month as `Cases.sla` tells it, within the caller's transaction (the
    report, the adjustments to issued months). `now` None: once the month has ended,
    when every case due in it is decided. `credit_pct` replaces the contract's
    percentage (an issued month keeps the one it stated)."""
    moment = _month_bounds(month, customer.timezone)[1] if now is None else _aware(now)
    return _customer_sla(s, _Reader(s, moment), customer, month, credit_pct)


def _customer_sla(
    s: Session,
    reader: _Reader,
    found: m.Customer,
    month: Month,
    credit_pct: Decimal | None = None,
) -> CustomerSla:
    infos = reader.infos(_candidates(s, reader, month, found.id))
    return _month_of(reader, found, month, infos, credit_pct)


def _cases_opened_before(s: Session, found: m.Customer, end: datetime) -> list[m.SupportCase]:
    c = m.SupportCase
    query = select(c).where(c.customer_id == found.id, c.opened_at < end)
    return list(s.scalars(query.order_by(c.opened_at, c.id)))


def ended_months_sla(
    s: Session, customer: m.Customer, months: dict[Month, Decimal | None]
) -> dict[Month, CustomerSla]:
    """Several months that have ended, each at its own credit percentage (None: the
    contract's), as `customer_month_sla` tells them with `now` None; the customer's
    cases are read and put against the clock once (the adjustments to issued months).
    A case due in a month is decided once it has ended, whichever later moment reads it."""
    if not months:
        return {}
    end = max(_month_bounds(month, customer.timezone)[1] for month in months)
    reader = _Reader(s, end)
    infos = reader.infos(_cases_opened_before(s, customer, end))
    return {month: _month_of(reader, customer, month, infos, pct) for month, pct in months.items()}


def _month_of(
    reader: _Reader,
    found: m.Customer,
    month: Month,
    cases: Sequence[CaseInfo],
    credit_pct: Decimal | None,
) -> CustomerSla:
    contract = reader.contract(found)
    start, end = _month_bounds(month, found.timezone)
    due_in = [
        i
        for i in cases
        if i.due is not None
        and start <= i.due < end
        and i.state in (CaseState.MET, CaseState.BREACHED)
    ]
    # The month's target and credit: the term in force on its last day under contract.
    segments = list(contract.segments(month.first, month.last))
    term = segments[-1][0] if segments else None
    tier = None if term is None else term.tier
    fee = contract.fee(month)
    figures = month_sla(
        (i.state for i in due_in),
        None if tier is None else tier.sla_target_pct,
        tier is not None and tier.service_credit,
        credit_pct if credit_pct is not None or term is None else term.service_credit_pct,
        fee,
    )
    return CustomerSla(
        found.id, found.name, month, None if tier is None else tier.key, fee, figures, tuple(due_in)
    )


def _as_issued(s: Session, customer: m.Customer, live: CustomerSla) -> CustomerSla:
    """An issued month as its statement stated it (the month's figures never change), with
    the credit adjustment later answers or cases make pending; else `live`."""
    # Here, not at the top: statements reach this module through the ledger's imports.
    from accountdesk.services.statements import pending_adjustments, standing_statements

    statements = standing_statements(s, customer.id)
    issued = next((x for x in statements if x.month == live.month), None)
    if issued is None or issued.figures.sla is None:
        return live
    stated = issued.figures.sla
    return replace(
        live,
        tier=Tier(stated.tier),
        fee=issued.figures.fee,
        figures=MonthSla(
            stated.due,
            stated.met,
            stated.attainment,
            stated.target,
            stated.breach,
            stated.credit_pct,
            stated.credit,
        ),
        issued=issued.report_id,
        issued_breaches=tuple(b.reference for b in stated.breaches),
        pending=tuple(
            line
            for line in pending_adjustments(s, customer, statements)
            if line.month == live.month.label and line.kind == "service_credit"
        ),
    )


def _table(cls: type[m.Base]) -> Table:
    return cast(Table, cls.__table__)


def _case_columns() -> Select[Any]:
    c = _table(m.SupportCase).c
    return select(
        c.id,
        c.customer_id,
        c.reference,
        c.title,
        c.severity,
        c.opened_at,
        c.first_response_at,
        c.resolved_at,
        c.engineer,
        c.escalation_level,
    )


def _earliest_opening(
    s: Session, reader: _Reader, month: Month, customer_id: int | None = None
) -> date:
    """The earliest day (in any customer's zone, or in the zone of `customer_id`) a
    case can open and still fall due in `month` when it waits on nobody after that day.

    A business-hours target of up to K eight-hour days runs out by the end of the K-th
    working day after the day it opened (each working day counts 8 hours; daylight-saving
    changes happen outside them), so a case that opened before the K-th last working day
    before the month, in its customer's calendar, was due before the month. A round the
    clock target runs out within its minutes."""
    business = [
        minutes
        for spec in reader.tiers.values()
        for severity, minutes in spec.response_minutes.items()
        if spec.coverage.get(severity) is Coverage.BUSINESS_HOURS
    ]
    always = [
        minutes
        for spec in reader.tiers.values()
        for severity, minutes in spec.response_minutes.items()
        if spec.coverage.get(severity) is Coverage.ALWAYS
    ]
    earliest = month.first - timedelta(days=ceil(max(always, default=0) / (24 * 60)) + 1)
    if business:
        days = ceil(max(business) / _BUSINESS_DAY_MINUTES)
        # One customer's report asks of its own calendar only, not of 50,000 customers'.
        calendars = select(m.Customer.holiday_calendar).distinct()
        if customer_id is not None:
            calendars = calendars.where(m.Customer.id == customer_id)
        for calendar in s.scalars(calendars):
            # The years a case's calendar holds (its opening year and after) include these.
            off = reader.calendars.holidays(calendar, month.first.year - 1, month.first.year)
            day, counted = month.first, 0
            while counted < days:
                day -= timedelta(days=1)
                counted += day.weekday() < 5 and day not in off
            earliest = min(earliest, day)
    return earliest


def _candidates(
    s: Session, reader: _Reader, month: Month, customer_id: int | None = None
) -> list[Row[Any]]:
    """The cases that may fall due in `month` (in their customer's zone), by opening time:
    opened before it ends, and either opened late enough for their target to run out in
    it (`_earliest_opening`) or waiting on the customer until then. The rest were due
    before the month, whatever the clock says about them."""
    c, w = _table(m.SupportCase).c, _table(m.CaseWaiting).c
    # A day either side of the month's UTC bounds covers every zone.
    earliest = _earliest_opening(s, reader, month, customer_id)
    lo = datetime.combine(earliest, time(0), UTC) - timedelta(days=1)
    hi = datetime.combine(month.last, time(0), UTC) + timedelta(days=2)
    waited: ColumnElement[bool]
    if customer_id is None:  # the portfolio: one pass over the waits, hashed
        waited = c.id.in_(select(w.case_id).where(w.ends_at >= lo))
    else:  # one customer: its few cases' waits by index, not every wait in the table
        waited = exists().where(w.case_id == c.id, w.ends_at >= lo)
    query = _case_columns().where(c.opened_at < hi, or_(c.opened_at >= lo, waited))
    if customer_id is not None:
        query = query.where(c.customer_id == customer_id)
    return list(s.execute(query.order_by(c.opened_at, c.id)))


def _month_window(month: Month) -> tuple[datetime, datetime]:
    """UTC instants around `month` that hold its days in every time zone (a day either
    side): a query narrows by them, and `_opened_in` decides in the customer's zone."""
    first = datetime.combine(month.first, time(0), UTC) - timedelta(days=1)
    return first, datetime.combine(month.last, time(0), UTC) + timedelta(days=2)


def _opened_in(case: CaseInfo, month: Month) -> bool:
    return Month.of(case.opened_at.astimezone(time_zone(case.timezone)).date()) == month


def _due_in(case: CaseInfo, month: Month) -> bool:
    due = case.due
    return due is not None and Month.of(due.astimezone(time_zone(case.timezone)).date()) == month


def _chunks(items: Sequence[int], size: int = 1000) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def find_case(s: Session, ref: str) -> m.SupportCase:
    """A case by its reference; `CUSTOMER:REFERENCE` when two customers share it."""
    text = ref.strip()
    found = list(s.scalars(select(m.SupportCase).where(m.SupportCase.reference == text)))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        names = sorted(
            s.scalars(
                select(m.Customer.name).where(m.Customer.id.in_([c.customer_id for c in found]))
            )
        )
        raise Refused(
            say(
                "Case {text} exists for {length} customers ({join}); name it as "
                "CUSTOMER:{text}, e.g. {names}:{text}.",
                text=text,
                length=len(found),
                join=", ".join(names),
                names=names[0],
            ),
            Field.CASE,
        )
    # CUSTOMER:REFERENCE; a customer's name may itself hold a colon: try each one.
    at = text.find(":")
    while at > 0:
        who, reference = text[:at].strip(), text[at + 1 :].strip()
        try:
            customer = find_customer(s, who)
        except Refused:
            customer = None
        if customer is not None and reference:
            case = s.scalar(
                select(m.SupportCase).where(
                    m.SupportCase.customer_id == customer.id,
                    m.SupportCase.reference == reference,
                )
            )
            if case is not None:
                return case
        at = text.find(":", at + 1)
    raise Refused(say("There is no case {text}.", text=text), Field.CASE)


class Cases:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    def _not_future(self, moment: datetime, what: str, field_: Field) -> None:
        if moment > self._now():
            raise Refused(
                say(
                    "{what} {moment} is in the future; record what has happened.",
                    what=gettext(what),
                    moment=moment.isoformat(),
                ),
                field_,
            )

    def _one(self, s: Session, row: m.SupportCase) -> CaseInfo:
        s.flush()
        return _Reader(s, self._now()).infos([row], history=True)[0]

    def open(
        self,
        customer: str | int,
        severity: Severity | str,
        title: str,
        reference: str | None = None,
        at: datetime | str | None = None,
        engineer: str | None = None,
    ) -> CaseInfo:
        """Open a case at `at` (default now). Refuses a time without an offset, a time in
        the future or outside the contract, an empty title, a reference the customer
        already uses."""
        sev = severity if isinstance(severity, Severity) else parse_severity(severity)
        opened = self._now() if at is None else instant(at, "--at", Field.AT)
        self._not_future(opened, N_("The opening time"), Field.AT)
        if not title.strip():
            raise Refused(say("A case needs a title."), Field.TITLE)
        with self._sessions.begin() as s:
            found = find_customer(s, customer)
            hold_customer(s, found.id)
            day = opened.astimezone(time_zone(found.timezone)).date()
            contract = contract_of(s, found)
            if not contract.covers(day):
                raise Refused(
                    say(
                        "{found} has no contract on {day}, when the case opened.",
                        found=found.name,
                        day=day.isoformat(),
                    ),
                    Field.AT,
                )
            ref = (reference or "").strip() or self._next_reference(s, found.id)
            taken = s.scalar(
                select(m.SupportCase.id).where(
                    m.SupportCase.customer_id == found.id, m.SupportCase.reference == ref
                )
            )
            if taken is not None:
                raise Refused(
                    say("{found} already has a case {ref}.", found=found.name, ref=ref),
                    Field.REFERENCE,
                )
            row = m.SupportCase(
                customer_id=found.id,
                reference=ref,
                title=title.strip(),
                severity=sev.value,
                opened_at=opened,
                engineer=(engineer or "").strip() or None,
                escalation_level=1,
            )
            s.add(row)
            record(s, "open_case", row, None, row)
            return self._one(s, row)

    @staticmethod
    def _next_reference(s: Session, customer_id: int) -> str:
        used = set(
            s.scalars(
                select(m.SupportCase.reference).where(m.SupportCase.customer_id == customer_id)
            )
        )
        number = len(used) + 1
        while f"CASE-{number}" in used:
            number += 1
        return f"CASE-{number}"

    def _held_case(self, s: Session, ref: str) -> m.SupportCase:
        case = find_case(s, ref)
        hold_customer(s, case.customer_id)
        s.refresh(case)
        return case

    def respond(self, ref: str, at: datetime | str) -> CaseInfo:
        """Record the first response. Refuses a second one, a time before the case
        opened or in the future."""
        moment = instant(at, "--at", Field.AT)
        self._not_future(moment, N_("The response time"), Field.AT)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.first_response_at is not None:
                raise Refused(
                    say(
                        "Case {case} was already answered at {at}.",
                        case=case.reference,
                        at=_aware(case.first_response_at).isoformat(),
                    ),
                    Field.AT,
                )
            self._after_opening(case, moment, "answered")
            if case.resolved_at is not None and moment > _aware(case.resolved_at):
                raise Refused(
                    say(
                        "Case {case} was resolved at {at}; its first response came before.",
                        case=case.reference,
                        at=_aware(case.resolved_at).isoformat(),
                    ),
                    Field.AT,
                )
            case.first_response_at = moment
            record(s, "respond_case", case, {"first_response_at": None}, case)
            return self._one(s, case)

    @staticmethod
    def _after_opening(case: m.SupportCase, moment: datetime, done: str) -> None:
        if moment < _aware(case.opened_at):
            raise Refused(
                say(
                    "Case {case} opened at {opened}; it cannot be answered before that.",
                    case=case.reference,
                    opened=_aware(case.opened_at).isoformat(),
                )
                if done == "answered"
                else say(
                    "Case {case} opened at {opened}; it cannot be resolved before that.",
                    case=case.reference,
                    opened=_aware(case.opened_at).isoformat(),
                ),
                Field.AT,
            )

    def wait(self, ref: str, start: datetime | str, until: datetime | str) -> CaseInfo:
        """A period waiting on the customer: the case's clock stops in it. Refuses an
        empty or reversed period, or one that starts before the case opened."""
        lo = instant(start, "--from", Field.FROM)
        hi = instant(until, "--until", Field.UNTIL)
        if hi <= lo:
            raise Refused(
                say("A wait ends after it starts; --until comes after --from."), Field.UNTIL
            )
        self._not_future(hi, N_("The end of the wait"), Field.UNTIL)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if lo < _aware(case.opened_at):
                raise Refused(
                    say(
                        "Case {case} opened at {at}; it cannot wait on the customer before that.",
                        case=case.reference,
                        at=_aware(case.opened_at).isoformat(),
                    ),
                    Field.FROM,
                )
            s.add(m.CaseWaiting(case_id=case.id, starts_at=lo, ends_at=hi))
            record(s, "case_wait", case, None, {"from": lo.isoformat(), "until": hi.isoformat()})
            return self._one(s, case)

    def escalate(self, ref: str, level: int, reason: str = "") -> CaseInfo:
        """Move a case to escalation level 1-4, the change kept in its history. Refuses
        the level it is at and a resolved case."""
        parse_level(level)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(say("Case {case} is resolved.", case=case.reference), Field.CASE)
            if case.escalation_level == level:
                raise Refused(
                    say(
                        "Case {case} is at level {level} already.", case=case.reference, level=level
                    ),
                    Field.LEVEL,
                )
            s.add(
                m.CaseEscalation(
                    case_id=case.id,
                    at=self._now(),
                    by=self._user,
                    from_level=case.escalation_level,
                    to_level=level,
                    reason=reason.strip(),
                )
            )
            was = {"escalation_level": case.escalation_level}
            case.escalation_level = level
            record(s, "escalate_case", case, was, case, detail=reason.strip())
            return self._one(s, case)

    def resolve(self, ref: str, at: datetime | str) -> CaseInfo:
        """Resolve a case (this answers it, when nothing did before). Refuses a case
        resolved already, a time before it opened or was answered, or in the future."""
        moment = instant(at, "--at", Field.AT)
        self._not_future(moment, N_("The resolution time"), Field.AT)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(
                    say(
                        "Case {case} was resolved at {at}.",
                        case=case.reference,
                        at=_aware(case.resolved_at).isoformat(),
                    ),
                    Field.AT,
                )
            self._after_opening(case, moment, "resolved")
            if case.first_response_at is not None and moment < _aware(case.first_response_at):
                raise Refused(
                    say(
                        "Case {case} was answered at {at}; it cannot be resolved before that.",
                        case=case.reference,
                        at=_aware(case.first_response_at).isoformat(),
                    ),
                    Field.AT,
                )
            case.resolved_at = moment
            record(s, "resolve_case", case, {"resolved_at": None}, case)
            return self._one(s, case)

    # Taking a step back, as the window's undo does: each is one transaction and
    # refuses a case that is not in the state the step left it in.

    def withdraw(self, ref: str) -> None:
        """Remove a case just opened (with its waits and escalations): undoing its
        opening. Refuses a case answered or resolved since."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.first_response_at is not None or case.resolved_at is not None:
                raise Refused(
                    say(
                        "Case {case} was answered since it opened; take that back first.",
                        case=case.reference,
                    ),
                    Field.CASE,
                )
            record(s, "withdraw_case", case, row_values(case), None)
            for kind in (m.CaseWaiting, m.CaseEscalation):
                for row in s.scalars(select(kind).where(kind.case_id == case.id)):
                    s.delete(row)
            s.delete(case)

    def clear_response(self, ref: str) -> CaseInfo:
        """Take back the first response. Refuses a case not answered, or resolved
        (reopen it first)."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.first_response_at is None:
                raise Refused(
                    say("Case {case} has no response to take back.", case=case.reference), Field.AT
                )
            if case.resolved_at is not None:
                raise Refused(
                    say(
                        "Case {case} is resolved; reopen it before taking back its response.",
                        case=case.reference,
                    ),
                    Field.AT,
                )
            was = {"first_response_at": case.first_response_at}
            case.first_response_at = None
            record(s, "clear_case_response", case, was, case)
            return self._one(s, case)

    def clear_wait(self, ref: str, start: datetime, until: datetime) -> CaseInfo:
        """Take back one period waiting on the customer (as recorded)."""
        lo = instant(start, "--from", Field.FROM)
        hi = instant(until, "--until", Field.UNTIL)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            found = next(
                (
                    w
                    for w in s.scalars(
                        select(m.CaseWaiting).where(m.CaseWaiting.case_id == case.id)
                    )
                    if _aware(w.starts_at) == lo and _aware(w.ends_at) == hi
                ),
                None,
            )
            if found is None:
                raise Refused(
                    say(
                        "Case {case} has no wait from {lo} to {hi}.",
                        case=case.reference,
                        lo=lo.isoformat(),
                        hi=hi.isoformat(),
                    ),
                    Field.FROM,
                )
            s.delete(found)
            record(
                s, "clear_case_wait", case, {"from": lo.isoformat(), "until": hi.isoformat()}, None
            )
            return self._one(s, case)

    def undo_escalation(self, ref: str) -> CaseInfo:
        """Take back the latest escalation: the case goes back to the level it came
        from, and the change leaves its history. Refuses a resolved case."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(say("Case {case} is resolved.", case=case.reference), Field.CASE)
            last = s.scalar(
                select(m.CaseEscalation)
                .where(m.CaseEscalation.case_id == case.id)
                .order_by(m.CaseEscalation.at.desc(), m.CaseEscalation.id.desc())
                .limit(1)
            )
            if last is None or last.to_level != case.escalation_level:
                raise Refused(
                    say("Case {case} has no escalation to take back.", case=case.reference),
                    Field.LEVEL,
                )
            was = {"escalation_level": case.escalation_level}
            case.escalation_level = last.from_level
            s.delete(last)
            record(s, "undo_case_escalation", case, was, case)
            return self._one(s, case)

    def reopen(self, ref: str) -> CaseInfo:
        """Take back a resolution: the case is open again."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is None:
                raise Refused(say("Case {case} is not resolved.", case=case.reference), Field.AT)
            was = {"resolved_at": case.resolved_at}
            case.resolved_at = None
            record(s, "reopen_case", case, was, case)
            return self._one(s, case)

    def case(self, ref: str) -> CaseInfo:
        with reading(self._sessions) as s:
            return _Reader(s, self._now()).infos([find_case(s, ref)], history=True)[0]

    def cases(
        self, customer: str | int | None = None, open_only: bool = False, month: Month | None = None
    ) -> list[CaseInfo]:
        """Cases by opening time: one customer's or all; open ones only; or those opened
        in a month (in each customer's zone)."""
        with reading(self._sessions) as s:
            # Plain rows, not ORM objects: the window lists every open case.
            c = _table(m.SupportCase).c
            query = _case_columns()
            if customer is not None:
                query = query.where(c.customer_id == find_customer(s, customer).id)
            if open_only:
                query = query.where(c.resolved_at.is_(None))
            if month is not None:  # exact below
                first, last = _month_window(month)
                query = query.where(c.opened_at >= first, c.opened_at < last)
            rows = list(s.execute(query.order_by(c.opened_at, c.id)))
            infos = _Reader(s, self._now()).infos(rows, history=True)
        if month is not None:
            infos = [c for c in infos if _opened_in(c, month)]
        return infos

    def at_risk_or_breached(self, month: Month) -> tuple[list[CaseInfo], datetime]:
        """What Home's card lists, and the moment it was read at: the open cases at
        risk now, then the cases breached in `month` (due in it, in the customer's zone:
        an open one breached earlier too), each group by due time.

        The month's cases are read with the open ones (an open case may have opened
        in it) a thousand at a time, and only those listed are kept: thousands of cases
        are read to list a few hundred, and holding them all at once doubled the
        window's memory."""
        now = self._now()
        with reading(self._sessions) as s:
            c = _table(m.SupportCase).c
            first, last = _month_window(month)
            # Two statements, each by its index: with OR, the database reads every case.
            found = list(s.execute(_case_columns().where(c.resolved_at.is_(None))))
            found += s.execute(
                _case_columns().where(
                    c.resolved_at.is_not(None), c.opened_at >= first, c.opened_at < last
                )
            )
            reader = _Reader(s, now)
            reader.load(row.customer_id for row in found)
            # Most cases were answered well within their target: only the rest can be
            # at risk or breached, and only they are run on their clocks.
            rows = [row for row in found if not reader.surely_met(row)]
            at_risk: list[CaseInfo] = []
            breached: list[CaseInfo] = []
            for start in range(0, len(rows), 1000):
                for case in reader.infos(rows[start : start + 1000]):
                    if case.state is CaseState.AT_RISK:
                        at_risk.append(case)
                    elif case.state is CaseState.BREACHED and (
                        case.is_open or (_opened_in(case, month) and _due_in(case, month))
                    ):
                        breached.append(case)
        at_risk.sort(key=lambda case: (case.due, case.id))
        breached.sort(key=lambda case: (case.due, case.id))
        return at_risk + breached, now

    def sla(self, customer: str | int, month: Month) -> CustomerSla:
        """The month's SLA: the cases whose response fell due in it (customer's zone) and
        are decided, met, attainment, the tier's target, breach, and the service credit
        (a tier that promises one: the contract's percentage of the prorated fee). The
        target and the credit are those of the tier in force at the month's end; each
        case runs against the tier in force when it opened. An issued month shows what
        its statement stated (`issued`), and the credit adjustment waiting (`pending`)."""
        with reading(self._sessions) as s:
            found = find_customer(s, customer)
            reader = _Reader(s, self._now())
            infos = reader.infos(_candidates(s, reader, month, found.id))
            return _as_issued(s, found, _month_of(reader, found, month, infos, None))

    def portfolio_sla(self, month: Month) -> PortfolioSla:
        """Every customer's month with a response SLA on the contract and cases due in
        it (as `sla`), by name, and the portfolio's attainment over all of those cases."""
        with reading(self._sessions) as s:
            reader = _Reader(s, self._now())
            # Every candidate case of every customer in one pass: their waits, customers
            # and contracts are read a chunk at a time, not a customer at a time.
            by_customer: dict[int, list[CaseInfo]] = {}
            for info in reader.infos(_candidates(s, reader, month)):
                by_customer.setdefault(info.customer_id, []).append(info)
            customers = sorted(
                (reader.customers[i] for i in by_customer), key=lambda c: m.name_key(c.name)
            )
            months = [_month_of(reader, c, month, by_customer[c.id], None) for c in customers]
        kept = tuple(x for x in months if x.figures.target is not None and x.figures.due)
        due = sum(x.figures.due for x in kept)
        met = sum(x.figures.met for x in kept)
        return PortfolioSla(month, kept, due, met, attainment(due, met))

    def set_service_credit(self, customer: str | int, pct: Decimal) -> Decimal:
        """The contract's service-credit percentage (0-100, two decimals), from the term
        in force today on (later terms too). Issued months keep the credit they stated.
        Refuses a contract none of whose terms from today earns a credit."""
        if not (Decimal(0) <= pct <= Decimal(100)) or pct != pct.quantize(Decimal("0.01")):
            raise Refused(
                say(
                    "{pct} is not a percentage for a service credit; use 0 to 100, with at "
                    "most two decimals.",
                    pct=pct,
                ),
                Field.SERVICE_CREDIT,
            )
        with self._sessions.begin() as s:
            found = find_customer(s, customer)
            hold_customer(s, found.id)
            today = self._now().astimezone(time_zone(found.timezone)).date()
            terms = list(
                s.scalars(
                    select(m.ContractTerm)
                    .where(m.ContractTerm.customer_id == found.id)
                    .order_by(m.ContractTerm.effective_from)
                )
            )
            current = [t for t in terms if t.effective_from <= today]
            first = current[-1].effective_from if current else terms[0].effective_from
            changed = [t for t in terms if t.effective_from >= first]
            tiers = tier_catalog(s)
            if not any(tiers[Tier(t.tier_key)].service_credit for t in changed):
                raise Refused(
                    say(
                        "{found}'s tier earns no service credit (only Enterprise does).",
                        found=found.name,
                    ),
                    Field.SERVICE_CREDIT,
                )
            for t in changed:
                t.service_credit_pct = pct
            detail = f"{pct}% from {first.isoformat()}"
            record(s, "service_credit", found, None, None, detail=detail)
            return pct

    def import_cases(self, path: Path, mapping: CaseMapping | None = None) -> CaseImport:
        """Cases from a help desk's CSV export (see case_import.import_cases)."""
        from accountdesk.services.case_import import import_cases  # only when importing

        return import_cases(self._sessions, self._now(), path, mapping)
