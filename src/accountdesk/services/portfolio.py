"""Customer accounts, their contract history and their contacts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.calendars import parse_holiday_calendar, parse_timezone
from accountdesk.domain.clock import Clock, local_today
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import check_fee
from accountdesk.domain.periods import Month, check_year, clip
from accountdesk.domain.tiers import UNLIMITED, Category, Limit, Tier, TierSpec, within
from accountdesk.services.audit import check_version, record, row_values
from accountdesk.services.entitlements import MonthUsage, month_usage
from accountdesk.services.limits import check_text
from accountdesk.services.loading import (
    contract_of,
    find_customer,
    hold_customer,
    locked_months,
    reading,
    tier_catalog,
)
from accountdesk.services.reviews import replan_after_tier_change
from accountdesk.wording import N_, category, current, gettext, say, say_n

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
    # What an edit passes back to be refused once someone else changed the contact.
    version: int = field(default=1, compare=False)


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
class CustomerRow:
    """One line of the customers table: the summary, and the consulting hours logged
    in the month the table is about."""

    summary: CustomerSummary
    consulting_seconds: int

    @property
    def id(self) -> int:
        return self.summary.id


class TierChangePreview(NamedTuple):
    """The effective month's fee and allowances before and after a tier change."""

    before: MonthUsage
    after: MonthUsage


# What `update_customer` may change; the tier and its fee change through `change_tier`,
# so that the contract history keeps the old terms.
EDITABLE = (
    "name",
    "start",
    "end",
    "timezone",
    "language",
    "csm",
    "tam",
    "holiday_calendar",
    "rollover",
)


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
    # What an edit passes back to be refused once someone else changed the customer.
    version: int = field(default=1, compare=False)

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def name(self) -> str:
        return self.summary.name


