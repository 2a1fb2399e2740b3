"""The `accountdesk` program: the window when no command is given, else the command line.

The window's way in loads no more than the window needs: a user waits for it at every
start, while the command line's modules (and through them the database layer) would
double the time before the window appears (see gui/main_window.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    db = window_database(args)
    if db is None:
        from accountdesk.cli import main as command_line

        return command_line(args)
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
