"""The command line on both databases: the company on the reports (init --company-*),
custom prices, contacts' e-mail addresses, what `customer show` says, calendars' words
and the permissions of written files."""

import base64
import os
import stat

import pytest
from pypdf import PdfReader

from accountdesk.app import open_desk
from accountdesk.cli import main
from accountdesk.shipped import resource_path


@pytest.fixture
def run(db_url, clock, capsys):
    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def ok(run, *args: str) -> str:
    code, out, err = run(*args)
    assert (code, err) == (0, ""), err
    return out


@pytest.fixture
def acme(run):
    ok(run, "customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01")
    return run


def test_the_company_set_in_init_heads_every_report(acme, tmp_path):
    report = tmp_path / "before.pdf"
    ok(acme, "report", "Acme", "--month", "2026-11", "-o", str(report))
    first = PdfReader(report).pages[0].extract_text()
    assert "DIOTEC 360" in first and "Confidential, for the customer named above" in first

    logo = tmp_path / "logo.png"
    logo.write_bytes(resource_path("logo.png").read_bytes())
    out = ok(
        acme,
        "init",
        "--company-name",
        "Nordlicht Consulting GmbH",
        "--company-service",
        "Premium Care",
        "--company-footer",
        "Nordlicht · Hafenstraße 1 · Hamburg",
        "--company-logo",
        str(logo),
    )
    assert "Reports now show Nordlicht Consulting GmbH (Premium Care), its own logo." in out
    assert "Database ready" in out
    after = tmp_path / "after.pdf"
    ok(acme, "report", "Acme", "--month", "2026-11", "-o", str(after))
    reader = PdfReader(after)
    page = reader.pages[0].extract_text()
    assert "Nordlicht Consulting GmbH" in page and "Premium Care" in page
    assert "Nordlicht · Hafenstraße 1 · Hamburg" in page
    assert "DIOTEC 360" not in page and "Confidential" not in page
    assert reader.metadata.author == "Nordlicht Consulting GmbH"
    # Only what is given changes.
    ok(acme, "init", "--company-footer", "")
    page = PdfReader(_report(acme, tmp_path / "again.pdf")).pages[0].extract_text()
    assert "Nordlicht Consulting GmbH" in page and "Hafenstraße" not in page


def _report(run, path):
    ok(run, "report", "Acme", "--month", "2026-11", "-o", str(path))
    return path


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--company-name", "  ", "The company name cannot be empty."),
        ("--company-footer", "x" * 161, "can hold at most 160 characters"),
        ("--company-logo", "notes.txt", "is not a PNG or JPEG image"),
        ("--company-logo", "missing.png", "cannot be read"),
    ],
)
def test_company_details_a_report_cannot_show_are_refused(run, tmp_path, option, value, message):
    (tmp_path / "notes.txt").write_text("not a picture")
    if option == "--company-logo":
        value = str(tmp_path / value)
    code, out, err = run("init", option, value)
    assert code == 2 and message in err and out == ""


def test_a_price_off_the_catalog_needs_allow_custom_price(run):
    code, _, err = run(
        "customer", "add", "Big", "--tier", "enterprise", "--start", "2026-01-01",
        "--monthly-fee", "20,000",
    )  # fmt: skip
    assert code == 2
    assert err.strip().endswith(
        "20,000.00 USD a month is below Enterprise's catalog price (from 25,000.00 USD a "
        "month). Add --allow-custom-price to agree it."
    )
    code, out, _ = run("customer", "list", "--json")
    assert '"Big"' not in out
    # Above a "from" price is an ordinary agreement; the catalog's own price too.
    ok(run, "customer", "add", "Big", "--tier", "enterprise", "--start", "2026-01-01",
       "--monthly-fee", "30000")  # fmt: skip
    ok(run, "customer", "add", "Pro", "--tier", "professional", "--start", "2026-01-01",
       "--monthly-fee", "5000")  # fmt: skip
    ok(run, "customer", "add", "Small", "--tier", "enterprise", "--start", "2026-01-01",
       "--monthly-fee", "20000", "--allow-custom-price")  # fmt: skip
    code, _, err = run(
        "customer", "change-tier", "Pro", "--tier", "professional", "--effective",
        "2026-11-01", "--monthly-fee", "6000",
    )  # fmt: skip
    assert code == 2 and "above Professional's catalog price (5,000.00 USD a month)" in err
    ok(run, "customer", "change-tier", "Pro", "--tier", "professional", "--effective",
       "2026-11-01", "--monthly-fee", "6000", "--allow-custom-price")  # fmt: skip
    assert "6,000.00 USD/month" in ok(run, "customer", "show", "Pro")


