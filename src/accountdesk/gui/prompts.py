"""Every question the window asks the user, in one place, as classmethods that tests
replace (monkeypatch) instead of clicking through modal dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


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
    def save_file(
        cls, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(chosen) if chosen else None

    @classmethod
    def open_file(cls, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
        return Path(chosen) if chosen else None

    @classmethod
    def choice(cls, parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
        """One of `items` (the first offered first), or None when the user cancels."""
        chosen, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
        return chosen if accepted else None

    @classmethod
    def folder(cls, parent: QWidget | None, caption: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, caption)
        return Path(chosen) if chosen else None
