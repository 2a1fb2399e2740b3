"""The window's catalogs: every message of the window's code and layouts is in the
catalog of each of its seven languages, translated, with its placeholders, and compiled
into the .qm the window loads."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

TOP = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", TOP / "scripts/translations.py")
assert _spec is not None and _spec.loader is not None
catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogs)

Key = tuple[str, str, str]  # context, source, disambiguation
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


def messages(path: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The message's translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What the window's sources hold now."""
    fresh = tmp_path_factory.mktemp("catalog") / "fresh.ts"
    catalogs.extract(fresh, "de", quiet=True)
    return messages(fresh)


LANGUAGES = list(catalogs.LANGUAGES)


def test_the_window_has_messages_to_translate(extracted: dict[Key, ET.Element]) -> None:
    contexts = {context for context, _, _ in extracted}
    assert len(extracted) > 500
    assert {"MainWindow", "PreferencesDialog"} <= contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_holds_every_message_and_no_stale_one(
    language: str, extracted: dict[Key, ET.Element]
) -> None:
    held = messages(catalogs.catalog(language))
    missing = sorted(set(extracted) - set(held))
    stale = sorted(set(held) - set(extracted))
    assert not missing, f"run scripts/translations.py update; missing: {missing[:5]}"
    assert not stale, f"run scripts/translations.py update; no longer in the code: {stale[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    untranslated = []
    wrong = []
    for key, message in messages(catalogs.catalog(language)).items():
        plural = message.get("numerus") == "yes"
        if language == "en" and not plural:
            continue  # English speaks its sources; its catalog gives the plural forms
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        forms = translations(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            untranslated.append(key)
            continue
        wanted = sorted(PLACEHOLDER.findall(key[1]))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            # A language may spell the number out in its singular ("ein Eintrag").
            if got != wanted and sorted([*got, "%n"]) != wanted:
                wrong.append((key, form))
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not wrong, f"placeholders changed: {wrong[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_is_up_to_date(language: str) -> None:
    compiled = QTranslator()
    assert compiled.load(str(catalogs.catalog(language).with_suffix(".qm")))
    stale = []
    for (context, source, comment), message in messages(catalogs.catalog(language)).items():
        forms = translations(message)
        plural = message.get("numerus") == "yes"
        if language == "en" and not plural:
            continue
        counts = [1, 5] if plural else [-1]
        for count in counts:
            form = forms[0] if count == 1 or len(forms) == 1 else forms[1]
            got = compiled.translate(context, source, comment or None, count)
            if got != form and not (got == "" and form == source):  # identical: left out
                stale.append((context, source, got, form))
    assert not stale, f"run scripts/translations.py release; e.g. {stale[:3]}"
