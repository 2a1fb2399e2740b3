"""The toolbar's customer picker: typing finds a customer by any part of the name, and
Enter chooses the customer the typed text names, exactly or as the start of one name
only (Acm ⏎ is Acme when no other name starts so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def set_up(picker: QComboBox) -> None:
    """Make `picker` editable with completion, and Enter choose what was typed."""
    picker.setEditable(True)
    picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = picker.completer()
    assert completer is not None  # an editable box has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    line = picker.lineEdit()
    assert line is not None  # an editable box has one
    line.returnPressed.connect(lambda: choose_typed(picker))


def match(picker: QComboBox, typed: str) -> int:
    """The item `typed` names: the one so called (any case), else the only one whose
    name starts so, else the only one whose name holds it; -1 for none or several."""
    wanted = typed.strip().casefold()
    if not wanted:
        return -1
    names = [(index, picker.itemText(index).casefold()) for index in range(picker.count())]
    for index, name in names:
        if name == wanted:
            return index
    for found in (
        [index for index, name in names if name.startswith(wanted)],
        [index for index, name in names if wanted in name],
    ):
        if found:
            return found[0] if len(found) == 1 else -1
    return -1


def choose_typed(picker: QComboBox) -> None:
    """Enter in the picker: choose the customer the text names (as a click on it in the
    list would), or, when it names several, show them to choose from."""
    line = picker.lineEdit()
    assert line is not None
    index = match(picker, line.text())
    if index < 0:
        completer = picker.completer()
        if completer is not None and line.text().strip():
            completer.complete()  # the names that hold the text, to pick from
        return
    picker.setCurrentIndex(index)
    picker.setEditText(picker.itemText(index))
    picker.activated.emit(index)
