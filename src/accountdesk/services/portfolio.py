"""Customer accounts, their contract history and their contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import UNLIMITED, Limit, Tier, TierSpec, within
from accountdesk.services.common import (
    contract_of,
    find_customer,
    locked_months,
    parse_holiday_calendar,
    parse_timezone,
    term,
    tier_catalog,
)

LANGUAGE = re.compile(r"^[a-z]{2}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class NewCustomer:
    name: str
    tier: Tier
    start: date
    end: date | None = None
    timezone: str = "UTC"
    language: str = "en"
    csm: str | None = None
    tam: str | None = None
    monthly_fee: Decimal | None = None
    holiday_calendar: str | None = None
    rollover: bool = False


@dataclass(frozen=True)
class TermInfo:
    tier: Tier
    effective_from: date
    effective_to: date | None
    monthly_fee: Decimal


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    email: str
    named: bool
    training_seat: bool


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    tier: Tier
    csm: str | None
    tam: str | None
    start: date
    end: date | None
    named_contacts: int
    named_contact_limit: Limit

    @property
    def over_contact_limit(self) -> bool:
        return not within(self.named_contacts, self.named_contact_limit)

    def renewal_in_days(self, today: date) -> int | None:
        return None if self.end is None else (self.end - today).days


@dataclass(frozen=True)
class Counts:
    customers: int
    entries: int


@dataclass(frozen=True)
class CustomerDetail:
    summary: CustomerSummary
    timezone: str
    language: str
    holiday_calendar: str | None
    rollover: bool
    notes: str
    terms: tuple[TermInfo, ...]
    contacts: tuple[ContactInfo, ...]
    locked_months: tuple[str, ...]

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def name(self) -> str:
        return self.summary.name


def tier_on(contract: Contract, day: date) -> TierSpec:
    """The tier in force on a day; the nearest one when the day is outside the contract."""
    term = contract.term_on(day)
    if term is not None:
        return term.tier
    return contract.terms[0].tier if day < contract.start else contract.terms[-1].tier


def check_new_customer(new: NewCustomer) -> NewCustomer:
    name = new.name.strip()
    if not name:
        raise Refused("A customer needs a name.")
    if new.end is not None and new.end < new.start:
        raise Refused(
            f"The contract cannot end ({new.end.isoformat()}) before it starts "
            f"({new.start.isoformat()})."
        )
    language = new.language.strip().lower()
    if not LANGUAGE.match(language):
        raise Refused(f"{new.language!r} is not a language code; use two letters such as en.")
    calendar = parse_holiday_calendar(new.holiday_calendar) if new.holiday_calendar else None
    return NewCustomer(
        name=name,
        tier=new.tier,
        start=new.start,
        end=new.end,
        timezone=parse_timezone(new.timezone),
        language=language,
        csm=(new.csm or "").strip() or None,
        tam=(new.tam or "").strip() or None,
        monthly_fee=new.monthly_fee,
        holiday_calendar=calendar,
        rollover=new.rollover,
    )


def insert_customer(session: Session, new: NewCustomer, now: date) -> m.Customer:
    """Add a checked customer within the caller's transaction."""
    new = check_new_customer(new)
    clash = session.scalar(
        select(m.Customer.name).where(func.lower(m.Customer.name) == new.name.lower())
    )
    if clash is not None:
        raise Refused(f"A customer called {clash!r} already exists.")
    customer = m.Customer(
        name=new.name,
        timezone=new.timezone,
        language=new.language,
        csm=new.csm,
        tam=new.tam,
        contract_start=new.start,
        contract_end=new.end,
        holiday_calendar=new.holiday_calendar,
        rollover=new.rollover,
        notes="",
        created_at=now,
    )
    session.add(customer)
    session.flush()
    session.add(
        m.ContractTerm(
            customer_id=customer.id,
            tier_key=new.tier.value,
            effective_from=new.start,
            monthly_fee=new.monthly_fee,
        )
    )
    return customer


