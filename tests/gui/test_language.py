"""The window's language: chosen in Preferences, applied at the next start, in each of
the seven languages, with Qt's own dialogs and the locale's dates and numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from accountdesk import wording
from accountdesk.gui import format as fmt
from accountdesk.gui import language, settings
from accountdesk.gui.dialogs.preferences import PreferencesDialog
from accountdesk.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_language_chosen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    QSettings().remove(settings.LANGUAGE)
    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    yield
    QSettings().remove(settings.LANGUAGE)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test, and English back after it."""
    installed: list[list] = []

    def install(code: str) -> None:
        installed.append(language.install(qapp, code))

    yield install
    for translators in installed:
        language.uninstall(qapp, translators)


def test_the_language_chosen_in_preferences_is_saved_for_the_next_start(qtbot, sqlite_desk):
    assert language.window_language() == language.system_language()
    dialog = PreferencesDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    choice = dialog.language
    assert choice.itemData(0) == ""  # first: follow the system
    assert [choice.itemText(i) for i in range(1, choice.count())] == list(
        language.LANGUAGES.values()
    )
    choice.setCurrentIndex(choice.findData("de"))
    dialog.accept()
    assert language.chosen() == "de"
    assert language.window_language() == "de"

    again = PreferencesDialog(sqlite_desk)
    qtbot.addWidget(again)
    assert again.language.currentData() == "de"  # the dialog shows what was chosen
    again.language.setCurrentIndex(0)
    again.accept()
    assert language.window_language() == language.system_language()


def test_the_environment_overrides_the_choice_for_one_run(monkeypatch):
    language.choose("de")
    monkeypatch.setenv(language.ENVIRONMENT, "en")
    assert language.window_language() == "en"
    monkeypatch.setenv(language.ENVIRONMENT, "xx")  # not a language we speak: ignored
    assert language.window_language() == "de"


def test_a_german_start_speaks_german_with_german_dates_and_qt_dialogs(qtbot, sqlite_desk, speak):
    language.choose("de")
    speak(language.window_language())
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus and "&File" not in menus
    assert QLocale().toString(1250.5, "f", 2) == "1.250,50"
    assert QLocale().standaloneMonthName(11) == "November"
    assert QLocale().standaloneMonthName(3) == "März"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert wording.month_title("2026-03") == "März 2026"
    assert fmt.short_day(date(2026, 1, 19)) == "19. Jan."  # the locale's own order and marks


def test_japanese_dates_in_the_window_read_as_japanese(qapp, speak):
    speak("ja")
    assert fmt.short_day(date(2026, 1, 19)) == "1月19日"
    assert fmt.day_with_year(date(2027, 1, 5), date(2026, 11, 26)) == "2027年1月5日"


FILE_MENU = {
    "en": "&File",
    "es": "&Archivo",
    "pt": "&Arquivo",
    "fr": "&Fichier",
    "de": "&Datei",
    "ja": "ファイル(&F)",
    "zh": "文件(&F)",
}


@pytest.mark.parametrize("code", list(language.LANGUAGES))
def test_the_window_runs_in_each_of_its_languages(code, qtbot, sqlite_desk, speak):
    speak(code)
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() == FILE_MENU[code]
    assert QLocale().name() == language.LOCALES[code]


LETTERS = re.compile(r"[A-Za-z]")


@given(st.text(max_size=60))
def test_pseudo_language_keeps_placeholders_and_markup_and_hides_every_letter(text):
    shown = language.pseudo(text)
    if not text.strip():
        assert shown == text
        return
    kept = language._KEPT.findall(text)
    assert language._KEPT.findall(shown) == kept or all(k in shown for k in kept)
    outside = language._KEPT.sub("", shown)
    assert not LETTERS.search(outside)
    assert len(shown) >= len(text) * 1.4 - 1


def test_pseudo_translator_speaks_pseudo_through_qt(qapp, speak):
    speak(language.PSEUDO)
    said = QCoreApplication.translate("MainWindow", "Logged {hours} for {customer}.")
    assert said.startswith("⟦") and "{hours}" in said and "{customer}" in said
    assert "Logged" not in said


def test_the_home_chart_draws_in_another_language(qtbot, speak):
    # The value axis is written with the locale's separators: 1.250 in German.
    from accountdesk.domain.periods import Month
    from accountdesk.domain.tiers import Category
    from accountdesk.gui.chart import HoursChart, _value_label
    from accountdesk.services.overview import PortfolioMonth

    speak("de")
    chart = HoursChart()
    qtbot.addWidget(chart)
    months = tuple(
        PortfolioMonth(Month(2026, m), {Category.CONSULTING: 300 * 3600 * m}) for m in range(1, 7)
    )
    chart.set_months(months)
    chart.show()
    assert _value_label(1250) == "1.250"
    assert _value_label(2.5) == "2,5"
