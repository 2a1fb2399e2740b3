"""The portfolio with support cases that the Cases window tests share, on a clock the
test moves by the second (a module may define its own `clock` and `desk`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accountdesk.app import Desk, open_desk
from tests.gui.cases.portfolio import SecondsClock, add_cases


@pytest.fixture
def clock() -> SecondsClock:
    return SecondsClock()


@pytest.fixture
def desk(sqlite_url: str, clock: SecondsClock) -> Iterator[Desk]:
    opened = open_desk(sqlite_url, clock=clock, user="tester")
    yield opened
    opened.close()


@pytest.fixture
def ids(desk: Desk) -> dict[str, int]:
    return add_cases(desk)
