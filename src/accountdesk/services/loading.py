"""Loading what the rules need from the database (the tier catalog, a customer and
their contract, the issued months), shared by the services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.db.engine import READ_ONLY
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.limits import as_id
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import (
    UNLIMITED,
    Cadence,
    Coverage,
    Limit,
    Severity,
    Tier,
    TierSpec,
)
from accountdesk.wording import say


def _limit(value: int | None) -> Limit:
    return UNLIMITED if value is None else value


def tier_spec(row: m.TierRow) -> TierSpec:
    severities = list(Severity)
    minutes = [
        row.response_critical_minutes,
        row.response_high_minutes,
        row.response_normal_minutes,
        row.response_low_minutes,
    ]
    coverage = [row.coverage_critical, row.coverage_high, row.coverage_normal, row.coverage_low]

    def cadence(value: str | None) -> Cadence | None:
        return None if value is None else Cadence(value)

    return TierSpec(
        key=Tier(row.key),
        name=row.name,
        monthly_fee=row.monthly_fee,
        fee_is_starting_price=row.fee_is_starting_price,
        annual_commitment_price=row.annual_commitment_price,
        annual_price_per_contract=row.annual_price_per_contract,
        named_contacts=_limit(row.named_contacts),
        consulting_hours_per_month=row.consulting_hours_per_month,
        development_hours_per_quarter=row.development_hours_per_quarter,
        training_seats=_limit(row.training_seats),
        onsite_sessions_per_contract_year=row.onsite_sessions_per_contract_year,
        certification_exams_included=row.certification_exams_included,
        certification_discount_pct=row.certification_discount_pct,
        consulting_overage_rate=row.consulting_overage_rate,
        development_overage_rate=row.development_overage_rate,
        response_minutes={s: v for s, v in zip(severities, minutes, strict=True) if v is not None},
        coverage={s: Coverage(v) for s, v in zip(severities, coverage, strict=True) if v},
        sla_target_pct=row.sla_target_pct,
        service_credit=row.service_credit,
        architecture_review=cadence(row.architecture_review),
        tam_checkin=cadence(row.tam_checkin),
        business_review=cadence(row.business_review),
        strategic_planning=cadence(row.strategic_planning),
        monthly_report=row.monthly_report,
        languages=tuple(row.languages.split(",")),
        versions_supported_years=row.versions_supported_years,
    )


def tier_catalog(session: Session) -> dict[Tier, TierSpec]:
    rows = session.scalars(select(m.TierRow).order_by(m.TierRow.position))
    return {Tier(row.key): tier_spec(row) for row in rows}


def term(row: m.ContractTerm, tiers: dict[Tier, TierSpec]) -> Term:
    return Term(
        tier=tiers[row.tier_key],  # type: ignore[index]  # a Tier is its key string
        effective_from=row.effective_from,
        monthly_fee=row.monthly_fee,
        consulting_hours=row.consulting_hours,
        development_hours=row.development_hours,
        consulting_rate=row.consulting_rate,
        development_rate=row.development_rate,
        service_credit_pct=row.service_credit_pct,
    )


def contract_of(
    session: Session, customer: m.Customer, tiers: dict[Tier, TierSpec] | None = None
) -> Contract:
    tiers = tiers or tier_catalog(session)
    rows = session.scalars(
        select(m.ContractTerm)
        .where(m.ContractTerm.customer_id == customer.id)
        .order_by(m.ContractTerm.effective_from)
    )
    return Contract(
        start=customer.contract_start,
        end=customer.contract_end,
        terms=tuple(term(row, tiers) for row in rows),
        rollover=customer.rollover,
    )


def find_customer(session: Session, ref: str | int) -> m.Customer:
    """A customer by id, by exact name, or by name in any case ('acme' finds 'Acme')."""
    text = str(ref).strip()
    number = as_id(text)
    if number is not None:
        found = session.get(m.Customer, number)
        if found is not None:
            return found
    by_name = session.scalar(select(m.Customer).where(m.Customer.name == text))
    if by_name is None:
        by_name = session.scalar(select(m.Customer).where(m.Customer.name_key == m.name_key(text)))
    if by_name is None:
        if number is not None:
            raise Refused(
                say("There is no customer with id {text} or called {text!r}.", text=text),
                Field.CUSTOMER,
            )
        raise Refused(say("There is no customer called {text!r}.", text=text), Field.CUSTOMER)
    return by_name


def hold_customer(session: Session, *customer_ids: int) -> None:
    """Lock the customers' rows until the transaction ends, so that issuing a month and
    writing an entry into it queue up instead of crossing (PostgreSQL; SQLite lets one
    writer in at a time anyway). Several are held in id order, in one statement: two
    writers holding the same customers then queue, where opposite orders deadlock."""
    session.execute(
        select(m.Customer.id)
        .where(m.Customer.id.in_(customer_ids))
        .order_by(m.Customer.id)
        .with_for_update()
    )


def hold_months(session: Session, customer_id: int) -> set[Month]:
    """The customer's issued months, held steady for a write (see hold_customer)."""
    hold_customer(session, customer_id)
    return locked_months(session, customer_id)


def locked_months(session: Session, customer_id: int) -> set[Month]:
    labels = session.scalars(
        select(m.LockedMonth.month).where(m.LockedMonth.customer_id == customer_id)
    )
    return {Month.parse(label) for label in labels}


@contextmanager
def reading(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction that only reads. On SQLite it takes no write lock (writers begin
    IMMEDIATE, see db/engine.py), so the window reads beside a running import instead of
    waiting for it; it still sees one consistent snapshot. (Home's read may end by
    keeping the allowance rules' answers in it, which SQLite refuses at once when anyone
    wrote since: see services/dashboard.py.)"""
    with sessions.begin() as s:
        s.connection(execution_options=READ_ONLY)
        yield s
