"""Support cases: their life (open, respond, wait, escalate, resolve), their clock against
the response target, a month's SLA for a customer and the portfolio, and the import from
a help desk (case_import.py).

A case's reference is unique per customer. Where a case is named by its reference
alone and two customers use it, the request is refused with a sentence asking for
`CUSTOMER:REFERENCE`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import Clock
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
from accountdesk.domain.tiers import Severity, Tier, TierSpec
from accountdesk.services.case_import import CaseImport, CaseMapping, import_cases
from accountdesk.services.loading import (
    contract_of,
    find_customer,
    hold_customer,
    reading,
    tier_catalog,
)

# The holidays read for a case: from the day it opened, this far on (a business-hours
# target with weekends, holidays and waits runs out well within it; later days count
# as working days).
_HORIZON = timedelta(days=366)


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

    @property
    def breaches(self) -> tuple[CaseInfo, ...]:
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
            f"{what} {value.isoformat()} says no time zone; give its offset or Z.", field_
        )
    return value.astimezone(UTC)


def _month_bounds(month: Month, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(month.first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(month.last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


class _Calendars:
    """Business calendars by customer, holidays read once per calendar and years."""

    def __init__(self) -> None:
        self._holidays: dict[tuple[str | None, int, int], frozenset[date]] = {}

    def of(self, customer: m.Customer, first: date, last: date) -> BusinessCalendar:
        key = (customer.holiday_calendar, first.year, last.year + 1)
        days = self._holidays.get(key)
        if days is None:
            days = frozenset(
                holidays_for(customer.holiday_calendar, date(key[1], 1, 1), date(key[2], 12, 31))
            )
            self._holidays[key] = days
        return BusinessCalendar(customer.timezone, days)


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


class _Reader:
    """Turns case rows into CaseInfo: contracts, calendars, waits and history read once."""

    def __init__(self, s: Session, now: datetime) -> None:
        self.s = s
        self.now = now
        self.tiers = tier_catalog(s)
        self.contracts: dict[int, Contract] = {}
        self.calendars = _Calendars()

    def infos(self, rows: Sequence[m.SupportCase], history: bool = False) -> list[CaseInfo]:
        ids = [row.id for row in rows]
        waits: dict[int, list[Interval]] = {i: [] for i in ids}
        escalations: dict[int, list[Escalation]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            for w in self.s.scalars(select(m.CaseWaiting).where(m.CaseWaiting.case_id.in_(chunk))):
                waits[w.case_id].append((_aware(w.starts_at), _aware(w.ends_at)))
            if history:
                for e in self.s.scalars(
                    select(m.CaseEscalation)
                    .where(m.CaseEscalation.case_id.in_(chunk))
                    .order_by(m.CaseEscalation.at, m.CaseEscalation.id)
                ):
                    escalations[e.case_id].append(
                        Escalation(_aware(e.at), e.by, e.from_level, e.to_level, e.reason)
                    )
        customers = {row.customer_id for row in rows}
        by_id = {
            c.id: c
            for chunk in _chunks(sorted(customers))
            for c in self.s.scalars(select(m.Customer).where(m.Customer.id.in_(chunk)))
        }
        return [
            self.info(row, by_id[row.customer_id], waits[row.id], escalations[row.id])
            for row in rows
        ]

    def contract(self, customer: m.Customer) -> Contract:
        found = self.contracts.get(customer.id)
        if found is None:
            found = self.contracts[customer.id] = contract_of(self.s, customer, self.tiers)
        return found

    def info(
        self,
        row: m.SupportCase,
        customer: m.Customer,
        waits: Sequence[Interval],
        escalations: Sequence[Escalation] = (),
    ) -> CaseInfo:
        opened = _aware(row.opened_at)
        first = None if row.first_response_at is None else _aware(row.first_response_at)
        resolved = None if row.resolved_at is None else _aware(row.resolved_at)
        severity = Severity(row.severity)
        opened_local = opened.astimezone(ZoneInfo(customer.timezone)).date()
        tier, target = target_for(self.contract(customer), opened_local, severity)
        calendar = self.calendars.of(customer, opened_local, opened_local + _HORIZON)
        now = _aware(self.now)
        where = standing(CaseTimes(opened, first, resolved), target, calendar, waits, now)
        clock = None if target is None else ResponseClock(target.coverage, calendar, tuple(waits))
        return CaseInfo(
            id=row.id,
            customer_id=customer.id,
            customer=customer.name,
            timezone=customer.timezone,
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


def _customer_sla(s: Session, reader: _Reader, found: m.Customer, month: Month) -> CustomerSla:
    contract = reader.contract(found)
    start, end = _month_bounds(month, found.timezone)
    c = m.SupportCase
    rows = list(
        s.scalars(
            select(c)
            .where(c.customer_id == found.id, c.opened_at < end)
            .order_by(c.opened_at, c.id)
        )
    )
    infos = [
        i
        for i in reader.infos(rows)
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
        (i.state for i in infos),
        None if tier is None else tier.sla_target_pct,
        tier is not None and tier.service_credit,
        None if term is None else term.service_credit_pct,
        fee,
    )
    return CustomerSla(
        found.id, found.name, month, None if tier is None else tier.key, fee, figures, tuple(infos)
    )


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
            f"Case {text} exists for {len(found)} customers ({', '.join(names)}); name it as "
            f"CUSTOMER:{text}, e.g. {names[0]}:{text}.",
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
    raise Refused(f"There is no case {text}.", Field.CASE)


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
                f"{what} {moment.isoformat()} is in the future; record what has happened.",
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
        self._not_future(opened, "The opening time", Field.AT)
        if not title.strip():
            raise Refused("A case needs a title.", Field.TITLE)
        with self._sessions.begin() as s:
            found = find_customer(s, customer)
            hold_customer(s, found.id)
            day = opened.astimezone(ZoneInfo(found.timezone)).date()
            contract = contract_of(s, found)
            if not contract.covers(day):
                raise Refused(
                    f"{found.name} has no contract on {day.isoformat()}, when the case opened.",
                    Field.AT,
                )
            ref = (reference or "").strip() or self._next_reference(s, found.id)
            taken = s.scalar(
                select(m.SupportCase.id).where(
                    m.SupportCase.customer_id == found.id, m.SupportCase.reference == ref
                )
            )
            if taken is not None:
                raise Refused(f"{found.name} already has a case {ref}.", Field.REFERENCE)
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
        self._not_future(moment, "The response time", Field.AT)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.first_response_at is not None:
                raise Refused(
                    f"Case {case.reference} was already answered at "
                    f"{_aware(case.first_response_at).isoformat()}.",
                    Field.AT,
                )
            self._after_opening(case, moment, "answered")
            if case.resolved_at is not None and moment > _aware(case.resolved_at):
                raise Refused(
                    f"Case {case.reference} was resolved at "
                    f"{_aware(case.resolved_at).isoformat()}; its first response came before.",
                    Field.AT,
                )
            case.first_response_at = moment
            return self._one(s, case)

    @staticmethod
    def _after_opening(case: m.SupportCase, moment: datetime, done: str) -> None:
        if moment < _aware(case.opened_at):
            raise Refused(
                f"Case {case.reference} opened at {_aware(case.opened_at).isoformat()}; it "
                f"cannot be {done} before that.",
                Field.AT,
            )

    def wait(self, ref: str, start: datetime | str, until: datetime | str) -> CaseInfo:
        """A period waiting on the customer: the case's clock stops in it. Refuses an
        empty or reversed period, or one that starts before the case opened."""
        lo = instant(start, "--from", Field.FROM)
        hi = instant(until, "--until", Field.UNTIL)
        if hi <= lo:
            raise Refused("A wait ends after it starts; --until comes after --from.", Field.UNTIL)
        self._not_future(hi, "The end of the wait", Field.UNTIL)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if lo < _aware(case.opened_at):
                raise Refused(
                    f"Case {case.reference} opened at {_aware(case.opened_at).isoformat()}; "
                    "it cannot wait on the customer before that.",
                    Field.FROM,
                )
            s.add(m.CaseWaiting(case_id=case.id, starts_at=lo, ends_at=hi))
            return self._one(s, case)

    def escalate(self, ref: str, level: int, reason: str = "") -> CaseInfo:
        """Move a case to escalation level 1-4, the change kept in its history. Refuses
        the level it is at and a resolved case."""
        parse_level(level)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(f"Case {case.reference} is resolved.", Field.CASE)
            if case.escalation_level == level:
                raise Refused(f"Case {case.reference} is at level {level} already.", Field.LEVEL)
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
            case.escalation_level = level
            return self._one(s, case)

    def resolve(self, ref: str, at: datetime | str) -> CaseInfo:
        """Resolve a case (this answers it, when nothing did before). Refuses a case
        resolved already, a time before it opened or was answered, or in the future."""
        moment = instant(at, "--at", Field.AT)
        self._not_future(moment, "The resolution time", Field.AT)
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(
                    f"Case {case.reference} was resolved at "
                    f"{_aware(case.resolved_at).isoformat()}.",
                    Field.AT,
                )
            self._after_opening(case, moment, "resolved")
            if case.first_response_at is not None and moment < _aware(case.first_response_at):
                raise Refused(
                    f"Case {case.reference} was answered at "
                    f"{_aware(case.first_response_at).isoformat()}; it cannot be resolved "
                    "before that.",
                    Field.AT,
                )
            case.resolved_at = moment
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
                    f"Case {case.reference} was answered since it opened; take that back first.",
                    Field.CASE,
                )
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
                raise Refused(f"Case {case.reference} has no response to take back.", Field.AT)
            if case.resolved_at is not None:
                raise Refused(
                    f"Case {case.reference} is resolved; reopen it before taking back its "
                    "response.",
                    Field.AT,
                )
            case.first_response_at = None
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
                    f"Case {case.reference} has no wait from {lo.isoformat()} to {hi.isoformat()}.",
                    Field.FROM,
                )
            s.delete(found)
            return self._one(s, case)

    def undo_escalation(self, ref: str) -> CaseInfo:
        """Take back the latest escalation: the case goes back to the level it came
        from, and the change leaves its history. Refuses a resolved case."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is not None:
                raise Refused(f"Case {case.reference} is resolved.", Field.CASE)
            last = s.scalar(
                select(m.CaseEscalation)
                .where(m.CaseEscalation.case_id == case.id)
                .order_by(m.CaseEscalation.at.desc(), m.CaseEscalation.id.desc())
                .limit(1)
            )
            if last is None or last.to_level != case.escalation_level:
                raise Refused(f"Case {case.reference} has no escalation to take back.", Field.LEVEL)
            case.escalation_level = last.from_level
            s.delete(last)
            return self._one(s, case)

    def reopen(self, ref: str) -> CaseInfo:
        """Take back a resolution: the case is open again."""
        with self._sessions.begin() as s:
            case = self._held_case(s, ref)
            if case.resolved_at is None:
                raise Refused(f"Case {case.reference} is not resolved.", Field.AT)
            case.resolved_at = None
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
            query = select(m.SupportCase)
            if customer is not None:
                query = query.where(m.SupportCase.customer_id == find_customer(s, customer).id)
            if open_only:
                query = query.where(m.SupportCase.resolved_at.is_(None))
            if month is not None:  # a day either side covers every zone; exact below
                query = query.where(
                    m.SupportCase.opened_at
                    >= datetime.combine(month.first, time(0), UTC) - timedelta(days=1),
                    m.SupportCase.opened_at
                    < datetime.combine(month.last, time(0), UTC) + timedelta(days=2),
                )
            rows = list(s.scalars(query.order_by(m.SupportCase.opened_at, m.SupportCase.id)))
            infos = _Reader(s, self._now()).infos(rows, history=True)
        if month is not None:
            infos = [
                c
                for c in infos
                if Month.of(c.opened_at.astimezone(ZoneInfo(c.timezone)).date()) == month
            ]
        return infos

    def sla(self, customer: str | int, month: Month) -> CustomerSla:
        """The month's SLA: the cases whose response fell due in it (customer's zone) and
        are decided, met, attainment, the tier's target, breach, and the service credit
        (a tier that promises one: the contract's percentage of the prorated fee). The
        target and the credit are those of the tier in force at the month's end; each
        case runs against the tier in force when it opened."""
        with reading(self._sessions) as s:
            found = find_customer(s, customer)
            return _customer_sla(s, _Reader(s, self._now()), found, month)

    def portfolio_sla(self, month: Month) -> PortfolioSla:
        """Every customer's month with a response SLA on the contract and cases due in
        it (as `sla`), by name, and the portfolio's attainment over all of those cases."""
        with reading(self._sessions) as s:
            reader = _Reader(s, self._now())
            ids = list(s.scalars(select(m.SupportCase.customer_id).distinct()))
            customers = sorted(
                (
                    c
                    for chunk in _chunks(sorted(ids))
                    for c in s.scalars(select(m.Customer).where(m.Customer.id.in_(chunk)))
                ),
                key=lambda c: m.name_key(c.name),
            )
            months = [_customer_sla(s, reader, c, month) for c in customers]
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
                f"{pct} is not a percentage for a service credit; use 0 to 100, "
                "with at most two decimals.",
                Field.SERVICE_CREDIT,
            )
        with self._sessions.begin() as s:
            found = find_customer(s, customer)
            hold_customer(s, found.id)
            today = self._now().astimezone(ZoneInfo(found.timezone)).date()
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
                    f"{found.name}'s tier earns no service credit (only Enterprise does).",
                    Field.SERVICE_CREDIT,
                )
            for t in changed:
                t.service_credit_pct = pct
            s.add(
                m.AuditEntry(
                    at=self._now(),
                    actor=self._user,
                    action="service_credit",
                    customer_id=found.id,
                    detail=f"{pct}% from {first.isoformat()}",
                )
            )
            return pct

    def import_cases(self, path: Path, mapping: CaseMapping | None = None) -> CaseImport:
        """Cases from a help desk's CSV export (see case_import.import_cases)."""
        return import_cases(self._sessions, self._now(), path, mapping)
