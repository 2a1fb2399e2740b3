"""The audit log: who changed what, and when.

Every change made through the services calls `record` in its own transaction, so the
row is written exactly when the change is (a refused action writes none). A row says:

- when, in UTC;
- who: the name the person works under (the desk's user, the engineer name of the
  hours they log), the computer's login (`getpass.getuser()`), and on PostgreSQL the
  database role (`current_user`);
- what: the entity (the table's name) and its id, and the customer it belongs to;
- the action, a short sentence (`detail`) and the fields before and after, as JSON.
  A new row has only "after", a removed one only "before"; a changed row keeps just
  the fields that changed.

A bulk import writes one row for the whole file (its name and how many rows it
added), not one per row: the imported rows carry no history before the import.

Versions (no lost update): the rows a person edits carry a `version` the database
raises on every change. An edit made with the version the user saw (`check_version`)
is refused once someone changed the row since, naming who and when from this log.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Engine, insert, inspect, or_, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from accountdesk.db import models as m
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import hours
from accountdesk.services.loading import find_customer, reading
from accountdesk.wording import N_, gettext, say

# What a person calls each kind of row, in a refusal's sentence.
_WORDS = {
    "customer": N_("customer"),
    "contract_term": N_("contract"),
    "contact": N_("contact"),
    "ledger_entry": N_("entry"),
    "review": N_("review"),
    "support_case": N_("case"),
}


@cache
def workstation_user() -> str:
    """The login of the computer the program runs on."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _plain(value: object) -> object:
    """A column's value as JSON holds it."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def row_values(row: m.Base) -> dict[str, object]:
    """A row's columns (by attribute name) as JSON values: what `record` keeps of it."""
    mapper = inspect(row).mapper
    return {
        column.key: _plain(getattr(row, column.key))
        for column in mapper.column_attrs
        if column.key != "version"
    }


def database_role(engine: Engine) -> str | None:
    """The role the engine's connections act as on PostgreSQL (`current_user`); None on
    SQLite. Asked once when the desk opens (app.Desk keeps it in the sessions' `info`),
    so that writing an audit row costs no statement of its own."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as c:
        role = c.execute(text("SELECT current_user")).scalar()
    return None if role is None else str(role)


def record(
    s: Session,
    action: str,
    entity: m.Base | str | None,
    before: Mapping[str, object] | None,
    after: Mapping[str, object] | m.Base | None,
    *,
    customer_id: int | None = None,
    entity_id: int | None = None,
    detail: str = "",
    at: datetime | None = None,
) -> m.AuditEntry:
    """Write the audit row of a change within the session's transaction.

    `entity` is the row changed (its table and id are taken from it), or a name for
    what is not one row (an import). `before` is `row_values(row)` taken before the change;
    `after` the row itself (read now) or a mapping. The session's `info` gives the
    user and the clock (app.Desk sets them; `at` overrides the clock); `customer_id`
    defaults to the row's.
    """
    name: str | None
    if isinstance(entity, m.Base):
        if inspect(entity).key is None:  # a new row: its id comes with the flush
            s.flush()
        name = entity.__tablename__
        entity_id = entity_id if entity_id is not None else getattr(entity, "id", None)
        if customer_id is None:
            customer_id = entity_id if isinstance(entity, m.Customer) else None
            customer_id = getattr(entity, "customer_id", customer_id)
    else:
        name = entity
    after_fields = row_values(after) if isinstance(after, m.Base) else after
    # Mappings given by hand may hold dates and amounts as they are: JSON them alike.
    if before is not None:
        before = {k: _plain(v) for k, v in before.items()}
    if after_fields is not None:
        after_fields = {k: _plain(v) for k, v in after_fields.items()}
    if before is not None and after_fields is not None:
        # The fields `before` names (all of a row's, or a few), where they changed.
        changed = [k for k in before if k in after_fields and before[k] != after_fields[k]]
        before = {k: before.get(k) for k in changed}
        after_fields = {k: after_fields[k] for k in changed}
    row = m.AuditEntry(
        **_columns(s, action, customer_id, detail, at),
        entity=name,
        entity_id=entity_id,
        before=None if before is None else json.dumps(before, ensure_ascii=False),
        after=None if after_fields is None else json.dumps(after_fields, ensure_ascii=False),
    )
    s.add(row)
    return row


def record_per_customer(
    s: Session, action: str, entity: str, afters: Mapping[int, Mapping[str, object]]
) -> None:
    """One audit row per customer of a change that spans many (an import), so it shows
    in each customer's history; written in one statement however many they are."""
    if not afters:
        return
    rows = [
        {
            **_columns(s, action, customer_id, "", None),
            "entity": entity,
            "entity_id": None,
            "before": None,
            "after": json.dumps({k: _plain(v) for k, v in after.items()}, ensure_ascii=False),
        }
        for customer_id, after in afters.items()
    ]
    s.execute(insert(m.AuditEntry), rows)


