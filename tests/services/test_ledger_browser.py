"""Browsing the whole ledger: filters and sorts done by the database, ids first, rows on
demand, totals for the filter. Runs on SQLite and PostgreSQL."""

from datetime import date

import pytest

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.ledger_browser import LedgerFilter, LedgerSort, SortKey
from accountdesk.services.portfolio import NewCustomer


@pytest.fixture
def ledger(desk):
    """Two customers, five entries over two months; Acme's October is issued."""
    acme = desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    beta = desk.portfolio.add_customer(NewCustomer("Beta", Tier.PROFESSIONAL, date(2026, 1, 1)))

    def log(customer, day, seconds, category, engineer, note):
        return desk.ledger.log(NewEntry(customer, day, seconds, category, engineer, note))

    ids = {
        "a1": log(acme, date(2026, 10, 5), 60, Category.CONSULTING, "Ana", "Design review"),
        "a2": log(acme, date(2026, 11, 3), 150, Category.DEVELOPMENT, "Ben", "Exporter 100%"),
        "a3": log(acme, date(2026, 11, 20), 30, Category.CONSULTING, "Ana", "Call: REVIEW prep"),
        "b1": log(beta, date(2026, 11, 3), 90, Category.CONSULTING, "Cy", "Sizing"),
        "b2": log(beta, date(2026, 10, 9), 45, Category.INCIDENT, "Ana", "Critical case"),
    }
    desk.ledger.lock_month(acme, Month(2026, 10))
    desk.ids, desk.acme, desk.beta = ids, acme, beta
    return desk


def names(desk, ids):
    by_id = {v: k for k, v in desk.ids.items()}
    return [by_id[i] for i in ids]


def test_every_entry_newest_first_by_default(ledger):
    selection = ledger.ledger_browser.select(LedgerFilter(), LedgerSort())
    assert names(ledger, selection.ids) == ["a3", "b1", "a2", "b2", "a1"]
    assert (selection.totals.entries, selection.totals.seconds) == (5, 375)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (lambda d: LedgerFilter(customer_id=d.acme), ["a3", "a2", "a1"]),
        (lambda d: LedgerFilter(month=Month(2026, 10)), ["b2", "a1"]),
        (lambda d: LedgerFilter(engineer="Ana"), ["a3", "b2", "a1"]),
        (lambda d: LedgerFilter(category=Category.CONSULTING), ["a3", "b1", "a1"]),
        (lambda d: LedgerFilter(text="review"), ["a3", "a1"]),  # any case
        (lambda d: LedgerFilter(text="100%"), ["a2"]),  # % is a character, not a wildcard
        (lambda d: LedgerFilter(text="_"), []),
        (
            lambda d: LedgerFilter(
                customer_id=d.acme, month=Month(2026, 11), category=Category.CONSULTING
            ),
            ["a3"],
        ),
    ],
)
def test_filters(ledger, where, expected):
    chosen = where(ledger)
    selection = ledger.ledger_browser.select(chosen, LedgerSort())
    assert names(ledger, selection.ids) == expected
    assert selection.totals.entries == len(expected)
    assert ledger.ledger_browser.count(chosen) == len(expected)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (LedgerSort(SortKey.DATE, descending=False), ["a1", "b2", "a2", "b1", "a3"]),
        # ties on the key fall back to the date, then the id, in the same direction
        (LedgerSort(SortKey.CUSTOMER, descending=False), ["a1", "a2", "a3", "b2", "b1"]),
        (LedgerSort(SortKey.CUSTOMER, descending=True), ["b1", "b2", "a3", "a2", "a1"]),
        (LedgerSort(SortKey.HOURS, descending=True), ["a2", "b1", "a1", "b2", "a3"]),
        (LedgerSort(SortKey.ENGINEER, descending=False), ["a1", "b2", "a3", "a2", "b1"]),
        (LedgerSort(SortKey.CATEGORY, descending=False), ["a1", "b1", "a3", "a2", "b2"]),
        (LedgerSort(SortKey.DESCRIPTION, descending=False), ["a3", "b2", "a1", "a2", "b1"]),
    ],
)
def test_sorts(ledger, sort, expected):
    assert names(ledger, ledger.ledger_browser.select(LedgerFilter(), sort).ids) == expected


def test_rows_are_built_in_the_order_asked_and_know_their_locked_month(ledger):
    ids = ledger.ids
    rows = ledger.ledger_browser.rows([ids["b2"], ids["a1"], ids["a3"]])
    assert [(r.customer, r.day, r.seconds, r.locked) for r in rows] == [
        ("Beta", date(2026, 10, 9), 45, False),  # Beta's October is open
        ("Acme", date(2026, 10, 5), 60, True),
        ("Acme", date(2026, 11, 20), 30, False),
    ]


