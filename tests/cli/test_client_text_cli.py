"""`hours log --description/--note/--case` and `reviews mark --summary/--notes` on SQLite
and PostgreSQL: what the client reads and what the team writes, apart."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli.invoke import Run, ok

LOG = ("hours", "log", "Acme", "--date", "2026-11-03", "--hours", "1.5", "--engineer", "Ana")


@pytest.fixture
def acme(run: Run) -> Run:
    ok(run, "customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-05")
    return run


def test_billable_hours_need_a_description_said_in_the_options_words(acme: Run) -> None:
    code, out, err = acme(*LOG, "--category", "consulting", "--note", "for us")
    assert (code, out) == (2, "")
    assert "Consulting hours need --description" in err
    assert "--note is for the team only" in err
    listed = json.loads(ok(acme, "hours", "list", "Acme", "--month", "2026-11", "--json"))
    assert listed["entries"] == []


def test_description_note_and_case_are_logged_and_listed_apart(acme: Run) -> None:
    ok(acme, "case", "open", "Acme", "--ref", "T-7", "--severity", "normal", "--title", "Slow")
    ok(
        acme,
        *LOG,
        "--category",
        "consulting",
        "--description",
        "Tuned the slow queries",
        "--note",
        "Their DBA is new",
        "--case",
        "T-7",
    )
    listed = json.loads(ok(acme, "hours", "list", "Acme", "--month", "2026-11", "--json"))
    (entry,) = listed["entries"]
    assert (entry["description"], entry["note"], entry["case"]) == (
        "Tuned the slow queries",
        "Their DBA is new",
        "T-7",
    )
    table = ok(acme, "hours", "list", "Acme", "--month", "2026-11")
    assert "description" in table and "note (internal)" in table
    assert "Tuned the slow queries" in table and "Their DBA is new" in table


def test_a_review_is_marked_with_a_summary_and_internal_notes(acme: Run) -> None:
    ok(acme, "reviews", "plan", "Acme", "--until", "2026-11-30", day=date(2026, 10, 20))
    reviews = json.loads(ok(acme, "reviews", "list", "Acme", "--json"))["reviews"]
    qbr = next(r for r in reviews if r["kind"] == "qbr" and r["date"] < "2026-11-26")
    marked = json.loads(
        ok(
            acme,
            "reviews",
            "mark",
            str(qbr["id"]),
            "--held",
            "--summary",
            "Roadmap agreed",
            "--notes",
            "Their CTO is leaving",
            "--json",
        )
    )
    assert (marked["summary"], marked["notes"]) == ("Roadmap agreed", "Their CTO is leaving")
