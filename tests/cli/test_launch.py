"""Which way in the program takes: the window for no command, else the command line,
which itself never opens the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from accountdesk import launch
from accountdesk.cli import main


@pytest.mark.parametrize(
    ("args", "db"),
    [
        ([], ""),
        (["--db", "team.sqlite3"], "team.sqlite3"),
        (["--db="], ""),
        (["--db", "a.sqlite3", "--db", "b.sqlite3"], "b.sqlite3"),
    ],
)
def test_arguments_without_a_command_open_the_window(
    args: list[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window itself is the window tests' subject; here only which database it gets.
    opened: list[str] = []
    monkeypatch.setattr(launch, "window", lambda db: opened.append(db) or 0)
    assert launch.main(args) == 0
    assert opened == [db]


def test_a_command_runs_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch.main(["--db", str(tmp_path / "t.sqlite3"), "tiers", "--json"]) == 0
    assert '"tiers"' in capsys.readouterr().out


def test_the_command_line_alone_asks_for_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "t.sqlite3")]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "accountdesk: a command is needed (see 'accountdesk --help')\n")
    assert not (tmp_path / "t.sqlite3").exists()
