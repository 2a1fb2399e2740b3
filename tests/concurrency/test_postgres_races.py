"""Rules that span rows hold when several programs write at once on PostgreSQL (and on
SQLite): each race is run by real processes through the command line, all let go at the
same moment, and the loser of a race gets one sentence (exit 2), never a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.processes import child_env, start_python

TODAY = date(2026, 11, 26)

# The program as users run it (`python -m accountdesk ARGS`), its modules loaded before
# the start signal so that every racer reaches the database at about the same moment.
# A racer may run several commands, one per round, each a whole run of the command line
# (parse, open the database, run, close) let go together with the other racers' turn;
# it prints each run's exit code, stdout and stderr as one JSON line.
RACER = """
import contextlib, io, json, os, sys, time
import accountdesk.app, accountdesk.cli.commands, accountdesk.services.reports
import psycopg, sqlalchemy.dialects.postgresql.psycopg
from accountdesk.launch import main
go, rounds = sys.argv[1], json.loads(sys.argv[2])
for n, argv in enumerate(rounds):
    open(f"{go}.ready.{n}.{os.getpid()}", "w").close()
    while not os.path.exists(f"{go}.{n}"):
        time.sleep(0.005)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    print(json.dumps([code, out.getvalue(), err.getvalue()]), flush=True)
"""


Outcome = tuple[int, str, str]  # exit code, stdout, stderr


def race(tmp_path: Path, commands: Sequence[Sequence[str]]) -> list[Outcome]:
    """Start one process per command, let them all go at once; how each one ended."""
    return [turns[0] for turns in rounds(tmp_path, [[command] for command in commands])]


def rounds(tmp_path: Path, racers: Sequence[Sequence[Sequence[str]]]) -> list[list[Outcome]]:
    """One process per racer, running its commands in turn: the n-th command of every
    racer is let go at the same moment. How each command ended, per racer."""
    env = child_env(ACCOUNTDESK_TODAY=TODAY.isoformat())
    go = tmp_path / f"go-{time.monotonic_ns()}"
    processes = [
        start_python(RACER, str(go), json.dumps([list(c) for c in commands]), env=env, cwd=tmp_path)
        for commands in racers
    ]
    for turn in range(max(len(commands) for commands in racers)):
        expected = sum(len(commands) > turn for commands in racers)
        deadline = time.monotonic() + 120
        while len(list(tmp_path.glob(f"{go.name}.ready.{turn}.*"))) < expected:
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                break  # one died early: what it said shows below
            time.sleep(0.01)
        (tmp_path / f"{go.name}.{turn}").touch()
    outcomes = []
    for process, commands in zip(processes, racers, strict=True):
        out, err = process.communicate(timeout=120)
        assert (process.returncode, err) == (0, ""), (process.returncode, err)
        turns = [tuple(json.loads(line)) for line in out.splitlines()]
        assert len(turns) == len(commands), out
        outcomes.append([(int(code), str(o), str(e)) for code, o, e in turns])
    return outcomes


def one_sentence(outcome: Outcome) -> str:
    """The refusal's sentence, checked to be the only thing said (exit 2, no traceback)."""
    code, out, err = outcome
    assert code == 2, outcome
    assert out == "", outcome
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("accountdesk: "), outcome
    assert "Traceback" not in err and "Error" not in err, outcome
    return lines[0]


def scalar(url: str, sql: str, **params: object) -> object:
    engine = create_engine(url)
    with engine.connect() as c:
        value = c.execute(text(sql), params).scalar()
    engine.dispose()
    return value


