"""The hours ledger: logging, listing, editing, corrections and locked months."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import check_description, check_entry, month_locked
from accountdesk.domain.money import check_duration, hours
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.audit import check_version, record, row_values
from accountdesk.services.loading import (
    contract_of,
    find_customer,
    hold_customer,
    hold_months,
    locked_months,
    reading,
)
from accountdesk.services.statements import pending_adjustments, standing_statements
from accountdesk.wording import say, words


@dataclass(frozen=True)
class NewEntry:
    customer: str | int
    day: date
    seconds: int
    category: Category
    engineer: str
    description: str = ""  # the client reads it on the report
    note: str = ""  # for the team only, never on a report
    case: str | None = None  # the reference of the customer's support case, if any


@dataclass(frozen=True)
class EntryInfo:
    id: int
    customer_id: int
    customer: str
    day: date
    category: Category
    engineer: str
    seconds: int
    description: str  # the client reads it on the report
    locked: bool
    corrects: int | None = None
    reason: str | None = None
    note: str = ""  # for the team only, never on a report
    case: str | None = None  # the support case's reference
    # Passed back by an edit (no lost update); not part of what the entry says.
    version: int = field(default=1, compare=False)

    @property
    def hours(self) -> str:
        return str(hours(self.seconds))


def insert_entry(
    s: Session, entry: NewEntry, today: date, *, restoring: bool = False
) -> m.LedgerEntry:
    """Check and add one entry within the caller's transaction. `restoring` puts back an
    entry as it was (undo), kept even from before descriptions were required."""
    customer = find_customer(s, entry.customer)
    contract, locked = contract_of(s, customer), hold_months(s, customer.id)
    values = entry_values(
        customer.id, customer.name, contract, locked, entry, today, restoring=restoring
    )
    row = m.LedgerEntry(**values, case_id=case_id(s, customer, entry.case))
    s.add(row)
    s.flush()
    return row


def entry_values(
    customer_id: int,
    customer: str,
    contract: Contract,
    locked: Container[Month],
    entry: NewEntry,
    today: date,
    *,
    restoring: bool = False,
) -> dict[str, Any]:
    """The columns of a new ledger entry for a customer (its id and name), whose contract
    and issued months are given, once the rules of logging hours allow it (`Ledger.log`).
    The support case (`entry.case`) is the caller's to resolve (`case_id`)."""
    engineer = entry.engineer.strip()
    if not engineer:
        raise Refused(say("An entry needs the engineer who spent the hours."), Field.ENGINEER)
    check_entry(customer, contract, entry.category, entry.day, entry.seconds, today, locked)
    if not restoring:
        check_description(entry.category, entry.description)
    return {
        "customer_id": customer_id,
        "entry_date": entry.day,
        "category": entry.category.value,
        "engineer": engineer,
        "seconds": entry.seconds,
        "description": entry.description,  # as typed: a round trip keeps the text
        "note": entry.note,
    }


def case_id(s: Session, customer: m.Customer, reference: str | None) -> int | None:
    """The id of the customer's support case `reference`; refused when the customer has
    no such case (saying whose it is when it is another customer's)."""
    if reference is None or not reference.strip():
        return None
    reference = reference.strip()
    found = s.scalar(
        select(m.SupportCase.id).where(
            m.SupportCase.customer_id == customer.id, m.SupportCase.reference == reference
        )
    )
    if found is not None:
        return found
    other = s.scalar(
        select(m.Customer.name)
        .join(m.SupportCase, m.SupportCase.customer_id == m.Customer.id)
        .where(m.SupportCase.reference == reference)
        .limit(1)
    )
    if other is not None:
        raise Refused(
            say(
                "Case {reference} is {other}'s, not {customer}'s; hours are logged on a"
                " case of the customer they were spent for.",
                reference=reference,
                other=other,
                customer=customer.name,
            ),
            Field.CASE,
        )
    raise Refused(
        say("{customer} has no case {reference}.", customer=customer.name, reference=reference),
        Field.CASE,
    )


