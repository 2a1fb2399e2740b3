"""Money and hours as Decimal, with the one rounding rule the product uses (half-up)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import N_, gettext, number, say

CENT = Decimal("0.01")
# A monthly fee or an amount typed by a person; far above any contract, far below what
# the cent columns (64-bit) and the reports' sums of them hold.
MAX_AMOUNT = Decimal("999999999.99")
MAX_ENTRY_SECONDS = 24 * 3600


def round2(value: Decimal) -> Decimal:
    """Round to two decimals, half-up, as every figure on a report is."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def hours(seconds: int | Decimal) -> Decimal:
    """A duration in seconds as hours with two decimals (exact for every duration a
    person can enter: 0.01 h is 36 s)."""
    return round2(Decimal(seconds) / 3600)


def parse_money(text: str, what: str = N_("amount")) -> Decimal:
    """A non-negative amount with at most two decimals, thousands separators allowed."""
    cleaned = text.strip().replace(",", "")
    try:
        # ASCII only: Decimal also reads `٣` as 3, which no one typing a fee means.
        value = Decimal(cleaned) if cleaned.isascii() else Decimal("NaN")
    except InvalidOperation:
        raise Refused(
            say("The {what} {text!r} is not a number.", what=gettext(what), text=text)
        ) from None
    if not value.is_finite():
        raise Refused(say("The {what} {text!r} is not a number.", what=gettext(what), text=text))
    if value < 0:
        raise Refused(
            say("The {what} {text!r} must be zero or more.", what=gettext(what), text=text)
        )
    if value > MAX_AMOUNT:
        raise Refused(
            say(
                "The {what} {text!r} is too large; it can be at most {MAX_AMOUNT}.",
                what=gettext(what),
                text=text,
                MAX_AMOUNT=number(MAX_AMOUNT),
            )
        )
    try:
        cents = value.quantize(CENT)
    except InvalidOperation:  # more digits than Decimal's precision holds
        raise Refused(
            say("The {what} {text!r} is too large.", what=gettext(what), text=text)
        ) from None
    if value != cents:
        raise Refused(
            say("The {what} {text!r} has more than two decimals.", what=gettext(what), text=text)
        )
    return cents


# ASCII digits only (re.ASCII): `\d` also matches `٣`, which int() reads as 3.
_HMM = re.compile(r"^(\d{1,2}):([0-5]\d)$", re.ASCII)
_DECIMAL_HOURS = re.compile(r"^\d+([.,]\d{1,2})?$|^[.,]\d{1,2}$", re.ASCII)
_TOO_PRECISE = re.compile(r"^\d*[.,]\d{3,}$", re.ASCII)


def parse_duration(text: str) -> int:
    """Hours typed by a person (`2.5`, `2,5`, `2.50`, `1:30`) as seconds, exactly.

    A duration is kept as entered: hours take at most two decimals (0.01 h is 36 s) and
    `h:mm` whole minutes, so every one is a whole number of seconds. More precision is
    refused, never rounded. A decimal comma is read as a decimal point (European
    spreadsheets write `1,5`). Refuses anything that is not a duration above zero and up
    to 24 hours.
    """
    raw = text.strip()
    match = _HMM.match(raw)
    if match:
        seconds = (int(match.group(1)) * 60 + int(match.group(2))) * 60
    elif _DECIMAL_HOURS.match(raw):
        # Exact: two decimals of an hour are a multiple of 36 seconds. A very long number
        # still reaches the 24 h refusal below.
        seconds = int(Decimal(raw.replace(",", ".")) * 3600)
    elif raw.startswith("-"):
        raise Refused(
            say("Hours must be more than zero; {text!r} is negative.", text=text), Field.HOURS
        )
    elif _TOO_PRECISE.match(raw):
        raise Refused(
            say(
                "Hours take at most two decimals; {text!r} has more (write minutes as "
                "h:mm, such as 1:20).",
                text=text,
            ),
            Field.HOURS,
        )
    else:
        raise Refused(
            say("{text!r} is not a duration; write hours as 2.5 or 2:30.", text=text), Field.HOURS
        )
    check_duration(seconds)
    return seconds


def duration_text(seconds: int) -> str:
    """A duration as a person would type it again, exactly: `5400` as `1.50`, `3660`
    (which two decimals of an hour cannot hold) as `1:01`; negative for a correction."""
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    if seconds % 36 == 0:
        return f"{sign}{Decimal(seconds) / 3600:.2f}"
    whole, rest = divmod(seconds // 60, 60)
    return f"{sign}{whole}:{rest:02d}"


def check_fee(fee: Decimal | None) -> None:
    """A monthly fee agreed for a contract (None: the tier's list price)."""
    if fee is None:
        return
    if not fee.is_finite() or fee < 0:
        raise Refused(
            say("The monthly fee {fee} must be zero or more.", fee=fee), Field.MONTHLY_FEE
        )
    if fee > MAX_AMOUNT:
        raise Refused(
            say(
                "The monthly fee {fee} is too large; it can be at most {MAX_AMOUNT}.",
                fee=fee,
                MAX_AMOUNT=number(MAX_AMOUNT),
            ),
            Field.MONTHLY_FEE,
        )
    if fee != fee.quantize(CENT):
        raise Refused(
            say("The monthly fee {fee} has more than two decimals.", fee=fee), Field.MONTHLY_FEE
        )


def check_duration(seconds: int) -> None:
    if seconds <= 0:
        raise Refused(say("Hours must be more than zero."), Field.HOURS)
    if seconds > MAX_ENTRY_SECONDS:
        raise Refused(
            say("One entry cannot be longer than 24 hours; split it across days."), Field.HOURS
        )


def money_text(value: Decimal) -> str:
    """`1250` as `1,250.00`."""
    return f"{round2(value):,.2f}"