class Portfolio:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def add_customer(self, new: NewCustomer) -> int:
        """A new customer with its first contract term. Refuses a name already taken
        (ignoring case), an unknown time zone or language, an end before the start."""
        with self._sessions.begin() as s:
            return insert_customer(s, new, self._clock.now()).id

    def customers(self, search: str = "") -> list[CustomerSummary]:
        with self._sessions.begin() as s:
            query = select(m.Customer).order_by(m.Customer.name)
            if search:
                query = query.where(m.Customer.name.ilike(f"%{_like_escape(search)}%", "\\"))
            tiers = tier_catalog(s)
            customers = list(s.scalars(query))
            terms: dict[int, list[m.ContractTerm]] = {}
            for row in s.scalars(select(m.ContractTerm).order_by(m.ContractTerm.effective_from)):
                terms.setdefault(row.customer_id, []).append(row)
            named = dict(
                s.execute(
                    select(m.Contact.customer_id, func.count())
                    .where(m.Contact.named.is_(True))
                    .group_by(m.Contact.customer_id)
                ).all()
            )
            today = self._clock.today()
            result = []
            for customer in customers:
                contract = Contract(
                    start=customer.contract_start,
                    end=customer.contract_end,
                    terms=tuple(term(row, tiers) for row in terms.get(customer.id, [])),
                )
                result.append(_summary(customer, contract, named.get(customer.id, 0), today))
            return result

    def counts(self) -> Counts:
        """How big the portfolio is (the window's status bar)."""
        with self._sessions.begin() as s:
            customers = s.scalar(select(func.count()).select_from(m.Customer)) or 0
            entries = s.scalar(select(func.count()).select_from(m.LedgerEntry)) or 0
            return Counts(customers, entries)

    def customer(self, ref: str | int) -> CustomerDetail:
        with self._sessions.begin() as s:
            return self._detail(s, find_customer(s, ref))

    def _detail(self, s: Session, customer: m.Customer) -> CustomerDetail:
        contract = contract_of(s, customer)
        contacts = tuple(
            ContactInfo(c.id, c.name, c.email, c.named, c.training_seat)
            for c in s.scalars(
                select(m.Contact).where(m.Contact.customer_id == customer.id).order_by(m.Contact.id)
            )
        )
        named = sum(c.named for c in contacts)
        terms = []
        for index, each in enumerate(contract.terms):
            following = contract.terms[index + 1] if index + 1 < len(contract.terms) else None
            ends = following.effective_from - timedelta(days=1) if following else contract.end
            terms.append(TermInfo(each.tier.key, each.effective_from, ends, each.fee))
        return CustomerDetail(
            summary=_summary(customer, contract, named, self._clock.today()),
            timezone=customer.timezone,
            language=customer.language,
            holiday_calendar=customer.holiday_calendar,
            rollover=customer.rollover,
            notes=customer.notes,
            terms=tuple(terms),
            contacts=contacts,
            locked_months=tuple(sorted(x.label for x in locked_months(s, customer.id))),
        )

    def change_tier(
        self, ref: str | int, tier: Tier, effective: date, monthly_fee: Decimal | None = None
    ) -> CustomerDetail:
        """Move a customer to another tier from a date, prorated by days.

        Refuses a date outside the contract, a change into or before an issued
        (locked) month, and a change to the tier already in force. Re-plans the
        reviews not yet held from that date on.
        """
        from accountdesk.services.reviews import replan_after_tier_change

        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            contract = contract_of(s, customer)
            if not contract.covers(effective):
                raise Refused(
                    f"{effective.isoformat()} is outside {customer.name}'s contract; "
                    "a tier change takes effect within it."
                )
            locked = [x for x in locked_months(s, customer.id) if x >= Month.of(effective)]
            if locked:
                raise Refused(
                    f"{customer.name}'s report for {min(locked).label} is already issued; "
                    "a tier change cannot take effect before an issued month."
                )
            current = contract.term_on(effective)
            assert current is not None
            if current.tier.key is tier and monthly_fee in (None, current.monthly_fee):
                raise Refused(
                    f"{customer.name} is already on {tier.label} on {effective.isoformat()}."
                )
            s.execute(
                delete(m.ContractTerm).where(
                    m.ContractTerm.customer_id == customer.id,
                    m.ContractTerm.effective_from == effective,
                )
            )
            s.add(
                m.ContractTerm(
                    customer_id=customer.id,
                    tier_key=tier.value,
                    effective_from=effective,
                    monthly_fee=monthly_fee,
                )
            )
            s.add(
                m.AuditEntry(
                    at=self._clock.now(),
                    actor=self._user,
                    action="change_tier",
                    customer_id=customer.id,
                    detail=f"{current.tier.name} to {tier.label} from {effective.isoformat()}",
                )
            )
            s.flush()
            replan_after_tier_change(s, customer, effective, self._clock)
            return self._detail(s, customer)

    def add_contact(
        self,
        ref: str | int,
        name: str,
        email: str,
        named: bool = False,
        training_seat: bool = False,
    ) -> int:
        """A contact of a customer. Refuses a named support contact (or a training seat)
        beyond what the tier in force today includes, naming the limit."""
        name, email = name.strip(), email.strip()
        if not name:
            raise Refused("A contact needs a name.")
        if not EMAIL.match(email):
            raise Refused(f"{email!r} is not an e-mail address.")
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            tier = tier_on(contract_of(s, customer), self._clock.today())
            if named:
                _check_room(
                    s,
                    customer,
                    tier,
                    m.Contact.named,
                    tier.named_contacts,
                    "named support contacts",
                )
            if training_seat:
                _check_room(
                    s,
                    customer,
                    tier,
                    m.Contact.training_seat,
                    tier.training_seats,
                    "online training seats",
                )
            contact = m.Contact(
                customer_id=customer.id,
                name=name,
                email=email,
                named=named,
                training_seat=training_seat,
            )
            s.add(contact)
            s.flush()
            return contact.id

    def set_notes(self, ref: str | int, notes: str) -> None:
        with self._sessions.begin() as s:
            find_customer(s, ref).notes = notes


def _check_room(
    s: Session,
    customer: m.Customer,
    tier: TierSpec,
    flag: InstrumentedAttribute[bool],
    limit: Limit,
    what: str,
) -> None:
    if limit is UNLIMITED:
        return
    taken = s.scalar(
        select(func.count()).where(m.Contact.customer_id == customer.id, flag.is_(True))
    )
    if limit == 0:
        raise Refused(f"{customer.name}'s {tier.name} tier includes no {what}.")
    if (taken or 0) >= limit:
        raise Refused(
            f"{customer.name}'s {tier.name} tier includes {limit} {what}, "
            f"and all {limit} are taken."
        )


def _summary(customer: m.Customer, contract: Contract, named: int, today: date) -> CustomerSummary:
    tier = tier_on(contract, today)
    return CustomerSummary(
        id=customer.id,
        name=customer.name,
        tier=tier.key,
        csm=customer.csm,
        tam=customer.tam,
        start=customer.contract_start,
        end=customer.contract_end,
        named_contacts=named,
        named_contact_limit=tier.named_contacts,
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