def _columns(
    s: Session, action: str, customer_id: int | None, detail: str, at: datetime | None
) -> dict[str, object]:
    """Who, when and what of an audit row, from the session's user and clock."""
    clock = s.info.get("clock")
    return {
        "at": at or (clock.now() if clock is not None else datetime.now(UTC)),
        "actor": str(s.info.get("user") or workstation_user()),
        "action": action,
        "customer_id": customer_id,
        "detail": detail,
        "workstation_user": workstation_user(),
        "database_role": s.info.get("role"),
    }


def local_time(at: datetime, today: date | None = None) -> str:
    """An audit time as the workstation reads it: "10:42" today, else with its date."""
    local = (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone()
    today = today or datetime.now().astimezone().date()
    if local.date() == today:
        return f"{local:%H:%M}"
    return say("{day} at {time}", day=f"{local:%Y-%m-%d}", time=f"{local:%H:%M}")


def check_version(s: Session, row: m.Base, seen: int | None) -> None:
    """Refuse an edit based on an older version of `row` than the one stored, naming who
    changed it and when. `seen` None: the caller saw no version (last writer wins).

    Either way the row is read again first, as the last writer left it (the caller
    holds the customer): the change then applies to the stored version, which the
    database checks once more when it writes (SQLAlchemy's `version_id_col`)."""
    s.refresh(row)
    stored = getattr(row, "version", None)
    if seen is None or stored is None or stored == seen:
        return
    what = gettext(_WORDS.get(row.__tablename__, N_("row")))
    last = s.scalars(
        select(m.AuditEntry)
        .where(m.AuditEntry.entity == row.__tablename__)
        .where(m.AuditEntry.entity_id == getattr(row, "id", None))
        .order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        raise Refused(
            say(
                "Someone changed this {what} since you opened it; reload to see the change.",
                what=gettext(what),
            ),
            Field.VERSION,
        )
    clock = s.info.get("clock")
    when = local_time(last.at, clock.today() if clock is not None else None)
    raise Refused(
        say(
            "{actor} changed this {what} at {when}; reload to see the change.",
            actor=last.actor,
            what=gettext(what),
            when=when,
        ),
        Field.VERSION,
    )


class VersionedSession(Session):
    """The desk's sessions: a write that finds the row's version changed since it was
    read (another program's change, committed in between) is refused in words, as
    `check_version` refuses an edit based on an older version, and nothing is saved."""

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        try:
            super().flush(objects)
        except StaleDataError:
            raise Refused(
                say("Someone else changed this a moment ago; reload to see the change."),
                Field.VERSION,
            ) from None


@dataclass(frozen=True)
class AuditInfo:
    """One audit row as the window and the command line show it."""

    id: int
    at: datetime  # UTC
    actor: str
    workstation_user: str | None
    database_role: str | None
    action: str
    entity: str | None
    entity_id: int | None
    customer_id: int | None
    customer: str | None
    detail: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def who(self) -> str:
        """The person, then their login and database role where those differ."""
        others = [
            each
            for each in (self.workstation_user, self.database_role)
            if each and each != self.actor
        ]
        return f"{self.actor} ({', '.join(dict.fromkeys(others))})" if others else self.actor

    @property
    def what(self) -> str:
        if self.entity is None:
            return ""
        word = _WORDS.get(self.entity)
        word = gettext(word) if word else self.entity.replace("_", " ")
        return word if self.entity_id is None else f"{word} {self.entity_id}"

    @property
    def changes(self) -> str:
        """The fields that changed, "field: old → new; ..." (the detail when none)."""
        if self.before is not None and self.after is not None:
            return "; ".join(
                f"{_label(key, self.entity)}: {_shown(self.before.get(key), key)} → "
                f"{_shown(value, key)}"
                for key, value in self.after.items()
            )
        if self.detail or self.after is None:
            return self.detail
        return "; ".join(
            f"{_label(key, self.entity)}: {_shown(value, key)}"
            for key, value in self.after.items()
            if key not in _UNSAID
        )


# Columns in the words a person uses, and those a new row's summary leaves out.
_LABELS = {
    "name": N_("name"),
    "timezone": N_("timezone"),
    "language": N_("language"),
    "csm": N_("csm"),
    "tam": N_("tam"),
    "contract_start": N_("start"),
    "contract_end": N_("end"),
    "holiday_calendar": N_("holiday calendar"),
    "rollover": N_("rollover"),
    "notes": N_("notes"),
    "version": N_("version"),
    "tier_key": N_("tier"),
    "effective_from": N_("from"),
    "monthly_fee": N_("monthly fee"),
    "consulting_hours": N_("consulting hours"),
    "development_hours": N_("development hours"),
    "consulting_rate": N_("consulting rate"),
    "development_rate": N_("development rate"),
    "service_credit_pct": N_("service credit pct"),
    "email": N_("email"),
    "named": N_("named"),
    "training_seat": N_("training seat"),
    "entry_date": N_("date"),
    "category": N_("category"),
    "engineer": N_("engineer"),
    "seconds": N_("hours"),
    "description": N_("description (client)"),
    "note": N_("internal note"),
    "case_id": N_("case"),
    "reason": N_("reason"),
    "kind": N_("kind"),
    "period_key": N_("period key"),
    "due_date": N_("due date"),
    "start_time": N_("start time"),
    "minutes": N_("minutes"),
    "state": N_("state"),
    "summary": N_("summary (client)"),
    "attendees": N_("attendees"),
    "held_at": N_("held at"),
    "reference": N_("reference"),
    "title": N_("title"),
    "severity": N_("severity"),
    "opened_at": N_("opened at"),
    "first_response_at": N_("first response at"),
    "resolved_at": N_("resolved at"),
    "escalation_level": N_("escalation level"),
}
# A review's notes are the team's, beside the summary the client reads (a customer's
# notes are just "notes").
_ENTITY_LABELS = {("review", "notes"): N_("internal notes")}
_UNSAID = {"id", "customer_id", "name_key", "created_at", "corrects_id"}


def _label(key: str, entity: str | None = None) -> str:
    label = _ENTITY_LABELS.get((entity or "", key)) or _LABELS.get(key)
    return gettext(label) if label else key.replace("_", " ")


def _shown(value: object, key: str = "") -> str:
    if value is None or value == "":
        return "—"
    if key == "seconds" and isinstance(value, int):
        return f"{hours(value)} h"
    return str(value)


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


class Audit:
    """Reading the audit log (writing is `record`, inside each change)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def entries(
        self,
        ref: str | int | None = None,
        since: date | None = None,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        limit: int | None = None,
    ) -> list[AuditInfo]:
        """The log, newest first: a customer's (`ref`), or one row's (`entity` and
        `entity_id`; an entry's history includes its corrections), from `since` on."""
        with reading(self._sessions) as s:
            query = select(m.AuditEntry, m.Customer.name).outerjoin(
                m.Customer, m.Customer.id == m.AuditEntry.customer_id
            )
            if ref is not None:
                query = query.where(m.AuditEntry.customer_id == find_customer(s, ref).id)
            if entity is not None:
                query = query.where(m.AuditEntry.entity == entity)
            if entity_id is not None:
                query = query.where(
                    or_(
                        m.AuditEntry.entity_id == entity_id,
                        # A correction's row names the entry it corrects.
                        m.AuditEntry.after.like(f'%"corrects_id": {entity_id}%'),
                    )
                    if entity == "ledger_entry"
                    else m.AuditEntry.entity_id == entity_id
                )
            if since is not None:
                query = query.where(m.AuditEntry.at >= datetime.combine(since, time(0), tzinfo=UTC))
            query = query.order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc())
            if limit is not None:
                query = query.limit(limit)
            return [
                AuditInfo(
                    id=row.id,
                    at=_utc(row.at),
                    actor=row.actor,
                    workstation_user=row.workstation_user,
                    database_role=row.database_role,
                    action=row.action,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    customer_id=row.customer_id,
                    customer=name,
                    detail=row.detail,
                    before=None if row.before is None else json.loads(row.before),
                    after=None if row.after is None else json.loads(row.after),
                )
                for row, name in s.execute(query)
            ]
