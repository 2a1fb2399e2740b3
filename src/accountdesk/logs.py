"""The log: where an error that nobody expected is written down in full.

A user sees a plain sentence; the traceback goes to a rotating file in the user log
folder (Linux `~/.local/state/AccountDesk/log/accountdesk.log`), so that nothing is
swallowed and a support engineer has something to read. Standard `logging` throughout:
modules log through `logging.getLogger(__name__)`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from platformdirs import user_log_path

LOG_FILE = "accountdesk.log"
MAX_BYTES = 1_000_000  # five files of a megabyte: weeks of ordinary use
BACKUPS = 4
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_path() -> Path:
    """The log file: ACCOUNTDESK_LOG_DIR when set, else the user log folder."""
    folder = os.environ.get("ACCOUNTDESK_LOG_DIR")
    base = Path(folder) if folder else user_log_path("AccountDesk", appauthor=False)
    return base / LOG_FILE


def start_logging() -> Path | None:
    """Send the `accountdesk` loggers to the log file (once per process) and return its
    path. A log that cannot be written (a read-only home) falls back to stderr rather
    than stopping the program; then the path is None."""
    global _handler
    path = log_path()
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
        return path
    stop_logging()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger = logging.getLogger("accountdesk")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    return path if isinstance(handler, logging.FileHandler) else None


def stop_logging() -> None:
    """Close the log file (tests, and a process that switches folders)."""
    global _handler
    if _handler is not None:
        logging.getLogger("accountdesk").removeHandler(_handler)
        _handler.close()
        _handler = None


def log_unexpected(what: str, error: BaseException) -> str:
    """Write `error` with its traceback to the log, saying what was being done; returns
    where the details are, in words for the sentence that points the user there
    ("the log, /home/ann/.local/state/AccountDesk/log/accountdesk.log")."""
    path = start_logging()
    logging.getLogger("accountdesk").error(
        "%s", what, exc_info=(type(error), error, error.__traceback__)
    )
    if path is None:
        return "the error output above (the log folder cannot be written)"
    return f"the log, {path}"