def check_new_customer(new: NewCustomer) -> NewCustomer:
    name = new.name.strip()
    if not name:
        raise Refused(say("A customer needs a name."), Field.NAME)
    check_text(m.Customer.__table__.c.name, name)  # before the name is looked up
    check_year(new.start, N_("start date"), Field.START)  # a form's date: no parser saw it
    check_year(new.end, N_("end date"), Field.END)
    if new.end is not None and new.end < new.start:
        raise Refused(
            say(
                "The contract cannot end ({end}) before it starts ({start}).",
                end=new.end.isoformat(),
                start=new.start.isoformat(),
            ),
            Field.END,
        )
    language = new.language.strip().lower()
    if not LANGUAGE.match(language):
        raise Refused(
            say(
                "{language!r} is not a language code; use two letters such as en.",
                language=new.language,
            ),
            Field.LANGUAGE,
        )
    check_fee(new.monthly_fee)
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
    _check_name_free(session, new.name)
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
        try:
            with self._sessions.begin() as s:
                customer = insert_customer(s, new, self._clock.now())
                record(s, "add_customer", customer, None, customer, detail=customer.name)
                return customer.id
        except IntegrityError:
            # Another writer added the name between our check and our insert.
            with reading(self._sessions) as s:
                _check_name_free(s, new.name.strip())
            raise

    def customers(self, search: str = "") -> list[CustomerSummary]:
        """Every customer (or those whose name holds `search`, any case), by name, with
        the tier in force today; a fixed handful of queries whatever the portfolio's size."""
        with reading(self._sessions) as s:
            return _summaries(s, search, self._clock.today())

    def customer_table(self, month: Month, search: str = "") -> list[CustomerRow]:
        """Every customer (or those whose name holds `search`) with the consulting hours
        logged in `month`: a fixed handful of queries, whatever the portfolio's size."""
        with reading(self._sessions) as s:
            used = _consulting_seconds(s, month)
            return [
                CustomerRow(summary, used.get(summary.id, 0))
                for summary in _summaries(s, search, self._clock.today())
            ]

    def any_customers(self) -> bool:
        """Whether the portfolio holds a customer at all: quick at any size."""
        with reading(self._sessions) as s:
            return s.scalar(select(m.Customer.id).limit(1)) is not None

    def counts(self) -> Counts:
        """How big the portfolio is (the window's status bar)."""
        with reading(self._sessions) as s:
            customers = s.scalar(select(func.count()).select_from(m.Customer)) or 0
            entries = s.scalar(select(func.count()).select_from(m.LedgerEntry)) or 0
            return Counts(customers, entries)

    def customer(self, ref: str | int) -> CustomerDetail:
        with reading(self._sessions) as s:
            return self._detail(s, find_customer(s, ref))

    def _detail(self, s: Session, customer: m.Customer) -> CustomerDetail:
        contract = contract_of(s, customer)
        contacts = tuple(
            _contact_info(c)
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
            version=customer.version,
        )

    def change_tier(
        self, ref: str | int, tier: Tier, effective: date, monthly_fee: Decimal | None = None
    ) -> CustomerDetail:
        """Move a customer to another tier from a date, prorated by days.

        Refuses a date outside the contract, a change into or before an issued
        (locked) month, and a change to the tier already in force. Re-plans the
        reviews not yet held from that date on.
        """
        try:
            with self._sessions.begin() as s:
                return self._change_tier(s, ref, tier, effective, monthly_fee)
        except IntegrityError:
            # Holding the customer makes concurrent changes queue up; this is the last
            # resort should a writer have slipped past the hold all the same.
            raise Refused(
                say(
                    "Someone else changed the tier from {effective} a moment ago; look at "
                    "the contract again and retry.",
                    effective=effective.isoformat(),
                ),
                Field.EFFECTIVE,
            ) from None

    def _change_tier(
        self, s: Session, ref: str | int, tier: Tier, effective: date, monthly_fee: Decimal | None
    ) -> CustomerDetail:
        customer = find_customer(s, ref)
        # Issuing a month holds the customer too: a change never lands in a month
        # being issued, and two changes of one customer queue up instead of crossing.
        hold_customer(s, customer.id)
        s.refresh(customer)  # as the writer before us left it
        was = _apply_tier_change(s, customer, tier, effective, monthly_fee)
        s.flush()
        term = s.scalars(
            select(m.ContractTerm).where(
                m.ContractTerm.customer_id == customer.id,
                m.ContractTerm.effective_from == effective,
            )
        ).one()
        detail = f"{was.name} to {tier.label} from {effective.isoformat()}"
        record(s, "change_tier", term, None, term, detail=detail)
        replan_after_tier_change(s, customer, effective, self._clock)
        return self._detail(s, customer)

    def preview_tier_change(
        self, ref: str | int, tier: Tier, effective: date, monthly_fee: Decimal | None = None
    ) -> TierChangePreview:
        """What `change_tier` would do to the effective month's fee and allowances
        (prorated by days), before and after; saves nothing.

        Refuses exactly what `change_tier` refuses. The change is made inside the
        transaction, measured, and rolled back.
        """
        month = Month.of(effective)
        with self._sessions() as s:
            try:
                s.begin()
                customer = find_customer(s, ref)
                before = month_usage(s, customer, month)
                _apply_tier_change(s, customer, tier, effective, monthly_fee)
                s.flush()
                after = month_usage(s, customer, month)
                return TierChangePreview(before, after)
            finally:
                s.rollback()

    def update_customer(
        self, ref: str | int, changes: Mapping[str, Any], version: int | None = None
    ) -> CustomerDetail:
        """Change a customer's details: any of name, start, end, timezone, language,
        csm, tam, holiday_calendar, rollover (the keys of `changes`).

        Checks exactly what adding a customer checks: a name, not taken by another
        customer (ignoring case), a known time zone, language and holiday calendar,
        an end not before the start. Refuses as well: the tier or its fee (those
        change through a tier change, which keeps the history); contract dates that
        would leave a tier change or a ledger entry outside the contract, or change
        the days of an issued (locked) month; switching rollover while a month is
        issued (it changes that month's allowance). Planned reviews from today on
        are planned again when the dates, time zone or holiday calendar change.

        `version` is the customer's version the user saw (`CustomerDetail.version`): once
        someone else changed the customer since, the change is refused, naming them.
        """
        unknown = sorted(set(changes) - set(EDITABLE))
        if {"tier", "monthly_fee"} & set(unknown):
            raise Refused(
                say(
                    "The tier and its monthly fee change with a tier change from a date, so"
                    " that the contract history keeps the old terms."
                ),
                Field.TIER if "tier" in unknown else Field.MONTHLY_FEE,
            )
        if unknown:
            raise Refused(
                say(
                    "{join} cannot be changed; a customer's details are {join2}.",
                    join=", ".join(unknown),
                    join2=", ".join(EDITABLE),
                )
            )
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            hold_customer(s, customer.id)
            s.refresh(customer)  # as the writer before us left it
            check_version(s, customer, version)
            before = row_values(customer)
            contract = contract_of(s, customer)
            current = {
                "name": customer.name,
                "start": customer.contract_start,
                "end": customer.contract_end,
                "timezone": customer.timezone,
                "language": customer.language,
                "csm": customer.csm,
                "tam": customer.tam,
                "holiday_calendar": customer.holiday_calendar,
                "rollover": customer.rollover,
            }
            merged = {**current, **changes}
            checked = check_new_customer(
                NewCustomer(tier=contract.terms[0].tier.key, monthly_fee=None, **merged)
            )
            wanted = {f.name: getattr(checked, f.name) for f in fields(checked)}
            changed = [key for key in EDITABLE if wanted[key] != current[key]]
            if not changed:
                return self._detail(s, customer)
            if "name" in changed:
                _check_name_free(s, checked.name, customer.id)
                customer.name_key = m.name_key(checked.name)
            if "start" in changed or "end" in changed:
                _check_new_dates(s, customer, contract, checked.start, checked.end)
            if "rollover" in changed:
                issued = locked_months(s, customer.id)
                if issued:
                    raise Refused(
                        say(
                            "{customer}'s report for {label} is already issued; switching rollover "
                            "would change the allowances it shows.",
                            customer=customer.name,
                            label=max(issued).label,
                        ),
                        Field.ROLLOVER,
                    )
            customer.name = checked.name
            customer.contract_start = checked.start
            customer.contract_end = checked.end
            customer.timezone = checked.timezone
            customer.language = checked.language
            customer.csm = checked.csm
            customer.tam = checked.tam
            customer.holiday_calendar = checked.holiday_calendar
            customer.rollover = checked.rollover
            if "start" in changed:
                first = s.scalars(
                    select(m.ContractTerm)
                    .where(m.ContractTerm.customer_id == customer.id)
                    .order_by(m.ContractTerm.effective_from)
                    .limit(1)
                ).one()
                first.effective_from = checked.start
            s.flush()
            detail = "; ".join(
                f"{key}: {_shown(current[key])} to {_shown(wanted[key])}" for key in changed
            )
            record(s, "update_customer", customer, before, customer, detail=detail)
            if {"start", "end", "timezone", "holiday_calendar"} & set(changed):
                today = local_today(self._clock, customer.timezone)
                replan_after_tier_change(s, customer, today, self._clock)
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
        name, email = _contact_fields(name, email)
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            self._check_contact_room(s, customer, named, training_seat)
            _check_email_free(s, customer, email)
            contact = m.Contact(
                customer_id=customer.id,
                name=name,
                email=email,
                named=named,
                training_seat=training_seat,
            )
            s.add(contact)
            record(s, "add_contact", contact, None, contact, detail=contact.name)
            return contact.id

    def contact(self, contact_id: int) -> ContactInfo:
        with reading(self._sessions) as s:
            return _contact_info(_find_contact(s, contact_id))

    def update_contact(
        self,
        contact_id: int,
        name: str,
        email: str,
        named: bool,
        training_seat: bool,
        version: int | None = None,
    ) -> ContactInfo:
        """Change a contact. Making it a named support contact (or giving it a training
        seat) is refused as adding one would be, the contact itself not counted. Refused
        too when the contact changed since the user saw its `version`."""
        name, email = _contact_fields(name, email)
        with self._sessions.begin() as s:
            contact = _find_contact(s, contact_id)
            customer = s.get(m.Customer, contact.customer_id)
            assert customer is not None
            hold_customer(s, customer.id)
            s.refresh(contact)  # as it is now that no one else changes the customer's contacts
            check_version(s, contact, version)
            before = row_values(contact)
            # Only what the contact gains takes room: it already holds what it keeps.
            gains_named = named and not contact.named
            gains_seat = training_seat and not contact.training_seat
            self._check_contact_room(s, customer, gains_named, gains_seat)
            _check_email_free(s, customer, email, contact.id)
            contact.name, contact.email = name, email
            contact.named, contact.training_seat = named, training_seat
            s.flush()
            record(s, "update_contact", contact, before, contact, detail=contact.name)
            return _contact_info(contact)

    def remove_contact(self, contact_id: int) -> ContactInfo:
        """Remove a contact (someone who left the customer); returns what it was."""
        with self._sessions.begin() as s:
            contact = _find_contact(s, contact_id)
            removed = _contact_info(contact)
            record(s, "remove_contact", contact, row_values(contact), None, detail=contact.name)
            s.delete(contact)
            return removed

    def _check_contact_room(
        self, s: Session, customer: m.Customer, named: bool, training_seat: bool
    ) -> None:
        """Refuse one more named contact, or training seat, past the tier's limit. Holds
        the customer first, so that two writers adding contacts count one after the other
        (a tier change holds it too)."""
        hold_customer(s, customer.id)
        tier = contract_of(s, customer).tier_on(self._clock.today())
        if named:
            _check_room(
                s,
                customer,
                tier,
                m.Contact.named,
                tier.named_contacts,
                N_("named support contacts"),
                Field.NAMED,
            )
        if training_seat:
            _check_room(
                s,
                customer,
                tier,
                m.Contact.training_seat,
                tier.training_seats,
                N_("online training seats"),
                Field.TRAINING_SEAT,
            )

    def set_notes(self, ref: str | int, notes: str) -> None:
        """Replace a customer's notes (free text, kept exactly as typed)."""
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            before = row_values(customer)
            customer.notes = notes
            s.flush()
            record(s, "set_notes", customer, before, customer)


