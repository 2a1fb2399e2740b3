"""Scheduled reviews: reviews plan, list, mark, export-ics."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import review_json
from accountdesk.cli.text import moment_text, reviews_text
from accountdesk.domain.errors import Field
from accountdesk.domain.limits import parse_id
from accountdesk.domain.periods import parse_date
from accountdesk.domain.reviews import ReviewState, parse_held_at
from accountdesk.wording import noun


def plan(ctx: Context) -> None:
    until = parse_date(ctx.args.until, "--until date") if ctx.args.until else None
    planned = ctx.desk.reviews.plan(ctx.args.customer, until)
    ctx.out(
        {"planned": [review_json(r) for r in planned]},
        lambda: f"Planned {len(planned)} new {noun(len(planned), 'review')}.",
    )


def list_reviews(ctx: Context) -> None:
    reviews = ctx.desk.reviews.reviews(ctx.args.customer)
    ctx.out({"reviews": [review_json(r) for r in reviews]}, lambda: reviews_text(reviews))


def mark(ctx: Context) -> None:
    a = ctx.args
    state = (
        ReviewState.HELD if a.held else ReviewState.CANCELLED if a.cancelled else ReviewState.MISSED
    )
    review_id = parse_id(a.id, "review", Field.REVIEW)
    held_at = None if a.held_at is None else parse_held_at(a.held_at)
    r = ctx.desk.reviews.mark(
        review_id,
        state,
        notes=a.notes or "",
        summary=a.summary or "",
        reason=a.reason or "",
        attendees=a.attendees or "",
        held_at=held_at,
    )

    def said() -> str:
        held = "" if r.held_at is None else f", held on {moment_text(r.held_at)}"
        return f"Review {r.id} ({r.kind.label}, {r.due}) is {r.state.value}{held}."

    ctx.out(review_json(r), said)


def export_ics(ctx: Context) -> None:
    count = ctx.desk.reviews.export_ics(ctx.args.customer, Path(ctx.args.output))
    print(f"Wrote {count} {noun(count, 'review')} to {ctx.args.output}.")
