"""What a monthly service report shows, as plain frozen data.

The services gather it from the database; the PDF builder only reads it. It
pickles (the batch builds PDFs in worker processes) and it round-trips through
JSON exactly (an issued report keeps its figures, and a later re-export is built
from them, not from the live ledger). Keys such as categories and review kinds
are stored, not display text, so a stored report can be rendered in another
language later.

Fields added later must have defaults, so that figures stored by an older
version still load.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

# 2: durations in seconds (were minutes); overage lines per rate; corrections recorded
# in the month apart from adjustments to earlier months.
# 3: the SLA section and the service credit among the charges (a version that reads
# format 2 would drop the section and not know the credit line).
FIGURES_FORMAT = 3
VENDOR = "DIOTEC 360"
SERVICE = "Aethel Support"
FOOTER = "Confidential, for the customer named above"

_T = TypeVar("_T")


@dataclass(frozen=True)
class TierSpan:
    """A run of days in the month under one tier (more than one when the tier changed)."""

    tier: str  # the tier key: community, professional, enterprise
    tier_name: str
    first: date
    last: date
    monthly_fee: Decimal  # the full monthly fee of that term, before proration


@dataclass(frozen=True)
class OverageLine:
    """Overage hours of one allowance charged at one rate: hours x rate = charge."""

    hours: Decimal
    rate: Decimal | None  # None: the contract sets no overage rate (nothing charged)
    charge: Decimal
    tier: str  # the tier in force on the days the hours were logged


@dataclass(frozen=True)
class AllowanceLine:
    """An hour allowance seen from the month; quarterly ones are quarter-to-date."""

    category: str
    period: str  # 2026-11 for a monthly allowance, 2026-Q4 for a quarterly one
    quarterly: bool
    included_hours: Decimal
    used_hours: Decimal
    remaining_hours: Decimal
    overage_hours: Decimal  # the part that falls in this month
    overage_rate: Decimal | None  # the line's rate when there is one line, else None
    overage_charge: Decimal
    overage_lines: tuple[OverageLine, ...] = ()


@dataclass(frozen=True)
class CategoryHours:
    category: str
    seconds: int


@dataclass(frozen=True)
class MonthHours:
    """One month of the trend chart."""

    month: str
    hours: tuple[CategoryHours, ...]


@dataclass(frozen=True)
class EntryLine:
    entry_id: int
    day: date
    category: str
    engineer: str
    seconds: int
    description: str


@dataclass(frozen=True)
class CorrectionLine:
    """An entry recorded this month correcting an entry of an earlier (issued) month.

    Reports issued by older versions listed these; their money now reaches the client
    as an `AdjustmentLine`."""

    entry_id: int
    day: date
    category: str
    engineer: str
    seconds: int  # the change, negative when hours were taken back
    corrects_id: int | None
    corrects_day: date | None
    corrects_seconds: int | None
    reason: str


@dataclass(frozen=True)
class AdjustmentLine:
    """A change to an earlier, issued month's figures, charged or credited on this report.

    The recomputed figure minus what was issued (and already adjusted) for that month:
    the fee, or the overage of one allowance."""

    month: str  # the month concerned, YYYY-MM
    kind: str  # fee, overage, service_credit
    category: str  # the allowance of an overage adjustment, else ""
    hours: Decimal  # overage hours added (negative: taken back); 0 for the fee
    amount: Decimal  # a charge, or a credit when negative
    reason: str
    corrections: tuple[int, ...] = ()  # the correction entries it bills


@dataclass(frozen=True)
class ReviewLine:
    kind: str  # architecture_review, tam_checkin, qbr, strategic_planning
    due: date
    starts: str  # local start time and zone as shown, e.g. "10:00 Europe/Berlin"
    # held, missed, cancelled, planned, overdue (planned but its time passed), unplanned
    # (owed by the contract, never planned)
    state: str
    summary: str = ""  # for the client; the review's internal notes never reach a report
    reason: str = ""
    held_at: str = ""  # when a held review took place, local: "2026-11-05 10:30"


@dataclass(frozen=True)
class ReviewTally:
    """Reviews the contract owed in the month: owed = held + not held + coming up, all
    counted from the month's review lines (None in reports issued before that)."""

    kind: str
    owed: int
    held: int
    not_held: int | None = None  # missed, cancelled, or its time passed without a record
    coming_up: int | None = None


@dataclass(frozen=True)
class SeatLine:
    item: str  # named_contacts, online_training_seats, onsite_training_sessions
    included: int | None  # None: unlimited
    used: int
    period: str  # "now", or the contract year as first/end dates


@dataclass(frozen=True)
class SlaSeverityLine:
    """The month's cases of one severity whose response fell due in it."""

    severity: str  # critical, high, normal, low
    target_minutes: int | None  # the response target of the tier at the month's end
    coverage: str | None  # 24x7 or business_hours
    due: int
    met: int
    attainment: Decimal | None = None  # None: none of this severity fell due


@dataclass(frozen=True)
class SlaBreachLine:
    """A case answered late, or not answered by its due moment. Instants in UTC; the
    report shows them in the customer's time zone."""

    reference: str
    title: str  # as the customer or the help desk wrote it
    severity: str
    opened: datetime
    due: datetime
    responded: datetime | None  # None: no response yet


