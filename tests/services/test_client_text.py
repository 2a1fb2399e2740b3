"""What the client reads and what the team writes: an entry's description and internal
note, a review's summary and internal notes. Billable hours need a description; the
report, the calendar and the history keep the two apart."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from accountdesk.app import Desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.reports.data import figures_from_json, figures_to_json
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reviews import Reviews
from tests.conftest import snapshot

NOVEMBER = Month(2026, 11)
DESCRIBED = "Migration plan for the EU cluster"
INTERNAL = "Client grumpy about invoices, push the upgrade"


@pytest.fixture
def acme(desk: Desk) -> Desk:
    desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    return desk


def consulting(description: str = DESCRIBED, note: str = INTERNAL) -> NewEntry:
    return NewEntry("Acme", date(2026, 11, 3), 5400, Category.CONSULTING, "Ana", description, note)


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.mark.parametrize("description", ["", "   "])
def test_billable_hours_without_a_description_are_refused_and_nothing_is_stored(
    acme: Desk, description: str
) -> None:
    before = snapshot(acme)
    with pytest.raises(Refused) as refused:
        acme.ledger.log(consulting(description=description))  # a note is not enough
    assert refused.value.field is Field.DESCRIPTION
    assert "Consulting hours need a description the client reads" in str(refused.value)
    assert snapshot(acme) == before


def test_an_edit_that_takes_the_description_away_is_refused(acme: Desk) -> None:
    entry_id = acme.ledger.log(consulting())
    before = snapshot(acme)
    with pytest.raises(Refused) as refused:
        acme.ledger.update(entry_id, consulting(description=""))
    assert refused.value.field is Field.DESCRIPTION
    assert snapshot(acme) == before


def test_hours_not_billed_need_no_description(acme: Desk) -> None:
    incident = NewEntry("Acme", date(2026, 11, 4), 1800, Category.INCIDENT, "Ana", note="P2")
    entry = acme.ledger.entry(acme.ledger.log(incident))
    assert (entry.description, entry.note) == ("", "P2")


def test_description_and_note_are_kept_apart_and_the_history_names_each(acme: Desk) -> None:
    entry_id = acme.ledger.log(consulting())
    entry = acme.ledger.entry(entry_id)
    assert (entry.description, entry.note) == (DESCRIBED, INTERNAL)
    acme.ledger.update(entry_id, consulting("Migration plan, EU cluster", "Upgrade talk went ok"))
    (edit, *_) = acme.audit.entries(entity="ledger_entry", entity_id=entry_id)
    assert edit.changes == (
        f"description (client): {DESCRIBED} → Migration plan, EU cluster; "
        f"internal note: {INTERNAL} → Upgrade talk went ok"
    )


def test_the_report_shows_descriptions_and_summaries_never_internal_notes(
    acme: Desk, tmp_path: Path
) -> None:
    acme.ledger.log(consulting())
    Reviews(acme.sessions, FixedClock(date(2026, 10, 20))).plan("Acme", until=date(2026, 11, 30))
    qbr = next(
        r for r in acme.reviews.reviews("Acme") if r.kind is ReviewKind.QBR and r.due.month == 11
    )
    held = acme.reviews.mark(
        qbr.id, ReviewState.HELD, summary="Roadmap agreed", notes="Their CTO is leaving"
    )
    assert (held.summary, held.notes) == ("Roadmap agreed", "Their CTO is leaving")
    (mark, *_) = acme.audit.entries(entity="review", entity_id=qbr.id)
    assert "summary (client): — → Roadmap agreed" in mark.changes
    assert "internal notes: — → Their CTO is leaving" in mark.changes

    acme.reports.export("Acme", NOVEMBER, tmp_path / "acme.pdf")
    text = pdf_text(tmp_path / "acme.pdf")
    assert DESCRIBED in text
    assert "Roadmap agreed" in text
    assert "grumpy" not in text and "push the upgrade" not in text
    assert "CTO" not in text

    acme.reviews.export_ics("Acme", tmp_path / "acme.ics")
    calendar = (tmp_path / "acme.ics").read_text(encoding="utf-8")
    assert "Roadmap agreed" in calendar
    assert "CTO" not in calendar


def test_export_and_import_keep_description_and_note_apart(acme: Desk, tmp_path: Path) -> None:
    entry_id = acme.ledger.log(consulting())
    acme.transfer.export_hours(NOVEMBER, tmp_path / "hours.csv")
    header = (tmp_path / "hours.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("customer,date,hours,category,engineer,description,note,")
    acme.ledger.delete(entry_id)
    assert acme.transfer.import_hours(tmp_path / "hours.csv").added == 1
    (back,) = acme.ledger.entries("Acme", NOVEMBER)
    assert (back.description, back.note) == (DESCRIBED, INTERNAL)
    # The same file again adds nothing.
    assert acme.transfer.import_hours(tmp_path / "hours.csv").added == 0


def test_an_older_export_without_a_description_column_reads_its_note_as_the_description(
    acme: Desk, tmp_path: Path
) -> None:
    """Before descriptions and notes were apart, the report printed the "note" column:
    it is what the client read, so it becomes the description; the internal note is
    empty."""
    older = tmp_path / "older.csv"
    older.write_text(
        "customer,date,hours,category,engineer,note\n"
        "Acme,2026-11-03,1.5,consulting,Ana,Quarterly tuning\n",
        encoding="utf-8",
    )
    assert acme.transfer.import_hours(older).added == 1
    (entry,) = acme.ledger.entries("Acme", NOVEMBER)
    assert (entry.description, entry.note) == ("Quarterly tuning", "")


def test_an_import_of_billable_hours_without_a_description_is_refused_at_its_line(
    acme: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "hours.csv"
    path.write_text(
        "customer,date,hours,category,engineer,description,note\n"
        "Acme,2026-11-03,1.5,consulting,Ana,Tuning,\n"
        "Acme,2026-11-04,1,consulting,Ana,,only for us\n",
        encoding="utf-8",
    )
    before = snapshot(acme)
    with pytest.raises(Refused, match="line 3") as refused:
        acme.transfer.import_hours(path)
    assert "need a description" in str(refused.value)
    assert snapshot(acme) == before


def test_figures_issued_before_the_split_read_their_review_notes_as_the_summary(
    acme: Desk,
) -> None:
    """A stored statement printed a held review's notes: re-exported, it prints the same."""
    Reviews(acme.sessions, FixedClock(date(2026, 10, 20))).plan("Acme", until=date(2026, 11, 30))
    qbr = next(
        r for r in acme.reviews.reviews("Acme") if r.kind is ReviewKind.QBR and r.due.month == 11
    )
    acme.reviews.mark(qbr.id, ReviewState.HELD, summary="Roadmap agreed")
    document = json.loads(figures_to_json(acme.reports.figures("Acme", NOVEMBER)))
    for line in document["report"]["reviews"]:
        line["notes"] = line.pop("summary")  # as figures were stored before
    figures = figures_from_json(json.dumps(document))
    assert [r.summary for r in figures.reviews if r.state == "held"] == ["Roadmap agreed"]
