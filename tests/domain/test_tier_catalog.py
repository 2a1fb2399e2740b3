"""Tier catalog (seeded exactly from the seed; editable data, not code)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.tiers import (
    UNLIMITED,
    Cadence,
    Coverage,
    Severity,
    Tier,
    TierSpec,
    Unlimited,
    within,
)


def test_tier_catalog_holds_the_three_tiers_in_order(tiers: dict[Tier, TierSpec]) -> None:
    assert list(tiers) == [Tier.COMMUNITY, Tier.PROFESSIONAL, Tier.ENTERPRISE]
    assert [spec.name for spec in tiers.values()] == ["Community", "Professional", "Enterprise"]


def test_tier_catalog_fees_and_prices_match_the_seed(tiers: dict[Tier, TierSpec]) -> None:
    community, professional, enterprise = tiers.values()
    assert community.monthly_fee == 0
    assert professional.monthly_fee == Decimal("5000")
    assert enterprise.monthly_fee == Decimal("25000")
    assert enterprise.fee_is_starting_price and not professional.fee_is_starting_price
    assert professional.annual_commitment_price == Decimal("50000")
    assert community.annual_commitment_price is None
    assert enterprise.annual_price_per_contract
    for spec in tiers.values():
        assert isinstance(spec.monthly_fee, Decimal)


def test_tier_catalog_hour_allowances_and_overage_rates_match_the_seed(
    tiers: dict[Tier, TierSpec],
) -> None:
    community, professional, enterprise = tiers.values()
    assert [t.consulting_hours_per_month for t in tiers.values()] == [0, 4, 20]
    assert [t.development_hours_per_quarter for t in tiers.values()] == [0, 0, 40]
    assert community.consulting_overage_rate is None
    assert community.development_overage_rate is None
    assert professional.consulting_overage_rate == Decimal("500")
    assert professional.development_overage_rate is None
    assert enterprise.consulting_overage_rate == Decimal("400")
    assert enterprise.development_overage_rate == Decimal("400")


def test_tier_catalog_seats_sessions_and_certification_match_the_seed(
    tiers: dict[Tier, TierSpec],
) -> None:
    community, professional, enterprise = tiers.values()
    assert [community.named_contacts, professional.named_contacts] == [0, 10]
    assert enterprise.named_contacts is UNLIMITED
    assert [community.training_seats, professional.training_seats] == [0, 2]
    assert enterprise.training_seats is UNLIMITED
    assert [t.onsite_sessions_per_contract_year for t in tiers.values()] == [0, 0, 2]
    assert [t.certification_exams_included for t in tiers.values()] == [0, 0, 5]
    assert professional.certification_discount_pct == Decimal("20")


def test_tier_catalog_response_targets_and_coverage_match_the_seed(
    tiers: dict[Tier, TierSpec],
) -> None:
    community, professional, enterprise = tiers.values()
    assert community.response_minutes == {}
    assert professional.response_minutes == {
        Severity.CRITICAL: 4 * 60,
        Severity.HIGH: 8 * 60,
        Severity.NORMAL: 24 * 60,
        Severity.LOW: 48 * 60,
    }
    assert enterprise.response_minutes == {
        Severity.CRITICAL: 15,
        Severity.HIGH: 60,
        Severity.NORMAL: 4 * 60,
        Severity.LOW: 8 * 60,
    }
    assert set(professional.coverage.values()) == {Coverage.BUSINESS_HOURS}
    assert enterprise.coverage == {
        Severity.CRITICAL: Coverage.ALWAYS,
        Severity.HIGH: Coverage.ALWAYS,
        Severity.NORMAL: Coverage.BUSINESS_HOURS,
        Severity.LOW: Coverage.BUSINESS_HOURS,
    }
    assert community.sla_target_pct is None
    assert professional.sla_target_pct == Decimal("99.5")
    assert enterprise.sla_target_pct == Decimal("99.9")
    assert [t.service_credit for t in tiers.values()] == [False, False, True]


def test_tier_catalog_review_cadences_reports_and_languages_match_the_seed(
    tiers: dict[Tier, TierSpec],
) -> None:
    community, professional, enterprise = tiers.values()
    assert (
        community.architecture_review,
        community.tam_checkin,
        community.business_review,
        community.strategic_planning,
    ) == (None, None, None, None)
    assert (
        professional.architecture_review,
        professional.tam_checkin,
        professional.business_review,
        professional.strategic_planning,
    ) == (Cadence.MONTHLY, None, Cadence.QUARTERLY, None)
    assert (
        enterprise.architecture_review,
        enterprise.tam_checkin,
        enterprise.business_review,
        enterprise.strategic_planning,
    ) == (Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY, Cadence.YEARLY)
    assert [t.monthly_report for t in tiers.values()] == [False, True, True]
    assert community.languages == professional.languages == ("en",)
    assert enterprise.languages == ("en", "es", "pt", "fr", "de", "ja", "zh")
    assert community.versions_supported_years is None
    assert professional.versions_supported_years == enterprise.versions_supported_years == 2


def test_unlimited_is_a_real_state_not_a_big_number(enterprise: TierSpec) -> None:
    assert isinstance(enterprise.named_contacts, Unlimited)
    assert not isinstance(enterprise.named_contacts, int)
    assert str(enterprise.named_contacts) == "unlimited"
    assert within(10**12, UNLIMITED)


def test_named_contact_limit_admits_ten_and_not_eleven_for_professional(
    professional: TierSpec,
) -> None:
    assert within(10, professional.named_contacts)
    assert not within(11, professional.named_contacts)


def test_named_contact_limit_follows_the_tier_in_force_after_a_downgrade(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        date(2026, 1, 1),
        None,
        (Term(enterprise, date(2026, 1, 1)), Term(professional, date(2026, 11, 16))),
    )
    assert contract.tier_on(date(2026, 11, 15)).named_contacts is UNLIMITED
    limit = contract.tier_on(date(2026, 11, 16)).named_contacts
    assert limit == 10
    # Twelve contacts kept from Enterprise days are now over the limit (flagged, not removed).
    assert not within(12, limit)


def test_the_tier_on_a_day_outside_the_contract_is_the_nearest_one(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        date(2026, 1, 1),
        date(2026, 12, 31),
        (Term(professional, date(2026, 1, 1)), Term(enterprise, date(2026, 7, 1))),
    )
    assert contract.tier_on(date(2025, 12, 31)) is professional  # before it starts
    assert contract.tier_on(date(2026, 6, 30)) is professional
    assert contract.tier_on(date(2026, 7, 1)) is enterprise
    assert contract.tier_on(date(2027, 1, 1)) is enterprise  # after it ends
