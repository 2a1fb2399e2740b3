"""The words the product says, in one place: months, category and other labels of
stored keys, plurals, and how figures read on a report (money, hours, dates).

The reports, the window and the command line all take their wording from here, so a
month or a category reads the same everywhere. Each language is a `Words`: the gettext
catalog of domain "accountdesk" (src/accountdesk/locale/) and the Babel locale that
formats its dates and figures. A report asks for the words of its own language
(`words(language)`), since it renders in a worker process; the module-level names speak
the window's language, set once at start with `use_language` (English by default).
No Qt, and nothing else of the product: the domain names its keys with it (a review
kind's label), the reports and the command line use it too.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import overload

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import format_currency, format_decimal, format_percent

MINUS = "\u2212"
DOMAIN = "accountdesk"
LOCALE_DIR = Path(__file__).parent / "locale"

# The customer's two-letter language and the Babel locale its reports are formatted in.
# English keeps the product's own formats (ISO days, `1,250.00 USD`); any other code
# falls back to English.
LOCALES = {
    "en": "en_US",
    "es": "es_ES",
    "pt": "pt_BR",
    "fr": "fr_FR",
    "de": "de_DE",
    "ja": "ja_JP",
    "zh": "zh_Hans_CN",
}
LANGUAGES = tuple(LOCALES)


def N_(message: str) -> str:
    """Marks a word for the catalog where it is defined; translated where it is shown."""
    return message


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)

# The categories of hours, as a legend, a table column or a picker names them.
_CATEGORY = {
    "consulting": N_("Consulting"),
    "development": N_("Development"),
    "training": N_("Training"),
    "onsite": N_("On-site"),
    "incident": N_("Incident"),
}

_ALLOWANCE = {
    "consulting": N_("Architecture consulting"),
    "development": N_("Custom development"),
}

_REVIEW_KIND = {
    "architecture_review": N_("Architecture review"),
    "tam_checkin": N_("TAM check-in"),
    "qbr": N_("Quarterly business review"),
    "strategic_planning": N_("Strategic planning"),
}

_REVIEW_STATE = {
    "held": N_("Held"),
    "missed": N_("Missed"),
    "cancelled": N_("Cancelled"),
    "planned": N_("Scheduled"),
    "overdue": N_("Not yet recorded"),
    "unplanned": N_("Not scheduled"),
}

# Product names: the same in every language.
_TIER = {"community": "Community", "professional": "Professional", "enterprise": "Enterprise"}

# A support case's severity, and where it stands against its response target.
_SEVERITY = {
    "critical": N_("Critical"),
    "high": N_("High"),
    "normal": N_("Normal"),
    "low": N_("Low"),
}
_CASE_STATE = {
    "due": N_("due"),
    "at_risk": N_("at risk"),
    "breached": N_("breached"),
    "met": N_("met"),
    "no_target": N_("no target"),
}

_SEAT = {
    "named_contacts": N_("Named support contacts"),
    "online_training_seats": N_("Online training seats"),
    "onsite_training_sessions": N_("On-site training sessions"),
}


def language_of(code: str | None) -> str:
    """`pt-BR`, `pt_BR` or `PT` as `pt`; a language outside the seven as `en`."""
    short = (code or "").strip().replace("_", "-").split("-")[0].lower()
    return short if short in LOCALES else "en"


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _signed(value: Decimal, body: str) -> str:
    return f"{MINUS}{body}" if value < 0 else body


class Words:
    """One language's words: its catalog and the locale its figures are formatted in."""

    def __init__(self, language: str) -> None:
        self.language = language_of(language)
        self.locale = Locale.parse(LOCALES[self.language])
        self.english = self.language == "en"
        self._catalog: _gettext.NullTranslations = _gettext.translation(
            DOMAIN, localedir=str(LOCALE_DIR), languages=[self.language], fallback=True
        )

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._catalog.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        """A short word with two senses, told apart by `context` (`Held` as a count)."""
        return self._catalog.pgettext(context, message)

    def say(self, message: str, /, **fields: object) -> str:
        """One of the product's sentences (a refusal, what an import did) in this
        language, its `{fields}` filled in as given."""
        return self.gettext(message).format(**fields)

    def say_n(self, one: str, many: str, count: int, /, **fields: object) -> str:
        """As `say`, in the form for `count`, which fills `{count}` as the language
        writes numbers."""
        return self.ngettext(one, many, count).format(count=self.number(count), **fields)

    # --- labels of stored keys -------------------------------------------------

    def months(self) -> tuple[str, ...]:
        return tuple(self.gettext(m) for m in _MONTHS)

    def category(self, key: str) -> str:
        if key in _CATEGORY:
            return self.gettext(_CATEGORY[key])
        return key.replace("_", " ").capitalize()

    def allowance(self, key: str) -> str:
        """An hour allowance's name, else its category's."""
        return self.gettext(_ALLOWANCE[key]) if key in _ALLOWANCE else self.category(key)

    def review_kind(self, key: str) -> str:
        return self.gettext(_REVIEW_KIND[key]) if key in _REVIEW_KIND else key

    def review_state(self, key: str) -> str:
        return self.gettext(_REVIEW_STATE[key]) if key in _REVIEW_STATE else key

    def seat(self, key: str) -> str:
        return self.gettext(_SEAT[key]) if key in _SEAT else key

    def tier_name(self, key: str) -> str:
        return _TIER.get(key, key)

    def severity(self, key: str) -> str:
        return self.gettext(_SEVERITY[key]) if key in _SEVERITY else key

    def case_state(self, key: str) -> str:
        return self.gettext(_CASE_STATE[key]) if key in _CASE_STATE else key

    def limit(self, value: int | None) -> str:
        return self.gettext("Unlimited") if value is None else self.number(value)

    # --- figures ---------------------------------------------------------------

    def number(self, value: int | Decimal) -> str:
        if self.english:
            return f"{value:,}"
        return format_decimal(value, locale=self.locale)

    def money(self, value: Decimal) -> str:
        """`1250` as `1,250.00` (de: `1.250,00`): half-up to the cent."""
        rounded = _q(value)
        if self.english:
            return _signed(rounded, f"{abs(rounded):,.2f}")
        return _signed(rounded, format_decimal(abs(rounded), "#,##0.00", locale=self.locale))

    def money_with(self, value: Decimal, currency: str) -> str:
        """`1,250.00 USD`; elsewhere as the locale writes it (`US$ 1.250,00`)."""
        if self.english:
            return f"{self.money(value)} {currency}"
        return format_currency(_q(value), currency, locale=self.locale)

    def hours(self, value: Decimal) -> str:
        """`2.5` as `2.50 h`."""
        rounded = _q(value)
        if self.english:
            return _signed(rounded, f"{abs(rounded):,.2f} h")
        figure = format_decimal(abs(rounded), "#,##0.00", locale=self.locale)
        return _signed(rounded, self.gettext("{hours} h").format(hours=figure))

    def seconds_as_hours(self, seconds: int) -> str:
        return self.hours(Decimal(seconds) / 3600)

    def percent(self, value: Decimal | None) -> str:
        """`97.5` as `97.50 %` (fr `97,50 %`); none as a dash."""
        if value is None:
            return "\u2014"
        if self.english:
            return f"{value:.2f} %"
        # The locale's own pattern (fr and de space the sign), with two decimals.
        pattern = self.locale.percent_formats[None].pattern
        pattern = re.sub(r"0(?=[^0]*$)", "0.00", pattern.split(";")[0])
        shown = format_percent(value / 100, pattern, locale=self.locale)
        # French typography: a narrow no-break space before the sign (docs/glossary.md).
        return shown.replace("\xa0%", "\u202f%") if self.language == "fr" else shown

    def listing(self, items: Sequence[str]) -> str:
        """Items in a run of text: `a, b` (Japanese and Chinese: `a、b`)."""
        return ("\u3001" if self.language in ("ja", "zh") else ", ").join(items)

    # --- dates -----------------------------------------------------------------

    def day(self, value: date) -> str:
        """A table's day: `2026-11-26` (de `26.11.2026`, ja `2026/11/26`)."""
        if self.english:
            return value.isoformat()
        return format_skeleton("yMd", value, locale=self.locale)

    def long_day(self, value: date) -> str:
        if self.english:
            return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
        return format_date(value, "long", locale=self.locale)

    def month_name(self, value: date) -> str:
        """The month `value` is in: `November 2026` (ja `2026年11月`)."""
        if self.english:
            return f"{_MONTHS[value.month - 1]} {value.year}"
        return format_skeleton("yMMMM", value, locale=self.locale)

    def short_month_name(self, value: date) -> str:
        if self.english:
            return f"{_MONTHS[value.month - 1][:3]} {value.year}"
        return format_skeleton("yMMM", value, locale=self.locale)

    def month_title(self, label: str) -> str:
        """`2026-11` as `November 2026`."""
        return self.month_name(_first(label))

    def short_month(self, label: str) -> str:
        """`2026-11` as `Nov 2026`."""
        return self.short_month_name(_first(label))

    def span(self, first: date, last: date) -> str:
        """`1–15 November 2026`, or across months `16 Nov – 3 Dec 2026` (English)."""
        if not self.english:
            if first == last:
                return self.long_day(first)
            return format_interval(first, last, "yMMMMd", locale=self.locale)
        if (first.year, first.month) == (last.year, last.month):
            if first.day == last.day:
                return self.long_day(first)
            return f"{first.day}\u2013{last.day} {_MONTHS[first.month - 1]} {first.year}"
        return f"{self.long_day(first)} \u2013 {self.long_day(last)}"

    def short_span(self, first: date, last: date) -> str:
        """`1–15 Nov 2026`, or across months `16 Nov – 3 Dec 2026`."""
        if not self.english:
            if first == last:
                return format_skeleton("yMMMd", first, locale=self.locale)
            return format_interval(first, last, "yMMMd", locale=self.locale)
        short = [m[:3] for m in _MONTHS]
        if (first.year, first.month) == (last.year, last.month):
            days = str(first.day) if first.day == last.day else f"{first.day}\u2013{last.day}"
            return f"{days} {short[first.month - 1]} {first.year}"
        return (
            f"{first.day} {short[first.month - 1]} {first.year} \u2013 "
            f"{last.day} {short[last.month - 1]} {last.year}"
        )

    def period(self, label: str) -> str:
        """An allowance period: `2026-11` as `November 2026`, `2026-Q4` as `Q4 2026`."""
        if "-Q" in label:
            year, quarter = label.split("-")
            if self.english:
                return f"{quarter} {year}"
            return format_skeleton(
                "yQQQ", date(int(year), int(quarter[1:]) * 3, 1), locale=self.locale
            )
        return self.month_title(label)


