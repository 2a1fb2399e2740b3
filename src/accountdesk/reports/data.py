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

FIGURES_FORMAT = 1
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
class AllowanceLine:
    """An hour allowance seen from the month; quarterly ones are quarter-to-date."""

    category: str
    period: str  # 2026-11 for a monthly allowance, 2026-Q4 for a quarterly one
    quarterly: bool
    included_hours: Decimal
    used_hours: Decimal
    remaining_hours: Decimal
    overage_hours: Decimal  # the part that falls in this month
    overage_rate: Decimal | None
    overage_charge: Decimal


@dataclass(frozen=True)
class CategoryHours:
    category: str
    minutes: int


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
    minutes: int
    description: str


@dataclass(frozen=True)
class AdjustmentLine:
    """An entry of this month correcting an entry of an earlier (issued) month."""

    entry_id: int
    day: date
    category: str
    engineer: str
    minutes: int  # the change, negative when hours were taken back
    corrects_id: int | None
    corrects_day: date | None
    corrects_minutes: int | None
    reason: str


@dataclass(frozen=True)
class ReviewLine:
    kind: str  # architecture_review, tam_checkin, qbr, strategic_planning
    due: date
    starts: str  # local start time and zone as shown, e.g. "10:00 Europe/Berlin"
    state: str  # held, missed, cancelled, planned, overdue (planned but its time passed)
    notes: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ReviewTally:
    """Reviews the contract owed in the month against those held."""

    kind: str
    owed: int
    held: int


@dataclass(frozen=True)
class SeatLine:
    item: str  # named_contacts, online_training_seats, onsite_training_sessions
    included: int | None  # None: unlimited
    used: int
    period: str  # "now", or the contract year as first/end dates


@dataclass(frozen=True)
class ChargeLine:
    """One line of the amount due: the fee, an overage charge, later a service credit."""

    kind: str  # fee, overage (credit: negative amount)
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
    adjustments: tuple[AdjustmentLine, ...]
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
    footer: str = FOOTER
    logo: str | None = None  # the company's PNG or JPEG, base64; None: the product's

    @property
    def draft(self) -> bool:
        """Until the month is issued, every page carries a DRAFT mark."""
        return self.issued_at is None

    @property
    def total_due(self) -> Decimal:
        return sum((c.amount for c in self.charges), Decimal(0))

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
    if document.get("format", 0) > FIGURES_FORMAT:
        raise ValueError(
            f"These report figures were stored by a newer AccountDesk (format "
            f"{document['format']}); install the newer version to read them."
        )
    return _load(MonthlyReportData, document["report"])
