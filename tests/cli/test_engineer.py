"""Whose hours `hours log` records: --engineer, else the name saved for the user (the
window asks for it on its first run), never the computer's login; and it says which."""

from __future__ import annotations

import json

import pytest

from accountdesk import preferences
from accountdesk.cli import main

LOG = ["hours", "log", "Acme", "--date", "2026-11-03", "--hours", "1", "--category", "consulting",
       "--description", "Design review"]  # fmt: skip


@pytest.fixture
def run(tmp_path, clock, capsys):
    db = tmp_path / "cli.sqlite3"

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    assert (
        invoke("customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01")[0] == 0
    )
    return invoke


def engineers(run) -> list[str]:
    code, out, _ = run("hours", "list", "Acme", "--month", "2026-11", "--json")
    assert code == 0
    return [entry["engineer"] for entry in json.loads(out)["entries"]]


def test_without_a_name_the_command_asks_for_one_and_logs_nothing(run):
    code, out, err = run(*LOG)
    assert code == 2 and out == ""
    assert "--engineer NAME" in err and "no name is saved" in err
    assert engineers(run) == []


def test_the_saved_name_is_used_and_said(run):
    preferences.save_engineer("Amara Ibáñez")
    code, out, err = run(*LOG)
    assert code == 0
    assert out.strip().isdigit()  # stdout stays the id, as scripts read it
    assert "logged as Amara Ibáñez, the name saved for you" in err
    code, out, _ = run(*LOG, "--json")
    assert json.loads(out)["engineer"] == "Amara Ibáñez"
    assert json.loads(out)["engineer_from"] == "saved"
    assert engineers(run) == ["Amara Ibáñez", "Amara Ibáñez"]


def test_the_option_wins_over_the_saved_name(run):
    preferences.save_engineer("Amara Ibáñez")
    code, out, err = run(*LOG, "--engineer", "Jordan Doe", "--json")
    assert code == 0 and err == ""
    assert (json.loads(out)["engineer"], json.loads(out)["engineer_from"]) == (
        "Jordan Doe",
        "option",
    )
    assert engineers(run) == ["Jordan Doe"]


def test_the_saved_name_lives_in_a_plain_file_in_the_config_folder(tmp_path):
    assert preferences.saved_engineer() is None
    preferences.save_engineer("  Chloé Tanaka ")
    path = preferences.preferences_path()
    assert path.is_relative_to(tmp_path)  # the tests' configuration folder
    assert json.loads(path.read_text(encoding="utf-8")) == {"engineer": "Chloé Tanaka"}
    preferences.save_engineer("")
    assert preferences.saved_engineer() is None
    path.write_text("not json", encoding="utf-8")
    assert preferences.saved_engineer() is None  # a damaged file is no name, no crash
