"""The window's language: which one it speaks, and the translators that make it speak it.

The window follows the system's language unless the user chose one in Edit ▸
Preferences (kept in QSettings, applied on the next start); `ACCOUNTDESK_LANGUAGE`
overrides both for one run. Our own words come from `translations/accountdesk_<code>.qm`
(Qt's tool chain: pyside6-lupdate → .ts → pyside6-lrelease), Qt's standard dialogs from
Qt's own qtbase catalogs, and dates and numbers from the QLocale set as the default.
English loads its catalog too: it holds the singular and plural forms of counted words.

`pseudo` is a language for developers: every string accented and made 40 % longer, to
find words that escaped translation and labels too narrow for German.
"""

from __future__ import annotations

import logging
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from accountdesk import wording
from accountdesk.gui.settings import LANGUAGE as SETTING
from accountdesk.shipped import translation_path

# The languages the window speaks, by their own names (as the Preferences list shows
# them: a reader finds their language whatever the window speaks now).
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "pt": "Português (Brasil)",
    "fr": "Français",
    "de": "Deutsch",
    "ja": "日本語",
    "zh": "简体中文",
}
# The locale each language formats dates and numbers in, and names Qt's catalogs by.
LOCALES = {
    "en": "en_US",
    "es": "es_ES",
    "pt": "pt_BR",
    "fr": "fr_FR",
    "de": "de_DE",
    "ja": "ja_JP",
    "zh": "zh_CN",
}
PSEUDO = "pseudo"
log = logging.getLogger(__name__)
ENVIRONMENT = "ACCOUNTDESK_LANGUAGE"


def chosen() -> str:
    """The language chosen in Preferences, or "" to follow the system."""
    value = str(QSettings().value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def choose(language: str) -> None:
    """Speak `language` from the next start ("" follows the system)."""
    QSettings().setValue(SETTING, language if language in LANGUAGES else "")


def system_language() -> str:
    """The system's language when the window speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def window_language() -> str:
    """The language the window speaks at this start."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    if forced in LANGUAGES or forced == PSEUDO:
        return forced
    return chosen() or system_language()


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `app` speak `language`: our catalog, Qt's own, the default locale, and the
    product's words (months, categories) through `wording`. Returns the translators,
    which must live as long as the application."""
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
        locale = "en_US"
    else:
        locale = LOCALES.get(language, "en_US")
        ours = QTranslator(app)
        try:
            catalog = translation_path(f"accountdesk_{language}.qm")
        except FileNotFoundError:  # an incomplete installation: English is still useful
            log.warning("The window's catalog for %s is missing; it speaks English.", language)
        else:
            if ours.load(str(catalog)):
                translators.append(ours)
        # Qt's own words (standard dialogs and buttons); qtbase_de_DE finds qtbase_de.
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{locale}", folder):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(locale))
    if language == PSEUDO:
        wording.use_words(PseudoWords())
    else:
        wording.use_language(language)
    return translators


_started: list[QTranslator] | None = None


def start(app: QCoreApplication) -> None:
    """Speak the language chosen for this start; once per process (a second window
    speaks as the first)."""
    global _started
    if _started is None:
        _started = install(app, window_language())


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests that switch languages leave the next one as it was)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
    wording.use_language("en")


# What a translation must keep as it is: placeholders, Qt's %n and %1, markup and
# entities.
_KEPT = re.compile(r"\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&[a-z]+;|&&")
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)


def pseudo(text: str) -> str:
    """`text` accented and 40 % longer, its placeholders and markup kept: what a
    translation would look like to a layout."""
    if not text.strip():
        return text
    parts: list[str] = []
    last = 0
    for kept in _KEPT.finditer(text):
        parts.append(text[last : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    padding = "·" * max(1, round(len(text) * 0.4) - 2)
    return f"⟦{body} {padding}⟧"


class PseudoTranslator(QTranslator):
    """Every message of the window in pseudo-language."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


class PseudoWords(wording.Words):
    """The product's own words (months, categories, refusals) in pseudo-language, with
    English formats."""

    def __init__(self) -> None:
        super().__init__("en")

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return pseudo(singular if count == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)
