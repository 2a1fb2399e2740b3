"""How a command ends when it does not succeed: the exit codes and the one line each
leaves on stderr (see the package's docstring)."""

from __future__ import annotations

import sys

from accountdesk.logs import log_unexpected

EXIT_DONE = 0
EXIT_UNEXPECTED = 1
EXIT_REFUSED = 2
EXIT_INTERRUPTED = 130  # the shells' convention for a program stopped by Ctrl+C


def say(sentence: str) -> None:
    """One line on stderr, in the program's name."""
    sys.stderr.write(f"accountdesk: {sentence}\n")


def refused(sentence: str) -> int:
    """Say why the request was turned down; the exit code for it."""
    say(sentence)
    return EXIT_REFUSED


def unwritable(error: OSError) -> int:
    """A file that could not be read or written (a missing folder, a full disk) is the
    user's to fix: a refusal, named by its file."""
    where = f" ({error.filename})" if error.filename else ""
    return refused(f"{error.strerror or error}{where}.")


def unexpected(what: str, error: Exception) -> int:
    """Write an error nobody expected to the log with its traceback, and point the user
    to the log in one line; the exit code for it."""
    where = log_unexpected(what, error)
    detail = str(error).strip().splitlines()
    summary = type(error).__name__ + (f": {detail[0]}" if detail else "")
    say(f"something went wrong ({summary}); the details are in {where}")
    return EXIT_UNEXPECTED


def interrupted() -> int:
    """Ctrl+C: the command's transaction was rolled back, so nothing it had not finished
    was written; the exit code for it."""
    say("interrupted; what the command had not finished was not written.")
    return EXIT_INTERRUPTED
