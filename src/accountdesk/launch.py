"""The `accountdesk` program: the window when no command is given, else the command line.

The window's way in loads no more than the window needs: a user waits for it at every
start, while the command line's modules (and through them the database layer) would
double the time before the window appears (see gui/main_window.py). The command line
itself knows no Qt: only this module chooses between the two.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    db = window_database(args)
    if db is not None:
        return window(db)
    from accountdesk.cli import parse, run

    parsed = parse(args)
    if isinstance(parsed, int):  # --help, --version or a usage mistake, already printed
        return parsed
    if parsed.command is None:  # only --db options in a rarer spelling (`--db=`, twice)
        return window(parsed.db or "")
    return run(parsed)


def window(db: str) -> int:
    """The window on `db` ("" for the default database), today pinned as for commands."""
    from accountdesk.domain.errors import Refused
    from accountdesk.gui.main_window import run_window
    from accountdesk.paths import chosen_database, pinned_clock

    try:
        clock = pinned_clock()
    except Refused as refused:
        sys.stderr.write(f"accountdesk: {refused}\n")
        return 2
    return run_window(chosen_database(db or None), clock)


def window_database(args: list[str]) -> str | None:
    """For arguments that only open the window (none, or just `--db DB`), the --db
    value ("" when not given); None for anything else, which the command line handles."""
    if not args:
        return ""
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return args[0].removeprefix("--db=")
    return None