def rows(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    with engine.connect() as c:
        found = [tuple(row) for row in c.execute(text(sql), params)]
    engine.dispose()
    return found


def add_professional_with_named_contacts(url: str, named: int) -> None:
    desk = open_desk(url, clock=FixedClock(TODAY), user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    for n in range(named):
        desk.portfolio.add_contact("Acme", f"Named {n}", f"named{n}@acme.test", named=True)
    desk.close()


def contact_race(url: str, tmp_path: Path, racers: int) -> None:
    add_professional_with_named_contacts(url, 8)
    outcomes = race(
        tmp_path,
        [
            [
                *("--db", url, "contact", "add", "Acme", f"Racer {n}"),
                *("--email", f"racer{n}@acme.test", "--named"),
            ]
            for n in range(racers)
        ],
    )
    won = [o for o in outcomes if o[0] == 0]
    lost = [one_sentence(o) for o in outcomes if o[0] != 0]
    assert len(won) == 2
    assert lost == [
        "accountdesk: Acme's Professional tier includes 10 named support contacts, "
        "and all 10 are taken."
    ] * (racers - 2)
    assert scalar(url, "SELECT count(*) FROM contact WHERE named") == 10


@pytest.mark.postgres
def test_twenty_racing_named_contacts_never_pass_the_limit(postgres_url, tmp_path):
    contact_race(postgres_url, tmp_path, racers=20)


def test_racing_named_contacts_never_pass_the_limit_on_sqlite(sqlite_url, tmp_path):
    contact_race(sqlite_url, tmp_path, racers=4)


@pytest.mark.postgres
def test_a_contact_made_named_by_racing_edits_never_passes_the_limit(postgres_url, tmp_path):
    add_professional_with_named_contacts(postgres_url, 9)
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="tester")
    ids = [desk.portfolio.add_contact("Acme", f"Other {n}", f"o{n}@acme.test") for n in range(4)]
    desk.close()
    outcomes = race(
        tmp_path,
        [["--db", postgres_url, "contact", "edit", str(i), "--named"] for i in ids],
    )
    assert sum(code == 0 for code, _, _ in outcomes) == 1, outcomes
    for lost in (o for o in outcomes if o[0] != 0):
        assert "all 10 are taken" in one_sentence(lost)
    assert scalar(postgres_url, "SELECT count(*) FROM contact WHERE named") == 10


ROUNDS = 10


@pytest.mark.postgres
def test_a_tier_change_never_lands_in_a_month_being_issued(postgres_url, tmp_path):
    """Ten rounds, each on its own customer: `report --issue` for October and
    `change-tier` from the middle of October, let go at the same moment. Either order is
    fine, but the issued report must show the tier that was in force: a change that
    landed after the issue began would leave an issued month whose figures no longer
    match its contract."""
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="tester")
    for n in range(ROUNDS):
        desk.portfolio.add_customer(NewCustomer(f"Customer {n}", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.close()
    issues = [
        [
            *("--db", postgres_url, "report", f"Customer {n}", "--month", "2026-10"),
            *("-o", str(tmp_path / f"c{n}.pdf"), "--issue"),
        ]
        for n in range(ROUNDS)
    ]
    changes = [
        [
            *("--db", postgres_url, "customer", "change-tier", f"Customer {n}"),
            *("--tier", "professional", "--effective", "2026-10-15"),
        ]
        for n in range(ROUNDS)
    ]
    issued, changed = rounds(tmp_path, [issues, changes])
    changed_first = 0
    for n, (issue, change) in enumerate(zip(issued, changed, strict=True)):
        assert issue[0] == 0 and issue[2] == "", issue
        figures = json.loads(
            str(
                scalar(
                    postgres_url,
                    "SELECT figures FROM issued_report r JOIN customer c "
                    "ON c.id = r.customer_id WHERE c.name = :name",
                    name=f"Customer {n}",
                )
            )
        )
        shown = [span["tier"] for span in figures["report"]["tiers"]]
        terms = rows(
            postgres_url,
            "SELECT t.tier_key FROM contract_term t JOIN customer c ON c.id = t.customer_id "
            "WHERE c.name = :name ORDER BY t.effective_from",
            name=f"Customer {n}",
        )
        if change[0] == 0:  # the change came first: the issued report shows it
            changed_first += 1
            assert terms == [("enterprise",), ("professional",)]
            assert shown == ["enterprise", "professional"], (n, change)
        else:  # the issue came first: the change is refused, the contract untouched
            assert one_sentence(change) == (
                f"accountdesk: Customer {n}'s report for 2026-10 is already issued; "
                "a tier change cannot take effect before an issued month."
            )
            assert terms == [("enterprise",)]
            assert shown == ["enterprise"]
    print(f"{changed_first} of {ROUNDS} changes came before the issue")


@pytest.mark.postgres
def test_two_tier_changes_on_the_same_date_one_wins_one_is_told(postgres_url, tmp_path):
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.close()
    change = ["--db", postgres_url, "customer", "change-tier", "Acme"]
    change += ["--tier", "professional", "--effective", "2026-12-01"]
    outcomes = race(tmp_path, [change, change])
    assert sorted(code for code, _, _ in outcomes) == [0, 2], outcomes
    (lost,) = [one_sentence(o) for o in outcomes if o[0] != 0]
    assert lost == "accountdesk: Acme is already on Professional on 2026-12-01."
    assert rows(
        postgres_url, "SELECT tier_key, effective_from FROM contract_term ORDER BY effective_from"
    ) == [("enterprise", date(2026, 1, 1)), ("professional", date(2026, 12, 1))]


@pytest.mark.postgres
def test_two_customers_named_alike_at_once_one_is_told(postgres_url, tmp_path):
    add = ["customer", "add", "--tier", "professional", "--start", "2026-01-01"]
    outcomes = race(
        tmp_path,
        [["--db", postgres_url, *add, "ÄCME"], ["--db", postgres_url, *add, "äcme"]],
    )
    assert sorted(code for code, _, _ in outcomes) == [0, 2], outcomes
    (lost,) = [one_sentence(o) for o in outcomes if o[0] != 0]
    winner = scalar(postgres_url, "SELECT name FROM customer")
    assert lost == f"accountdesk: A customer called {winner!r} already exists."
    assert scalar(postgres_url, "SELECT count(*) FROM customer") == 1
