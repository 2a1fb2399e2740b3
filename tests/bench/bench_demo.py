"""Benchmark: the large demo portfolio into a new SQLite file.

    python tests/bench/bench_demo.py [--customers 5000] [--months 24] [--budget 120]

5,000 customers over 24 months is about a million ledger entries and over 200,000
support cases; the demo must write them well within two minutes on the 2-core
machine the project runs on.
Prints the time, the entry count and entries per second, and exits with 1 when
the generation took longer than the budget. Not collected by the test run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from accountdesk.app import open_desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.services.demo import generate_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 26))
    parser.add_argument("--budget", type=float, default=120.0, help="seconds allowed")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as folder:
        path = Path(folder) / "demo.sqlite3"
        desk = open_desk(str(path), clock=FixedClock(args.today), user="bench")
        try:
            started, cpu = time.perf_counter(), time.process_time()
            summary = generate_demo(
                desk.sessions, desk.clock, args.customers, args.months, args.seed
            )
            elapsed = time.perf_counter() - started
            # On a shared machine the wall time includes waiting for a core; the CPU
            # time is the demo's own work.
            cpu = time.process_time() - cpu
            with desk.sessions.begin() as s:
                entries = s.scalar(select(func.count()).select_from(m.LedgerEntry)) or 0
        finally:
            desk.close()
        size = sum(f.stat().st_size for f in Path(folder).iterdir()) / 2**20

    print(
        f"demo {args.customers:,} customers x {args.months} months (seed {args.seed}) "
        f"into SQLite: {elapsed:.1f} s ({cpu:.1f} s of CPU)"
    )
    print(
        f"  {entries:,} ledger entries ({entries / elapsed:,.0f} entries/s), "
        f"{summary.reviews:,} reviews, {summary.contacts:,} contacts, "
        f"{summary.tier_changes:,} tier changes, {summary.cases:,} support cases; "
        f"{size:,.0f} MiB on disk"
    )
    if elapsed > args.budget:
        print(f"  slower than the budget of {args.budget:.0f} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
