"""The Cases view counts down from what it read, without the database. Whatever moment
the countdown reaches, it must show what a fresh read at that moment shows: the same
state and the same time left, to the second, through nights, weekends and holidays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accountdesk.app import Desk, open_desk
from accountdesk.gui.qtmodels.cases import CasesModel
from tests.gui.cases.portfolio import NOW, SecondsClock, add_cases


@pytest.fixture(scope="module")
def clock() -> SecondsClock:
    return SecondsClock()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, clock: SecondsClock) -> Iterator[Desk]:
    # Read-only after set-up, so one database serves every example.
    path = tmp_path_factory.mktemp("countdown") / "cases.sqlite3"
    opened = open_desk(f"sqlite:///{path}", clock=clock, user="tester")
    add_cases(opened)
    yield opened
    opened.close()


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seconds=st.integers(0, 6 * 24 * 3600))  # up to six days on: a weekend included
def test_the_countdown_agrees_with_a_fresh_read_at_any_moment(
    qapp, desk: Desk, clock: SecondsClock, seconds: int
) -> None:
    clock.moment = NOW
    model = CasesModel()
    model.set_cases(desk.cases.cases(open_only=True), NOW)
    later = NOW + timedelta(seconds=seconds)
    model.tick(later)

    clock.moment = later
    fresh = {case.reference: case for case in desk.cases.cases(open_only=True)}
    assert len(fresh) == model.rowCount() > 0
    for row in range(model.rowCount()):
        case = model.case(row)
        assert case is not None
        standing = model.standing(row)
        read = fresh[case.reference]
        assert (standing.state, standing.left) == (read.state, read.left), case.reference
