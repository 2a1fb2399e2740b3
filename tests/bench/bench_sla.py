"""Support cases' SLA speed, as ratios to floors measured in the same run (not part of the
test run).

    python tests/bench/bench_sla.py [--db demo.sqlite3] [--repeat 5]

On the demo portfolio with its support cases (5,000 customers over 24 months, over
200,000 cases), at the demo clock's now (noon UTC on its today):

1. the portfolio's attainment for the last whole month (`Cases.portfolio_sla`, what
   `sla` and the window read) against a floor: the same SQL through plain sqlite3,
   plus the business-time clock (`domain.sla.standing`) for the same cases in a plain
   loop. Target: <= 3x.
2. every open case of every customer (`Cases.cases(open_only=True)`, what the window's
   Cases view lists) against a floor: its SQL through plain sqlite3 (the open cases,
   their waits and escalations, their customers and contract terms). Target: <= 3x.

Both floors are checked against the service's answer (the same counts). Figures are
the median of --repeat runs after one warm-up. Without --db, the demo is built in a
temporary folder first (a couple of minutes). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from math import ceil
from pathlib import Path
from typing import Any

from accountdesk.app import open_desk
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import BusinessCalendar, CaseState, CaseTimes, Target, standing
from accountdesk.domain.tiers import Coverage, Severity
from accountdesk.services.demo import generate_demo

TODAY = date(2026, 11, 26)
MONTH = Month(2026, 10)
RATIO_TARGET = 3.0
MIN_CASES = 200_000
CASE_COLUMNS = (
    "id, customer_id, reference, title, severity, opened_at, first_response_at, "
    "resolved_at, engineer, escalation_level"
)


def build_demo(folder: Path, customers: int, months: int) -> Path:
    path = folder / "demo.sqlite3"
    print(f"building the demo portfolio ({customers:,} customers x {months} months)…")
    desk = open_desk(str(path), clock=FixedClock(TODAY), user="bench")
    try:
        generate_demo(desk.sessions, desk.clock, customers, months, 1)
    finally:
        desk.close()
    return path


def instant(text: str | None) -> datetime | None:
    """A stored instant (SQLite keeps UTC as text without an offset)."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def in_chunks(
    connection: sqlite3.Connection, sql: str, ids: list[int], size: int = 1000
) -> list[Any]:
    rows: list[Any] = []
    for lo in range(0, len(ids), size):
        chunk = ids[lo : lo + size]
        rows += connection.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def targets(connection: sqlite3.Connection) -> dict[tuple[str, str], Target]:
    """Each tier's response target by severity, from the tier table; (tier, "") for the
    tiers with an SLA attainment target."""
    found = {}
    cursor = connection.cursor()
    cursor.row_factory = sqlite3.Row
    for tier in cursor.execute("SELECT * FROM tier").fetchall():
        if tier["sla_target_pct"] is not None:
            found[(tier["key"], "")] = Target(0, Coverage.ALWAYS)
        for severity in Severity:
            minutes = tier[f"response_{severity.value}_minutes"]
            coverage = tier[f"coverage_{severity.value}"]
            if minutes is not None and coverage:
                found[(tier["key"], severity.value)] = Target(minutes, Coverage(coverage))
    return found


def earliest_opening(
    connection: sqlite3.Connection, goals: dict[tuple[str, str], Target], month: Month
) -> date:
    """The rule `Cases` uses to leave out cases that ran out before the month: K working
    days back from the month's first day in each holiday calendar, K the longest
    business-hours target in 8-hour days."""
    business = [t.minutes for t in goals.values() if t.coverage is Coverage.BUSINESS_HOURS]
    always = [t.minutes for t in goals.values() if t.coverage is Coverage.ALWAYS and t.minutes]
    earliest = month.first - timedelta(days=ceil(max(always, default=0) / 1440) + 1)
    days = ceil(max(business, default=0) / 480)
    for (calendar,) in connection.execute("SELECT DISTINCT holiday_calendar FROM customer"):
        off = holidays_for(calendar, date(month.first.year - 1, 1, 1), month.first)
        day, counted = month.first, 0
        while counted < days:
            day -= timedelta(days=1)
            counted += day.weekday() < 5 and day not in off
        earliest = min(earliest, day)
    return earliest


