"""support cases: the case, its escalation history and its waits on the customer

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
# Follows 0007 (company settings).
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "support_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=12), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("engineer", sa.String(length=120), nullable=True),
        sa.Column("escalation_level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_support_case_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_case")),
        sa.UniqueConstraint("customer_id", "reference", name=op.f("uq_support_case_customer_id")),
    )
    op.create_index("ix_support_case_reference", "support_case", ["reference"], unique=False)
    op.create_index("ix_support_case_opened_at", "support_case", ["opened_at"], unique=False)
    op.create_table(
        "case_escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=False),
        sa.Column("to_level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_escalation_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_escalation")),
    )
    op.create_index(
        op.f("ix_case_escalation_case_id"), "case_escalation", ["case_id"], unique=False
    )
    op.create_table(
        "case_waiting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_waiting_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_waiting")),
    )
    op.create_index(op.f("ix_case_waiting_case_id"), "case_waiting", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_case_waiting_case_id"), table_name="case_waiting")
    op.drop_table("case_waiting")
    op.drop_index(op.f("ix_case_escalation_case_id"), table_name="case_escalation")
    op.drop_table("case_escalation")
    op.drop_index("ix_support_case_opened_at", table_name="support_case")
    op.drop_index("ix_support_case_reference", table_name="support_case")
    op.drop_table("support_case")