def test_a_contact_email_a_customer_already_has_is_refused_in_any_case(acme):
    first = ok(acme, "contact", "add", "Acme", "Ann Lee", "--email", "ann@acme.example").strip()
    code, _, err = acme("contact", "add", "Acme", "Ann L.", "--email", "ANN@Acme.example")
    assert code == 2
    assert err.strip().endswith(
        "Acme already has a contact with the e-mail ann@acme.example: Ann Lee."
    )
    other = ok(acme, "contact", "add", "Acme", "Bob", "--email", "bob@acme.example").strip()
    code, _, err = acme("contact", "edit", other, "--email", "Ann@acme.example")
    assert code == 2 and "already has a contact with the e-mail" in err
    ok(acme, "contact", "edit", first, "--email", "ANN@acme.example")  # its own, recased
    # Another customer's contact may share it (a consultant serving two customers).
    ok(acme, "customer", "add", "Globex", "--tier", "professional", "--start", "2026-01-01")
    ok(acme, "contact", "add", "Globex", "Ann Lee", "--email", "ann@acme.example")


def test_customer_show_names_training_seats_and_holidays(run):
    ok(run, "customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01",
       "--holidays", "DE", "--rollover")  # fmt: skip
    ok(run, "contact", "add", "Acme", "Ann", "--email", "ann@acme.example", "--training-seat")
    ok(run, "contact", "add", "Acme", "Bob", "--email", "bob@acme.example", "--named")
    shown = ok(run, "customer", "show", "Acme")
    assert "Holidays: DE   Rollover: yes" in shown
    assert "Ann <ann@acme.example>  training seat" in shown
    assert "Bob <bob@acme.example>  named\n" in shown + "\n"


def test_calendar_categories_are_words(acme, tmp_path):
    ok(acme, "reviews", "plan", "Acme")
    target = tmp_path / "acme.ics"
    ok(acme, "reviews", "export-ics", "Acme", "-o", str(target))
    lines = target.read_text().splitlines()
    categories = {line for line in lines if line.startswith("CATEGORIES")}
    assert categories == {"CATEGORIES:Architecture review", "CATEGORIES:Quarterly business review"}


def test_written_files_take_the_umask_not_owner_only(acme, tmp_path):
    ok(acme, "reviews", "plan", "Acme")
    old = os.umask(0o022)
    try:
        ok(acme, "report", "Acme", "--month", "2026-11", "-o", str(tmp_path / "r.pdf"))
        ok(acme, "reviews", "export-ics", "Acme", "-o", str(tmp_path / "r.ics"))
        ok(acme, "export", "hours", "--month", "2026-11", "-o", str(tmp_path / "h.csv"))
        ok(acme, "report", "--all", "--month", "2026-11", "--out-dir", str(tmp_path))
        os.umask(0o077)
        ok(acme, "report", "Acme", "--month", "2026-11", "-o", str(tmp_path / "private.pdf"))
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes["private.pdf"] == 0o600
    del modes["private.pdf"]
    assert set(modes.values()) == {0o644}, modes
    assert "acme-2026-11.pdf" in modes


def test_every_workstation_sees_the_company_set_once(acme, db_url, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(resource_path("logo.png").read_bytes())
    ok(acme, "init", "--company-name", "Nordlicht", "--company-logo", str(logo))
    elsewhere = open_desk(db_url)
    try:
        company = elsewhere.company.profile()
    finally:
        elsewhere.close()
    assert company.name == "Nordlicht"
    assert company.logo_bytes == logo.read_bytes()
    assert base64.b64decode(company.logo or "") == logo.read_bytes()
