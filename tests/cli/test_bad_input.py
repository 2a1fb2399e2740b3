"""Each kind of input that once ended in a traceback ends in one sentence, exit 2, and
nothing written — on SQLite and on PostgreSQL (issue: no tracebacks, only sentences)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pytest

from accountdesk.app import Desk, open_desk
from accountdesk.cli import main
from accountdesk.domain.clock import FixedClock
from tests.conftest import TODAY, snapshot


@pytest.fixture
def portfolio(db_url: str) -> Iterator[tuple[str, Desk]]:
    clock = FixedClock(TODAY)
    for argv in (
        ["customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01"],
        ["contact", "add", "Acme", "Ann", "--email", "ann@example.com"],
        ["reviews", "plan"],
    ):
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--db", db_url, *argv], clock=clock) == 0
    desk = open_desk(db_url, clock=clock)
    yield db_url, desk
    desk.close()


LONG = "x" * 201
CASES = [
    # ids past 64 and 32 bits, and digits that are not ASCII
    (["customer", "show", "99999999999999999999"], "There is no customer called"),
    (["customer", "show", "2147483648"], "There is no customer called"),
    (["contact", "edit", "3000000000", "--name", "Bo"], "'3000000000' is not a contact id"),
    (["contact", "remove", "²"], "'²' is not a contact id"),
    (["reviews", "mark", "2147483648", "--missed"], "'2147483648' is not a review id"),
    (["reviews", "mark", "٣", "--held"], "'٣' is not a review id"),
    (["usage", "Acme", "--month", "٢٠٢٦-١١"], "is not a month"),
    (["demo", "--customers", "٣"], "argument --customers: '٣' is not a whole number"),
    # years 0 and 9999
    (
        ["customer", "add", "Old", "--tier", "community", "--start", "0001-01-01"],
        "The start date 0001-01-01 is outside the years 1900 to 2200",
    ),
    (["reviews", "plan", "--until", "9999-12-31"], "The --until date 9999-12-31 is outside"),
    (["hours", "list", "Acme", "--month", "9999-12"], "The month 9999-12 is outside"),
    (
        ["customer", "change-tier", "Acme", "--tier", "enterprise", "--effective", "0000-01-01"],
        "is not a date",
    ),
    # fees
    (
        ["customer", "change-tier", "Acme", "--tier", "enterprise", "--effective",
         "2026-12-01", "--monthly-fee", "1e20"],
        "The monthly fee '1e20' is too large; it can be at most 999,999,999.99.",
    ),
    (
        ["customer", "add", "Big", "--tier", "enterprise", "--start", "2026-01-01",
         "--monthly-fee", "Infinity"],
        "is not a number",
    ),
    # strings longer than the columns, and NUL characters
    (
        ["customer", "add", LONG, "--tier", "community", "--start", "2026-01-01"],
        "The name can hold at most 200 characters; this one has 201.",
    ),
    (
        ["hours", "log", "Acme", "--date", "2026-11-02", "--hours", "1", "--category",
         "consulting",
         "--description",
         "work", "--engineer", "e" * 121],
        "The engineer can hold at most 120 characters; this one has 121.",
    ),
    (["contact", "edit", "1", "--email", "b" * 250 + "@x.org"], "The email can hold at most 254"),
    (["customer", "show", "Ac\x00me"], "the customer cannot contain a NUL character."),
    (
        ["hours", "log", "Acme", "--date", "2026-11-02", "--hours", "1", "--category",
         "consulting",
         "--description",
         "work", "--engineer", "Eve", "--note", "a\x00b"],
        "the note cannot contain a NUL character.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "says"), CASES, ids=[" ".join(c[0])[:40] for c in CASES])
def test_bad_input_is_one_sentence_and_writes_nothing(
    portfolio: tuple[str, Desk], argv: list[str], says: str
) -> None:
    url, desk = portfolio
    before = snapshot(desk)
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["--db", url, *argv], clock=FixedClock(TODAY))
    lines = err.getvalue().splitlines()
    assert (code, len(lines)) == (2, 1), lines
    assert says in lines[0]
    assert snapshot(desk) == before


def test_a_port_that_is_not_a_number_is_a_sentence_with_the_password_masked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["--db", "postgresql+psycopg://ann:s3cret@localhost:abc/books", "tiers"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.splitlines()) == 1
    assert "is not a database AccountDesk can open" in err and "s3cret" not in err
