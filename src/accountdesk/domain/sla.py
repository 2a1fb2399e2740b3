"""Support cases against their response targets: the business-time clock, a case's
state, a month's attainment and the Enterprise service credit.

- **The clock.** A response target runs on the tier's coverage for the severity:
  `24x7` counts every real minute; `business_hours` counts 09:00-17:00 Monday to
  Friday in the customer's time zone, minus the customer's public holidays. Time
  waiting on the customer never counts. Daylight-saving changes count real minutes
  (instants are compared in UTC; only the edges of a business day are local).
- **Due, at risk, breached, met.** A case is due when its target has run out; at
  risk once 75 % of the target has run without a response; breached when the due
  moment passes without one (or the response came after it); met when the response
  came at or before the due moment. Resolving a case answers it, when nothing else
  did before.
- **Attainment.** Cases whose response fell due in the month (in the customer's
  zone) and that are decided (answered, or past due) count; attainment = met / counted
  as a percentage, two decimals half-up. None counted: no attainment (not 100 %).
  Below the tier's SLA target is a breach of the SLA.
- **Service credit.** Only a tier that promises one (Enterprise): the contract's
  credit percentage (default 10 %) of the month's prorated fee, to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from accountdesk.domain.clock import time_zone
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import round2
from accountdesk.domain.tiers import Coverage, Severity
from accountdesk.wording import case_state, gettext, say

BUSINESS_START = time(9, 0)
BUSINESS_END = time(17, 0)
AT_RISK_SHARE = Decimal("0.75")
DEFAULT_CREDIT_PCT = Decimal(10)
ESCALATION_LEVELS = {
    1: "support engineer",
    2: "senior engineer",
    3: "engineering team",
    4: "executive",
}

Interval = tuple[datetime, datetime]
_FAR = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class BusinessCalendar:
    """Where and when a customer's business hours are: an IANA zone and the public
    holidays of their calendar (dates in that zone)."""

    zone: str
    holidays: frozenset[date] = field(default_factory=frozenset)

    @property
    def tz(self) -> ZoneInfo:
        return time_zone(self.zone)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime reached the SLA clock")
    return moment.astimezone(UTC)


def _business_days(calendar: BusinessCalendar, start: datetime) -> Iterator[Interval]:
    """The business hours from the day of `start` on, as UTC intervals."""
    tz = calendar.tz
    day = start.astimezone(tz).date()
    while True:
        if calendar.is_working_day(day):
            opens = datetime.combine(day, BUSINESS_START, tzinfo=tz).astimezone(UTC)
            closes = datetime.combine(day, BUSINESS_END, tzinfo=tz).astimezone(UTC)
            yield opens, closes
        day += timedelta(days=1)


def merge(periods: Iterable[Interval]) -> list[Interval]:
    """Periods sorted and merged where they overlap or touch."""
    merged: list[Interval] = []
    for lo, hi in sorted((_utc(a), _utc(b)) for a, b in periods):
        if hi <= lo:
            continue
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


@dataclass(frozen=True)
class ResponseClock:
    """The time that counts against one case's response target."""

    coverage: Coverage
    calendar: BusinessCalendar
    waiting: tuple[Interval, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "waiting", tuple(merge(self.waiting)))

    def counted(self, start: datetime) -> Iterator[Interval]:
        """The intervals that count, from `start` on (UTC, in order)."""
        start = _utc(start)
        covered: Iterator[Interval] = (
            iter([(start, _FAR)])
            if self.coverage is Coverage.ALWAYS
            else _business_days(self.calendar, start)
        )
        waits = [w for w in self.waiting if w[1] > start]
        index = 0
        for lo, hi in covered:
            lo = max(lo, start)
            if hi <= lo:
                continue
            while index < len(waits) and waits[index][1] <= lo:
                index += 1
            cursor = lo
            scan = index
            while scan < len(waits) and waits[scan][0] < hi:
                w_lo, w_hi = waits[scan]
                if w_lo > cursor:
                    yield cursor, w_lo
                cursor = max(cursor, w_hi)
                if w_hi > hi:
                    break
                scan += 1
            if cursor < hi:
                yield cursor, hi

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Counted time between two instants (zero when `end` is not after `start`)."""
        end = _utc(end)
        total = timedelta(0)
        if end <= _utc(start):
            return total
        for lo, hi in self.counted(start):
            if lo >= end:
                break
            total += min(hi, end) - lo
        return total

    def due(self, start: datetime, target: timedelta) -> datetime:
        """The instant at which `target` of counted time has run since `start`."""
        left = target
        for lo, hi in self.counted(start):
            if hi - lo >= left:
                return lo + left
            left -= hi - lo
        raise AssertionError("the counted time never ends")  # pragma: no cover

    def due_and_elapsed(
        self, start: datetime, target: timedelta, end: datetime
    ) -> tuple[datetime, timedelta]:
        """`due(start, target)` and `elapsed(start, end)` in one walk of the counted
        time: Home's SLA card asks both of thousands of cases, and each walk was a
        third of its time."""
        end = _utc(end)
        counting = end > _utc(start)
        left, total = target, timedelta(0)
        due: datetime | None = None
        for lo, hi in self.counted(start):
            if due is None:
                if hi - lo >= left:
                    due = lo + left
                else:
                    left -= hi - lo
            if counting and lo < end:
                total += min(hi, end) - lo
            counting = counting and hi < end  # what follows starts at `hi` or later
            if due is not None and not counting:
                return due, total
        raise AssertionError("the counted time never ends")  # pragma: no cover


class CaseState(StrEnum):
    """Where a case stands against its response target."""

    DUE = "due"  # running, less than 75 % of the target gone
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"
    NO_TARGET = "no_target"  # the tier promises no response time (Community)

    @property
    def label(self) -> str:
        return case_state(self.value)


@dataclass(frozen=True)
class CaseTimes:
    """What the clock needs of a case (instants are aware; stored in UTC)."""

    opened: datetime
    first_response: datetime | None = None
    resolved: datetime | None = None

    @property
    def answered(self) -> datetime | None:
        """The first response; resolving a case answers it when nothing did before."""
        return self.first_response or self.resolved


@dataclass(frozen=True)
class Target:
    """A response target in minutes on a coverage (the tier's, for a severity)."""

    minutes: int
    coverage: Coverage


@dataclass(frozen=True)
class CaseStanding:
    due: datetime | None
    state: CaseState
    # Counted time gone so far (up to the response, or to now), and what is left.
    elapsed: timedelta
    left: timedelta | None


def standing(
    times: CaseTimes,
    target: Target | None,
    calendar: BusinessCalendar,
    waiting: Sequence[Interval],
    now: datetime,
) -> CaseStanding:
    """A case's due moment and state at `now`."""
    if target is None:
        return CaseStanding(None, CaseState.NO_TARGET, timedelta(0), None)
    clock = ResponseClock(target.coverage, calendar, tuple(waiting))
    limit = timedelta(minutes=target.minutes)
    answered = times.answered
    until = answered if answered is not None else _utc(now)
    due, elapsed = clock.due_and_elapsed(times.opened, limit, until)
    if answered is not None:
        state = CaseState.MET if _utc(answered) <= due else CaseState.BREACHED
        return CaseStanding(due, state, elapsed, None)
    if _utc(now) > due:
        return CaseStanding(due, CaseState.BREACHED, elapsed, timedelta(0))
    at_risk = elapsed >= limit * 3 / 4
    return CaseStanding(
        due, CaseState.AT_RISK if at_risk else CaseState.DUE, elapsed, limit - elapsed
    )


@dataclass(frozen=True)
class MonthSla:
    """A month's response SLA for one customer."""

    due: int  # cases whose response fell due in the month and are decided
    met: int
    attainment: Decimal | None  # percent, two decimals; None when nothing was due
    target: Decimal | None  # the tier's SLA target; None: the tier has no SLA
    breach: bool
    credit_pct: Decimal | None
    credit: Decimal  # USD, deducted from the month's total due

    @property
    def breached(self) -> int:
        return self.due - self.met


def attainment(due: int, met: int) -> Decimal | None:
    """met / due as a percentage with two decimals (half-up); None when nothing was due."""
    if due == 0:
        return None
    return round2(Decimal(met) * 100 / Decimal(due))


def month_sla(
    states: Iterable[CaseState],
    target_pct: Decimal | None,
    credits: bool,
    credit_pct: Decimal | None,
    fee: Decimal,
) -> MonthSla:
    """The month from the states of the cases that fell due in it."""
    decided = [s for s in states if s in (CaseState.MET, CaseState.BREACHED)]
    met = sum(1 for s in decided if s is CaseState.MET)
    percent = attainment(len(decided), met)
    breach = target_pct is not None and percent is not None and percent < target_pct
    pct = (DEFAULT_CREDIT_PCT if credit_pct is None else credit_pct) if credits else None
    credit = round2(fee * pct / 100) if breach and pct is not None else Decimal("0.00")
    return MonthSla(len(decided), met, percent, target_pct, breach, pct, credit)


# The common help-desk vocabularies (Zendesk; P1-P4; Critical/Major/Minor/Trivial),
# our own names too. A mapping given with an import is read before this one.
SEVERITY_NAMES: Mapping[str, Severity] = {
    "urgent": Severity.CRITICAL,
    "high": Severity.HIGH,
    "normal": Severity.NORMAL,
    "low": Severity.LOW,
    "p1": Severity.CRITICAL,
    "p2": Severity.HIGH,
    "p3": Severity.NORMAL,
    "p4": Severity.LOW,
    "critical": Severity.CRITICAL,
    "major": Severity.HIGH,
    "minor": Severity.NORMAL,
    "trivial": Severity.LOW,
}


def parse_severity(text: str, names: Mapping[str, Severity] | None = None) -> Severity:
    """A severity by our name or a help desk's (`names` first, then the common ones);
    case and spaces do not matter."""
    key = " ".join(text.split()).lower()
    for table in (names or {}, SEVERITY_NAMES):
        found = {k.lower(): v for k, v in table.items()}.get(key)
        if found is not None:
            return found
    raise Refused(
        say(
            "{text!r} is not a severity; use critical, high, normal or low (or "
            "Urgent/High/Normal/Low, P1-P4, Critical/Major/Minor/Trivial).",
            text=text,
        ),
        Field.SEVERITY,
    )


def parse_level(value: int) -> int:
    if value not in ESCALATION_LEVELS:
        raise Refused(
            say(
                "{value} is not an escalation level; use 1 (support engineer), 2 "
                "(senior engineer), 3 (engineering team) or 4 (executive).",
                value=value,
            ),
            Field.LEVEL,
        )
    return value


def parse_instant(text: str, what: str, field_: Field) -> datetime:
    """An ISO 8601 instant that says its offset (`+01:00`) or `Z`, in UTC."""
    cleaned = text.strip()
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise Refused(
            say(
                "{what} {cleaned!r} is not a time; write it as ISO 8601 with an offset,"
                " e.g. 2026-11-03T14:05+01:00 or 2026-11-03T13:05Z.",
                what=gettext(what),
                cleaned=cleaned,
            ),
            field_,
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise Refused(
            say(
                "{what} {cleaned!r} says no time zone; add its offset or Z (e.g. "
                "{cleaned}Z for UTC), so that the clock knows which instant it is.",
                what=gettext(what),
                cleaned=cleaned,
            ),
            field_,
        )
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # the first or last day a datetime holds, shifted past it
        raise Refused(
            say(
                "{what} {cleaned!r} is not a time this program can hold.",
                what=gettext(what),
                cleaned=cleaned,
            ),
            field_,
        ) from None
