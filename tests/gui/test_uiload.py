"""Widgets of a Designer layout are found by name and type, or the layout is named wrong."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from accountdesk.gui.uiload import child, load_ui


def test_a_widget_of_a_layout_is_found_by_its_name_and_type(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = load_ui("contact_dialog.ui", host)
    found = child(form, QLineEdit, "email")
    assert isinstance(found, QLineEdit)


def test_a_name_the_layout_lacks_is_said_at_once(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = load_ui("contact_dialog.ui", host)
    with pytest.raises(LookupError, match="no QLabel called 'email'"):
        child(form, QLabel, "email")


LOAD_EVERY_LAYOUT = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from accountdesk.gui.uiload import load_ui
from accountdesk.shipped import ui_path

app = QApplication([])
paths = QCoreApplication.libraryPaths()
for layout in sorted(ui_path("home_view.ui").parent.glob("*.ui")):
    load_ui(layout.name, QWidget())
with open("/proc/self/maps") as maps:
    loaded = {line.split()[-1].rsplit("/", 1)[-1] for line in maps if ".so" in line}
print(sorted(name for name in loaded if "WebEngine" in name or "Quick" in name))
print(QCoreApplication.libraryPaths() == paths)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_layouts_load_without_designers_web_engine_and_quick_plugins() -> None:
    """Every layout builds, and Qt Designer's plugins (the web engine's, Qt Quick's:
    30 MB and 70 ms at every start) are not loaded for them; the library paths,
    through which styles and image formats are found, are as they were."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", LOAD_EVERY_LAYOUT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert shown.stdout.split("\n")[:2] == ["[]", "True"]
