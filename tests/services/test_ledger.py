"""The hours ledger: every refusal in the rules, edits, corrections and locked months."""

from datetime import date
from decimal import Decimal

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


@pytest.fixture
def acme(desk):
    desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1), end=date(2027, 12, 31))
    )
    return desk


def entry(
    day=date(2026, 11, 3),
    seconds=5400,
    category=Category.CONSULTING,
    customer="Acme",
    engineer="jdoe",
    note="Design review",
):
    return NewEntry(customer, day, seconds, category, engineer, note)


def test_logged_entry_is_listed_in_its_month(acme):
    entry_id = acme.ledger.log(entry(note='Design review <b>&"'))
    listed = acme.ledger.entries("Acme", Month(2026, 11))
    assert [(e.id, e.day, e.hours, e.category, e.description) for e in listed] == [
        (entry_id, date(2026, 11, 3), "1.50", Category.CONSULTING, 'Design review <b>&"')
    ]
    assert acme.ledger.entries("Acme", Month(2026, 10)) == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (entry(seconds=0), "more than zero"),
        (entry(seconds=-1800), "more than zero"),
        (entry(seconds=24 * 3600 + 1), "longer than 24 hours"),
        (entry(day=date(2026, 11, 27)), "in the future"),
        (entry(day=date(2025, 12, 31)), "outside Acme's contract"),
        (entry(customer="Nobody"), "no customer called 'Nobody'"),
        (entry(category=Category.DEVELOPMENT), "does not include Development hours"),
        (entry(category=Category.ONSITE), "does not include On-site hours"),
        (entry(engineer="  "), "needs the engineer"),
    ],
)
def test_entry_refused_by_the_rules_stores_nothing(acme, bad, message):
    before = snapshot(acme)
    with pytest.raises(Refused, match=message):
        acme.ledger.log(bad)
    assert snapshot(acme) == before


def test_consulting_for_a_community_customer_is_refused(desk):
    desk.portfolio.add_customer(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 1)))
    with pytest.raises(Refused, match="Community contract on 2026-11-03 does not include"):
        desk.ledger.log(entry(customer="Free"))


def test_entry_in_a_locked_month_is_refused(acme):
    acme.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(acme)
    with pytest.raises(Refused, match="2026-10 is locked for Acme"):
        acme.ledger.log(entry(day=date(2026, 10, 30)))
    assert snapshot(acme) == before


def test_entries_of_a_locked_month_can_be_neither_changed_nor_deleted(acme):
    entry_id = acme.ledger.log(entry(day=date(2026, 10, 5)))
    acme.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(acme)
    with pytest.raises(Refused, match="locked"):
        acme.ledger.update(entry_id, entry(day=date(2026, 10, 5), seconds=1800))
    with pytest.raises(Refused, match="locked"):
        acme.ledger.delete(entry_id)
    with pytest.raises(Refused, match="locked"):  # nor moved into a locked month
        other = acme.ledger.log(entry(day=date(2026, 11, 5)))
        before = snapshot(acme)
        acme.ledger.update(other, entry(day=date(2026, 10, 6)))
    assert snapshot(acme) == before
    assert acme.ledger.entries("Acme", Month(2026, 10))[0].locked


def test_edit_and_delete_in_an_open_month(acme):
    entry_id = acme.ledger.log(entry())
    changed = acme.ledger.update(entry_id, entry(seconds=9000, note="longer"))
    assert (changed.seconds, changed.description) == (9000, "longer")
    deleted = acme.ledger.delete(entry_id)
    assert deleted.seconds == 9000
    assert acme.ledger.entries("Acme", Month(2026, 11)) == []


def test_correction_to_a_locked_month_is_an_adjustment_in_the_earliest_open_month(acme):
    entry_id = acme.ledger.log(entry(day=date(2026, 9, 10), seconds=18000))
    acme.ledger.lock_month("Acme", Month(2026, 9))
    acme.ledger.lock_month("Acme", Month(2026, 10))
    adjustment_id = acme.ledger.correct(entry_id, 14400, "Two sessions were booked twice")
    adjustment = acme.ledger.entry(adjustment_id)
    assert adjustment.day == date(2026, 11, 1)
    assert adjustment.seconds == -3600
    assert adjustment.corrects == entry_id
    assert adjustment.reason == "Two sessions were booked twice"
    assert acme.ledger.entry(entry_id).seconds == 18000  # the issued month is untouched
    # It counts in September, the corrected entry's month, never in November's allowance.
    november = acme.entitlements.usage("Acme", Month(2026, 11))
    assert november.allowances[0].used_seconds == 0
    assert november.allowances[0].remaining_hours == november.allowances[0].included_hours


@pytest.mark.parametrize(
    ("seconds", "reason", "message"),
    [
        (14400, "  ", "needs a reason"),
        (18000, "typo", "already has 5.00 h"),
    ],
)
def test_bad_correction_is_refused(acme, seconds, reason, message):
    entry_id = acme.ledger.log(entry(day=date(2026, 9, 10), seconds=18000))
    acme.ledger.lock_month("Acme", Month(2026, 9))
    before = snapshot(acme)
    with pytest.raises(Refused, match=message):
        acme.ledger.correct(entry_id, seconds, reason)
    assert snapshot(acme) == before


def test_correction_of_an_open_month_is_refused(acme):
    entry_id = acme.ledger.log(entry())
    with pytest.raises(Refused, match="open month; change it instead"):
        acme.ledger.correct(entry_id, 1800, "typo")


