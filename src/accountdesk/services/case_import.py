"""The import of support cases from a help desk's CSV export, directly or through a
mapping file that names the export's columns, severities and timestamp format.

All rows or none: the file is read and checked first, then written in one transaction
that holds the customers it names; a bad row is named by its line (the header is
line 1). Matched on (customer, reference): importing again changes nothing, an
updated export updates the cases it names.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.sla import parse_instant, parse_severity
from accountdesk.domain.tiers import Severity
from accountdesk.services.audit import record
from accountdesk.services.loading import find_customer, hold_customer
from accountdesk.services.transfer import load_csv, read_rows
from accountdesk.wording import at_line as file_line
from accountdesk.wording import gettext, say

CASE_COLUMNS = (
    "reference",
    "customer",
    "title",
    "severity",
    "opened",
    "first_response",
    "resolved",
    "engineer",
)
CASE_REQUIRED = ("reference", "customer", "severity", "opened")
# A help desk that exports how long the first reply took instead of when it came
# (Zendesk's "First reply time in minutes"): the mapping names that column instead.
FIRST_RESPONSE_MINUTES = "first_response_minutes"


@dataclass(frozen=True)
class CaseMapping:
    """How a help desk's export reads: its column for each of ours, its severity
    names, its timestamp format and the zone of timestamps that carry no offset."""

    columns: Mapping[str, str] = field(default_factory=dict)  # ours -> theirs
    severities: Mapping[str, Severity] = field(default_factory=dict)
    time_format: str | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class CaseImport:
    added: int
    updated: int
    unchanged: int


def parse_mapping(path: Path) -> CaseMapping:
    """A mapping file (TOML): `[columns]` ours = "theirs", `[severity]` theirs = "ours",
    `[timestamps]` format (strptime) and timezone (for times without an offset). A file
    of `name = "severity"` lines alone is a severity map."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise Refused(say("There is no file {path!r}.", path=str(path)), Field.MAPPING) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise Refused(
            say(
                "{path} is not a mapping file ({error}); see the README for its format.",
                path=path.name,
                error=error,
            ),
            Field.MAPPING,
        ) from None
    sections = {"columns", "severity", "timestamps"}
    if not any(isinstance(v, dict) for v in document.values()):
        document = {"severity": document}
    unknown = sorted(set(document) - sections)
    if unknown:
        raise Refused(
            say(
                "{path}: unknown section {unknown!r}; the sections are columns, "
                "severity and timestamps.",
                path=path.name,
                unknown=unknown[0],
            ),
            Field.MAPPING,
        )

    def strings(name: str) -> dict[str, str]:
        table = document.get(name, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise Refused(
                say("{path}: every value of [{name}] is a quoted text.", path=path.name, name=name),
                Field.MAPPING,
            )
        return {str(k): v for k, v in table.items()}

    columns = strings("columns")
    known = (*CASE_COLUMNS, FIRST_RESPONSE_MINUTES)
    wrong = [k for k in columns if k not in known]
    if wrong:
        raise Refused(
            say(
                "{path}: {wrong!r} is not one of our columns ({join}).",
                path=path.name,
                wrong=wrong[0],
                join=", ".join(known),
            ),
            Field.MAPPING,
        )
    severities = {}
    for theirs, ours in strings("severity").items():
        try:
            severities[theirs] = Severity(ours.strip().lower())
        except ValueError:
            raise Refused(
                say(
                    "{path}: {theirs} = {ours!r}: map to critical, high, normal or low.",
                    path=path.name,
                    theirs=theirs,
                    ours=ours,
                ),
                Field.MAPPING,
            ) from None
    stamps = strings("timestamps")
    zone = stamps.get("timezone")
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise Refused(
                say(
                    "{path}: {zone!r} is not a time zone; use an IANA name.",
                    path=path.name,
                    zone=zone,
                ),
                Field.MAPPING,
            ) from None
    return CaseMapping(columns, severities, stamps.get("format"), zone)


@dataclass(frozen=True)
class _Row:
    customer: str
    reference: str
    title: str
    severity: Severity
    opened: datetime
    first_response: datetime | None
    resolved: datetime | None
    engineer: str | None


class _AnyColumn(tuple[str, ...]):
    """Every column of a help desk's export is welcome: the mapping picks its own."""

    def __contains__(self, name: object) -> bool:
        return True


def _parse_row(row: Mapping[str, str], mapping: CaseMapping) -> _Row:
    def cell(ours: str) -> str:
        theirs = mapping.columns.get(ours, ours).strip().lower()
        return row.get(theirs, "").strip()

    def moment(ours: str) -> datetime | None:
        text = cell(ours)
        if not text:
            return None
        what = f"the {ours.replace('_', ' ')} time"
        if mapping.time_format:
            try:
                value = datetime.strptime(text, mapping.time_format)
            except ValueError:
                raise Refused(
                    say(
                        "{what} {text!r} does not read as {time_format!r}.",
                        what=gettext(what),
                        text=text,
                        time_format=mapping.time_format,
                    ),
                    Field.AT,
                ) from None
        else:
            try:
                value = datetime.fromisoformat(text)
            except ValueError:
                return parse_instant(text, what, Field.AT)  # refuses, saying how to write it
        if value.tzinfo is None:
            if mapping.timezone is None:
                raise Refused(
                    say(
                        "{what} {text!r} says no time zone; add its offset or Z, or name the "
                        "export's zone in a mapping file ([timestamps] timezone).",
                        what=gettext(what),
                        text=text,
                    ),
                    Field.AT,
                )
            value = value.replace(tzinfo=ZoneInfo(mapping.timezone))
        return value.astimezone(UTC)

    opened = moment("opened")
    assert opened is not None  # a required column
    first = moment("first_response")
    minutes = cell(FIRST_RESPONSE_MINUTES) if FIRST_RESPONSE_MINUTES in mapping.columns else ""
    if first is None and minutes:
        try:
            first = opened + timedelta(minutes=float(Decimal(minutes)))
        except (InvalidOperation, ValueError, OverflowError):
            raise Refused(
                say("the first reply time {minutes!r} is not a number of minutes.", minutes=minutes)
            ) from None
    return _Row(
        customer=cell("customer"),
        reference=cell("reference"),
        title=cell("title"),
        severity=parse_severity(cell("severity"), mapping.severities),
        opened=opened,
        first_response=first,
        resolved=moment("resolved"),
        engineer=cell("engineer") or None,
    )


def _checked_row(
    raw: Mapping[str, str], required: Sequence[str], mapping: CaseMapping, now: datetime
) -> _Row:
    """A row read and checked on its own (not yet against the database)."""
    missing = [name for name in required if not raw.get(name)]
    if missing:
        raise Refused(say("the {missing} is empty.", missing=missing[0]))
    row = _parse_row(raw, mapping)
    for moment in (row.opened, row.first_response, row.resolved):
        if moment is not None and moment > now:
            raise Refused(say("{moment} is in the future.", moment=moment.isoformat()), Field.AT)
    for later in (row.first_response, row.resolved):
        if later is not None and later < row.opened:
            raise Refused(
                say(
                    "the case was answered or resolved before it opened ({later} < {opened}).",
                    later=later.isoformat(),
                    opened=row.opened.isoformat(),
                ),
                Field.AT,
            )
    if row.first_response and row.resolved and row.resolved < row.first_response:
        raise Refused(say("the case was resolved before it was answered."), Field.AT)
    return row


def import_cases(
    sessions: sessionmaker[Session], now: datetime, path: Path, mapping: CaseMapping | None = None
) -> CaseImport:
    """Cases from a help desk's CSV export: all rows or none, a bad row named by its
    line. Matched on (customer, reference): a row identical to its case changes
    nothing, a changed one updates it (escalations and waits stay). Refuses a
    timestamp without an offset (unless the mapping gives the export's zone), a time
    in the future, a response or resolution before the opening, a case twice."""
    mapping = mapping or CaseMapping()
    if mapping.columns:
        columns: tuple[str, ...] = _AnyColumn()
        required = tuple(mapping.columns.get(name, name).strip().lower() for name in CASE_REQUIRED)
    else:
        columns, required = CASE_COLUMNS, CASE_REQUIRED

    def at_line(line: int, refused: Refused) -> Refused:
        return Refused(file_line(path.name, line, str(refused)), refused.field)

    # The file first, outside the transaction: every row up to the first bad one.
    parsed: list[tuple[int, _Row]] = []
    failure: Refused | None = None
    try:
        for line, raw in read_rows(load_csv(path, columns), columns, required):
            try:
                parsed.append((line, _checked_row(raw, required, mapping, now)))
            except Refused as refused:
                failure = at_line(line, refused)
                break
    except Refused as refused:  # the file itself, named at its line already
        failure = refused
    added = updated = unchanged = 0
    with sessions.begin() as s:
        customers: dict[str, m.Customer | Refused] = {}
        for name in {row.customer for _, row in parsed}:
            try:
                customers[name] = find_customer(s, name)
            except Refused as refused:
                customers[name] = refused
        # Held in id order, so that two imports over the same customers queue up.
        held = sorted({c.id for c in customers.values() if isinstance(c, m.Customer)})
        for customer_id in held:
            hold_customer(s, customer_id)
        existing = {
            (case.customer_id, case.reference): case
            for chunk in _chunks(held)
            for case in s.scalars(select(m.SupportCase).where(m.SupportCase.customer_id.in_(chunk)))
        }
        seen: dict[tuple[int, str], int] = {}
        for line, row in parsed:
            customer = customers[row.customer]
            if isinstance(customer, Refused):
                raise at_line(line, customer)
            key = (customer.id, row.reference)
            if key in seen:
                raise at_line(
                    line,
                    Refused(
                        say(
                            "case {row} of {customer} is on line {seen} already.",
                            row=row.reference,
                            customer=customer.name,
                            seen=seen[key],
                        )
                    ),
                )
            seen[key] = line
            outcome = _upsert(s, customer, row, existing.get(key))
            added += outcome == "added"
            updated += outcome == "updated"
            unchanged += outcome == "unchanged"
        if failure is not None:
            raise failure
        counts = {"file": path.name, "added": added, "updated": updated, "unchanged": unchanged}
        if added or updated:  # a file imported again changes nothing, and says nothing
            record(s, "import_cases", "support_case", None, counts, detail=path.name)
    return CaseImport(added, updated, unchanged)


def _upsert(s: Session, customer: m.Customer, row: _Row, case: m.SupportCase | None) -> str:
    values: dict[str, Any] = {
        "title": row.title,
        "severity": row.severity.value,
        "opened_at": row.opened,
        "first_response_at": row.first_response,
        "resolved_at": row.resolved,
    }
    if row.engineer is not None:
        values["engineer"] = row.engineer
    if case is None:
        s.add(
            m.SupportCase(
                customer_id=customer.id,
                reference=row.reference,
                escalation_level=1,
                **values,
            )
        )
        return "added"
    before = {
        k: _aware(v) if isinstance(v, datetime) else v
        for k, v in ((k, getattr(case, k)) for k in values)
    }
    if before == values:
        return "unchanged"
    for k, v in values.items():
        setattr(case, k, v)
    return "updated"


def _chunks(items: Sequence[int], size: int = 1000) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
