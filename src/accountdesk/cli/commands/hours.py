"""The hours ledger and what it uses of the contract: hours log, hours list, hours
correct, usage."""

from __future__ import annotations

from accountdesk import preferences
from accountdesk.cli.context import Context
from accountdesk.cli.errors import say
from accountdesk.cli.shapes import adjustment_json, entry_json, usage_json
from accountdesk.cli.text import adjustments_text, entries_text, usage_text
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.limits import parse_id
from accountdesk.domain.money import hours, parse_duration
from accountdesk.domain.periods import Month, parse_date
from accountdesk.services.ledger import NewEntry


def log(ctx: Context) -> None:
    a = ctx.args
    engineer, source = _engineer(a.engineer)
    entry = NewEntry(
        customer=a.customer,
        day=parse_date(a.date),
        seconds=parse_duration(a.hours),
        category=parse_category(a.category),
        engineer=engineer,
        description=a.description or "",
        note=a.note or "",
        case=a.case,
    )
    try:
        new_id = ctx.desk.ledger.log(entry)
    except Refused as refused:
        if refused.field is Field.DESCRIPTION:
            # Said in the options' words: --note no longer reaches the client.
            raise Refused(
                f"{entry.category.value.capitalize()} hours need --description, the text the "
                "client reads on the report (--note is for the team only).",
                Field.DESCRIPTION,
            ) from None
        raise
    if source == "saved" and not getattr(a, "json", False):
        # stdout stays the id alone (scripts read it); whose hours these are goes beside.
        say(f"logged as {engineer}, the name saved for you (--engineer names another)")
    ctx.out({"id": new_id, "engineer": engineer, "engineer_from": source}, lambda: str(new_id))


def _engineer(option: str | None) -> tuple[str, str]:
    """Whose hours: the --engineer given, else the name the user saved (the window asks
    for it on its first run); never the computer's login, which says nothing to a
    client. Returns the name and where it came from ("option" or "saved")."""
    if option is not None:
        return option, "option"
    saved = preferences.saved_engineer()
    if saved is None:
        raise Refused(
            "Say whose hours these are with --engineer NAME (no name is saved for you yet; "
            "the window asks for it on its first run, and Edit ▸ Preferences changes it).",
            Field.ENGINEER,
        )
    return saved, "saved"


def correct(ctx: Context) -> None:
    a = ctx.args
    entry_id = parse_id(a.entry, "entry")
    text = a.hours.strip()
    try:
        seconds = 0 if text in ("0", "0.0", "0.00", "0:00") else parse_duration(text)
    except Refused as refused:
        raise refused.about(Field.HOURS) from None
    ledger = ctx.desk.ledger
    adjustments = ledger.preview_correction(entry_id, seconds, a.reason)
    correction_id = ledger.correct(entry_id, seconds, a.reason)
    correction = ledger.entry(correction_id)
    ctx.out(
        {
            "id": correction_id,
            "corrects": entry_id,
            "recorded_on": correction.day.isoformat(),
            "change_hours": str(hours(correction.seconds)),
            "adjustments": [adjustment_json(line) for line in adjustments],
        },
        lambda: (
            f"Correction {correction_id} of entry {entry_id} recorded "
            f"({hours(correction.seconds)} h).\n" + adjustments_text(adjustments)
        ),
    )


def list_month(ctx: Context) -> None:
    month = Month.parse(ctx.args.month)
    entries = ctx.desk.ledger.entries(ctx.args.customer, month)
    total = hours(sum(e.seconds for e in entries))
    ctx.out(
        {
            "month": month.label,
            "entries": [entry_json(e) for e in entries],
            "total_hours": str(total),
        },
        lambda: entries_text(month, entries, total),
    )


def usage(ctx: Context) -> None:
    u = ctx.desk.entitlements.usage(ctx.args.customer, Month.parse(ctx.args.month))
    ctx.out(usage_json(u), lambda: usage_text(u))
