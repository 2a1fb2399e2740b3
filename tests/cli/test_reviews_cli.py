"""`reviews` on the command line, on SQLite and PostgreSQL: planning that never
double-books, marking held only once a review's time has come, and `--held-at`."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from tests.cli.invoke import Run, ok


@pytest.fixture
def planned(run: Run) -> list[dict[str, object]]:
    """An Enterprise customer since Monday 5 January 2026 (Berlin), planned ahead."""
    ok(
        run,
        "customer",
        "add",
        "Big",
        "--tier",
        "enterprise",
        "--start",
        "2026-01-05",
        "--timezone",
        "Europe/Berlin",
    )
    reviews: list[dict[str, object]] = json.loads(
        ok(run, "reviews", "plan", "--until", "2027-02-28", "--json")
    )["planned"]
    return reviews


def test_planning_puts_at_most_one_review_a_day_at_one_time(run: Run, planned) -> None:
    assert max(Counter(r["date"] for r in planned).values()) == 1
    assert len({str(r["starts_at"])[11:] for r in planned}) == 1
    on = {r["date"]: r["kind"] for r in planned}
    # Monday 7 December: strategic planning keeps it; the check-in and the weekly review
    # move to the next free working days of their month and week.
    assert (on["2026-12-07"], on["2026-12-08"], on["2026-12-09"]) == (
        "strategic_planning",
        "tam_checkin",
        "architecture_review",
    )
    # Planning again adds nothing and moves nothing.
    before = json.loads(ok(run, "reviews", "list", "--json"))["reviews"]
    assert "Planned 0 new reviews." in ok(run, "reviews", "plan")
    assert json.loads(ok(run, "reviews", "list", "--json"))["reviews"] == before


def test_a_review_to_come_cannot_be_marked_held(run: Run, planned) -> None:
    ahead = next(r for r in planned if r["date"] == "2026-12-07")
    before = ok(run, "reviews", "list", "--json")
    code, out, err = run("reviews", "mark", str(ahead["id"]), "--held", "--notes", "Early")
    assert code == 2 and out == ""
    assert err.startswith(f"accountdesk: Review {ahead['id']} is planned for 2026-12-07 at 10:00")
    assert "can be marked held once its time has come" in err
    assert err.count("\n") == 1
    assert ok(run, "reviews", "list", "--json") == before


def test_held_at_is_recorded_shown_and_listed(run: Run, planned) -> None:
    review = next(r for r in planned if r["date"] == "2026-12-07")
    later = date(2026, 12, 10)
    # By default: its planned time.
    marked = json.loads(
        ok(run, "reviews", "mark", str(review["id"]), "--held", "--json", day=later)
    )
    assert marked["state"] == "held"
    assert marked["held_at"] == marked["starts_at"]
    # Given with another offset: kept as that moment, shown in the customer's zone.
    said = ok(
        run,
        "reviews",
        "mark",
        str(review["id"]),
        "--held",
        "--held-at",
        "2026-12-08T15:45Z",
        day=later,
    )
    assert said.strip() == (
        f"Review {review['id']} (Strategic planning, 2026-12-07) is held, "
        "held on 2026-12-08 16:45 Europe/Berlin."
    )
    listed = json.loads(ok(run, "reviews", "list", "Big", "--json", day=later))["reviews"]
    (held,) = [r for r in listed if r["id"] == review["id"]]
    assert held["held_at"] == "2026-12-08T16:45:00+01:00"
    assert all(r["held_at"] is None for r in listed if r["id"] != review["id"])
    table = ok(run, "reviews", "list", "Big", day=later)
    assert "held on" in table.splitlines()[0]
    assert "2026-12-08 16:45 Europe/Berlin" in table


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--held", "--held-at", "2026-12-08 15:45"], "has no offset from UTC"),
        (["--held", "--held-at", "yesterday"], "is not a date and time"),
        (["--held", "--held-at", "2026-12-11T09:00+01:00"], "is still to come"),
        (["--missed", "--held-at", "2026-12-08T15:45Z"], "Only a held review"),
    ],
)
def test_held_at_mistakes_are_one_sentence_and_change_nothing(
    run: Run, planned, extra: list[str], message: str
) -> None:
    review = next(r for r in planned if r["date"] == "2026-12-07")
    later = date(2026, 12, 10)
    before = ok(run, "reviews", "list", "--json", day=later)
    code, out, err = run("reviews", "mark", str(review["id"]), *extra, day=later)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert ok(run, "reviews", "list", "--json", day=later) == before


def test_the_quarter_s_qbr_whose_day_passed_unplanned_is_planned_for_the_next_working_day(
    run: Run,
) -> None:
    ok(run, "customer", "add", "Pro", "--tier", "professional", "--start", "2026-01-05")
    planned = json.loads(ok(run, "reviews", "plan", "Pro", "--json"))["planned"]
    assert [(r["period"], r["date"]) for r in planned if r["kind"] == "qbr"] == [
        ("2026-Q4", "2026-11-27"),
        ("2027-Q1", "2027-02-05"),
    ]
