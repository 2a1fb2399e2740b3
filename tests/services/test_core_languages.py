"""The core's sentences (refusals, what an import did) in the window's language; the
command line, which never chooses one, keeps English."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from accountdesk import wording
from accountdesk.domain.errors import Refused
from accountdesk.domain.ledger import month_locked
from accountdesk.domain.money import parse_money
from accountdesk.domain.periods import Month
from accountdesk.services.transfer import Imported, Reading

# The same refusal and summary, as each language says them.
SAID = {
    "en": ("The monthly fee 'abc' is not a number.", "Imported 3 entries from h.csv"),
    "de": ("Monatsgebühr: 'abc' ist keine Zahl.", "3 Einträge aus h.csv importiert"),
    "es": ("Campo «cuota mensual»: 'abc' no es un número.", "Se importaron 3 registros de h.csv"),
    "pt": ("Campo “mensalidade”: 'abc' não é um número.", "3 registros importados de h.csv"),
    "fr": (
        "Champ «\u202fredevance mensuelle\u202f»\u202f: 'abc' n'est pas un nombre.",
        "3 saisies importées",
    ),
    "ja": ("月額料金: 'abc' は数値ではありません。", "h.csv から 3 件の記録をインポートしました"),
    "zh": ("月费：'abc' 不是数字。", "已从 h.csv 导入 3 条记录"),
}


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    wording.use_language("en")


@pytest.mark.parametrize("language", list(SAID))
def test_refusals_and_summaries_speak_the_windows_language(speaking, language: str) -> None:
    wording.use_language(language)
    refusal, summary = SAID[language]
    with pytest.raises(Refused) as caught:
        parse_money("abc", wording.N_("monthly fee"))
    assert caught.value.message == refusal
    imported = Imported("h.csv", Reading("UTF-8", ","), 3, (4, 5))
    said = imported.sentences("hours")
    assert summary in said[0]
    assert len(said) == 2 and "4-5" in said[1]


@pytest.mark.parametrize("language", [code for code in SAID if code != "en"])
def test_a_locked_month_is_refused_in_the_language_with_its_fields(speaking, language: str):
    english = month_locked("Acme", Month(2026, 10)).message
    wording.use_language(language)
    said = month_locked("Acme", Month(2026, 10)).message
    assert said != english and "Acme" in said and "2026-10" in said


def test_a_file_problem_keeps_its_line_in_every_language(speaking) -> None:
    for language in SAID:
        wording.use_language(language)
        said = wording.at_line("h.csv", 7, "The day is empty.")
        assert "h.csv" in said and "7" in said and ("the day" in said or "The day" in said)
    wording.use_language("en")
    assert wording.at_line("h.csv", 7, "The day is empty.") == "h.csv line 7: the day is empty."


def test_the_command_line_says_it_in_english(tmp_path: Path) -> None:
    """A script reads the command line's sentences: they stay English whatever the
    system's language (only the window chooses one)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "accountdesk",
            "--db",
            str(tmp_path / "d.sqlite3"),
            "contact",
            "remove",
            "abc",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
    )
    assert result.returncode == 2
    assert "is not a contact id" in result.stderr


def test_a_text_the_database_cannot_hold_names_its_field_in_the_language(speaking) -> None:
    from accountdesk.db import models as m
    from accountdesk.services.limits import check_text

    name = m.Customer.__table__.c.name
    wording.use_language("de")
    with pytest.raises(Refused) as caught:
        check_text(name, "x" * (name.type.length + 1))
    assert caught.value.message.startswith("Name: höchstens")
    with pytest.raises(Refused) as caught:
        check_text(m.LedgerEntry.__table__.c.note, "a\x00b")
    assert caught.value.message == "Notiz darf kein NUL-Zeichen enthalten."
