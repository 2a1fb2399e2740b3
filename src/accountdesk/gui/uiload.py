"""Layouts come from the Qt Designer files in `ui/`; this loads one into a widget."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from accountdesk.shipped import ui_path

Child = TypeVar("Child", bound=QObject)


def load_ui(name: str, host: QWidget) -> QWidget:
    """Build the layout of `ui/<name>` inside `host` and return it; its widgets are found
    by object name with `child`."""
    file = QFile(str(ui_path(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Cannot read the layout {name}.")
    try:
        form = QUiLoader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"The layout {name} could not be built.")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QObject, kind: type[Child], name: str) -> Child:
    """The widget of type `kind` called `name` in a loaded layout, typed for the checker:
    `self.search = child(form, QLineEdit, "search")`. A name the layout lacks is a
    programming error, said at once rather than as a None met later."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"The layout has no {kind.__name__} called {name!r}.")
    return found