class Ledger:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def log(self, entry: NewEntry) -> int:
        """Log hours. Refuses (and stores nothing) a duration outside (0, 24 h], a future
        date, a date outside the contract or in an issued month, an unknown customer,
        and a category the tier in force does not include."""
        with self._sessions.begin() as s:
            row = insert_entry(s, entry, self._clock.today())
            record(s, "log_entry", row, None, row)
            return row.id

    def log_many(self, entries: Iterable[NewEntry]) -> tuple[int, ...]:
        """Log several entries in one transaction, all or nothing (undoing the deletion of
        a selection): the first entry a rule refuses refuses them all, as `log` would."""
        today = self._clock.today()
        with self._sessions.begin() as s:
            rows = [insert_entry(s, entry, today, restoring=True) for entry in entries]
            for row in rows:
                record(s, "log_entry", row, None, row)
            return tuple(row.id for row in rows)

    def entries(self, ref: str | int, month: Month) -> list[EntryInfo]:
        with reading(self._sessions) as s:
            customer = find_customer(s, ref)
            locked = Month.of(month.first) in locked_months(s, customer.id)
            rows = list(
                s.scalars(
                    select(m.LedgerEntry)
                    .where(
                        m.LedgerEntry.customer_id == customer.id,
                        m.LedgerEntry.entry_date.between(month.first, month.last),
                    )
                    .order_by(m.LedgerEntry.entry_date, m.LedgerEntry.id)
                )
            )
            cases = _case_references(s, rows)
            return [_info(row, customer.name, locked, cases) for row in rows]

    def entry(self, entry_id: int) -> EntryInfo:
        with reading(self._sessions) as s:
            row, customer = _entry_and_customer(s, entry_id)
            locked = Month.of(row.entry_date) in locked_months(s, customer.id)
            return _info(row, customer.name, locked, _case_references(s, [row]))

    def update(
        self,
        entry_id: int,
        change: NewEntry,
        version: int | None = None,
        *,
        restoring: bool = False,
    ) -> EntryInfo:
        """Change an entry. Refused when either its old or its new date is in an issued
        month, or when the changed entry would be refused as a new one; and when someone
        changed it since the user saw its `version` (None: the last change wins).
        `restoring` puts an entry back as it was (undo), even without the description
        now required."""
        with self._sessions.begin() as s:
            row, customer = _entry_and_customer(s, entry_id)
            target = find_customer(s, change.customer)
            # Both at once: two people moving entries between the same two customers
            # in opposite directions would otherwise each hold one and wait for the other.
            hold_customer(s, customer.id, target.id)
            _check_unlocked(s, row, customer)
            check_version(s, row, version)
            before = row_values(row)
            if row.corrects_id is not None:
                raise Refused(
                    say(
                        "Entry {entry_id} is a correction of entry {corrects_id}; correct entry"
                        " {corrects_id} again to change it.",
                        entry_id=entry_id,
                        corrects_id=row.corrects_id,
                    ),
                    Field.ENTRY,
                )
            correction = s.scalar(
                select(m.LedgerEntry.id).where(m.LedgerEntry.corrects_id == row.id).limit(1)
            )
            if correction is not None:
                raise Refused(
                    say(
                        "Entry {entry_id} has a correction (entry {correction}); correct it "
                        "again instead of changing it.",
                        entry_id=entry_id,
                        correction=correction,
                    ),
                    Field.ENTRY,
                )
            check_entry(
                target.name,
                contract_of(s, target),
                change.category,
                change.day,
                change.seconds,
                self._clock.today(),
                hold_months(s, target.id),
            )
            if not restoring:
                check_description(change.category, change.description)
            row.case_id = case_id(s, target, change.case)
            row.customer_id = target.id
            row.entry_date = change.day
            row.seconds = change.seconds
            row.category = change.category.value
            row.engineer = change.engineer.strip() or row.engineer
            row.description = change.description
            row.note = change.note
            record(s, "edit_entry", row, before, row, customer_id=target.id)
            return _info(row, target.name, False, _case_references(s, [row]))

    def delete(self, entry_id: int) -> EntryInfo:
        """Delete an entry, returning what it held (so it can be logged again). Refused
        in an issued month."""
        with self._sessions.begin() as s:
            row, customer = _entry_and_customer(s, entry_id)
            _check_unlocked(s, row, customer)
            check_version(s, row, None)  # as the last writer left it
            _check_uncorrected(s, [row.id])
            info = _info(row, customer.name, False, _case_references(s, [row]))
            record(s, "delete_entry", row, row_values(row), None)
            s.delete(row)
            return info

    def delete_many(self, entry_ids: Iterable[int]) -> tuple[EntryInfo, ...]:
        """Delete a selection of entries in one transaction, all or nothing, returning
        what they held (in the order given, each once) so they can be logged again in
        one step. An entry that is gone or in an issued month refuses the whole
        selection, and nothing is deleted."""
        wanted = list(dict.fromkeys(entry_ids))
        with self._sessions.begin() as s:
            rows = {
                row.id: row
                for row in s.scalars(select(m.LedgerEntry).where(m.LedgerEntry.id.in_(wanted)))
            }
            for entry_id in wanted:
                if entry_id not in rows:
                    raise _no_entry(entry_id)
            customers = {
                customer.id: customer
                for customer in s.scalars(
                    select(m.Customer).where(
                        m.Customer.id.in_({row.customer_id for row in rows.values()})
                    )
                )
            }
            # Held in one order, so two selections across the same customers queue up
            # instead of waiting on each other.
            held = {customer_id: hold_months(s, customer_id) for customer_id in sorted(customers)}
            cases = _case_references(s, rows.values())
            infos = []
            for entry_id in wanted:
                row = rows[entry_id]
                customer = customers[row.customer_id]
                if Month.of(row.entry_date) in held[customer.id]:
                    raise month_locked(customer.name, Month.of(row.entry_date), Field.ENTRY)
                infos.append(_info(row, customer.name, False, cases))
                record(s, "delete_entry", row, row_values(row), None)
            _check_uncorrected(s, wanted)
            # Corrections before the entries they point to (the key is checked at once).
            for corrections_first in (True, False):
                for entry_id in wanted:
                    if (rows[entry_id].corrects_id is not None) is corrections_first:
                        s.delete(rows[entry_id])
                s.flush()
            return tuple(infos)

    def correct(self, entry_id: int, seconds: int, reason: str) -> int:
        """Correct an entry of an issued month to `seconds` (0 takes it back entirely).

        The difference goes in as a correction entry linked to the entry, with the
        reason, dated in the earliest open month after it; it counts in the corrected
        entry's month, so the issued statement stays as it was and the change reaches
        the client as an adjustment on the next report issued. Refused without a
        reason, for an entry whose month is open (change it instead), for a correction
        itself (correct the entry again), and when the hours would not change."""
        with self._sessions.begin() as s:
            row = self._correct(s, entry_id, seconds, reason)
            record(s, "correct_entry", row, None, row, detail=reason)
            return row.id

    def preview_correction(
        self, entry_id: int, seconds: int, reason: str
    ) -> tuple[AdjustmentLine, ...]:
        """The adjustments `correct` would add to the next report; saves nothing. Refuses
        exactly what `correct` refuses."""
        with self._sessions() as s:
            try:
                s.begin()
                row = self._correct(s, entry_id, seconds, reason)
                customer = s.get(m.Customer, row.customer_id)
                assert customer is not None
                return tuple(
                    line for line in pending_adjustments(s, customer) if row.id in line.corrections
                )
            finally:
                s.rollback()

    def _correct(self, s: Session, entry_id: int, seconds: int, reason: str) -> m.LedgerEntry:
        reason = reason.strip()
        if not reason:
            raise Refused(say("A correction needs a reason."), Field.REASON)
        if seconds != 0:
            check_duration(seconds)
        row, customer = _entry_and_customer(s, entry_id)
        if row.corrects_id is not None:
            raise Refused(
                say(
                    "Entry {entry_id} is a correction of entry {corrects_id}; correct entry"
                    " {corrects_id} again instead.",
                    entry_id=entry_id,
                    corrects_id=row.corrects_id,
                ),
                Field.ENTRY,
            )
        locked = hold_months(s, customer.id)
        earlier = s.scalars(
            select(m.LedgerEntry.seconds).where(m.LedgerEntry.corrects_id == row.id)
        ).all()
        # An entry corrected before (its month since reopened) is corrected again, never
        # changed: its corrections would no longer say what they changed.
        if Month.of(row.entry_date) not in locked and not earlier:
            raise Refused(
                say(
                    "Entry {entry_id} is in an open month; change it instead of correcting it.",
                    entry_id=entry_id,
                ),
                Field.ENTRY,
            )
        current = row.seconds + sum(earlier)
        delta = seconds - current
        if delta == 0:
            raise Refused(
                say(
                    "Entry {entry_id} already has {hours} h.",
                    entry_id=entry_id,
                    hours=hours(seconds),
                ),
                Field.HOURS,
            )
        month = Month.of(row.entry_date).next()
        while month in locked:
            month = month.next()
        # Where it is recorded, not where it counts (the corrected entry's day).
        day = min(month.first, self._clock.today())
        correction = m.LedgerEntry(
            customer_id=customer.id,
            entry_date=day,
            category=row.category,
            engineer=row.engineer,
            seconds=delta,
            # Printed on the client's report: in the client's language.
            description=words(customer.language).say(
                "Correction of entry {entry} of {day}",
                entry=row.id,
                day=row.entry_date.isoformat(),
            ),
            corrects_id=row.id,
            reason=reason,
        )
        s.add(correction)
        s.flush()
        return correction

    def lock_month(self, ref: str | int, month: Month) -> None:
        """Lock a customer's month (its report was issued): its entries become final."""
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            lock_month(s, customer, month, self._clock, self._user)
            # In the customer's History, as reopening it is.
            record(s, "lock_month", None, None, None, customer_id=customer.id, detail=month.label)

    def reopen_month(self, ref: str | int, month: Month, reason: str) -> None:
        """Reopen an issued month: an explicit act with a reason, kept in the audit log.
        Only the latest issued statement can be reopened (a later one may carry
        adjustments to it); the month's next issue is a new revision."""
        reason = reason.strip()
        if not reason:
            raise Refused(say("Reopening an issued month needs a reason."), Field.REASON)
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            hold_customer(s, customer.id)
            row = s.get(m.LockedMonth, (customer.id, month.label))
            if row is None:
                raise Refused(
                    say(
                        "{month} is not issued for {customer}.",
                        month=month.label,
                        customer=customer.name,
                    ),
                    Field.MONTH,
                )
            statements = standing_statements(s, customer.id)
            if (
                statements
                and statements[-1].month != month
                and any(each.month == month for each in statements)
            ):
                latest = statements[-1]
                raise Refused(
                    say(
                        "Only the latest issued month can be reopened: {customer}'s {month} "
                        "report ({report_id}) was issued after {month2}'s; reopen it first.",
                        customer=customer.name,
                        month=latest.month.label,
                        report_id=latest.report_id,
                        month2=month.label,
                    ),
                    Field.MONTH,
                )
            s.delete(row)
            detail = f"{month.label}: {reason}"
            record(s, "reopen_month", None, None, None, customer_id=customer.id, detail=detail)

    def undo_reopen(self, ref: str | int, month: Month) -> None:
        """Issue a reopened month again as it stood (undo): its last statement stands once
        more. Refused once another statement was issued after it, or the month is issued."""
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            hold_customer(s, customer.id)
            if s.get(m.LockedMonth, (customer.id, month.label)) is not None:
                raise Refused(
                    say(
                        "{month} is issued for {customer}.",
                        month=month.label,
                        customer=customer.name,
                    ),
                    Field.MONTH,
                )
            last = s.scalar(
                select(m.IssuedReport)
                .where(m.IssuedReport.customer_id == customer.id)
                .order_by(m.IssuedReport.id.desc())
                .limit(1)
            )
            if last is None or last.month != month.label:
                raise Refused(
                    say(
                        "{month} cannot be closed again for {customer}: another report was "
                        "issued since it was reopened.",
                        month=month.label,
                        customer=customer.name,
                    ),
                    Field.MONTH,
                )
            s.add(
                m.LockedMonth(
                    customer_id=customer.id,
                    month=month.label,
                    locked_at=self._clock.now(),
                    locked_by=self._user,
                )
            )
            detail = f"{month.label}: report {last.report_id} stands again"
            record(s, "undo_reopen_month", None, None, None, customer_id=customer.id, detail=detail)