def _apply_tier_change(
    s: Session, customer: m.Customer, tier: Tier, effective: date, monthly_fee: Decimal | None
) -> TierSpec:
    """Replace the term starting on `effective` by the new tier, within the caller's
    transaction; returns the tier that was in force. See `Portfolio.change_tier`."""
    check_fee(monthly_fee)
    contract = contract_of(s, customer)
    if not contract.covers(effective):
        raise Refused(
            say(
                "{effective} is outside {customer}'s contract; a tier change takes "
                "effect within it.",
                effective=effective.isoformat(),
                customer=customer.name,
            ),
            Field.EFFECTIVE,
        )
    locked = [x for x in locked_months(s, customer.id) if x >= Month.of(effective)]
    if locked:
        raise Refused(
            say(
                "{customer}'s report for {label} is already issued; a tier change "
                "cannot take effect before an issued month.",
                customer=customer.name,
                label=min(locked).label,
            ),
            Field.EFFECTIVE,
        )
    current = contract.term_on(effective)
    assert current is not None
    if current.tier.key is tier and monthly_fee in (None, current.monthly_fee):
        raise Refused(
            say(
                "{customer} is already on {tier} on {effective}.",
                customer=customer.name,
                tier=tier.label,
                effective=effective.isoformat(),
            ),
            Field.TIER,
        )
    _check_no_orphans(s, customer, contract, Term(tier_catalog(s)[tier], effective), effective)
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
    return current.tier


