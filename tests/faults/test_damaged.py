"""A database file with damaged pages: every command ends with a sentence (exit 0 for
what can still be read, 2 with what to do otherwise), and nothing is written into it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from accountdesk.db.engine import _damaged_files, backup_sqlite, make_engine
from accountdesk.domain.errors import Refused
from tests.faults.conftest import Run, one_sentence

Cli = Callable[..., Run]
PAGE = 4096


# The tables the commands below work on: damage reaches them wherever the file's
# layout puts them (the demo's support cases fill much of the file's later pages).
WORKED_ON = ("customer", "contact", "ledger_entry", "review")


def damage(db: Path, table: str | None = None) -> None:
    """Overwrite 500 bytes in every third page of the middle third of the file and in
    the first page of each table the commands work on, or only in the first page of
    one table (the rest of the file stays readable)."""
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    roots = {
        name: page for name, page in connection.execute("SELECT name, rootpage FROM sqlite_master")
    }
    connection.close()
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    hit = (
        [roots[table] - 1]
        if table
        else [*range(pages // 3, 2 * pages // 3, 3), *(roots[t] - 1 for t in WORKED_ON)]
    )
    for page in hit:
        data[page * PAGE : page * PAGE + 500] = b"\xa5" * 500
    db.write_bytes(bytes(data))
    assert _check(db) != "ok"


def _check(db: Path) -> str:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()


READS = [
    ["customer", "list"],
    ["customer", "show", "1"],
    ["hours", "list", "1", "--month", "2026-11"],
    ["usage", "1", "--month", "2026-11"],
    ["reviews", "list"],
    ["tiers"],
]
WRITES = [
    ["customer", "add", "Damaged Ltd", "--tier", "professional", "--start", "2026-01-01"],
    [
        "hours",
        "log",
        "Fault Lines",
        "--date",
        "2026-11-02",
        "--hours",
        "1",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "Dana",
    ],
    ["contact", "add", "Fault Lines", "Dana", "--email", "dana@example.com"],
    ["reviews", "plan"],
]


def test_commands_on_a_damaged_file_say_so_and_write_nothing(demo_db: Path, cli: Cli) -> None:
    damage(demo_db)
    before = demo_db.read_bytes()
    for args in READS + WRITES:
        run = cli(demo_db, *args)
        assert run.code in (0, 2), (args, run.err)
        if run.code == 2:
            sentence = one_sentence(run)
            assert "is damaged" in sentence and "backup" in sentence, (args, sentence)
            assert ".recover" in sentence
    for args in WRITES:
        sentence = one_sentence(cli(demo_db, *args))
        assert "is damaged" in sentence, (args, sentence)
    assert not (demo_db.parent / (demo_db.name + "-wal")).exists() or _wal_empty(demo_db)
    assert demo_db.read_bytes() == before


def _wal_empty(db: Path) -> bool:
    return (db.parent / (db.name + "-wal")).stat().st_size == 0


def test_a_damaged_file_is_not_backed_up_over_a_good_backup(demo_db: Path, cli: Cli) -> None:
    good = demo_db.parent / "last-night.sqlite3"
    assert cli(demo_db, "backup", str(good)).code == 0
    kept = good.read_bytes()
    damage(demo_db)
    sentence = one_sentence(cli(demo_db, "backup", str(good)))
    assert "is damaged" in sentence
    assert good.read_bytes() == kept
    assert sorted(p.name for p in demo_db.parent.iterdir() if "partial" in p.name) == []


def test_a_copy_of_a_damaged_file_never_replaces_a_backup(demo_db: Path) -> None:
    good = demo_db.parent / "last-night.sqlite3"
    backup_sqlite(demo_db, good)
    kept = good.read_bytes()
    damage(demo_db)
    with pytest.raises(Refused, match=r"is damaged .* kept as it was"):
        backup_sqlite(demo_db, good)
    assert good.read_bytes() == kept
    assert [p.name for p in demo_db.parent.iterdir() if "partial" in p.name] == []


def test_once_damage_is_met_nothing_more_is_written(demo_db: Path) -> None:
    damage(demo_db, table="ledger_entry")
    engine = make_engine(f"sqlite:///{demo_db}")
    try:
        with engine.connect() as connection:
            tables = [
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            ]
        with pytest.raises(Refused, match="is damaged"):
            for table in tables:  # reading on until a damaged page is met
                with engine.connect() as connection:
                    connection.exec_driver_sql(f'SELECT * FROM "{table}"').fetchall()
        # A write that touches no damaged page would go through; it is refused all the same.
        with pytest.raises(Refused, match="is damaged"), engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE scratch (x)")
    finally:
        engine.dispose()
        _damaged_files.discard(str(demo_db))
    connection = sqlite3.connect(demo_db)
    try:
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master")]
    finally:
        connection.close()
    assert "scratch" not in names
