"""portfolio, ledger and reviews

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:49:52.176161
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("csm", sa.String(length=120), nullable=True),
        sa.Column("tam", sa.String(length=120), nullable=True),
        sa.Column("contract_start", sa.Date(), nullable=False),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("holiday_calendar", sa.String(length=16), nullable=True),
        sa.Column("rollover", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("name", name=op.f("uq_customer_name")),
    )
    op.create_table(
        "tier",
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("monthly_fee", sa.BigInteger(), nullable=False),
        sa.Column("fee_is_starting_price", sa.Boolean(), nullable=False),
        sa.Column("annual_commitment_price", sa.BigInteger(), nullable=True),
        sa.Column("annual_price_per_contract", sa.Boolean(), nullable=False),
        sa.Column("named_contacts", sa.Integer(), nullable=True),
        sa.Column("consulting_hours_per_month", sa.BigInteger(), nullable=False),
        sa.Column("development_hours_per_quarter", sa.BigInteger(), nullable=False),
        sa.Column("training_seats", sa.Integer(), nullable=True),
        sa.Column("onsite_sessions_per_contract_year", sa.Integer(), nullable=False),
        sa.Column("certification_exams_included", sa.Integer(), nullable=False),
        sa.Column("certification_discount_pct", sa.BigInteger(), nullable=False),
        sa.Column("consulting_overage_rate", sa.BigInteger(), nullable=True),
        sa.Column("development_overage_rate", sa.BigInteger(), nullable=True),
        sa.Column("response_critical_minutes", sa.Integer(), nullable=True),
        sa.Column("response_high_minutes", sa.Integer(), nullable=True),
        sa.Column("response_normal_minutes", sa.Integer(), nullable=True),
        sa.Column("response_low_minutes", sa.Integer(), nullable=True),
        sa.Column("coverage_critical", sa.String(length=20), nullable=True),
        sa.Column("coverage_high", sa.String(length=20), nullable=True),
        sa.Column("coverage_normal", sa.String(length=20), nullable=True),
        sa.Column("coverage_low", sa.String(length=20), nullable=True),
        sa.Column("sla_target_pct", sa.BigInteger(), nullable=True),
        sa.Column("service_credit", sa.Boolean(), nullable=False),
        sa.Column("architecture_review", sa.String(length=20), nullable=True),
        sa.Column("tam_checkin", sa.String(length=20), nullable=True),
        sa.Column("business_review", sa.String(length=20), nullable=True),
        sa.Column("strategic_planning", sa.String(length=20), nullable=True),
        sa.Column("monthly_report", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.String(length=80), nullable=False),
        sa.Column("versions_supported_years", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_tier")),
    )
    seed_tier_catalog()
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_audit_entry_customer_id_customer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_entry_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.Column("training_seat", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_contact_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "contract_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("tier_key", sa.String(length=20), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("monthly_fee", sa.BigInteger(), nullable=True),
        sa.Column("consulting_hours", sa.BigInteger(), nullable=True),
        sa.Column("development_hours", sa.BigInteger(), nullable=True),
        sa.Column("consulting_rate", sa.BigInteger(), nullable=True),
        sa.Column("development_rate", sa.BigInteger(), nullable=True),
        sa.Column("service_credit_pct", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_contract_term_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tier_key"], ["tier.key"], name=op.f("fk_contract_term_tier_key_tier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_term")),
        sa.UniqueConstraint(
            "customer_id", "effective_from", name=op.f("uq_contract_term_customer_id")
        ),
    )
    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("engineer", sa.String(length=120), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["ledger_entry.id"],
            name=op.f("fk_ledger_entry_corrects_id_ledger_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_ledger_entry_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_entry_customer_date", ["customer_id", "entry_date"], unique=False
        )
        batch_op.create_index("ix_ledger_entry_date", ["entry_date"], unique=False)

    op.create_table(
        "locked_month",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_locked_month_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "month", name=op.f("pk_locked_month")),
    )
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("period_key", sa.String(length=20), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_review_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
        sa.UniqueConstraint(
            "customer_id", "kind", "period_key", name=op.f("uq_review_customer_id")
        ),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_due_date"), ["due_date"], unique=False)


def seed_tier_catalog() -> None:
    """The tier catalog, exactly as the support-tier document's table states it.

    Amounts, hours and percentages are stored in hundredths; NULL in a limit
    (contacts, seats) means unlimited, NULL elsewhere means "not offered".
    """
    h = 100  # hundredths
    none_offered = {
        "response_critical_minutes": None,
        "response_high_minutes": None,
        "response_normal_minutes": None,
        "response_low_minutes": None,
        "coverage_critical": None,
        "coverage_high": None,
        "coverage_normal": None,
        "coverage_low": None,
    }
    community = {
        "key": "community",
        "position": 1,
        "name": "Community",
        "monthly_fee": 0,
        "fee_is_starting_price": False,
        "annual_commitment_price": None,
        "annual_price_per_contract": False,
        "named_contacts": 0,
        "consulting_hours_per_month": 0,
        "development_hours_per_quarter": 0,
        "training_seats": 0,
        "onsite_sessions_per_contract_year": 0,
        "certification_exams_included": 0,
        "certification_discount_pct": 0,
        "consulting_overage_rate": None,
        "development_overage_rate": None,
        **none_offered,
        "sla_target_pct": None,
        "service_credit": False,
        "architecture_review": None,
        "tam_checkin": None,
        "business_review": None,
        "strategic_planning": None,
        "monthly_report": False,
        "languages": "en",
        "versions_supported_years": None,
    }
    professional = {
        "key": "professional",
        "position": 2,
        "name": "Professional",
        "monthly_fee": 5_000 * h,
        "fee_is_starting_price": False,
        "annual_commitment_price": 50_000 * h,
        "annual_price_per_contract": False,
        "named_contacts": 10,
        "consulting_hours_per_month": 4 * h,
        "development_hours_per_quarter": 0,
        "training_seats": 2,
        "onsite_sessions_per_contract_year": 0,
        "certification_exams_included": 0,
        "certification_discount_pct": 20 * h,
        "consulting_overage_rate": 500 * h,
        "development_overage_rate": None,
        "response_critical_minutes": 4 * 60,
        "response_high_minutes": 8 * 60,
        "response_normal_minutes": 24 * 60,
        "response_low_minutes": 48 * 60,
        "coverage_critical": "business_hours",
        "coverage_high": "business_hours",
        "coverage_normal": "business_hours",
        "coverage_low": "business_hours",
        "sla_target_pct": 9950,
        "service_credit": False,
        "architecture_review": "monthly",
        "tam_checkin": None,
        "business_review": "quarterly",
        "strategic_planning": None,
        "monthly_report": True,
        "languages": "en",
        "versions_supported_years": 2,
    }
    enterprise = {
        "key": "enterprise",
        "position": 3,
        "name": "Enterprise",
        "monthly_fee": 25_000 * h,
        "fee_is_starting_price": True,
        "annual_commitment_price": None,
        "annual_price_per_contract": True,
        "named_contacts": None,
        "consulting_hours_per_month": 20 * h,
        "development_hours_per_quarter": 40 * h,
        "training_seats": None,
        "onsite_sessions_per_contract_year": 2,
        "certification_exams_included": 5,
        "certification_discount_pct": 0,
        "consulting_overage_rate": 400 * h,
        "development_overage_rate": 400 * h,
        "response_critical_minutes": 15,
        "response_high_minutes": 60,
        "response_normal_minutes": 4 * 60,
        "response_low_minutes": 8 * 60,
        "coverage_critical": "24x7",
        "coverage_high": "24x7",
        "coverage_normal": "business_hours",
        "coverage_low": "business_hours",
        "sla_target_pct": 9990,
        "service_credit": True,
        "architecture_review": "weekly",
        "tam_checkin": "monthly",
        "business_review": "quarterly",
        "strategic_planning": "yearly",
        "monthly_report": True,
        "languages": "en,es,pt,fr,de,ja,zh",
        "versions_supported_years": 2,
    }
    rows: list[dict[str, Any]] = [community, professional, enterprise]
    tier = sa.table("tier", *(sa.column(name) for name in community))
    op.bulk_insert(tier, rows)


def downgrade() -> None:
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_due_date"))

    op.drop_table("review")
    op.drop_table("locked_month")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_date")
        batch_op.drop_index("ix_ledger_entry_customer_date")

    op.drop_table("ledger_entry")
    op.drop_table("contract_term")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_customer_id"))

    op.drop_table("contact")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_customer_id"))

    op.drop_table("audit_entry")
    op.drop_table("tier")
    op.drop_table("customer")