def floor_portfolio(db: Path, month: Month, now: datetime) -> tuple[int, int]:
    """The month's cases due and met over the portfolio: plain SQL and a plain loop."""
    connection = sqlite3.connect(db)
    goals = targets(connection)
    lo = datetime.combine(earliest_opening(connection, goals, month), datetime.min.time())
    lo -= timedelta(days=1)
    hi = datetime.combine(month.last, datetime.min.time()) + timedelta(days=2)
    where = (
        "opened_at < ? AND (opened_at >= ? OR id IN "
        "(SELECT case_id FROM case_waiting WHERE ends_at >= ?))"
    )
    bounds = (hi.isoformat(" "), lo.isoformat(" "), lo.isoformat(" "))
    cases = connection.execute(
        f"SELECT {CASE_COLUMNS} FROM support_case WHERE {where} ORDER BY opened_at, id", bounds
    ).fetchall()
    waits: dict[int, list[tuple[datetime, datetime]]] = {}
    for case_id, starts, ends in in_chunks(
        connection,
        "SELECT case_id, starts_at, ends_at FROM case_waiting WHERE case_id IN ({})",
        [row[0] for row in cases],
    ):
        waits.setdefault(case_id, []).append((instant(starts), instant(ends)))
    customer_ids = sorted({row[1] for row in cases})
    customers = {
        row[0]: row
        for row in in_chunks(
            connection,
            "SELECT id, name, timezone, holiday_calendar, contract_start, contract_end "
            "FROM customer WHERE id IN ({})",
            customer_ids,
        )
    }
    terms: dict[int, list[tuple[date, str]]] = {}
    for customer_id, tier, effective in in_chunks(
        connection,
        "SELECT customer_id, tier_key, effective_from FROM contract_term "
        "WHERE customer_id IN ({}) ORDER BY customer_id, effective_from",
        customer_ids,
    ):
        terms.setdefault(customer_id, []).append((date.fromisoformat(effective), tier))
    connection.close()

    from zoneinfo import ZoneInfo

    zones = {row[2]: ZoneInfo(row[2]) for row in customers.values()}  # held: loaded once
    # A customer counts when the tier in force at the month's end (under contract) has
    # an SLA target.
    counted = set()
    for customer_id, (_, _, _, _, start, end) in customers.items():
        last = min(month.last, date.fromisoformat(end)) if end else month.last
        if date.fromisoformat(start) > last or last < month.first:
            continue
        tier = [key for effective, key in terms[customer_id] if effective <= last][-1]
        if (tier, "") in goals:
            counted.add(customer_id)
    calendars: dict[tuple[str, str | None], BusinessCalendar] = {}
    due = met = 0
    for case_id, customer_id, _, _, severity, opened, first, resolved, _, _ in cases:
        if customer_id not in counted:
            continue
        _, _, zone, holidays, _, _ = customers[customer_id]
        tz = zones[zone]
        opened_at = instant(opened)
        assert opened_at is not None
        local = opened_at.astimezone(tz).date()
        tier = [key for start, key in terms[customer_id] if start <= local][-1]
        target = goals.get((tier, severity))
        if target is None:
            continue
        calendar = calendars.get((zone, holidays))
        if calendar is None:
            off = holidays_for(holidays, date(month.first.year, 1, 1), date(TODAY.year + 2, 12, 31))
            calendar = calendars[(zone, holidays)] = BusinessCalendar(zone, frozenset(off))
        times = CaseTimes(opened_at, instant(first), instant(resolved))
        where_now = standing(times, target, calendar, waits.get(case_id, ()), now)
        start = datetime.combine(month.first, datetime.min.time(), tz)
        end = datetime.combine(month.last + timedelta(days=1), datetime.min.time(), tz)
        assert where_now.due is not None
        if start <= where_now.due < end and where_now.state in (CaseState.MET, CaseState.BREACHED):
            due += 1
            met += where_now.state is CaseState.MET
    return due, met


