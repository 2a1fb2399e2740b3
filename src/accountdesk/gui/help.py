"""The Help menu's windows: the user guide (docs/user-guide.md and its translations
user-guide.<language>.md, shipped in the package) and the keyboard shortcuts, both read
in a text browser that renders Markdown."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accountdesk import wording
from accountdesk.shipped import doc_path


class HelpWindow(QDialog):
    """A window that reads a Markdown document; it stays open beside the main window."""

    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpWindow")
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    @property
    def text(self) -> str:
        """What the window shows, as plain text."""
        return self.browser.toPlainText()


def user_guide() -> str:
    """The guide in the window's language (`user-guide.de.md`), else in English."""
    language = wording.current().language
    if language != "en":
        try:
            return doc_path(f"user-guide.{language}.md").read_text(encoding="utf-8")
        except FileNotFoundError:  # a language without its guide still has English
            pass
    return doc_path("user-guide.md").read_text(encoding="utf-8")


def shortcuts(menus: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, item, keys) for every menu item with a shortcut, in the menus' order; an
    item in two menus is listed under the first."""
    found: list[tuple[str, str, str]] = []
    seen: set[QAction] = set()

    def walk(menu_title: str, actions: list[QAction]) -> None:
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(menu_title, submenu.actions())
            elif action in seen:
                continue
            elif typed := [key for key in action.shortcuts() if _on_a_keyboard(key)]:
                seen.add(action)
                keys = ", ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText) for key in typed
                )
                found.append((menu_title, _plain(action.text()), keys))

    for top in menus.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(_plain(top.text()), menu.actions())
    return found


def shortcuts_markdown(menus: QMenuBar) -> str:
    lines = [
        "# " + QCoreApplication.translate("Help", "Keyboard shortcuts"),
        "",
        "| {} | {} | {} |".format(
            QCoreApplication.translate("Help", "Menu"),
            QCoreApplication.translate("Help", "Does"),
            QCoreApplication.translate("Help", "Keys"),
        ),
        "|---|---|---|",
    ]
    lines += [f"| {menu} | {item} | {keys} |" for menu, item, keys in shortcuts(menus)]
    lines += [
        "",
        QCoreApplication.translate(
            "Help", "Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type."
        ),
    ]
    return "\n".join(lines)


def _on_a_keyboard(key: QKeySequence) -> bool:
    """Not the media keys some standard shortcuts add (a key called "Open", "Help")."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or bool(re.fullmatch(r"F\d+|.|Del|Esc", text))


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker (`&File` is File; `&&` is &)."""
    text = re.sub(r"\(&\w\)", "", text)  # ファイル(&F): the letter is only the key
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
