"""The support tiers and what each one includes, as the catalog stores them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum

from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import say, severity


class Tier(StrEnum):
    COMMUNITY = "community"
    PROFESSIONAL = "professional"
    ENTERPRISE = "enterprise"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Category(StrEnum):
    """What a ledger entry's hours were spent on."""

    CONSULTING = "consulting"
    DEVELOPMENT = "development"
    TRAINING = "training"
    ONSITE = "onsite"
    INCIDENT = "incident"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def label(self) -> str:
        return severity(self.value)


class Coverage(StrEnum):
    ALWAYS = "24x7"
    BUSINESS_HOURS = "business_hours"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Unlimited(Enum):
    """'Unlimited' is a state of its own, never a large number."""

    UNLIMITED = "unlimited"

    def __str__(self) -> str:
        return "unlimited"


UNLIMITED = Unlimited.UNLIMITED
Limit = int | Unlimited


def within(count: int, limit: Limit) -> bool:
    return limit is UNLIMITED or count <= limit


@dataclass(frozen=True)
class TierSpec:
    """One row of the tier catalog (the support-tier document's table)."""

    key: Tier
    name: str
    monthly_fee: Decimal
    fee_is_starting_price: bool
    annual_commitment_price: Decimal | None
    annual_price_per_contract: bool
    named_contacts: Limit
    consulting_hours_per_month: Decimal
    development_hours_per_quarter: Decimal
    training_seats: Limit
    onsite_sessions_per_contract_year: int
    certification_exams_included: int
    certification_discount_pct: Decimal
    consulting_overage_rate: Decimal | None
    development_overage_rate: Decimal | None
    response_minutes: dict[Severity, int]
    coverage: dict[Severity, Coverage]
    sla_target_pct: Decimal | None
    service_credit: bool
    architecture_review: Cadence | None
    tam_checkin: Cadence | None
    business_review: Cadence | None
    strategic_planning: Cadence | None
    monthly_report: bool
    languages: tuple[str, ...]
    versions_supported_years: int | None


def parse_tier(text: str) -> Tier:
    try:
        return Tier(text.strip().lower())
    except ValueError:
        raise Refused(
            say("{text!r} is not a tier; use community, professional or enterprise.", text=text),
            Field.TIER,
        ) from None


def custom_price(spec: TierSpec, fee: Decimal | None) -> str | None:
    """What is unusual about `fee` as the tier's monthly price, or None when it is the
    catalog's: below the price, or above a fixed one ("from" prices go up by agreement).
    A custom price is allowed once someone confirms it (the window asks, the command
    line takes --allow-custom-price)."""
    from accountdesk.domain.money import money_text

    if fee is None:
        return None
    fields = {
        "fee": money_text(fee),
        "tier": spec.name,
        "listed": money_text(spec.monthly_fee),
    }
    if fee < spec.monthly_fee:
        if spec.fee_is_starting_price:
            return say(
                "{fee} USD a month is below {tier}'s catalog price (from {listed} USD a month).",
                **fields,
            )
        return say(
            "{fee} USD a month is below {tier}'s catalog price ({listed} USD a month).", **fields
        )
    if fee > spec.monthly_fee and not spec.fee_is_starting_price:
        return say(
            "{fee} USD a month is above {tier}'s catalog price ({listed} USD a month).", **fields
        )
    return None