def _first(label: str) -> date:
    year, month = label.split("-")
    return date(int(year), int(month), 1)


@functools.cache
def words(language: str | None) -> Words:
    """The words of `language` (a two-letter code; anything else gives English)."""
    return Words(language_of(language))


_window = words("en")


def use_language(code: str | None) -> Words:
    """Make the module-level names below speak `code` (the window's language)."""
    global _window
    _window = words(code)
    return _window


def use_words(chosen: Words) -> Words:
    """Make the module-level names speak through `chosen` (a language for developers:
    gui/language.py's pseudo-language)."""
    global _window
    _window = chosen
    return _window


def current() -> Words:
    """The window's words (`use_language`)."""
    return _window


class _Labels(Mapping[str, str]):
    """A stored key's label in the window's language; reads like the dict it was."""

    def __init__(self, english: Mapping[str, str], translate: bool = True) -> None:
        self._english = english
        self._translate = translate

    def __getitem__(self, key: str) -> str:
        value = self._english[key]
        return _window.gettext(value) if self._translate else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


class _Months(Sequence[str]):
    """The months' names in the window's language; reads like the tuple it was."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return _window.months()[index]

    def __len__(self) -> int:
        return len(_MONTHS)


MONTHS: Sequence[str] = _Months()
CATEGORY: Mapping[str, str] = _Labels(_CATEGORY)
ALLOWANCE: Mapping[str, str] = _Labels(_ALLOWANCE)
REVIEW_KIND: Mapping[str, str] = _Labels(_REVIEW_KIND)
REVIEW_STATE: Mapping[str, str] = _Labels(_REVIEW_STATE)
TIER: Mapping[str, str] = _Labels(_TIER, translate=False)
SEAT: Mapping[str, str] = _Labels(_SEAT)


def money(value: Decimal) -> str:
    """`1250` as `1,250.00` (half-up to the cent, thousands separated)."""
    return _window.money(value)


def money_with(value: Decimal, currency: str) -> str:
    return _window.money_with(value, currency)


def hours(value: Decimal) -> str:
    """`2.5` as `2.50 h`."""
    return _window.hours(value)


def seconds_as_hours(seconds: int) -> str:
    return _window.seconds_as_hours(seconds)


def day(value: date) -> str:
    return _window.day(value)


def long_day(value: date) -> str:
    return _window.long_day(value)


def month_title(label: str) -> str:
    """`2026-11` as `November 2026`."""
    return _window.month_title(label)


def short_month(label: str) -> str:
    """`2026-11` as `Nov 2026`."""
    return _window.short_month(label)


def month_name(day: date) -> str:
    """The month `day` is in: `November 2026`."""
    return _window.month_name(day)


def short_month_name(day: date) -> str:
    """The month `day` is in, short: `Nov 2026`."""
    return _window.short_month_name(day)


def span(first: date, last: date) -> str:
    """`1–15 November 2026`, or across months `16 Nov – 3 Dec 2026`."""
    return _window.span(first, last)


def short_span(first: date, last: date) -> str:
    """`1–15 Nov 2026`, or across months `16 Nov – 3 Dec 2026`."""
    return _window.short_span(first, last)


def period(label: str) -> str:
    """An allowance period: `2026-11` as `November 2026`, `2026-Q4` as `Q4 2026`."""
    return _window.period(label)


def limit(value: int | None) -> str:
    return _window.limit(value)


def tier_name(key: str) -> str:
    return _window.tier_name(key)


def category(key: str) -> str:
    return _window.category(key)


def severity(key: str) -> str:
    return _window.severity(key)


def case_state(key: str) -> str:
    return _window.case_state(key)


def gettext(message: str) -> str:
    """A word marked with `N_` where it was defined, in the window's language."""
    return _window.gettext(message)


