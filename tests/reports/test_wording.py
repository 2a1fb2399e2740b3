"""The product's words are said one way everywhere: months, categories, plurals."""

from __future__ import annotations

from datetime import date

from accountdesk import wording
from accountdesk.domain.tiers import Category


def test_a_month_reads_the_same_from_its_label_and_from_a_day_in_it() -> None:
    assert wording.month_title("2026-11") == "November 2026"
    assert wording.month_name(date(2026, 11, 26)) == "November 2026"
    assert wording.short_month("2026-01") == "Jan 2026"
    assert wording.short_month_name(date(2026, 1, 31)) == "Jan 2026"


def test_every_category_has_one_label() -> None:
    labels = {category: wording.category(category.value) for category in Category}
    assert labels == {
        Category.CONSULTING: "Consulting",
        Category.DEVELOPMENT: "Development",
        Category.TRAINING: "Training",
        Category.ONSITE: "On-site",
        Category.INCIDENT: "Incident",
    }


def test_plurals() -> None:
    assert wording.plural(1, "customer") == "1 customer"
    assert wording.plural(0, "customer") == "0 customers"
    assert wording.plural(1250, "entry", "entries") == "1,250 entries"
    assert wording.plural(1, "entry", "entries") == "1 entry"
    assert wording.noun(2, "day") == "days"
    assert wording.noun(1, "day") == "day"
