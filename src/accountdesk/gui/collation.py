"""How the window puts names in order: as the user's language does (QCollator), so that
"Méridienne" comes before "Montaña" and "Élan" among the E's, not after "Zeta" as the
characters' code numbers would have it. Case is ignored and numbers inside names count
as numbers ("Site 9" before "Site 10").

The C locale (no language chosen, as on many servers and in containers) is taken as
English: its order by code numbers is what no reader expects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

Item = TypeVar("Item")


def _language() -> QLocale:
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


@cache
def _collator(name: str) -> QCollator:
    collator = QCollator(QLocale(name))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def collator() -> QCollator:
    """The collator of the user's language (English for the C locale)."""
    return _collator(_language().name())


def name_key(text: str) -> QCollatorSortKey:
    """A sort key that orders `text` as the user's language does."""
    return collator().sortKey(text)


def by_name(items: Iterable[Item], name: Callable[[Item], str]) -> list[Item]:
    """`items` in the order of their names, as the user's language sorts them."""
    order = collator()
    return sorted(items, key=lambda item: order.sortKey(name(item)))


def names(texts: Iterable[str]) -> list[str]:
    """Names in the user's language's order."""
    return by_name(texts, str)