def _check_no_orphans(
    s: Session, customer: m.Customer, contract: Contract, new: Term, effective: date
) -> None:
    """Refuse a tier change that would leave logged hours in a category the new tier
    does not include (development under Professional, anything under Community)."""
    later = [t.effective_from for t in contract.terms if t.effective_from > effective]
    until = min(later) - timedelta(days=1) if later else contract.end
    excluded = [c.value for c in Category if not new.includes(c)]
    if not excluded:
        return
    query = (
        select(m.LedgerEntry.category, func.count(), func.min(m.LedgerEntry.entry_date))
        .where(
            m.LedgerEntry.customer_id == customer.id,
            m.LedgerEntry.category.in_(excluded),
            m.LedgerEntry.corrects_id.is_(None),
            m.LedgerEntry.entry_date >= effective,
        )
        .group_by(m.LedgerEntry.category)
    )
    if until is not None:
        query = query.where(m.LedgerEntry.entry_date <= until)
    found = s.execute(query).all()
    if found:
        count = sum(n for _, n, _ in found)
        first = min(day for _, _, day in found)
        kinds = current().listing([category(key) for key in sorted(key for key, _, _ in found)])
        raise Refused(
            say_n(
                "{customer} has {count} entry of {kinds} from {first} on, which {tier} "
                "does not include; move or delete it first, or pick another date.",
                "{customer} has {count} entries of {kinds} from {first} on, which {tier} "
                "does not include; move or delete them first, or pick another date.",
                count,
                customer=customer.name,
                kinds=kinds,
                first=first.isoformat(),
                tier=new.tier.name,
            ),
            Field.EFFECTIVE,
        )


