"""Layouts come from the Qt Designer files in `ui/`; this loads one into a widget."""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
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
        form = _loader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"The layout {name} could not be built.")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


@cache
def _loader() -> QUiLoader:
    """One loader for every layout, made without Qt Designer's widget plugins.

    A QUiLoader loads every plugin in the `designer` folder of Qt's library paths as it
    is made: with PySide6 that is the web engine's and Qt Quick's, 30 MB and 70 ms
    at every start, for widgets no layout of ours uses. With no library paths for
    that moment it finds none; the paths are put back at once (styles and image
    formats are found through them)."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def child(form: QObject, kind: type[Child], name: str) -> Child:
    """The widget of type `kind` called `name` in a loaded layout, typed for the checker:
    `self.search = child(form, QLineEdit, "search")`. A name the layout lacks is a
    programming error, said at once rather than as a None met later."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"The layout has no {kind.__name__} called {name!r}.")
    return found