@dataclass(frozen=True)
class SlaSection:
    """The month against the response SLA (Professional and Enterprise)."""

    tier: str  # the tier in force at the month's end: its target and credit
    target: Decimal  # percent of cases answered in time
    due: int
    met: int
    attainment: Decimal | None  # None: no case fell due in the month
    breach: bool  # attainment below target
    credit_pct: Decimal | None  # None: the tier earns no service credit
    credit: Decimal  # deducted from the total due (a "service_credit" charge line)
    severities: tuple[SlaSeverityLine, ...] = ()
    breaches: tuple[SlaBreachLine, ...] = ()


@dataclass(frozen=True)
class ChargeLine:
    """One line of the amount due: the fee, an overage charge, the SLA's service credit,
    the adjustments to earlier months."""

    # fee, overage, service_credit, adjustments (a credit: negative amount)
    kind: str
    category: str  # the allowance for an overage line, else ""
    amount: Decimal


@dataclass(frozen=True)
class MonthlyReportData:
    report_id: str
    customer_id: int
    customer: str
    month: str  # YYYY-MM
    first: date
    last: date
    language: str
    timezone: str
    csm: str | None
    tam: str | None
    contract_start: date
    contract_end: date | None
    tiers: tuple[TierSpan, ...]
    fee: Decimal
    currency: str
    allowances: tuple[AllowanceLine, ...]
    hours_by_category: tuple[CategoryHours, ...]
    trend: tuple[MonthHours, ...]
    entries: tuple[EntryLine, ...]
    corrections: tuple[CorrectionLine, ...]
    reviews: tuple[ReviewLine, ...]
    review_tallies: tuple[ReviewTally, ...]
    upcoming: tuple[ReviewLine, ...]
    seats: tuple[SeatLine, ...]
    charges: tuple[ChargeLine, ...]
    generated_at: datetime
    generated_by: str
    issued_at: datetime | None = None
    issued_by: str | None = None
    vendor: str = VENDOR
    service: str = SERVICE
    adjustments: tuple[AdjustmentLine, ...] = ()  # to earlier months, in the total due
    replaces: str | None = None  # the report id of the revision this one replaces
    # Correction entries counted in this month's own figures when it was issued.
    corrections_counted: tuple[int, ...] = ()
    footer: str = FOOTER
    logo: str | None = None  # the company's PNG or JPEG, base64; None: the product's
    sla: SlaSection | None = None  # None: a tier without SLA, or issued before format 3

    @property
    def draft(self) -> bool:
        """Until the month is issued, every page carries a DRAFT mark."""
        return self.issued_at is None

    @property
    def total_due(self) -> Decimal:
        return sum((c.amount for c in self.charges), Decimal(0))

    @property
    def service_credit(self) -> Decimal:
        """The month's own SLA credit, as a negative amount (0 when none)."""
        return sum((c.amount for c in self.charges if c.kind == "service_credit"), Decimal(0))

    @property
    def overage_total(self) -> Decimal:
        return sum((c.amount for c in self.charges if c.kind == "overage"), Decimal(0))


# --- JSON -------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def figures_to_json(data: MonthlyReportData) -> str:
    """The report's figures as JSON: money and hours as decimal strings, dates in ISO."""
    document = {"format": FIGURES_FORMAT, "report": _plain(data)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _typed(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [k for k in typing.get_args(kind) if k is not type(None)]
        return _typed(inner, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_typed(item, v) for v in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _load(kind, value)
    if kind is Decimal:
        return Decimal(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return kind(value)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The field types of a report dataclass (resolved once; they are strings here)."""
    return {f.name: typing.get_type_hints(cls)[f.name] for f in dataclasses.fields(cls)}


def _load(cls: type[_T], values: dict[str, Any]) -> _T:
    hints = _hints(typing.cast(type, cls))  # a class is hashable; mypy's cache stub says no
    given = {name: _typed(hints[name], value) for name, value in values.items() if name in hints}
    return cls(**given)


def figures_from_json(text: str) -> MonthlyReportData:
    """Figures stored by `figures_to_json` (by this or an older version)."""
    document = json.loads(text)
    _reviews_said_as_summary(document.get("report", {}))
    if document.get("format", 0) < 2:
        document["report"] = _from_format_1(document["report"])
    if document.get("format", 0) > FIGURES_FORMAT:
        raise ValueError(
            f"These report figures were stored by a newer AccountDesk (format "
            f"{document['format']}); install the newer version to read them."
        )
    return _load(MonthlyReportData, document["report"])


def _reviews_said_as_summary(report: dict[str, Any]) -> None:
    """Reports stored before summaries and notes were apart printed a held review's notes
    to the client: those words are the summary they showed (a re-export reproduces it)."""
    for key in ("reviews", "upcoming"):
        for line in report.get(key, []):
            if "notes" in line and "summary" not in line:
                line["summary"] = line.pop("notes")


def _from_format_1(report: dict[str, Any]) -> dict[str, Any]:
    """Figures stored before durations were kept in seconds: minutes become seconds, and
    the correction entries listed as adjustments become `corrections`."""

    def seconds(row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        for old, new in (("minutes", "seconds"), ("corrects_minutes", "corrects_seconds")):
            if old in row:
                value = row.pop(old)
                row[new] = None if value is None else int(value) * 60
        return row

    report = dict(report)
    report["entries"] = [seconds(e) for e in report.get("entries", [])]
    report["corrections"] = [seconds(a) for a in report.pop("adjustments", [])]
    report["hours_by_category"] = [seconds(c) for c in report.get("hours_by_category", [])]
    report["trend"] = [
        {**month, "hours": [seconds(c) for c in month["hours"]]}
        for month in report.get("trend", [])
    ]
    return report
