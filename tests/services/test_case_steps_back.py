"""The steps back the window's undo takes on a support case (withdraw an opening,
clear a response, a wait, an escalation, reopen a resolution): each puts the case back
as it was, and a step back that does not fit the case is refused and changes nothing
(on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


@pytest.fixture
def desk_with_case(desk):
    desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 5)))
    desk.cases.open("Big", "critical", "Checkout down", "T-1", "2026-11-26T09:00Z")
    return desk


def test_each_step_back_restores_the_case(desk_with_case):
    c = desk_with_case.cases
    before = c.case("Big:T-1")
    c.wait("Big:T-1", "2026-11-26T09:05Z", "2026-11-26T09:30Z")
    back = c.clear_wait(
        "Big:T-1", before.opened_at.replace(minute=5), before.opened_at.replace(minute=30)
    )
    assert back.waiting == () and back.due == before.due and back.state is before.state
    c.escalate("Big:T-1", 3, "the CTO called")
    back = c.undo_escalation("Big:T-1")
    assert back.escalation_level == 1 and back.escalations == ()
    c.respond("Big:T-1", "2026-11-26T09:10Z")
    back = c.clear_response("Big:T-1")
    assert back.first_response_at is None and back.state is before.state
    c.resolve("Big:T-1", "2026-11-26T10:00Z")
    back = c.reopen("Big:T-1")
    assert back.is_open and back.state is before.state
    c.wait("Big:T-1", "2026-11-26T09:05Z", "2026-11-26T09:30Z")
    c.escalate("Big:T-1", 2)
    c.withdraw("Big:T-1")
    assert c.cases("Big") == []


@pytest.mark.parametrize(
    ("step", "field"),
    [
        (lambda c: c.clear_response("Big:T-1"), Field.AT),
        (lambda c: c.reopen("Big:T-1"), Field.AT),
        (lambda c: c.undo_escalation("Big:T-1"), Field.LEVEL),
        (lambda c: c.clear_wait("Big:T-1", "2026-11-26T09:05Z", "2026-11-26T09:30Z"), Field.FROM),
    ],
)
def test_a_step_back_that_does_not_fit_is_refused_and_changes_nothing(desk_with_case, step, field):
    before = snapshot(desk_with_case)
    with pytest.raises(Refused) as refused:
        step(desk_with_case.cases)
    assert refused.value.field is field
    assert snapshot(desk_with_case) == before


def test_an_answered_case_is_not_withdrawn(desk_with_case):
    c = desk_with_case.cases
    c.respond("Big:T-1", "2026-11-26T09:10Z")
    before = snapshot(desk_with_case)
    with pytest.raises(Refused) as refused:
        c.withdraw("Big:T-1")
    assert refused.value.field is Field.CASE
    assert snapshot(desk_with_case) == before


def test_a_resolved_case_keeps_its_response(desk_with_case):
    c = desk_with_case.cases
    c.respond("Big:T-1", "2026-11-26T09:10Z")
    c.resolve("Big:T-1", "2026-11-26T10:00Z")
    with pytest.raises(Refused):
        c.clear_response("Big:T-1")
