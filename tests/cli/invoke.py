"""The command line run in-process, as the tests of a subject call it: `run(*args)`
gives (exit code, stdout, stderr); `ok(run, *args)` insists on success."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.conftest import TODAY

Run = Callable[..., tuple[int, str, str]]


def ok(run: Run, *args: str, day: date = TODAY) -> str:
    code, out, err = run(*args, day=day)
    assert (code, err) == (0, ""), err
    return out
