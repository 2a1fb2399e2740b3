"""Full disks, file size limits, read-only files and folders: each is one sentence on
stderr (exit 2), the database is left as it was, and no partial file stays behind."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import Run, _as_an_ordinary_user, cli_env, one_sentence

Cli = Callable[..., Run]

# Room for SQLite's shared-memory file (32 KiB) and a few pages of its log, not more.
LITTLE_ROOM = 64 * 1024


def entries(db: Path) -> int:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0])


def intact(db: Path) -> bool:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name)


def hours_csv(path: Path, rows: int) -> Path:
    lines = ["customer,date,hours,category,engineer,note"]
    lines += [
        f"Fault Lines,2026-11-{1 + n % 25:02d},0.25,consulting,engineer {n},row {n} " + "x" * 80
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_that_runs_out_of_room_says_so_and_writes_nothing(
    demo_db: Path, cli: Cli, tmp_path: Path
) -> None:
    before = entries(demo_db)
    csv = hours_csv(tmp_path / "hours.csv", 600)
    sentence = one_sentence(cli(demo_db, "import", "hours", str(csv), file_size=LITTLE_ROOM))
    assert "disk" in sentence and "nothing was written" in sentence
    assert "not an AccountDesk database" not in sentence
    assert entries(demo_db) == before
    assert intact(demo_db)
    # With room again, the same import goes through.
    assert cli(demo_db, "import", "hours", str(csv)).code == 0
    assert entries(demo_db) == before + 600


def test_no_room_even_to_open_is_not_taken_for_a_foreign_file(demo_db: Path, cli: Cli) -> None:
    sentence = one_sentence(cli(demo_db, "customer", "list", file_size=1024))
    assert "not an AccountDesk database" not in sentence
    assert "disk" in sentence
    assert intact(demo_db)


def test_a_report_with_no_room_for_its_file_leaves_nothing(demo_db: Path, cli: Cli) -> None:
    out = demo_db.parent / "out"
    out.mkdir()
    target = out / "fault-lines.pdf"
    args = ("report", "Fault Lines", "--month", "2026-11", "-o", str(target))
    # A report is some 60 KiB: room for SQLite's shared memory, not for the PDF.
    sentence = one_sentence(cli(demo_db, *args, file_size=40 * 1024))
    assert "nothing was written" in sentence and "fault-lines.pdf" in sentence
    assert list(out.iterdir()) == []
    assert cli(demo_db, *args).code == 0
    assert [p.name for p in out.iterdir()] == ["fault-lines.pdf"]


def test_a_backup_with_no_room_leaves_no_partial_file(demo_db: Path, cli: Cli) -> None:
    target = demo_db.parent / "copy.sqlite3"
    sentence = one_sentence(cli(demo_db, "backup", str(target), file_size=LITTLE_ROOM))
    assert "disk" in sentence
    assert not target.exists()
    assert leftovers(demo_db.parent) == []


def test_a_backup_onto_a_folder_is_refused_and_leaves_nothing(demo_db: Path, cli: Cli) -> None:
    folder = demo_db.parent / "backups"
    folder.mkdir()
    sentence = one_sentence(cli(demo_db, "backup", str(folder)))
    assert "is a folder" in sentence
    assert list(folder.iterdir()) == []
    assert leftovers(demo_db.parent) == []


def test_a_read_only_database_is_read_but_not_changed(demo_db: Path, cli: Cli) -> None:
    before = demo_db.read_bytes()
    demo_db.chmod(0o444)
    listed = cli(demo_db, "customer", "list", ordinary_user=True)
    assert listed.code == 0 and listed.err == ""
    assert "Fault Lines" in listed.out and len(listed.out.splitlines()) > 10
    sentence = one_sentence(
        cli(
            demo_db,
            "customer",
            "add",
            "Read Only",
            "--tier",
            "enterprise",
            "--start",
            "2026-01-01",
            ordinary_user=True,
        )
    )
    assert sentence.endswith(
        "is read-only: AccountDesk can read it but not save changes; nothing was written."
    )
    assert str(demo_db) in sentence
    assert demo_db.read_bytes() == before
    # Reading left SQLite's shared-memory file beside it, read-only like the database:
    # once the database is writable again, the sentence names that file.
    demo_db.chmod(0o644)
    shm = demo_db.with_name(demo_db.name + "-shm")
    if shm.exists() and not shm.stat().st_mode & 0o200:
        sentence = one_sentence(
            cli(
                demo_db,
                "customer",
                "add",
                "Read Only",
                "--tier",
                "enterprise",
                "--start",
                "2026-01-01",
                ordinary_user=True,
            )
        )
        assert f"{shm} is read-only" in sentence and "delete it" in sentence
        shm.unlink()
        demo_db.with_name(demo_db.name + "-wal").unlink(missing_ok=True)
    added = cli(
        demo_db,
        "customer",
        "add",
        "Read Only",
        "--tier",
        "enterprise",
        "--start",
        "2026-01-01",
        ordinary_user=True,
    )
    assert added.code == 0, added.err


HOME_FIGURES = """
import sys
from datetime import date
from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
desk = open_desk(sys.argv[1], clock=FixedClock(date(2026, 11, 26)))
home = desk.dashboard.overview(Month(2026, 11))
print(len(home.allowance_alerts), len(home.overages), home.overage_total)
"""


def test_home_reads_a_read_only_database_without_keeping_its_figures(
    demo_db: Path, tmp_path: Path
) -> None:
    """Home keeps the allowance rules' answers in the database it reads (SQLite); a
    file it may only read gets none, and Home shows the same figures all the same."""
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(demo_db.read_bytes())

    def home(db: Path, **run: Any) -> str:
        done = subprocess.run(
            [sys.executable, "-c", HOME_FIGURES, str(db)],
            capture_output=True, text=True, env=cli_env(tmp_path), timeout=120, **run,
        )  # fmt: skip
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return done.stdout

    expected = home(copy)
    alerts, overages, _ = expected.split()
    assert int(alerts) and int(overages), "an empty comparison proves nothing"
    assert kept_figures(copy) > 0  # a writable file keeps them
    before = demo_db.read_bytes()
    demo_db.chmod(0o444)
    try:
        assert home(demo_db, preexec_fn=_as_an_ordinary_user) == expected
    finally:
        demo_db.chmod(0o644)
    assert demo_db.read_bytes() == before
    assert kept_figures(demo_db) == 0


def kept_figures(db: Path) -> int:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT count(*) FROM allowance_figures").fetchone()[0])


def test_a_database_in_a_read_only_folder_is_refused_with_the_reason(
    demo_db: Path, cli: Cli
) -> None:
    before = demo_db.read_bytes()
    demo_db.parent.chmod(0o555)
    sentence = one_sentence(cli(demo_db, "customer", "list", ordinary_user=True))
    assert "is read-only" in sentence and str(demo_db.parent) in sentence
    assert "not an AccountDesk database" not in sentence
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["desk.sqlite3"]
    assert demo_db.read_bytes() == before


def test_the_ordinary_user_really_meets_file_modes(tmp_path: Path, cli: Cli) -> None:
    """The read-only tests above would prove nothing if the program could still write."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        run = cli(locked / "new.sqlite3", "init", ordinary_user=True)
        assert run.code == 2
        assert not (locked / "new.sqlite3").exists()
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("zone", ["Europe", "America/", "../etc"])
def test_a_time_zone_that_names_a_folder_is_refused_with_a_reason(
    demo_db: Path, cli: Cli, zone: str
) -> None:
    sentence = one_sentence(
        cli(
            demo_db,
            "customer",
            "add",
            "Zoned",
            "--tier",
            "professional",
            "--start",
            "2026-01-01",
            "--timezone",
            zone,
        )
    )
    assert "is not a time zone" in sentence
    assert "/usr" not in sentence and "zoneinfo" not in sentence
