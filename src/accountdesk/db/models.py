"""ORM classes. Money and hours are stored as scaled integers so SQLite and
PostgreSQL hold exactly the same Decimal values (SQLite has no decimal type)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Fixed2(TypeDecorator[Decimal]):
    """A Decimal with two places, stored as an integer count of hundredths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * 100
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than two decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TierRow(Base):
    """The tier catalog. NULL in a limit column means unlimited."""

    __tablename__ = "tier"

    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))
    monthly_fee: Mapped[Decimal] = mapped_column(Fixed2)
    fee_is_starting_price: Mapped[bool] = mapped_column(Boolean)
    annual_commitment_price: Mapped[Decimal | None] = mapped_column(Fixed2)
    annual_price_per_contract: Mapped[bool] = mapped_column(Boolean)
    named_contacts: Mapped[int | None] = mapped_column(Integer)
    consulting_hours_per_month: Mapped[Decimal] = mapped_column(Fixed2)
    development_hours_per_quarter: Mapped[Decimal] = mapped_column(Fixed2)
    training_seats: Mapped[int | None] = mapped_column(Integer)
    onsite_sessions_per_contract_year: Mapped[int] = mapped_column(Integer)
    certification_exams_included: Mapped[int] = mapped_column(Integer)
    certification_discount_pct: Mapped[Decimal] = mapped_column(Fixed2)
    consulting_overage_rate: Mapped[Decimal | None] = mapped_column(Fixed2)
    development_overage_rate: Mapped[Decimal | None] = mapped_column(Fixed2)
    response_critical_minutes: Mapped[int | None] = mapped_column(Integer)
    response_high_minutes: Mapped[int | None] = mapped_column(Integer)
    response_normal_minutes: Mapped[int | None] = mapped_column(Integer)
    response_low_minutes: Mapped[int | None] = mapped_column(Integer)
    coverage_critical: Mapped[str | None] = mapped_column(String(20))
    coverage_high: Mapped[str | None] = mapped_column(String(20))
    coverage_normal: Mapped[str | None] = mapped_column(String(20))
    coverage_low: Mapped[str | None] = mapped_column(String(20))
    sla_target_pct: Mapped[Decimal | None] = mapped_column(Fixed2)
    service_credit: Mapped[bool] = mapped_column(Boolean)
    architecture_review: Mapped[str | None] = mapped_column(String(20))
    tam_checkin: Mapped[str | None] = mapped_column(String(20))
    business_review: Mapped[str | None] = mapped_column(String(20))
    strategic_planning: Mapped[str | None] = mapped_column(String(20))
    monthly_report: Mapped[bool] = mapped_column(Boolean)
    languages: Mapped[str] = mapped_column(String(80))
    versions_supported_years: Mapped[int | None] = mapped_column(Integer)


