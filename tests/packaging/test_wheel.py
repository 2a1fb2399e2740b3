"""The wheel users install: built from the sdist with the standard front end, it
holds every shipped file, and installed alone into a fresh virtual environment it
runs the command line, the monthly reports (worker processes included) and the
window, finding its layouts, icons and fonts inside the installed package.

The environment reuses the dependencies installed beside the test run (pip may not
download anything), but AccountDesk itself must come from the wheel: the
checkout's own install is not carried over, the commands run from an empty folder
with PYTHONSAFEPATH, and the test asserts where the package was imported from.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.packaging

TOP = Path(__file__).resolve().parents[2]
MONTH = "2026-10"
TODAY = "2026-11-26"

# Looks at the window that `accountdesk` with no command opens, from inside, and
# closes it: run_window is the entry point's own path to the window.
LOOK_AT_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
seen = {}
def look():
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget.windowTitle().startswith("AccountDesk"):
            seen["title"] = widget.windowTitle()
            seen["saved"] = widget.grab().save(sys.argv[2])
    seen["icon"] = not app.windowIcon().isNull()
    app.quit()
QTimer.singleShot(1500, look)
from accountdesk.gui.main_window import run_window
seen["exit"] = run_window(sys.argv[1])
print(repr(seen))
"""


def project_version() -> str:
    return str(tomllib.loads((TOP / "pyproject.toml").read_text())["project"]["version"])


