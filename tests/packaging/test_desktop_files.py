"""Desktop integration files: the freedesktop .desktop file and AppStream metainfo
pass their validators, carry no second copy of the version that could drift from
pyproject.toml, and the icons are renderings of the one SVG."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

TOP = Path(__file__).resolve().parents[2]
# A script in packaging/, not a module of the package: loaded from its file.
_spec = importlib.util.spec_from_file_location(
    "render_icons", TOP / "packaging" / "render_icons.py"
)
assert _spec is not None and _spec.loader is not None
render_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render_icons)

DESKTOP = TOP / "resources" / "desktop"
APP_ID = render_icons.APP_ID
DESKTOP_FILE = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is needed to check the desktop files (Debian: apt-get install {package})."
        )
    return found


def project_version() -> str:
    return str(tomllib.loads((TOP / "pyproject.toml").read_text())["project"]["version"])


def test_the_desktop_file_is_valid() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
    )
    # It exits 0 on hints and warnings too: any line it prints is a finding.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_names_the_desktop_file_icon_and_command() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "accountdesk"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE)
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == "accountdesk"


def test_the_newest_release_in_the_metainfo_is_the_package_version() -> None:
    """pyproject.toml is the one place for the version; the metainfo's release list
    must name it first (add the release there when bumping it)."""
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == project_version(), (
        f"pyproject.toml says {project_version()}, the metainfo's newest release says "
        f"{releases[0].get('version')}: add a <release> for this version."
    )


def test_the_desktop_file_carries_no_program_version() -> None:
    # `Version=` is the spec's version, not ours; anything else would be a second copy.
    text = DESKTOP_FILE.read_text()
    assert project_version() not in text


def _pixels(png: bytes) -> list[int]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_RGBA8888)
    return list(bytes(image.constBits()))


@pytest.mark.parametrize("size", render_icons.SIZES)
@pytest.mark.usefixtures("qapp")  # the widget tests' QApplication, not a bare QGuiApplication
def test_each_png_icon_is_the_svg_at_its_size(size: int) -> None:
    committed = render_icons.png_path(size).read_bytes()
    fresh = render_icons.render_png(render_icons.SVG, size)
    old, new = _pixels(committed), _pixels(fresh)
    assert len(old) == len(new) == size * size * 4, f"{size} px icon has the wrong size"
    # Another Qt may smooth edges a little differently; a changed SVG differs far more.
    drift = sum(abs(a - b) for a, b in zip(old, new, strict=True)) / len(old)
    assert drift < 2, f"the {size} px icon is stale: run packaging/render_icons.py"


def test_the_windows_and_macos_icons_hold_the_committed_pngs() -> None:
    pngs = {size: render_icons.png_path(size).read_bytes() for size in render_icons.SIZES}
    assert render_icons.ICO.read_bytes() == render_icons.ico_bytes(pngs)
    assert render_icons.ICNS.read_bytes() == render_icons.icns_bytes(pngs)
    count = struct.unpack("<HHH", render_icons.ICO.read_bytes()[:6])[2]
    assert count == len(render_icons.ICO_SIZES)