def test_rows_leave_out_deleted_entries(ledger):
    ledger.ledger.delete(ledger.ids["a3"])
    rows = ledger.ledger_browser.rows([ledger.ids["a3"], ledger.ids["b1"]])
    assert [r.id for r in rows] == [ledger.ids["b1"]]


def test_page_and_count(ledger):
    browser = ledger.ledger_browser
    page = browser.page(LedgerFilter(), LedgerSort(), offset=1, limit=2)
    assert names(ledger, [r.id for r in page]) == ["b1", "a2"]
    assert browser.page(LedgerFilter(), LedgerSort(), offset=5, limit=2) == []
    assert browser.count(LedgerFilter(engineer="Nobody")) == 0
    totals = browser.totals(LedgerFilter(engineer="Nobody"))
    assert (totals.entries, totals.seconds) == (0, 0)


def test_engineers_customers_and_locked_months(ledger):
    browser = ledger.ledger_browser
    assert browser.engineers() == ["Ana", "Ben", "Cy"]
    assert browser.engineers(LedgerFilter(customer_id=ledger.beta)) == ["Ana", "Cy"]
    assert browser.engineers(LedgerFilter(month=Month(2026, 10))) == ["Ana"]
    assert [(c.id, c.name) for c in browser.customers()] == [
        (ledger.acme, "Acme"),
        (ledger.beta, "Beta"),
    ]
    assert browser.locked(ledger.acme, Month(2026, 10))
    assert not browser.locked(ledger.acme, Month(2026, 11))
    assert not browser.locked(ledger.beta, Month(2026, 10))


def test_empty_ledger(desk):
    selection = desk.ledger_browser.select(LedgerFilter(), LedgerSort())
    assert len(selection.ids) == 0
    assert (selection.totals.entries, selection.totals.seconds) == (0, 0)
    assert desk.ledger_browser.rows([]) == []


def test_many_rows_at_once(desk, clock):
    """More ids than one IN (...) takes."""
    from accountdesk.services.demo import generate_demo

    generate_demo(desk.sessions, clock, 16, 12, 1)
    selection = desk.ledger_browser.select(LedgerFilter(), LedgerSort(SortKey.HOURS))
    assert len(selection.ids) > 1000
    rows = desk.ledger_browser.rows(selection.ids)
    assert [r.id for r in rows] == list(selection.ids)
    seconds = [r.seconds for r in rows]
    assert seconds == sorted(seconds, reverse=True)


@pytest.fixture
def accented(desk):
    """Customers and engineers whose names a byte order would put in the wrong place."""
    names = ["Montaña", "zeta GmbH", "Méridienne", "Élan", "apple", "Site 10", "Site 9"]
    for number, name in enumerate(names):
        customer = desk.portfolio.add_customer(
            NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 1))
        )
        engineer = ["Zoë", "émile", "Ana", "Óscar", "bob", "Ana", "Ana"][number]
        desk.ledger.log(
            NewEntry(customer, date(2026, 11, 2), 3600, Category.CONSULTING, engineer, name, name)
        )
    return desk


READING_ORDER = ["apple", "Élan", "Méridienne", "Montaña", "Site 9", "Site 10", "zeta GmbH"]


def test_text_sorts_follow_the_readers_order_on_every_database(accented):
    """Accents and case do not throw a name to the end, and numbers count as numbers
    (on PostgreSQL, ICU's order: numbers as text)."""
    browser = accented.ledger_browser

    def customers_of(sort):
        rows = browser.rows(browser.select(LedgerFilter(), sort).ids)
        return [row.customer for row in rows]

    expected = READING_ORDER
    if accented.engine.dialect.name == "postgresql":
        expected = [n for n in READING_ORDER if not n.startswith("Site")]
        expected[4:4] = ["Site 10", "Site 9"]
    ascending = customers_of(LedgerSort(SortKey.CUSTOMER, descending=False))
    assert ascending == expected
    assert customers_of(LedgerSort(SortKey.CUSTOMER, descending=True)) == expected[::-1]
    assert customers_of(LedgerSort(SortKey.DESCRIPTION, descending=False)) == expected
    assert customers_of(LedgerSort(SortKey.NOTE, descending=False)) == expected
    assert [c.name for c in browser.customers()] == expected
    assert browser.engineers() == ["Ana", "bob", "émile", "Óscar", "Zoë"]
