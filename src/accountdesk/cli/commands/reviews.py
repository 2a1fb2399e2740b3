"""Scheduled reviews: reviews plan, list, mark, export-ics."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import review_json
from accountdesk.cli.text import reviews_text
from accountdesk.domain.errors import Field
from accountdesk.domain.limits import parse_id
from accountdesk.domain.periods import parse_date
from accountdesk.domain.reviews import ReviewState
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
    r = ctx.desk.reviews.mark(
        parse_id(a.id, "review", Field.REVIEW),
        state,
        notes=a.notes or "",
        reason=a.reason or "",
        attendees=a.attendees or "",
    )
    ctx.out(review_json(r), lambda: f"Review {r.id} ({r.kind.label}, {r.due}) is {r.state.value}.")


def export_ics(ctx: Context) -> None:
    count = ctx.desk.reviews.export_ics(ctx.args.customer, Path(ctx.args.output))
    print(f"Wrote {count} {noun(count, 'review')} to {ctx.args.output}.")