def lock_month(s: Session, customer: m.Customer, month: Month, clock: Clock, user: str) -> None:
    if s.get(m.LockedMonth, (customer.id, month.label)) is not None:
        raise Refused(
            say(
                "{month} is already issued for {customer}.",
                month=month.label,
                customer=customer.name,
            ),
            Field.MONTH,
        )
    s.add(
        m.LockedMonth(
            customer_id=customer.id, month=month.label, locked_at=clock.now(), locked_by=user
        )
    )


def _entry_and_customer(s: Session, entry_id: int) -> tuple[m.LedgerEntry, m.Customer]:
    row = s.get(m.LedgerEntry, entry_id)
    if row is None:
        raise _no_entry(entry_id)
    customer = s.get(m.Customer, row.customer_id)
    assert customer is not None
    return row, customer


def _no_entry(entry_id: int) -> Refused:
    return Refused(say("There is no ledger entry {entry_id}.", entry_id=entry_id), Field.ENTRY)


def _check_uncorrected(s: Session, entry_ids: list[int]) -> None:
    """Refuse to delete an entry that a correction (not deleted with it) points to: the
    correction would be left correcting nothing (a reopened month's entry)."""
    correction = s.execute(
        select(m.LedgerEntry.id, m.LedgerEntry.corrects_id)
        .where(m.LedgerEntry.corrects_id.in_(entry_ids), m.LedgerEntry.id.not_in(entry_ids))
        .limit(1)
    ).first()
    if correction is not None:
        raise Refused(
            say(
                "Entry {correction} has a correction (entry {correction2}); delete the "
                "correction first, or change the entry's hours instead.",
                correction=correction[1],
                correction2=correction[0],
            ),
            Field.ENTRY,
        )


def _check_unlocked(s: Session, row: m.LedgerEntry, customer: m.Customer) -> None:
    month = Month.of(row.entry_date)
    if month in hold_months(s, customer.id):
        raise month_locked(customer.name, month, Field.ENTRY)


def _case_references(s: Session, rows: Iterable[m.LedgerEntry]) -> dict[int, str]:
    """The references of the support cases the entries point to, by case id."""
    ids = {row.case_id for row in rows if row.case_id is not None}
    if not ids:
        return {}
    found = s.execute(
        select(m.SupportCase.id, m.SupportCase.reference).where(m.SupportCase.id.in_(ids))
    )
    return {case: reference for case, reference in found}


def _info(
    row: m.LedgerEntry, customer: str, locked: bool, cases: dict[int, str] | None = None
) -> EntryInfo:
    return EntryInfo(
        id=row.id,
        customer_id=row.customer_id,
        customer=customer,
        day=row.entry_date,
        category=Category(row.category),
        engineer=row.engineer,
        seconds=row.seconds,
        description=row.description,
        locked=locked,
        corrects=row.corrects_id,
        reason=row.reason,
        note=row.note,
        case=None if row.case_id is None else (cases or {}).get(row.case_id),
        version=row.version,
    )