def name_key(name: str) -> str:
    """A customer's name as names are compared: Unicode caseless (casefolded, composed
    the same way), so that 'ÄCME', 'äcme' and 'Äcme' are one name on every database."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).casefold())


def _name_key_of_row(context: DefaultExecutionContext) -> str | None:
    parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    name = parameters.get("name")
    return None if name is None else name_key(name)


# Casefolding may lengthen a name (ß to ss): room for three times the name.
NAME_KEY_LENGTH = 600


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (Index("ix_customer_name_key", "name_key", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Unique: no two customers share a name in any case. Filled from the name on insert;
    # whoever renames a customer sets it too (name_key). NULL only for a customer that
    # shared its name, in another case, with an older one before the rule held.
    name_key: Mapped[str | None] = mapped_column(String(NAME_KEY_LENGTH), default=_name_key_of_row)
    timezone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    csm: Mapped[str | None] = mapped_column(String(120))
    tam: Mapped[str | None] = mapped_column(String(120))
    contract_start: Mapped[date] = mapped_column(Date)
    contract_end: Mapped[date | None] = mapped_column(Date)
    holiday_calendar: Mapped[str | None] = mapped_column(String(16))
    rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class ContractTerm(Base):
    """A tier in force from a date until the next term or the contract's end."""

    __tablename__ = "contract_term"
    __table_args__ = (UniqueConstraint("customer_id", "effective_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    tier_key: Mapped[str] = mapped_column(ForeignKey("tier.key"))
    effective_from: Mapped[date] = mapped_column(Date)
    monthly_fee: Mapped[Decimal | None] = mapped_column(Fixed2)
    consulting_hours: Mapped[Decimal | None] = mapped_column(Fixed2)
    development_hours: Mapped[Decimal | None] = mapped_column(Fixed2)
    consulting_rate: Mapped[Decimal | None] = mapped_column(Fixed2)
    development_rate: Mapped[Decimal | None] = mapped_column(Fixed2)
    service_credit_pct: Mapped[Decimal | None] = mapped_column(Fixed2)
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    named: Mapped[bool] = mapped_column(Boolean, default=False)
    training_seat: Mapped[bool] = mapped_column(Boolean, default=False)
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class LedgerEntry(Base):
    """Hours spent for a customer. An adjustment corrects an entry of a locked month."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_entry_customer_date", "customer_id", "entry_date"),
        # Covers the portfolio-wide month sums (dashboard, chart) without touching rows.
        Index("ix_ledger_entry_date_totals", "entry_date", "category", "customer_id", "seconds"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    entry_date: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(20))
    engineer: Mapped[str] = mapped_column(String(120))
    # Exactly as entered: 3.99 h is 14,364 s (hours take two decimals, 0.01 h = 36 s).
    seconds: Mapped[int] = mapped_column(Integer)
    # What the client reads on the report; the note is for the team only, never printed.
    description: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The support case the hours were spent on, if any.
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_case.id", ondelete="SET NULL"), index=True
    )
    # Indexed: the few corrections are found without reading the whole ledger.
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class MonthHours(Base):
    """Seconds logged per customer, month and category, kept by the database itself:
    triggers on ledger_entry (migration 0011) change it in the same statement as every
    insert, change and removal of an entry, whichever program or path writes it. A
    correction counts in the month of the entry it corrects. Read it; never write it."""

    __tablename__ = "month_hours"
    __table_args__ = (
        # Home's month and quarter across the portfolio, and its chart, from the index.
        Index("ix_month_hours_month_totals", "month", "category", "customer_id", "seconds"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    # The month's first day.
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    seconds: Mapped[int] = mapped_column(BigInteger)
    # The entries summed: a row whose last entry goes is removed.
    entries: Mapped[int] = mapped_column(Integer)


class AllowanceFigures(Base):
    """What the allowance rules say of a customer's month on Home (its fullest
    allowance past 80 %, its overage), kept so that Home need not run the rules for
    every customer each time it opens (services/dashboard.py). On SQLite its triggers
    (migration 0014) remove a customer's rows in the same statement as any write the
    rules read (the ledger, the contract, the customer, an issued month, and every row
    on a change to the tiers), whichever program writes it. On PostgreSQL a row counts
    only while its `stamp` is still its customer's (`FiguresStamp`). `rules` is the
    version of the rules that wrote a row: another version's row is computed again."""

    __tablename__ = "allowance_figures"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    # The month's first day.
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    rules: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    # The customer's stamp when the rules read its data (PostgreSQL; 0 on SQLite).
    stamp: Mapped[int] = mapped_column(BigInteger, server_default="0")


class FiguresStamp(Base):
    """A number that PostgreSQL's triggers (migration 0015) raise in the same statement
    as any write the allowance rules read for the customer (every customer's on a
    change to the tiers). No row: 0. No foreign key: removing a customer removes its
    rows, whose triggers raise its stamp on the way out; the row stays, and counts for
    nothing without the customer's answers, which go. Unused on SQLite."""

    __tablename__ = "figures_stamp"

    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    stamp: Mapped[int] = mapped_column(BigInteger)


class LockedMonth(Base):
    """A customer's month whose report was issued: its entries are final."""

    __tablename__ = "locked_month"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    locked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    locked_by: Mapped[str] = mapped_column(String(120))


class Review(Base):
    __tablename__ = "review"
    __table_args__ = (
        UniqueConstraint("customer_id", "kind", "period_key"),
        # The agenda: planned reviews in date order, across the whole portfolio.
        Index("ix_review_state_due", "state", "due_date"),
        # A review's id is its calendar UID: on SQLite, never hand out again the id of a
        # review that was removed (a calendar would take the new one for the old).
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    period_key: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12))
    # What the client reads on the report; the notes are for the team only.
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    # When a held review took place, in UTC (SQLite keeps it without its offset).
    held_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class ChangeNotice(Base):
    """On SQLite, what a committed transaction changed (db/notices.py): the change
    notice PostgreSQL sends, kept for the other windows on the same file to read. Only
    the last `KEPT_NOTICES` are kept."""

    __tablename__ = "change_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what, and when: one row per change made through the services, written
    in the change's own transaction (services/audit.py). Append-only: on PostgreSQL the
    application's roles may insert and read these rows, never update or delete them."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # In UTC.
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The name the person works under (the engineer name of the hours they log).
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    detail: Mapped[str] = mapped_column(Text)
    # The computer's login and, on PostgreSQL, the database role (current_user).
    workstation_user: Mapped[str | None] = mapped_column(String(120))
    database_role: Mapped[str | None] = mapped_column(String(120))
    # What changed: the table and the row's id, and its fields before and after (JSON).
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class IssuedReport(Base):
    """A monthly service report as issued: the figures it showed and the PDF's SHA-256.

    A month reopened and issued again gets the next revision; the latest one is
    what a re-export reproduces.
    """

    __tablename__ = "issued_report"
    __table_args__ = (UniqueConstraint("customer_id", "month", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    revision: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str] = mapped_column(String(120))
    sha256: Mapped[str] = mapped_column(String(64))
    figures: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """What the whole team shares about its company (its name, logo and report footer),
    one value per key, so that every workstation and the command line agree."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SupportCase(Base):
    """A support case, against the response target of the tier in force when it opened.
    Instants are stored in UTC and shown in the customer's zone."""

    __tablename__ = "support_case"
    __table_args__ = (
        UniqueConstraint("customer_id", "reference"),
        # A bare reference (`case respond REF`) is looked up across customers.
        Index("ix_support_case_reference", "reference"),
        # A month's cases.
        Index("ix_support_case_opened_at", "opened_at"),
        # The open cases, in opening order (Home's card, the countdown): only the open
        # ones, so that reading them does not walk every case ever opened. PostgreSQL's
        # index has the same condition (migration 0012); naming it here would load
        # PostgreSQL's dialect into every start on SQLite (a twentieth of a second).
        Index("ix_support_case_open", "opened_at", "id", sqlite_where=text("resolved_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    reference: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(12))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    engineer: Mapped[str | None] = mapped_column(String(120))
    escalation_level: Mapped[int] = mapped_column(Integer, default=1)
    # Raised by every change: an edit based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class CaseEscalation(Base):
    """A change of a case's escalation level, with its reason: the case's history."""

    __tablename__ = "case_escalation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("support_case.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(120))
    from_level: Mapped[int] = mapped_column(Integer)
    to_level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")


class CaseWaiting(Base):
    """A period in which a case waited on the customer: its clock did not run."""

    __tablename__ = "case_waiting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("support_case.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
