"""Text in the order readers expect, in SQL: "Méridienne" before "Montaña", "élan"
among the e's, "Site 9" before "Site 10", case ignored.

Databases order text by code numbers unless told otherwise (SQLite always; PostgreSQL
under the C collation), which puts "Élan" after "Zeta". On PostgreSQL the ICU root
collation orders as the window's collator does. SQLite has no such collation, and a
Python collation would be called for every comparison (twenty million for a sort of a
million entries); instead each value gets a key once, from a function registered on
every connection, and SQLite sorts the keys itself.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

SQLITE_FUNCTION = "desk_order"
POSTGRES_COLLATION = "und-x-icu"
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=65_536)
def order_key(text: str | None) -> str:
    """`text` as it sorts: accents and case folded away, numbers padded so they
    compare by value. Two names differing only in accents or case get the same key; the
    sort's next key (a date, an id) keeps the order total."""
    if text is None:
        return ""
    letters = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in letters if not unicodedata.combining(c))
    return _NUMBER.sub(lambda number: number.group().lstrip("0").rjust(20, "0"), bare)


def register(dbapi_connection: Any) -> None:
    """Give a new SQLite connection the key function."""
    dbapi_connection.create_function(SQLITE_FUNCTION, 1, order_key, deterministic=True)


def in_reading_order(column: Any, dialect: str) -> ColumnElement[Any]:
    """`column`, to be sorted as readers expect on this database."""
    if dialect == "sqlite":
        return getattr(func, SQLITE_FUNCTION)(column)  # type: ignore[no-any-return]
    if dialect == "postgresql":
        return column.collate(POSTGRES_COLLATION)  # type: ignore[no-any-return]
    return column  # type: ignore[no-any-return]
