"""The log keeps what a user was not shown: the traceback of an unexpected error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from accountdesk.logs import log_path, log_unexpected, start_logging


def test_an_unexpected_error_is_written_with_its_traceback_to_the_user_log_folder(
    tmp_path: Path,
) -> None:
    try:
        {}["missing"]
    except KeyError as error:
        where = log_unexpected("Opening the ledger", error)
    path = log_path()
    assert where == f"the log, {path}"
    assert path.is_relative_to(tmp_path)  # the user's state folder, redirected for tests
    text = path.read_text(encoding="utf-8")
    assert "Opening the ledger" in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'missing'" in text


def test_the_log_folder_can_be_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCOUNTDESK_LOG_DIR", str(tmp_path / "elsewhere"))
    path = start_logging()
    logging.getLogger("accountdesk.test").warning("written")
    assert path == tmp_path / "elsewhere" / "accountdesk.log"
    assert "written" in path.read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_falls_back_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ACCOUNTDESK_LOG_DIR", str(blocker / "log"))
    try:
        raise RuntimeError("disk trouble")
    except RuntimeError as error:
        where = log_unexpected("Saving", error)
    assert "RuntimeError: disk trouble" in capsys.readouterr().err
    assert where == "the error output above (the log folder cannot be written)"
