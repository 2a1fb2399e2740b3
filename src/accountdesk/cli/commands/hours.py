"""The hours ledger and what it uses of the contract: hours log, hours list, hours
correct, usage."""

from __future__ import annotations

from accountdesk.cli.context import Context
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
    entry = NewEntry(
        customer=a.customer,
        day=parse_date(a.date),
        seconds=parse_duration(a.hours),
        category=parse_category(a.category),
        engineer=a.engineer,
        note=a.note or "",
    )
    new_id = ctx.desk.ledger.log(entry)
    ctx.out({"id": new_id}, lambda: str(new_id))


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
