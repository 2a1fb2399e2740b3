"""The product's gettext catalogs (the report's words and the core's sentences):
complete in every language, compiled from their current .po, and every translation
keeps its message's placeholders."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import accountdesk
from accountdesk.wording import LANGUAGES

PACKAGE = Path(accountdesk.__file__).parent
LOCALE = PACKAGE / "locale"
# What babel.cfg extracts: the reports' words and the sentences of the core.
SOURCES = [
    PACKAGE / "wording.py",
    PACKAGE / "files.py",
    *sorted(
        path
        for folder in ("reports", "services", "domain", "db")
        for path in (PACKAGE / folder).rglob("*.py")
    ),
]
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "say": None,
    "say_n": (1, 2),
}
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
# A field with its conversion and format as str.format reads them: `{text!r}`, `{at:%H:%M}`.
FIELD = re.compile(r"\{(\w*)(?:![rsa])?(?::[^{}]*)?\}|%\((\w+)\)s")


def _fields(text: str) -> list[str]:
    """The placeholders whole: a translation keeps `{text!r}` as `{text!r}`."""
    return sorted(match.group(0) for match in FIELD.finditer(text))


@pytest.fixture(scope="module")
def template() -> set[tuple[str | None, str]]:
    """(context, message) of every marked string in the sources, as pybabel extracts."""
    found: set[tuple[str | None, str]] = set()
    for path in SOURCES:
        for _, message, _, context in extract_from_file("python", str(path), KEYWORDS):
            found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    found = {}
    for lang in TRANSLATED:
        with (LOCALE / lang / "LC_MESSAGES" / "accountdesk.po").open("rb") as f:
            found[lang] = read_po(f)
    return found


def test_the_template_finds_the_reports_words(template: set[tuple[str | None, str]]) -> None:
    assert (None, "Total due") in template
    assert ("count", "Held") in template
    assert len(template) > 100


def test_the_template_finds_the_cores_sentences(template: set[tuple[str | None, str]]) -> None:
    """Refusals and what an import did are said in the window's language too."""
    assert (None, "A customer needs a name.") in template
    assert (None, "Imported {count} entry from {file} ({reading}).") in template
    assert (None, "{file} line {line}: {problem}") in template


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(
    template: set[tuple[str | None, str]], catalogs: dict[str, Catalog], lang: str
) -> None:
    catalog = catalogs[lang]
    missing = []
    for context, message in sorted(template, key=lambda m: (m[0] or "", m[1])):
        entry = catalog.get(message, context=context)
        strings = entry.string if entry is not None else ""
        forms = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or entry.fuzzy or not all(forms):
            missing.append(message)
    assert missing == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_their_placeholders(catalogs: dict[str, Catalog], lang: str) -> None:
    wrong = []
    for entry in catalogs[lang]:
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        expected = _fields(ids[-1])
        if _fields(ids[0]) != expected:
            wrong.append(ids[0])
        wrong += [form for form in forms if _fields(form) != expected]
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalog_is_up_to_date(catalogs: dict[str, Catalog], lang: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalogs[lang])
    shipped = (LOCALE / lang / "LC_MESSAGES" / "accountdesk.mo").read_bytes()
    assert shipped == compiled.getvalue(), "run pybabel compile (docs/developing.md)"


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_japanese_and_chinese_have_one_plural_form(catalogs: dict[str, Catalog], lang: str) -> None:
    assert catalogs[lang].num_plurals == 1