def say(message: str, /, **fields: object) -> str:
    """One of the product's sentences in the window's language (English on the command
    line, which scripts read), its `{fields}` filled in."""
    return _window.say(message, **fields)


def say_n(one: str, many: str, count: int, /, **fields: object) -> str:
    """As `say`, in the form for `count`; `{count}` is filled with it."""
    return _window.say_n(one, many, count, **fields)


def at_line(file: str, line: int, problem: str) -> str:
    """`hours.csv line 12: the day is empty.`: a file's problem named at its line (in
    English the problem's sentence goes on in lower case)."""
    if _window.english:
        problem = problem[:1].lower() + problem[1:]
    return say("{file} line {line}: {problem}", file=file, line=line, problem=problem)


def number(value: int | Decimal) -> str:
    """`1250` as `1,250` (de: `1.250`)."""
    return _window.number(value)


def noun(count: int, one: str, many: str = "") -> str:
    """The word for `count` of a thing: `entry` for 1, else `entries` (`many`, or `one`
    with an s). English words only: a translated count is one ngettext message."""
    return one if count == 1 else many or one + "s"


def plural(count: int, one: str, many: str = "") -> str:
    """`1 customer`, `2 customers`, `1,250 entries`; `many` for irregular words."""
    return f"{count:,} {noun(count, one, many)}"
