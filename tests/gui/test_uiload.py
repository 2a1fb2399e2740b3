"""Widgets of a Designer layout are found by name and type, or the layout is named wrong."""

from __future__ import annotations

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
