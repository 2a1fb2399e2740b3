"""What the database holds, said before it is asked: ids a 32-bit integer column takes
on every database, typed in ASCII digits."""

from __future__ import annotations

import re

from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import gettext, number, say

MAX_ID = 2**31 - 1  # PostgreSQL's INTEGER; SQLite's ids are wider, so it holds on both

_DIGITS = re.compile(r"[0-9]{1,10}")


def as_id(text: str) -> int | None:
    """`text` as an id the database can hold, or None when it is not one.

    ASCII digits only: `str.isdigit()` is also true of `²` and `٣`, which `int()`
    refuses or reads as another number."""
    cleaned = text.strip()
    if not _DIGITS.fullmatch(cleaned):
        return None
    number = int(cleaned)
    return number if 1 <= number <= MAX_ID else None


def parse_id(text: str, what: str, field: Field | None = None) -> int:
    """The id of a `what` (a contact, a review) typed by a person."""
    found = as_id(text)
    if found is None:
        raise Refused(
            say(
                "{text!r} is not a {what} id; ids are whole numbers from 1 to {MAX_ID}.",
                text=text,
                what=gettext(what),
                MAX_ID=number(MAX_ID),
            ),
            field,
        )
    return found