def _check_name_free(s: Session, name: str, customer_id: int | None = None) -> None:
    """Refuse a name another customer holds, in any case (Unicode casefolded)."""
    query = select(m.Customer.name).where(m.Customer.name_key == m.name_key(name))
    if customer_id is not None:
        query = query.where(m.Customer.id != customer_id)
    clash = s.scalar(query.limit(1))
    if clash is not None:
        raise Refused(say("A customer called {clash!r} already exists.", clash=clash), Field.NAME)


def _check_new_dates(
    s: Session, customer: m.Customer, contract: Contract, start: date, end: date | None
) -> None:
    """Refuse contract dates that strand a tier change or a ledger entry outside the
    contract, or that change which days of an issued month the contract covers."""
    for later in contract.terms[1:]:
        if later.effective_from <= start or (end is not None and later.effective_from > end):
            raise Refused(
                say(
                    "{customer} changes to {tier} on {effective_from}; the contract must "
                    "start before and end after every tier change.",
                    customer=customer.name,
                    tier=later.tier.name,
                    effective_from=later.effective_from.isoformat(),
                ),
                Field.START if later.effective_from <= start else Field.END,
            )
    outside = m.LedgerEntry.entry_date < start
    if end is not None:
        outside = outside | (m.LedgerEntry.entry_date > end)
    stranded = s.execute(
        select(func.count(), func.min(m.LedgerEntry.entry_date), func.max(m.LedgerEntry.entry_date))
        .where(m.LedgerEntry.customer_id == customer.id)
        .where(outside)
    ).one()
    if stranded[0]:
        count, first, last = stranded
        when = (
            first.isoformat()
            if first == last
            else say("{first} to {last}", first=first.isoformat(), last=last.isoformat())
        )
        if end is None:
            said = say_n(
                "{customer} has {count} hours entry ({when}) outside a contract from "
                "{start}; the contract must cover it.",
                "{customer} has {count} hours entries ({when}) outside a contract from "
                "{start}; the contract must cover them.",
                count,
                customer=customer.name,
                when=when,
                start=start.isoformat(),
            )
        else:
            said = say_n(
                "{customer} has {count} hours entry ({when}) outside a contract from "
                "{start} to {end}; the contract must cover it.",
                "{customer} has {count} hours entries ({when}) outside a contract from "
                "{start} to {end}; the contract must cover them.",
                count,
                customer=customer.name,
                when=when,
                start=start.isoformat(),
                end=end.isoformat(),
            )
        raise Refused(said, Field.START if first < start else Field.END)
    for month in sorted(locked_months(s, customer.id)):
        old = clip(month.first, month.last, contract.start, contract.end)
        new = clip(month.first, month.last, start, end)
        if old != new:
            # Which date is at fault: the start alone would already change the month?
            moved_start = clip(month.first, month.last, start, contract.end)
            raise Refused(
                say(
                    "{customer}'s report for {month} is already issued; the new contract "
                    "dates would change what that month covers.",
                    customer=customer.name,
                    month=month.label,
                ),
                Field.START if moved_start != old else Field.END,
            )


def _contact_fields(name: str, email: str) -> tuple[str, str]:
    name, email = name.strip(), email.strip()
    if not name:
        raise Refused(say("A contact needs a name."), Field.NAME)
    if not EMAIL.match(email):
        raise Refused(say("{email!r} is not an e-mail address.", email=email), Field.EMAIL)
    return name, email


def _check_email_free(
    s: Session, customer: m.Customer, email: str, contact_id: int | None = None
) -> None:
    """Refuse an e-mail address another contact of the customer has, in any case (the
    caller holds the customer, so two writers cannot both add it)."""
    query = select(m.Contact.name, m.Contact.email).where(m.Contact.customer_id == customer.id)
    if contact_id is not None:
        query = query.where(m.Contact.id != contact_id)
    for name, taken in s.execute(query):
        if taken.casefold() == email.casefold():
            raise Refused(
                say(
                    "{customer} already has a contact with the e-mail {taken}: {name}.",
                    customer=customer.name,
                    taken=taken,
                    name=name,
                ),
                Field.EMAIL,
            )


