"""A program killed outright (kill -9) leaves nothing running and, after the next run
into the same folder, nothing half-written behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from accountdesk.files import atomic_path, remove_stale_partials
from tests.faults.conftest import Run, cli_env

Cli = Callable[..., Run]


def _parents() -> dict[int, int]:
    """Every running process (not a zombie) with its parent, read from /proc."""
    found: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, parent = stat.rpartition(")")[2].split()[:2]
        if state not in ("Z", "X"):
            found[int(entry)] = int(parent)
    return found


def descendants(pid: int) -> set[int]:
    parents = _parents()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def running(pids: set[int]) -> set[int]:
    return pids & set(_parents())


def test_a_batch_killed_outright_leaves_no_worker_running(
    demo_db: Path, tmp_path: Path, cli: Cli
) -> None:
    # Enough customers that the batch is still building when it is killed.
    assert cli(demo_db, "demo", "--customers", "60", "--months", "2").code in (0, 2)
    out = tmp_path / "out"
    out.mkdir()
    batch = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "accountdesk",
            "--db",
            str(demo_db),
            "report",
            "--all",
            "--month",
            "2026-11",
            "--out-dir",
            str(out),
        ],
        env=cli_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and batch.poll() is None:
            workers = descendants(batch.pid)
            if len(workers) >= 3 and any(out.iterdir()):  # fork server, two workers, PDFs
                break
            time.sleep(0.05)
        assert batch.poll() is None, "the batch ended before it could be killed"
        assert len(workers) >= 2, workers
    finally:
        batch.send_signal(signal.SIGKILL)
        batch.wait()
    deadline = time.monotonic() + 5
    while running(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert running(workers) == set()


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_partials_of_a_killed_program_are_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from accountdesk.files import atomic_path\n"
            "with atomic_path(Path(sys.argv[1])) as partial:\n"
            "    partial.write_bytes(b'half a PDF')\n"
            "    print(partial.name, flush=True)\n"
            "    time.sleep(60)\n",
            str(target),
        ],
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    with writer.stdout:
        killed = tmp_path / writer.stdout.readline().strip()
    assert killed.name.startswith(".report.pdf.") and killed.name.endswith(".partial")
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert killed.exists()  # what kill -9 leaves behind

    # A partial of a program that is still writing into the same folder.
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        alive = killed.with_name(killed.name.replace(f"-{writer.pid}.", f"-{sleeper.pid}."))
        alive.write_bytes(b"being written")
        gone = killed.with_name(killed.name.replace(f"-{writer.pid}.", f"-{_dead_pid()}."))
        gone.write_bytes(b"")
        someone_elses = tmp_path / ".notes.txt.partial"
        someone_elses.write_bytes(b"not ours")

        with atomic_path(tmp_path / "other.pdf") as partial:
            partial.write_bytes(b"%PDF")
        assert not killed.exists() and not gone.exists()
        assert alive.exists() and someone_elses.exists()
        assert (tmp_path / "other.pdf").read_bytes() == b"%PDF"
    finally:
        sleeper.kill()
        sleeper.wait()
    assert remove_stale_partials(tmp_path) == [alive]


def test_a_report_killed_while_issuing_leaves_nothing_after_the_next_run(
    demo_db: Path, tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    leftover = out / f".fault-lines.pdf.{_host()}-{_dead_pid()}.abcd1234.partial"
    leftover.write_bytes(b"")  # as `report --issue` killed mid-write leaves it
    done = cli(
        demo_db,
        "report",
        "Fault Lines",
        "--month",
        "2026-10",  # an ended month: the running one cannot be issued
        "-o",
        str(out / "fault-lines.pdf"),
        "--issue",
    )
    assert done.code == 0, done.err
    assert [p.name for p in out.iterdir()] == ["fault-lines.pdf"]


def _host() -> str:
    from accountdesk import files

    return files._host()
