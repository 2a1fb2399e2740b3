"""Customer names: one rule on SQLite and PostgreSQL, unique in any case (Unicode
casefolded), held by the database too; a name typed in another case finds its customer."""

from datetime import date

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from accountdesk.db import models as m
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


def add(desk, name, tier=Tier.PROFESSIONAL):
    return desk.portfolio.add_customer(NewCustomer(name, tier, date(2026, 1, 1)))


@pytest.mark.parametrize(
    ("first", "second"),
    [("ÄCME", "äcme"), ("Acme", "aCME"), ("Straße", "STRASSE"), ("Ǆemal", "ǆemal")],
)
def test_a_name_taken_in_another_case_is_refused_naming_the_customer(desk, first, second):
    add(desk, first)
    before = snapshot(desk)
    with pytest.raises(Refused) as refused:
        add(desk, second)
    assert str(refused.value) == f"A customer called {first!r} already exists."
    assert refused.value.field is Field.NAME
    assert snapshot(desk) == before


def test_a_name_composed_another_way_is_the_same_name(desk):
    add(desk, "Ärzte")  # Ä as one character
    with pytest.raises(Refused, match="'Ärzte' already exists"):
        add(desk, "A\u0308RZTE")  # A followed by a combining diaeresis


def test_renaming_into_a_name_taken_in_another_case_is_refused(desk):
    add(desk, "ÄCME")
    beta = add(desk, "Beta")
    before = snapshot(desk)
    with pytest.raises(Refused, match="'ÄCME' already exists") as refused:
        desk.portfolio.update_customer(beta, {"name": "äcme"})
    assert refused.value.field is Field.NAME
    assert snapshot(desk) == before


def test_a_renamed_customer_frees_its_old_name(desk):
    acme = add(desk, "Acme")
    assert desk.portfolio.update_customer(acme, {"name": "ÄCME"}).name == "ÄCME"
    add(desk, "acme")
    with pytest.raises(Refused, match="'ÄCME' already exists"):
        add(desk, "äcme")


def test_the_database_itself_refuses_two_names_in_one_case(desk):
    add(desk, "ÄCME")
    row = {
        "name": "äcme",
        "timezone": "UTC",
        "language": "en",
        "contract_start": date(2026, 1, 1),
        "rollover": False,
        "notes": "",
        "created_at": desk.clock.now(),
    }
    with pytest.raises(IntegrityError), desk.engine.begin() as c:
        c.execute(insert(m.Customer), [row])


def test_a_name_in_any_case_finds_the_customer(desk):
    acme = add(desk, "Acme")
    umlaut = add(desk, "ÄCME GmbH")
    assert desk.portfolio.customer("acme").id == acme
    assert desk.portfolio.customer("  ACME ").id == acme
    assert desk.portfolio.customer("äcme gmbh").id == umlaut
    with pytest.raises(Refused, match="no customer called 'acm'"):
        desk.portfolio.customer("acm")


def test_searching_the_portfolio_ignores_case_beyond_ascii(desk):
    add(desk, "ÄCME GmbH")
    add(desk, "Straße AG")
    add(desk, "Beta")
    assert [c.name for c in desk.portfolio.customers("äcme")] == ["ÄCME GmbH"]
    assert [c.name for c in desk.portfolio.customers("STRASSE")] == ["Straße AG"]
    assert [c.name for c in desk.portfolio.customers("be")] == ["Beta"]
