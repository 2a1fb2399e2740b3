"""The user guide in each of the window's languages: the Help menu shows the one the
window speaks, and every translation keeps the English guide's shape, shortcuts and
code, so a change to the guide cannot leave a translation behind unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from accountdesk.gui import language
from accountdesk.gui.main_window import MainWindow
from accountdesk.shipped import doc_path

ENGLISH = doc_path("user-guide.md")
TRANSLATED = [code for code in language.LANGUAGES if code != "en"]
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt)\+[A-Za-z0-9]+|\bF\d+\b")
CODE = re.compile(r"`[^`]+`")


def guide(code: str) -> Path:
    return ENGLISH.with_name(f"user-guide.{code}.md")


def shape(text: str) -> list[str]:
    """The guide's skeleton: each heading with its level, each list item."""
    found = []
    for line in text.splitlines():
        if line.startswith("#"):
            found.append(line.split(" ", 1)[0])
        elif re.match(r"\s*(?:[-*]|\d+\.) ", line):
            found.append(re.match(r"\s*(?:[-*]|\d+\.)", line).group().strip(" "))  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_translation_keeps_the_guides_shape_shortcuts_and_code(code: str) -> None:
    english = ENGLISH.read_text(encoding="utf-8")
    translated = guide(code).read_text(encoding="utf-8")
    assert shape(translated) == shape(english)
    assert sorted(SHORTCUT.findall(translated)) == sorted(SHORTCUT.findall(english))
    assert sorted(CODE.findall(translated)) == sorted(CODE.findall(english))
    assert translated != english


@pytest.mark.parametrize("code", ["de", "ja"])
def test_help_shows_the_guide_in_the_windows_language(qtbot, qapp: QApplication, sqlite_desk, code):
    translators = language.install(qapp, code)
    try:
        window = MainWindow(sqlite_desk)
        qtbot.addWidget(window)
        shown = window.show_user_guide().text
        title = guide(code).read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        assert shown.startswith(title)
        assert "Log hours" not in shown  # not the English guide
    finally:
        language.uninstall(qapp, translators)
