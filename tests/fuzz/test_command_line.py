"""Every command, with arguments a hostile but ordinary user might type, ends in a
result (exit 0) or one sentence (exit 2) — never a traceback, and a refusal writes
nothing. The commands and their options are read from the parser itself, so a new
option is fuzzed as soon as it is declared (and fails here until it has a strategy).

The run is deterministic and bounded; FUZZ_EXAMPLES (default below) makes it longer,
FUZZ_SEED makes it a different one (see the README)."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, event, given, seed, settings
from hypothesis import strategies as st

from accountdesk.app import open_desk
from accountdesk.cli import main
from accountdesk.cli.parser import build_parser
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.ledger import Category
from accountdesk.domain.tiers import Tier
from tests.conftest import TODAY, snapshot

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))
SEED = int(os.environ.get("FUZZ_SEED", "0"))


def leaf_commands() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command the parser declares, as the words a user types and its parser."""

    def walk(
        parser: argparse.ArgumentParser, words: tuple[str, ...]
    ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield words, parser
            return
        for name, child in subs[0].choices.items():
            yield from walk(child, (*words, name))

    yield from walk(build_parser(), ())


# What a hostile but ordinary user types, by kind of value.
HUGE = ["99999999999999999999", "2147483648", "3000000000", "9223372036854775808", "-1", "0"]
UNICODE_DIGITS = ["²", "٣", "１２", "߁", "½", "Ⅻ"]
NASTY = ["", " ", "\x00", "a\x00b", "'; DROP TABLE customer; --", '=HYPERLINK("x")', "\t\r\n"]


def long_text(n: int) -> str:
    return "x" * n


def mostly(good: st.SearchStrategy[str], *bad: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A good value five times in six, so that commands get past their first checks and
    reach the database; else one of the bad ones."""
    return st.integers(0, 5).flatmap(lambda n: st.one_of(*bad) if n == 0 else good)


nasty_text = st.one_of(
    st.sampled_from(NASTY),
    st.sampled_from([long_text(n) for n in (7, 9, 17, 21, 65, 121, 201, 255, 6000)]),
    st.text(max_size=30),
)
free_text = mostly(st.sampled_from(["Ann", "Tom Ölund", "李雷", "O'Brien", "x, y"]), nasty_text)
bad_ids = st.one_of(
    st.sampled_from([*HUGE, *UNICODE_DIGITS, "1.0", "0x1", "１", " 1", "+1"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
ids = mostly(st.integers(1, 40).map(str), bad_ids)
moments = mostly(
    st.sampled_from(["2026-11-20T10:30+01:00", "2026-11-05T09:00Z", "2027-01-01T00:00+00:00"]),
    st.sampled_from(
        ["2026-11-20 10:30", "2026-13-01T10:00Z", "٢٠٢٦-11-20T10:30Z", "9999-12-31T23:59Z"]
    ),
    nasty_text,
)
customers = mostly(st.sampled_from(["Acme", "Globex", "1", "2", "3"]), bad_ids, nasty_text)
# Where a customer goes, sometimes the word of `report reopen C` (the customer follows it).
customer_words = st.one_of(customers, st.just("reopen"))
bad_dates = st.one_of(
    st.sampled_from(
        [
            "0000-01-01",
            "0001-01-01",
            "1899-12-31",
            "1900-01-01",
            "2200-12-31",
            "2201-01-01",
            "9999-12-31",
            "2026-02-30",
            "20261126",
            "2026-W48-4",
            "٢٠٢٦-١١-٢٦",
            "2026-11-26T10:00",
        ]
    ),
    st.dates().map(str),
    nasty_text,
)
dates = mostly(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)).map(str), bad_dates
)
bad_months = st.one_of(
    st.sampled_from(["0000-01", "1899-12", "2201-01", "9999-12", "2026-13", "٢٠٢٦-١١", "²026-11"]),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}" if d.year < 10000 else "x"),
    nasty_text,
)
months = mostly(st.sampled_from(["2026-11", "2026-10", "2026-12", "2025-06"]), bad_months)
durations = mostly(
    st.sampled_from(["2.5", "2:30", "0.25", "24", "1", "8:15", ".5"]),
    st.sampled_from(["0", "24:01", "1e3", "NaN", "-1", "²", "٣", "2.555", "99999999999999999"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    nasty_text,
)
fees = mostly(
    st.sampled_from(["5000", "1,250.50", "0", "999999999.99"]),
    st.sampled_from(
        ["1e20", "NaN", "Infinity", "-1", "0.001", "٣", "9" * 30, "1e-30", "1000000000", "1_000"]
    ),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    nasty_text,
)
tiers = mostly(st.sampled_from([t.value for t in Tier]), nasty_text)
categories = mostly(st.sampled_from([c.value for c in Category]), nasty_text)
timezones = mostly(
    st.sampled_from(["UTC", "Europe/Berlin", "America/New_York"]),
    st.sampled_from(["Europe", "../../etc/passwd", "Mars/Olympus", "/etc/localtime"]),
    nasty_text,
)
languages = mostly(st.sampled_from(["en", "de"]), st.sampled_from(["xx", "english"]), nasty_text)
holidays = mostly(st.sampled_from(["DE", "US-CA", "US"]), st.sampled_from(["XX", "de"]), nasty_text)
emails = mostly(
    free_text.map(lambda t: f"{t.replace(' ', '.')}@example.com"),
    st.sampled_from(["a@b", "not-an-email", "@", "x" * 250 + "@example.com"]),
    nasty_text,
)
instants = mostly(
    st.sampled_from(["2026-11-26T09:00Z", "2026-10-05T10:00+02:00", "2026-11-20T16:00-08:00"]),
    st.sampled_from(
        [
            "2026-11-26T09:00",
            "2026-13-01T00:00Z",
            "9999-12-31T23:59-14:00",
            "0001-01-01T00:00+14:00",
        ]
    ),
    bad_dates,
)
severities = mostly(st.sampled_from(["critical", "P1", "Urgent", "minor"]), nasty_text)
case_refs = mostly(st.sampled_from(["T-1", "CASE-1", "Globex:T-1", "Acme:T-1"]), nasty_text)
# `demo` refuses a database that holds customers, as the fuzzed one always does.
small_ints = st.sampled_from(["1", "2", "0", "-1", "abc", "99999999999999999999", "٣", "²"])


def strategies(tmp: Path) -> dict[str, st.SearchStrategy[str]]:
    """The values for each option, by the name the parser stores it under."""
    files = st.one_of(
        st.sampled_from(["out.csv", "out.pdf", "out.ics", "sub/none.csv", "", "a\x00b"]).map(
            lambda name: str(tmp / name) if name else name
        ),
        st.just(str(tmp)),
        st.just(str(tmp / ("x" * 300))),
    )
    inputs = st.sampled_from(
        ["customers.csv", "hours.csv", "nul.csv", "long.csv", "missing.csv", "cases.csv"]
    ).map(lambda name: str(tmp / "in" / name))
    return {
        "customer": customer_words,
        "reopened": customers,
        "name": free_text,
        "tier": tiers,
        "start": dates,
        "end": dates,
        "effective": dates,
        "since": dates,
        "date": dates,
        "until": st.one_of(dates, instants),
        "held_at": moments,
        "timezone": timezones,
        "language": languages,
        "csm": free_text,
        "tam": free_text,
        "monthly_fee": fees,
        "holidays": holidays,
        "contact": ids,
        "entry": ids,
        "id": ids,
        "email": emails,
        "hours": durations,
        "category": categories,
        "engineer": free_text,
        "company_name": free_text,
        "company_service": free_text,
        "company_footer": free_text,
        "company_logo": inputs,
        "description": free_text,
        "note": free_text,
        "summary": free_text,
        "notes": free_text,
        "attendees": free_text,
        "reason": free_text,
        "month": months,
        "output": files,
        "out_dir": st.sampled_from([str(tmp), str(tmp / "missing")]),
        "file": st.one_of(inputs, files),
        "delimiter": mostly(st.sampled_from([",", ";", "tab"]), nasty_text),
        "customers": small_ints,
        "months": small_ints,
        "seed": small_ints,
        "severity": severities,
        "title": free_text,
        "ref": mostly(st.sampled_from(["T-2", "4711"]), nasty_text),
        "at": instants,
        "case": case_refs,
        "wait_from": instants,
        "level": small_ints,
        "pct": fees,
        "severity_map": st.one_of(inputs, st.just(str(tmp / "in" / "map.toml")), files),
    }


@st.composite
def command_lines(draw: st.DrawFn, tmp: Path) -> list[str]:
    values = strategies(tmp)
    commands = list(leaf_commands())
    words, parser = draw(st.sampled_from(commands))
    argv = list(words)
    left_out: set[str] = set()
    for group in parser._mutually_exclusive_groups:
        options = [a.dest for a in group._group_actions]
        picked = draw(st.sampled_from([*[[o] for o in options] * 3, [], options[:2]]))
        left_out |= {o for o in options if o not in picked}
    for action in parser._actions:
        if action.dest in left_out:
            continue
        if isinstance(action, argparse._HelpAction) or action.dest == "json":
            if action.dest == "json" and draw(st.booleans()):
                argv.append("--json")
            continue
        if not action.option_strings:  # a positional
            if action.nargs == "?" and draw(st.booleans()):
                continue
            argv.append(draw(values[action.dest]))
            continue
        exclusive = any(action in g._group_actions for g in parser._mutually_exclusive_groups)
        if not action.required and not exclusive and not draw(st.booleans()):
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:  # a switch
            if isinstance(action, argparse.BooleanOptionalAction):
                flag = draw(st.sampled_from(action.option_strings))
            argv.append(flag)
        else:
            argv += [flag, draw(values[action.dest])]
    return argv


def test_every_option_has_a_strategy(tmp_path: Path) -> None:
    values = strategies(tmp_path)
    for _, parser in leaf_commands():
        for action in parser._actions:
            if action.nargs != 0 and action.dest not in ("help", "json", "handler"):
                assert action.dest in values, f"no fuzz strategy for {action.dest!r}"


def small_portfolio(url: str, tmp: Path) -> None:
    """Two customers with contacts, a month of hours and planned reviews; and the CSV
    files the import commands are fuzzed with."""
    clock = FixedClock(TODAY)
    for argv in (
        ["customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01"],
        ["customer", "add", "Globex", "--tier", "enterprise", "--start", "2025-06-01"],
        ["contact", "add", "Acme", "Ann", "--email", "ann@example.com", "--named"],
        ["contact", "add", "Globex", "Gil", "--email", "gil@example.com", "--training-seat"],
        ["hours", "log", "Acme", "--date", "2026-11-02", "--hours", "2", "--category",
         "consulting",
         "--description",
         "work", "--engineer", "Eve"],
        ["hours", "log", "Globex", "--date", "2026-10-12", "--hours", "1:30", "--category",
         "incident", "--engineer", "Eve", "--note", "db down"],
        ["reviews", "plan"],
        ["case", "open", "Globex", "--severity", "P1", "--title", "Down", "--ref", "T-1",
         "--at", "2026-11-26T09:00Z"],
    ):  # fmt: skip
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--db", url, *argv], clock=clock) == 0, argv
    folder = tmp / "in"
    folder.mkdir()
    (folder / "customers.csv").write_text(
        "name,tier,start,end,timezone,language,monthly_fee\n"
        "Initech,professional,2026-02-01,,UTC,en,\n"
    )
    (folder / "hours.csv").write_text(
        "customer,date,hours,category,engineer,note\nAcme,2026-11-03,1,training,Eve,x\n"
    )
    (folder / "cases.csv").write_text(
        "reference,customer,title,severity,opened,first_response,resolved\n"
        "T-3,Acme,Slow,P3,2026-11-20T10:00+01:00,,\n"
    )
    (folder / "map.toml").write_text('[severity]\nBlocker = "critical"\n')
    (folder / "nul.csv").write_bytes(
        b"customer,date,hours,category,engineer,note\nAcme,2026-11-03,1,training,E\x00ve,x\n"
    )
    (folder / "long.csv").write_text(
        "customer,date,hours,category,engineer,note\n"
        f"Acme,2026-11-03,1,training,{'E' * 500},x\n"
        f"Acme,9999-12-31,1,training,Eve,x\n"
    )


def test_no_command_line_ends_in_a_traceback(db_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    small_portfolio(db_url, data)
    clock = FixedClock(TODAY)

    @seed(SEED)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=SEED == 0,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(command_lines(data))
    def check(argv: list[str]) -> None:
        before = snapshot(watcher)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["--db", db_url, *argv], clock=clock)
        lines = err.getvalue().splitlines()
        event(f"exit {code}")  # --hypothesis-show-statistics: how many got through
        assert code in (0, 2), (argv, err.getvalue())
        assert len(lines) <= 1, (argv, lines)
        if code == 2:
            assert lines, argv
            assert snapshot(watcher) == before, (argv, lines)

    watcher = open_desk(db_url, clock=clock)  # reads the database around each command
    try:
        check()
    finally:
        watcher.close()
