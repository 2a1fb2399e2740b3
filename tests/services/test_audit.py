"""The audit log and versions through the services, on SQLite and PostgreSQL: one audit
row per change, in the change's transaction (none for a refusal), and an edit based on
an older version refused with who changed it and when, nothing lost."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accountdesk.app import Desk, open_desk
from accountdesk.db import models as m
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import TODAY, snapshot

OCTOBER = Month(2026, 10)


@dataclass
class Ids:
    acme: int
    big: int
    contact: int
    entry: int
    issued_entry: int
    review: int


def hours(customer: str, day: date, seconds: int = 3600) -> NewEntry:
    return NewEntry(customer, day, seconds, Category.CONSULTING, "Ana", "Design review")


@pytest.fixture
def base(desk: Desk) -> tuple[Desk, Ids]:
    add = desk.portfolio.add_customer
    acme = add(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5)))
    big = add(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 5)))
    contact = desk.portfolio.add_contact("Acme", "Ines", "ines@acme.test")
    issued_entry = desk.ledger.log(hours("Acme", date(2026, 10, 7)))
    desk.ledger.lock_month("Acme", OCTOBER)
    entry = desk.ledger.log(hours("Acme", date(2026, 11, 3)))
    review = desk.reviews.plan("Acme")[0].id
    return desk, Ids(acme, big, contact, entry, issued_entry, review)


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# (action recorded, entity, what the user does); each is one change, one audit row.
ACTIONS: list[tuple[str, str | None, Callable[[Desk, Ids, Path], object]]] = [
    ("update_company", "setting", lambda d, i, t: d.company.update(name="Northwind Support")),
    (
        "add_customer",
        "customer",
        lambda d, i, t: d.portfolio.add_customer(NewCustomer("New", Tier.COMMUNITY, TODAY)),
    ),
    (
        "update_customer",
        "customer",
        lambda d, i, t: d.portfolio.update_customer("Acme", {"csm": "Sara"}),
    ),
    ("set_notes", "customer", lambda d, i, t: d.portfolio.set_notes("Acme", "Renewal talk")),
    (
        "change_tier",
        "contract_term",
        lambda d, i, t: d.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 1)),
    ),
    (
        "add_contact",
        "contact",
        lambda d, i, t: d.portfolio.add_contact("Acme", "Jo", "jo@acme.test"),
    ),
    (
        "update_contact",
        "contact",
        lambda d, i, t: d.portfolio.update_contact(
            i.contact, "Ines B", "ines@acme.test", False, False
        ),
    ),
    ("remove_contact", "contact", lambda d, i, t: d.portfolio.remove_contact(i.contact)),
    ("log_entry", "ledger_entry", lambda d, i, t: d.ledger.log(hours("Acme", date(2026, 11, 4)))),
    (
        "edit_entry",
        "ledger_entry",
        lambda d, i, t: d.ledger.update(i.entry, hours("Acme", date(2026, 11, 3), 7200)),
    ),
    ("delete_entry", "ledger_entry", lambda d, i, t: d.ledger.delete(i.entry)),
    (
        "correct_entry",
        "ledger_entry",
        lambda d, i, t: d.ledger.correct(i.issued_entry, 1800, "typo"),
    ),
    ("reopen_month", None, lambda d, i, t: d.ledger.reopen_month("Acme", OCTOBER, "disputed")),
    ("lock_month", None, lambda d, i, t: d.ledger.lock_month("Big", OCTOBER)),
    (
        "review_cancelled",
        "review",
        lambda d, i, t: d.reviews.mark(i.review, ReviewState.CANCELLED, reason="client asked"),
    ),
    ("plan_reviews", "review", lambda d, i, t: d.reviews.plan("Big")),
    ("open_case", "support_case", lambda d, i, t: d.cases.open("Big", "high", "Slow", "T-9")),
    ("service_credit", "customer", lambda d, i, t: d.cases.set_service_credit("Big", Decimal(15))),
    ("issue_report", None, lambda d, i, t: d.reports.issue("Big", OCTOBER, t / "big.pdf")),
    (
        "import_customers",
        "customer",
        lambda d, i, t: d.transfer.import_customers(
            _csv(t / "c.csv", "name,tier,start\nNorth,professional,2026-02-01\n")
        ),
    ),
    (
        "import_hours",
        "ledger_entry",
        lambda d, i, t: d.transfer.import_hours(
            _csv(
                t / "h.csv",
                "customer,date,hours,category,engineer,description\n"
                "Acme,2026-11-05,1,consulting,Ana,Tuning\n",
            )
        ),
    ),
    (
        "import_cases",
        "support_case",
        lambda d, i, t: d.cases.import_cases(
            _csv(
                t / "k.csv",
                "customer,reference,title,severity,opened\nBig,Z-1,Down,urgent,2026-11-20T10:00Z\n",
            )
        ),
    ),
]

CASE_ACTIONS: list[tuple[str, Callable[[Desk], object]]] = [
    ("respond_case", lambda d: d.cases.respond("T-1", "2026-11-26T10:00Z")),
    ("case_wait", lambda d: d.cases.wait("T-1", "2026-11-26T09:10Z", "2026-11-26T09:20Z")),
    ("escalate_case", lambda d: d.cases.escalate("T-1", 2, "CTO called")),
    ("resolve_case", lambda d: d.cases.resolve("T-1", "2026-11-26T11:00Z")),
]

# The window's undo of each step: (the step, its undo's action, the undo).
CASE_UNDOS: list[tuple[Callable[[Desk], object], str, Callable[[Desk], object]]] = [
    (lambda d: None, "withdraw_case", lambda d: d.cases.withdraw("T-1")),
    (CASE_ACTIONS[0][1], "clear_case_response", lambda d: d.cases.clear_response("T-1")),
    (
        CASE_ACTIONS[1][1],
        "clear_case_wait",
        lambda d: d.cases.clear_wait(
            "T-1",
            datetime(2026, 11, 26, 9, 10, tzinfo=UTC),
            datetime(2026, 11, 26, 9, 20, tzinfo=UTC),
        ),
    ),
    (CASE_ACTIONS[2][1], "undo_case_escalation", lambda d: d.cases.undo_escalation("T-1")),
    (CASE_ACTIONS[3][1], "reopen_case", lambda d: d.cases.reopen("T-1")),
]


def _new_rows(desk: Desk, after_id: int) -> list[m.AuditEntry]:
    with desk.sessions() as s:
        return list(s.scalars(select(m.AuditEntry).where(m.AuditEntry.id > after_id)))


def _last_id(desk: Desk) -> int:
    with desk.sessions() as s:
        return s.scalar(select(func.coalesce(func.max(m.AuditEntry.id), 0))) or 0


def _role(desk: Desk) -> str | None:
    return "postgres" if desk.engine.dialect.name == "postgresql" else None


@pytest.mark.parametrize(("action", "entity", "change"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_every_change_writes_one_audit_row(base, tmp_path, action, entity, change) -> None:
    desk, ids = base
    last = _last_id(desk)
    change(desk, ids, tmp_path)
    (row,) = _new_rows(desk, last)
    assert row.action == action and row.entity == entity
    assert (row.actor, row.workstation_user) == ("tester", getpass.getuser())
    assert row.database_role == _role(desk)
    assert row.at.replace(tzinfo=UTC) == datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert row.before is not None or row.after is not None or row.detail


@pytest.mark.parametrize(("action", "change"), CASE_ACTIONS, ids=[a[0] for a in CASE_ACTIONS])
def test_every_change_of_a_case_writes_one_audit_row(base, action, change) -> None:
    desk, ids = base
    case = desk.cases.open("Big", "normal", "Question", "T-1", at="2026-11-26T09:00Z")
    last = _last_id(desk)
    change(desk)
    (row,) = _new_rows(desk, last)
    assert (row.action, row.entity, row.entity_id) == (action, "support_case", case.id)
    assert row.customer_id == ids.big


@pytest.mark.parametrize(("step", "action", "undo"), CASE_UNDOS, ids=[u[1] for u in CASE_UNDOS])
def test_undoing_a_step_on_a_case_is_audited_too(base, step, action, undo) -> None:
    desk, ids = base
    case = desk.cases.open("Big", "normal", "Question", "T-1", at="2026-11-26T09:00Z")
    step(desk)
    last = _last_id(desk)
    undo(desk)
    (row,) = _new_rows(desk, last)
    assert (row.action, row.entity, row.entity_id) == (action, "support_case", case.id)
    assert row.customer_id == ids.big and row.before


def test_a_change_keeps_the_fields_before_and_after(base) -> None:
    desk, ids = base
    desk.portfolio.update_customer("Acme", {"csm": "Sara Okafor", "tam": "Li"})
    (latest, *_) = desk.audit.entries("Acme")
    assert latest.action == "update_customer" and latest.what == f"customer {ids.acme}"
    assert latest.before == {"csm": None, "tam": None}
    assert latest.after == {"csm": "Sara Okafor", "tam": "Li"}
    assert latest.changes == "csm: — → Sara Okafor; tam: — → Li"


def test_an_entrys_history_holds_its_log_edit_and_correction(base) -> None:
    desk, ids = base
    history = desk.audit.entries(entity="ledger_entry", entity_id=ids.issued_entry)
    assert [a.action for a in history] == ["log_entry"]
    desk.ledger.correct(ids.issued_entry, 1800, "typo")
    history = desk.audit.entries(entity="ledger_entry", entity_id=ids.issued_entry)
    assert [a.action for a in history] == ["correct_entry", "log_entry"]


def test_a_bulk_import_shows_in_each_customers_history_with_the_file_and_count(
    base, tmp_path
) -> None:
    desk, ids = base
    rows = "".join(f"Acme,2026-11-{day:02},0.5,consulting,Ana,Tuning\n" for day in range(5, 25))
    rows += "Big,2026-11-05,1,consulting,Ana,Sizing\n"
    header = "customer,date,hours,category,engineer,description\n"
    path = _csv(tmp_path / "many.csv", header + rows)
    last = _last_id(desk)
    desk.transfer.import_hours(path)
    acme, big = _new_rows(desk, last)
    assert {acme.action, big.action} == {"import_hours"}
    assert (acme.customer_id, big.customer_id) == (ids.acme, ids.big)
    assert '"file": "many.csv"' in (acme.after or "") and '"added": 20' in (acme.after or "")
    assert '"added": 1' in (big.after or "") and '"file_added": 21' in (big.after or "")
    assert desk.audit.entries("Big")[0].action == "import_hours"  # newest first
    desk.transfer.import_hours(path)  # again: adds nothing, says nothing
    assert len(_new_rows(desk, last)) == 2


REFUSED: list[Callable[[Desk, Ids], object]] = [
    lambda d, i: d.portfolio.update_customer("Acme", {"name": "Big"}),
    lambda d, i: d.portfolio.update_customer("Acme", {"csm": "X"}, version=99),
    lambda d, i: d.ledger.log(hours("Acme", date(2026, 12, 24))),
    lambda d, i: d.ledger.update(i.entry, hours("Acme", date(2026, 11, 3), 60), version=99),
    lambda d, i: d.ledger.delete(i.issued_entry),
    lambda d, i: d.reviews.mark(i.review, ReviewState.CANCELLED),
    lambda d, i: d.reviews.mark(i.review, ReviewState.CANCELLED, reason="x", version=99),
    lambda d, i: d.cases.open("Big", "high", " "),
    lambda d, i: d.cases.set_service_credit("Acme", Decimal(10)),
]


@pytest.mark.parametrize("refused", REFUSED)
def test_a_refused_change_writes_no_audit_row(base, refused) -> None:
    desk, ids = base
    before = snapshot(desk)
    with pytest.raises(Refused):
        refused(desk, ids)
    assert snapshot(desk) == before


@pytest.fixture
def colleague(desk: Desk, db_url: str):
    """The same database opened by another person, in another session."""
    other = open_desk(db_url, clock=desk.clock, user="Sara Okafor")
    yield other
    other.close()


def _at_noon() -> str:
    return f"{datetime(2026, 11, 26, 12, 0, tzinfo=UTC).astimezone():%H:%M}"


def test_a_customer_edited_by_two_the_second_is_refused_and_nothing_lost(base, colleague) -> None:
    desk, _ = base
    seen = desk.portfolio.customer("Acme").version
    assert colleague.portfolio.customer("Acme").version == seen
    colleague.portfolio.update_customer("Acme", {"csm": "Sara Okafor"}, version=seen)
    with pytest.raises(Refused) as refused:
        desk.portfolio.update_customer("Acme", {"tam": "Li"}, version=seen)
    assert refused.value.field is Field.VERSION
    assert str(refused.value) == (
        f"Sara Okafor changed this customer at {_at_noon()}; reload to see the change."
    )
    reloaded = desk.portfolio.customer("Acme")
    assert reloaded.summary.csm == "Sara Okafor" and reloaded.summary.tam is None
    desk.portfolio.update_customer("Acme", {"tam": "Li"}, version=reloaded.version)
    both = desk.portfolio.customer("Acme").summary
    assert (both.csm, both.tam) == ("Sara Okafor", "Li")


def test_an_entry_edited_by_two_the_second_is_refused(base, colleague) -> None:
    desk, ids = base
    seen = desk.ledger.entry(ids.entry).version
    colleague.ledger.update(ids.entry, hours("Acme", date(2026, 11, 3), 5400), version=seen)
    with pytest.raises(Refused, match=f"^Sara Okafor changed this entry at {_at_noon()}; reload"):
        desk.ledger.update(ids.entry, hours("Acme", date(2026, 11, 3), 60), version=seen)
    assert desk.ledger.entry(ids.entry).seconds == 5400
    # The command line edits without a version: the last change wins.
    desk.ledger.update(ids.entry, hours("Acme", date(2026, 11, 3), 60))
    assert desk.ledger.entry(ids.entry).seconds == 60


def test_a_review_outcome_recorded_by_two_the_second_is_refused(base, colleague) -> None:
    desk, ids = base
    (planned,) = [r for r in desk.reviews.reviews("Acme") if r.id == ids.review]
    colleague.reviews.mark(
        ids.review, ReviewState.CANCELLED, reason="moved", version=planned.version
    )
    with pytest.raises(Refused, match=r"^Sara Okafor changed this review at"):
        desk.reviews.mark(
            ids.review, ReviewState.CANCELLED, reason="other", version=planned.version
        )
    (now,) = [r for r in desk.reviews.reviews("Acme") if r.id == ids.review]
    assert now.reason == "moved"


def test_a_contact_edited_by_two_the_second_is_refused(base, colleague) -> None:
    desk, ids = base
    seen = desk.portfolio.contact(ids.contact).version
    colleague.portfolio.update_contact(ids.contact, "Ines B", "ines@acme.test", False, False, seen)
    with pytest.raises(Refused, match=r"^Sara Okafor changed this contact"):
        desk.portfolio.update_contact(ids.contact, "Ines C", "ines@acme.test", False, False, seen)
    assert desk.portfolio.contact(ids.contact).name == "Ines B"


@pytest.mark.postgres
def test_a_write_crossing_anothers_change_is_refused_not_lost(postgres_url, clock) -> None:
    """Two transactions read the same contact; the second to write finds its version
    changed by the first (committed meanwhile) and is refused."""
    desk = open_desk(postgres_url, clock=clock, user="tester")
    try:
        desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5)))
        contact_id = desk.portfolio.add_contact("Acme", "Ines", "ines@acme.test")
        with desk.sessions() as first:
            mine = first.get(m.Contact, contact_id)
            assert mine is not None
            with desk.sessions.begin() as second:  # commits while the first is open
                theirs = second.get(m.Contact, contact_id)
                assert theirs is not None
                theirs.name = "Ines Barros"
            mine.name = "Ines B"
            with pytest.raises(
                Refused, match=r"^Someone else changed this a moment ago"
            ) as refused:
                first.commit()
        assert refused.value.field is Field.VERSION
        assert desk.portfolio.contact(contact_id).name == "Ines Barros"
    finally:
        desk.close()
