"""The window asks for the user's name on its first run, in a modal question that would
stop every test that opens the window: the tests answer it as a user who declines. The
tests of that first run give their own answer. The window speaks English, as to a user
whose system speaks it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from accountdesk.gui import language
from accountdesk.gui.prompts import Prompts


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """The window as an English-speaking user starts it: its English catalog (which
    holds "1 entry" beside "2 entries") and the en_US locale ("2,024")."""
    translators = language.install(qapp, "en")
    yield
    language.uninstall(qapp, translators)


@pytest.fixture(autouse=True)
def _first_run_name_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "name", classmethod(lambda cls, *args: None))