def _find_contact(s: Session, contact_id: int) -> m.Contact:
    contact = s.get(m.Contact, contact_id)
    if contact is None:
        raise Refused(
            say("There is no contact {contact_id}.", contact_id=contact_id), Field.CONTACT
        )
    return contact


def _contact_info(contact: m.Contact) -> ContactInfo:
    return ContactInfo(
        contact.id,
        contact.name,
        contact.email,
        contact.named,
        contact.training_seat,
        contact.version,
    )


def _check_room(
    s: Session,
    customer: m.Customer,
    tier: TierSpec,
    flag: InstrumentedAttribute[bool],
    limit: Limit,
    what: str,
    field: Field,
) -> None:
    if limit is UNLIMITED:
        return
    taken = s.scalar(
        select(func.count()).where(m.Contact.customer_id == customer.id, flag.is_(True))
    )
    if limit == 0:
        raise Refused(
            say(
                "{customer}'s {tier} tier includes no {what}.",
                customer=customer.name,
                tier=tier.name,
                what=gettext(what),
            ),
            field,
        )
    if (taken or 0) >= limit:
        raise Refused(
            say(
                "{customer}'s {tier} tier includes {limit} {what}, and all {limit} are taken.",
                customer=customer.name,
                tier=tier.name,
                limit=limit,
                what=gettext(what),
            ),
            field,
        )


def _summaries(s: Session, search: str, today: date) -> list[CustomerSummary]:
    """Every customer's summary (or those whose name holds `search`), by name.

    Plain rows rather than ORM objects: this is the whole portfolio at once."""
    query = select(
        m.Customer.id,
        m.Customer.name,
        m.Customer.csm,
        m.Customer.tam,
        m.Customer.contract_start,
        m.Customer.contract_end,
    ).order_by(m.Customer.name)
    if search:
        # Casefolded on both sides, so any case matches on SQLite as on PostgreSQL.
        folded = f"%{_like_escape(m.name_key(search))}%"
        query = query.where(
            m.Customer.name_key.like(folded, "\\")
            | m.Customer.name.ilike(f"%{_like_escape(search)}%", "\\")
        )
    tiers = tier_catalog(s)
    # Only the tier of each term matters for a summary (which tier is in force today).
    terms: dict[int, list[Term]] = {}
    for customer_id, tier_key, effective_from in s.execute(
        select(
            m.ContractTerm.customer_id, m.ContractTerm.tier_key, m.ContractTerm.effective_from
        ).order_by(m.ContractTerm.effective_from)
    ):
        terms.setdefault(customer_id, []).append(Term(tiers[Tier(tier_key)], effective_from))
    named = dict(
        s.execute(
            select(m.Contact.customer_id, func.count())
            .where(m.Contact.named.is_(True))
            .group_by(m.Contact.customer_id)
        ).all()
    )
    result = []
    for customer_id, name, csm, tam, start, end in s.execute(query):
        contract = Contract(start=start, end=end, terms=tuple(terms.get(customer_id, ())))
        tier = contract.tier_on(today)
        result.append(
            CustomerSummary(
                id=customer_id,
                name=name,
                tier=tier.key,
                csm=csm,
                tam=tam,
                start=start,
                end=end,
                named_contacts=named.get(customer_id, 0),
                named_contact_limit=tier.named_contacts,
            )
        )
    return result


def _consulting_seconds(s: Session, month: Month) -> dict[int, int]:
    """From the month sums the database keeps: a correction already counts in its
    entry's month, not the month it was recorded in."""
    hours = m.MonthHours
    rows = s.execute(
        select(hours.customer_id, hours.seconds).where(
            hours.month == month.first, hours.category == Category.CONSULTING.value
        )
    )
    return {customer_id: int(seconds) for customer_id, seconds in rows}


def _shown(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, date):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else str(value)


def _summary(customer: m.Customer, contract: Contract, named: int, today: date) -> CustomerSummary:
    tier = contract.tier_on(today)
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
