"""The window asks for the user's name on its first run, in a modal question that would
stop every test that opens the window: the tests answer it as a user who declines. The
tests of that first run give their own answer. Any other question (a message box, a file
to choose) that a test does not answer fails the test that asked it, rather than waiting
for a click that never comes. The window speaks English, as to a user whose system
speaks it."""

from __future__ import annotations

import inspect
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


@pytest.fixture(scope="session", autouse=True)
def _no_question_left_unanswered() -> Iterator[None]:
    """Every question of `Prompts` raises unless the test answers it itself. Kept for the
    whole session, so that it also holds for what a test's window still does after its
    own fixtures are gone (pytest-qt processes the last events then): a real modal box
    there would wait for ever, offscreen, and stop the run."""

    def unanswered(name: str) -> classmethod:
        def ask(cls: type, parent: object, *args: object) -> None:
            raise AssertionError(f"The window asked a question no test answered: {name}{args}")

        return classmethod(ask)

    with pytest.MonkeyPatch.context() as patch:
        for name, _ in inspect.getmembers(Prompts, inspect.ismethod):
            patch.setattr(Prompts, name, unanswered(name))
        yield


@pytest.fixture(autouse=True)
def _first_run_name_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "name", classmethod(lambda cls, *args: None))
