"""The layers' direction (core knows no Qt, not even through another module; data
flows one way) is checked by import-linter; the whole package's types by mypy in
strict mode."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_layer_contracts_hold():
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_whole_package_type_checks_strictly():
    # The packages and the strictness are in pyproject.toml ([tool.mypy]).
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "modules",
    [
        "accountdesk.gui.main_window",
        # Home's figures kept in the file, shown in Home before the database opens
        "accountdesk.gui.views.home, accountdesk.services.home_at_start",
    ],
)
def test_the_windows_frame_does_not_wait_for_the_database_layer(modules):
    """The window shows its frame first and opens the database behind it: importing the
    main window must not import SQLAlchemy and the services (most of a second); nor
    must Home and the reader of the figures the file keeps, which come before them."""
    code = (
        f"import sys, {modules}; "
        "print(sorted(m for m in ('sqlalchemy', 'accountdesk.app') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_window_on_sqlite_does_not_load_postgresqls_driver(tmp_path):
    """psycopg takes a quarter of a second to load, on the window's thread while the
    views are built: a window on a SQLite file has no server to listen to."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from accountdesk.gui.main_window import start_window\n"
        f"window = start_window({str(tmp_path / 'desk.sqlite3')!r})\n"
        "loop = QEventLoop(); window.ready.connect(loop.quit)\n"
        "QTimer.singleShot(60_000, loop.quit); loop.exec()\n"
        "assert window.views, window.refusal\n"
        "print('psycopg' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    (tmp_path / "AccountDesk").mkdir()
    (tmp_path / "AccountDesk" / "preferences.json").write_text('{"engineer": "Test"}')
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
