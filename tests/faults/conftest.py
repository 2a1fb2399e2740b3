"""The command line run as a separate program under a fault of the machine: a disk with
no room left, a read-only file or folder, a process killed outright.

How each fault is made, without special mounts:
- no room: the program runs with a file size limit (`ulimit -f`, RLIMIT_FSIZE) and
  SIGXFSZ ignored, so that a write past the limit fails with EFBIG as on a full disk;
- read-only: `chmod`. The tests may run as root, whom file modes do not stop; the
  program then runs without the capabilities that let root override them
  (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER), so it meets the modes as
  any user does.
"""

from __future__ import annotations

import ctypes
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.processes import child_env

TODAY = "2026-11-26"
_PR_CAPBSET_DROP = 24
_OVERRIDING_CAPABILITIES = (1, 2, 3)  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def _limit_file_size(size: int) -> Callable[[], None]:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def _as_an_ordinary_user() -> None:
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _OVERRIDING_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def cli_env(tmp_path: Path) -> dict[str, str]:
    return child_env(ACCOUNTDESK_TODAY=TODAY, ACCOUNTDESK_LOG_DIR=str(tmp_path / "log"))


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., Run]:
    """`cli(db, *args, file_size=N, read_only_user=True)`: the command line as a program."""

    def run(
        db: Path | str, *args: str, file_size: int | None = None, ordinary_user: bool = False
    ) -> Run:
        def before() -> None:
            if file_size is not None:
                _limit_file_size(file_size)()
            if ordinary_user:
                _as_an_ordinary_user()

        done = subprocess.run(
            [sys.executable, "-m", "accountdesk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=cli_env(tmp_path),
            preexec_fn=before,
            timeout=120,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo portfolio with one Professional customer of our own, made once."""
    folder = tmp_path_factory.mktemp("template")
    db = folder / "desk.sqlite3"
    env = cli_env(folder)
    for args in (
        ["demo", "--customers", "12", "--months", "3"],
        ["customer", "add", "Fault Lines", "--tier", "professional", "--start", "2026-01-01"],
    ):
        subprocess.run(
            [sys.executable, "-m", "accountdesk", "--db", str(db), *args],
            check=True,
            capture_output=True,
            env=env,
            timeout=300,
        )
    return db


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Path]:
    """A copy of the demo portfolio in a folder of its own (no -wal file beside it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "desk.sqlite3"
    shutil.copyfile(demo_template, db)
    yield db
    for path in (folder, *folder.iterdir()):  # let pytest clean up what a test made read-only
        path.chmod(0o755 if path.is_dir() else 0o644)


def one_sentence(run: Run) -> str:
    """The refusal's one line on stderr (exit 2), no traceback."""
    assert run.code == 2, (run.code, run.err)
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    return lines[0]