def floor_open(db: Path) -> int:
    """The open cases and what the list shows with them, through plain sqlite3."""
    connection = sqlite3.connect(db)
    cases = connection.execute(
        f"SELECT {CASE_COLUMNS} FROM support_case WHERE resolved_at IS NULL ORDER BY opened_at, id"
    ).fetchall()
    ids = [row[0] for row in cases]
    in_chunks(
        connection,
        "SELECT case_id, starts_at, ends_at FROM case_waiting WHERE case_id IN ({})",
        ids,
    )
    in_chunks(
        connection,
        "SELECT case_id, at, by, from_level, to_level, reason FROM case_escalation "
        "WHERE case_id IN ({}) ORDER BY at, id",
        ids,
    )
    customer_ids = sorted({row[1] for row in cases})
    in_chunks(connection, "SELECT * FROM customer WHERE id IN ({})", customer_ids)
    in_chunks(
        connection,
        "SELECT * FROM contract_term WHERE customer_id IN ({}) ORDER BY customer_id, "
        "effective_from",
        customer_ids,
    )
    connection.close()
    return len(cases)


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def median_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    run()  # warm-up: the page cache, holiday calendars and time zones loaded once
    runs = [timed(run) for _ in range(repeat)]
    return statistics.median(seconds for seconds, _ in runs), runs[-1][1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an AccountDesk SQLite file holding the demo")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as folder:
        db = args.db or build_demo(Path(folder), args.customers, args.months)
        with sqlite3.connect(db) as connection:
            customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
            count = connection.execute("SELECT count(*) FROM support_case").fetchone()[0]
        print(f"database: {db} ({customers:,} customers, {count:,} support cases)")
        if count < MIN_CASES:
            print(
                f"  fewer than {MIN_CASES:,} cases: not the benchmark's portfolio", file=sys.stderr
            )
            return 1
        desk = open_desk(str(db), clock=FixedClock(TODAY), user="bench")
        now = desk.clock.now()
        try:
            sla, portfolio = median_of(args.repeat, lambda: desk.cases.portfolio_sla(MONTH))
            sla_floor, (due, met) = median_of(args.repeat, lambda: floor_portfolio(db, MONTH, now))
            assert (portfolio.due, portfolio.met) == (due, met), (
                "the service and the floor disagree"
            )
            listed, cases = median_of(args.repeat, lambda: desk.cases.cases(open_only=True))
            listed_floor, open_count = median_of(args.repeat, lambda: floor_open(db))
            assert len(cases) == open_count, "the service and the floor disagree"
        finally:
            desk.close()

    states = Counter(c.state.label for c in cases)
    sla_ratio, open_ratio = sla / sla_floor, listed / listed_floor
    sla_ok, open_ok = sla_ratio <= RATIO_TARGET, open_ratio <= RATIO_TARGET
    print(f"medians of {args.repeat} runs each")
    print(
        f"1. portfolio SLA for {MONTH.label} ({len(portfolio.customers):,} customers, "
        f"{due:,} cases due, {met:,} met, attainment {portfolio.attainment} %): {sla:.3f} s; "
        f"floor (raw SQL + the clock in a loop) {sla_floor:.3f} s; {sla_ratio:.2f}x, target "
        f"<= {RATIO_TARGET}x: {'ok' if sla_ok else 'MISSED'}"
    )
    print(
        f"2. open cases of all customers ({len(cases):,}: "
        + ", ".join(f"{n:,} {state}" for state, n in sorted(states.items()))
        + f"): {listed:.3f} s; floor (raw SQL) {listed_floor:.3f} s; {open_ratio:.2f}x, "
        f"target <= {RATIO_TARGET}x: {'ok' if open_ok else 'MISSED'}"
    )
    return 0 if sla_ok and open_ok else 1


if __name__ == "__main__":
    sys.exit(main())