def test_reopening_an_issued_month_needs_a_reason_and_is_audited(acme):
    acme.ledger.lock_month("Acme", Month(2026, 10))
    with pytest.raises(Refused, match="needs a reason"):
        acme.ledger.reopen_month("Acme", Month(2026, 10), "")
    acme.ledger.reopen_month("Acme", Month(2026, 10), "Client disputed an entry")
    acme.ledger.log(entry(day=date(2026, 10, 30)))
    audit = snapshot(acme)["audit_entry"]
    # Every change is audited now; the reopening is the one with its reason.
    assert [(row[2], row[3], row[5]) for row in audit if row[3] == "reopen_month"] == [
        ("tester", "reopen_month", "2026-10: Client disputed an entry")
    ]


def test_issuing_a_month_twice_is_refused(acme):
    acme.ledger.lock_month("Acme", Month(2026, 10))
    with pytest.raises(Refused, match="already issued"):
        acme.ledger.lock_month("Acme", Month(2026, 10))


def test_hours_are_kept_exactly_and_shown_in_hours(acme):
    acme.ledger.log(entry(seconds=3660))
    assert acme.ledger.entries("Acme", Month(2026, 11))[0].hours == "1.02"
    assert acme.entitlements.usage("Acme", Month(2026, 11)).allowances[0].used_hours == Decimal(
        "1.02"
    )


@pytest.mark.postgres
def test_an_entry_cannot_slip_into_a_month_while_it_is_being_issued(postgres_url, clock):
    """Two people at once on a team database: the entry waits for the issue, then is
    refused, instead of landing in a month whose report was just issued."""
    import threading

    from accountdesk.app import open_desk
    from accountdesk.services.ledger import lock_month
    from accountdesk.services.loading import find_customer, hold_customer

    desk = open_desk(postgres_url, clock=clock, user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    issuing = desk.sessions()
    issuing.begin()
    customer = find_customer(issuing, "Acme")
    hold_customer(issuing, customer.id)
    lock_month(issuing, customer, Month(2026, 10), clock, "issuer")
    outcome: list[BaseException | int] = []

    def log_meanwhile():
        try:
            outcome.append(desk.ledger.log(entry(day=date(2026, 10, 30))))
        except Refused as refused:
            outcome.append(refused)

    writer = threading.Thread(target=log_meanwhile)
    writer.start()
    writer.join(timeout=1.0)
    assert writer.is_alive(), "the entry must wait while the month is being issued"
    issuing.commit()
    issuing.close()
    writer.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], Refused)
    assert "2026-10 is locked for Acme" in str(outcome[0])
    assert desk.ledger.entries("Acme", Month(2026, 10)) == []
    desk.close()


def test_deleting_a_selection_removes_every_entry_and_returns_what_they_held(acme):
    acme.portfolio.add_customer(NewCustomer("Globex", Tier.PROFESSIONAL, date(2026, 1, 1)))
    first = acme.ledger.log(entry(seconds=1800, note="first"))
    second = acme.ledger.log(entry(customer="Globex", seconds=2700, note="second"))
    kept = acme.ledger.log(entry(seconds=3600, note="kept"))
    deleted = acme.ledger.delete_many([second, first, second])
    assert [(e.id, e.customer, e.seconds, e.description) for e in deleted] == [
        (second, "Globex", 2700, "second"),
        (first, "Acme", 1800, "first"),
    ]
    assert [e.id for e in acme.ledger.entries("Acme", Month(2026, 11))] == [kept]
    assert acme.ledger.entries("Globex", Month(2026, 11)) == []


def test_a_deleted_selection_can_be_logged_again_as_it_was(acme):
    ids = [acme.ledger.log(entry(seconds=m, note=str(m))) for m in (1800, 2700)]
    before = acme.ledger.entries("Acme", Month(2026, 11))
    acme.ledger.log_many(
        NewEntry(
            info.customer_id, info.day, info.seconds, info.category, info.engineer, info.description
        )
        for info in acme.ledger.delete_many(ids)
    )
    again = acme.ledger.entries("Acme", Month(2026, 11))
    assert [(e.day, e.seconds, e.category, e.engineer, e.description) for e in again] == [
        (e.day, e.seconds, e.category, e.engineer, e.description) for e in before
    ]


def test_logging_several_entries_at_once_stores_all_or_none(acme):
    acme.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(acme)
    with pytest.raises(Refused, match="2026-10 is locked for Acme") as refused:
        acme.ledger.log_many([entry(day=date(2026, 11, 5)), entry(day=date(2026, 10, 5))])
    assert refused.value.field is Field.DAY
    assert snapshot(acme) == before  # the first entry did not stay alone
    ids = acme.ledger.log_many([entry(seconds=1800), entry(seconds=2700)])
    assert [e.id for e in acme.ledger.entries("Acme", Month(2026, 11))] == list(ids)


def test_a_selection_with_an_entry_of_an_issued_month_deletes_nothing(acme):
    open_entry = acme.ledger.log(entry(day=date(2026, 11, 5)))
    issued_entry = acme.ledger.log(entry(day=date(2026, 10, 5)))
    acme.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(acme)
    with pytest.raises(Refused, match="2026-10 is locked for Acme") as refused:
        acme.ledger.delete_many([open_entry, issued_entry])
    assert refused.value.field is Field.ENTRY
    assert snapshot(acme) == before


def test_a_selection_with_an_entry_that_is_gone_deletes_nothing(acme):
    kept = acme.ledger.log(entry())
    gone = acme.ledger.log(entry(seconds=1800))
    acme.ledger.delete(gone)
    before = snapshot(acme)
    with pytest.raises(Refused, match=f"There is no ledger entry {gone}") as refused:
        acme.ledger.delete_many([kept, gone])
    assert refused.value.field is Field.ENTRY
    assert snapshot(acme) == before


def test_deleting_an_empty_selection_changes_nothing(acme):
    acme.ledger.log(entry())
    before = snapshot(acme)
    assert acme.ledger.delete_many([]) == ()
    assert snapshot(acme) == before
