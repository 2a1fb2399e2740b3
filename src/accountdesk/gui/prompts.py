"""Every question the window asks the user, in one place, as classmethods that tests
replace (monkeypatch) instead of clicking through modal dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

NAME_DIALOG_WIDTH = 460  # the question wraps within it


class Prompts:
    @classmethod
    def error(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, "AccountDesk", text)

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "AccountDesk", text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def text(cls, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """A line of text, or None when the user cancels."""
        typed, accepted = QInputDialog.getText(parent, title, label, text=value)
        return typed if accepted else None

    @classmethod
    def name(cls, parent: QWidget | None, title: str, label: str, value: str) -> str | None:
        """The user's name for the hours they log, or None when they cancel."""
        dialog = name_dialog(parent, title, label, value)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue() if accepted else None

    @classmethod
    def save_file(
        cls, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(chosen) if chosen else None

    @classmethod
    def open_file(
        cls, parent: QWidget | None, caption: str, filters: str, folder: str = ""
    ) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
        return Path(chosen) if chosen else None

    @classmethod
    def choice(cls, parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
        """One of `items` (the first offered first), or None when the user cancels."""
        chosen, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
        return chosen if accepted else None

    @classmethod
    def folder(cls, parent: QWidget | None, caption: str, start: str = "") -> Path | None:
        """A folder, the dialog starting in `start` (the one used last)."""
        chosen = QFileDialog.getExistingDirectory(parent, caption, start)
        return Path(chosen) if chosen else None

    @classmethod
    def reload(cls, parent: QWidget | None, text: str) -> bool:
        """Someone changed what the user is editing: `text` says who and when. True when
        the user chooses Reload (to see the change and edit it again)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Prompts", "Changed by someone else"),
            text,
            parent=parent,
        )
        reload = box.addButton(
            QCoreApplication.translate("Prompts", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is reload

    @classmethod
    def after_refusal(cls, parent: QWidget | None, text: str, cancel: str) -> str:
        """Why a database could not be opened, and what next: "open" another, a "new"
        one, or "cancel" (the button says `cancel`: Quit, or Cancel)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "AccountDesk", text, parent=parent)
        box.setInformativeText(
            QCoreApplication.translate("Prompts", "Open another database, or start a new one?")
        )
        choices: dict[object, str] = {
            box.addButton(
                QCoreApplication.translate("Prompts", "Open another…"),
                QMessageBox.ButtonRole.AcceptRole,
            ): "open",
            box.addButton(
                QCoreApplication.translate("Prompts", "New database…"),
                QMessageBox.ButtonRole.AcceptRole,
            ): "new",
        }
        quit_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(quit_button)
        box.exec()
        return choices.get(box.clickedButton(), "cancel")


def name_dialog(parent: QWidget | None, title: str, label: str, value: str) -> QInputDialog:
    """The question for a name, its explanation wrapped to a readable width."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(value)
    for text in dialog.findChildren(QLabel):
        text.setWordWrap(True)
    dialog.resize(NAME_DIALOG_WIDTH, dialog.sizeHint().height())
    return dialog
