"""Whose hours the window logs: the user's name, asked for once on the first run and
changed in Edit ▸ Preferences (or from the quick-entry bar).

Until a name is given the hours go under the computer's login (`root` on a shared
server says nothing to a client), so the first run asks before anything is logged. The
name is kept where the command line reads it too (accountdesk.preferences).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from accountdesk.gui import settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.prompts import Prompts

TITLE = str(QT_TRANSLATE_NOOP("Engineer", "Your name on the hours you log"))
QUESTION = str(
    QT_TRANSLATE_NOOP(
        "Engineer",
        "Which name should go on the hours you log? Your colleagues and the monthly reports "
        "see it. (The command line uses it too; Edit ▸ Preferences changes it.)",
    )
)


def ask(parent: QWidget | None, context: DeskContext) -> bool:
    """Ask for the name (offering the one given before); True when the user gave one,
    and then every view showing it is told (`engineerChanged`)."""
    current = settings.saved_engineer() or ""
    typed = Prompts.name(
        parent,
        QCoreApplication.translate("Engineer", TITLE),
        QCoreApplication.translate("Engineer", QUESTION),
        current,
    )
    if typed is None or not typed.strip():
        return False
    settings.set_engineer(typed)
    context.engineerChanged.emit(typed.strip())
    return True


def ask_once(parent: QWidget | None, context: DeskContext) -> None:
    """On the first run (no name given, never asked), ask for the name; once only: a
    user who declines is not asked again, and their login stays the name."""
    store = QSettings()
    if store.value(settings.NAME_ASKED, False, type=bool) or settings.saved_engineer():
        return
    store.setValue(settings.NAME_ASKED, True)
    ask(parent, context)
