"""Text the database can hold, checked before it is written, on every database alike.

The limits are the columns' own (`String(n)` in db/models.py), read from there and
nowhere copied. PostgreSQL refuses a longer value or a NUL character with an error;
SQLite would store either silently. Both are refused here with a sentence naming the
field and the limit, before any row is written, so the transaction writes nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import KeyedColumnElement

from accountdesk.db.models import AuditEntry, Base
from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import N_, gettext, number, say

# Columns whose attribute is not named as the field a form or an option shows.
_FIELDS = {"holiday_calendar": Field.HOLIDAY_CALENDAR}
# Field names said only here (the others are the History's column labels, services/audit.py).
_SAID_HERE = (N_("note"), N_("summary"))


def check_text(column: KeyedColumnElement[Any], value: object) -> None:
    """Refuse `value` for `column` when the database cannot hold it: a NUL character in
    any text, or more characters than a `String(n)` column's n."""
    if not isinstance(value, str) or not isinstance(column.type, String):
        return
    field = _FIELDS.get(column.key) or Field.__members__.get(column.key.upper())
    what = (field or column.key).replace("_", " ")
    if "\x00" in value:
        raise Refused(say("The {what} cannot contain a NUL character.", what=gettext(what)), field)
    limit = column.type.length
    if limit is not None and len(value) > limit:
        raise Refused(
            say(
                "The {what} can hold at most {limit} characters; this one has {length}.",
                what=gettext(what),
                limit=number(limit),
                length=number(len(value)),
            ),
            field,
        )


def check_row(row: Base) -> None:
    """Every text column of a row about to be written (those that changed, for a row
    already in the database)."""
    state = inspect(row)
    for column in row.__table__.columns:
        attribute = state.mapper.get_property_by_column(column).key
        if state.persistent and not state.attrs[attribute].history.has_changes():
            continue
        check_text(column, getattr(row, attribute))


def _before_flush(session: Session, context: object, instances: object) -> None:
    rows = [row for row in (*session.dirty, *session.new) if isinstance(row, Base)]
    # The audit trail repeats what the user typed: name the user's field, not its copy.
    for row in sorted(rows, key=lambda row: isinstance(row, AuditEntry)):
        check_row(row)


def check_text_on_write(sessions: sessionmaker[Session]) -> None:
    """Check every row the sessions write (see the module's docstring). Called once for
    each new sessionmaker (app.Desk)."""

    # A listener of its own for each sessionmaker: SQLAlchemy keys its registry by the
    # ids of target and function, and a new sessionmaker may get the id of one that was
    # collected; with a shared function it could be taken as registered and not be.
    def before_flush(session: Session, context: object, instances: object) -> None:
        _before_flush(session, context, instances)

    event.listen(sessions, "before_flush", before_flush)
