"""The window asks for the user's name on its first run, in a modal question that would
stop every test that opens the window: the tests answer it as a user who declines. The
tests of that first run give their own answer."""

from __future__ import annotations

import pytest

from accountdesk.gui.prompts import Prompts


@pytest.fixture(autouse=True)
def _first_run_name_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "name", classmethod(lambda cls, *args: None))