def shipped_files() -> set[str]:
    """Every file the repository ships, as its path inside the wheel."""
    files = {
        f"accountdesk/{path.relative_to(TOP / 'src' / 'accountdesk').as_posix()}"
        for path in (TOP / "src" / "accountdesk").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    for folder in ("ui", "resources"):
        files |= {
            f"accountdesk/{folder}/{path.relative_to(TOP / folder).as_posix()}"
            for path in (TOP / folder).rglob("*")
            if path.is_file()
        }
    files |= {
        f"accountdesk/translations/{path.name}" for path in (TOP / "translations").glob("*.qm")
    }
    files.add("accountdesk/docs/user-guide.md")  # the Help menu's guide; not the rest of docs/
    return files


def outside_env() -> dict[str, str]:
    """The environment without anything that points Python at this checkout."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "ACCOUNTDESK_"))
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import build  # noqa: F401
    except ImportError:
        pytest.fail("The wheel test needs the 'build' package: pip install -e '.[test]'.")
    out = tmp_path_factory.mktemp("dist")
    # Without --sdist/--wheel, build makes the sdist and then the wheel from it, so a
    # file missing from the sdist is missing from the wheel too.
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(TOP)],
        capture_output=True,
        text=True,
        env=outside_env(),
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    wheels = list(dist.glob("accountdesk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its folder."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    # The test run's site-packages, as plain path entries: their dependencies are
    # found, their .pth files (the checkout's editable install) are not run.
    purelib = sysconfig.get_path("purelib", vars={"base": str(env_dir)})
    Path(purelib, "test-run-dependencies.pth").write_text("\n".join(site.getsitepackages()))
    done = subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        env=outside_env(),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return env_dir


class Outside:
    """Runs the installed program from an empty folder, away from the checkout."""

    def __init__(self, env_dir: Path, cwd: Path) -> None:
        self.env_dir = env_dir
        self.cwd = cwd
        self.env = outside_env() | {
            "PYTHONSAFEPATH": "1",
            "HOME": str(cwd),
            "XDG_DATA_HOME": str(cwd / "data"),
            "XDG_CONFIG_HOME": str(cwd / "config"),
            "XDG_CACHE_HOME": str(cwd / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
            "ACCOUNTDESK_TODAY": TODAY,
        }

    def run(self, program: str, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [str(self.env_dir / "bin" / program), *args],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"{program} {' '.join(args)}:\n{done.stdout}{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    def accountdesk(self, *args: str) -> str:
        return self.run("accountdesk", "--db", "t.sqlite3", *args)


@pytest.fixture(scope="module")
def outside(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outside]:
    yield Outside(installed, tmp_path_factory.mktemp("elsewhere"))


def test_the_wheel_holds_every_shipped_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(shipped_files() - names)
    assert not missing, f"missing from the wheel: {missing}"
    # The desktop integration files are among them (they live in resources/desktop).
    assert any(n.endswith(".metainfo.xml") for n in names)
    assert any(n.endswith(".desktop") for n in names)


def test_the_sdist_holds_what_the_wheel_is_built_from(dist: Path) -> None:
    (sdist,) = dist.glob("accountdesk-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for folder in ("ui", "resources", "translations"):
        for path in (TOP / folder).rglob("*"):
            if path.is_file():
                assert path.relative_to(TOP).as_posix() in names
    assert {"setup.py", "pyproject.toml", "README.md"} <= names


def test_the_installed_package_is_the_wheel_not_the_checkout(outside: Outside) -> None:
    where = outside.run(
        "python",
        "-c",
        "import accountdesk, accountdesk.shipped as s; print(accountdesk.__file__); "
        "print(s.ui_path('welcome.ui')); print(s.resource_path('fonts/DejaVuSans.ttf')); "
        "print(s.resource_path('desktop/com.diotec360.AccountDesk.metainfo.xml')); "
        "print(accountdesk.__version__)",
    ).split()
    site = outside.env_dir.resolve()
    for path in where[:4]:
        assert Path(path).resolve().is_relative_to(site), f"{path} is not from the wheel"
    # The version comes from the package metadata, that is from pyproject.toml.
    assert where[4] == project_version()
    assert outside.run("accountdesk", "--version").split() == ["accountdesk", project_version()]


def test_the_command_line_demo_tiers_and_reports_work(outside: Outside) -> None:
    outside.accountdesk("demo", "--customers", "5")
    tiers = json.loads(outside.accountdesk("tiers", "--json"))
    assert [t["key"] for t in tiers["tiers"]] == ["community", "professional", "enterprise"]
    customers = json.loads(outside.accountdesk("customer", "list", "--json"))["customers"]
    reported = next(c for c in customers if c["tier"] != "community")
    report = json.loads(
        outside.accountdesk("report", reported["name"], "--month", MONTH, "-o", "one.pdf", "--json")
    )
    assert report["pages"] >= 1
    fonts = embedded_fonts(PdfReader(outside.cwd / "one.pdf"))
    assert any("DejaVuSans" in name for name in fonts), fonts
    # The month-end batch builds its PDFs in worker processes of the installed package.
    (outside.cwd / "month").mkdir()
    outside.accountdesk("report", "--all", "--month", MONTH, "--out-dir", "month")
    written = sorted((outside.cwd / "month").glob("*.pdf"))
    assert len(written) >= 2, written  # two or more reports use the worker pool
    for pdf in written:
        assert embedded_fonts(PdfReader(pdf))


def embedded_fonts(reader: PdfReader) -> set[str]:
    """Names of the fonts whose program is embedded in the PDF."""
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(part["/BaseFont"]))
    return names


def test_the_window_opens_from_the_installed_package(outside: Outside) -> None:
    seen = outside.run("python", "-c", LOOK_AT_WINDOW, "t.sqlite3", "window.png", timeout=60)
    assert "'saved': True" in seen and "'icon': True" in seen and "'exit': 0" in seen, seen
    assert (outside.cwd / "window.png").stat().st_size > 10_000


def test_the_command_with_no_arguments_keeps_the_window_open(outside: Outside) -> None:
    """The real entry point: it stays up (a missing layout would end it at once)."""
    program = subprocess.Popen(
        [str(outside.env_dir / "bin" / "accountdesk"), "--db", "t.sqlite3"],
        cwd=outside.cwd,
        env=outside.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            program.wait(timeout=5)
    finally:
        program.terminate()
        _, err = program.communicate(timeout=10)
    assert "Traceback" not in err, err
