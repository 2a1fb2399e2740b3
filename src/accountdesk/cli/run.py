"""A run of the command line: parse the arguments, open the database, run the command,
and turn how it ended into an exit code (see the package's docstring)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from accountdesk.cli.errors import (
    EXIT_DONE,
    interrupted,
    refused,
    say,
    unexpected,
    unwritable,
)
from accountdesk.cli.parser import build_parser
from accountdesk.domain.clock import Clock
from accountdesk.domain.errors import Refused
from accountdesk.paths import chosen_database, pinned_clock

if TYPE_CHECKING:
    from accountdesk.app import Desk


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """`accountdesk ARGS` for a command; returns the exit code. `clock` pins today
    (tests; the program pins it with ACCOUNTDESK_TODAY)."""
    args = parse(argv)
    if isinstance(args, int):
        return args
    if args.command is None:  # the window is the program's (launch), not the command line's
        return refused("a command is needed (see 'accountdesk --help')")
    nul = next((k for k, v in vars(args).items() if isinstance(v, str) and "\x00" in v), None)
    if nul is not None:  # no shell passes one; a program calling main() might
        return refused(f"the {nul.replace('_', ' ')} cannot contain a NUL character.")
    return run(args, clock)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when parsing already ended the run
    (--help, --version, or a usage mistake, each already printed)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as done:
        return int(done.code or 0)
    except Exception as error:  # nobody expected it: logged in full, one line here
        return unexpected("Reading the command line failed", error)


def run(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run the parsed command against the chosen database; returns the exit code."""
    try:
        return _run(args, clock)
    except KeyboardInterrupt:
        return interrupted()
    except Exception as error:  # nobody expected it: logged in full, one line here
        # Only the command's words: the arguments may hold a password (--db URL).
        return unexpected(f"The command '{getattr(args, 'handler', args.command)}' failed", error)


def _run(args: argparse.Namespace, clock: Clock | None) -> int:
    # Imported here, not above: the commands load the database layer and the services
    # (about a second), which --help, --version and a usage mistake do not need.
    from accountdesk.app import open_desk
    from accountdesk.cli.commands import HANDLERS
    from accountdesk.cli.context import Context
    from accountdesk.db.engine import database_url, empty_sqlite_file

    desk: Desk | None = None
    try:
        db = chosen_database(args.db)
        empty = empty_sqlite_file(database_url(db))
        desk = open_desk(db, clock=clock or pinned_clock())
        if empty is not None:  # a file the user named: say what became of it
            say(f"made {empty} a new AccountDesk database (it was an empty file).")
        HANDLERS[args.handler](Context(desk, args))
    except Refused as refusal:
        return refused(str(refusal))
    except BrokenPipeError:  # the reader (`| head`) stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DONE
    except OSError as error:  # an unwritable output file, a full disk
        return unwritable(error)
    finally:
        if desk is not None:
            desk.close()
    return EXIT_DONE
