from __future__ import annotations

from datetime import date

import pytest

from accountdesk.cli import main
from accountdesk.domain.clock import FixedClock
from tests.cli.invoke import Run
from tests.conftest import TODAY


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    """`accountdesk --db URL ARGS...` in-process on the day given (default today); a
    module may define its own `run` instead."""

    def invoke(*args: str, day: date = TODAY) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=FixedClock(day))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
