"""What the window remembers between sessions (QSettings): every key, and the value
meant when nothing is remembered yet, in one place.

Keys are paths (`group/name`), as QSettings groups them; a key renamed here is a
setting forgotten once by every user, so keep them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from accountdesk import preferences
from accountdesk.domain.tiers import Category

# The name the hours are logged under as earlier versions kept it (Edit ▸ Preferences).
# It is now kept where the command line reads it too (accountdesk.preferences); a name
# found only here is carried over there when first read.
ENGINEER = "engineer"
# Whether the window has asked for that name: it asks once, on its first run.
NAME_ASKED = "firstRun/nameAsked"
# The category last logged in the Hours bar, offered again.
LEDGER_CATEGORY = "ledger/category"
DEFAULT_LEDGER_CATEGORY = Category.CONSULTING
# The main window's size and place, its navigation splitter, and the view shown last.
WINDOW_GEOMETRY = "window/geometry"
WINDOW_SPLITTER = "window/splitter"
WINDOW_VIEW = "window/view"
DEFAULT_WINDOW_VIEW = 0  # Home
# The Customers view's splitter between the table and the detail.
CUSTOMERS_SPLITTER = "customers/splitter"
# The folder reports were last saved to; unset, the user's documents folder.
REPORTS_FOLDER = "reports/folder"
# The databases opened, newest first (File ▸ Recent databases): file paths, or server
# URLs without their passwords.
RECENT_DATABASES = "databases/recent"
KEPT_DATABASES = 8
# The window's language, chosen in Edit ▸ Preferences; unset or "": the system's.
LANGUAGE = "window/language"


def columns(table: str) -> str:
    """The key of a table's column widths, order and sort (`customers/columns`)."""
    return f"{table}/columns"


def saved_engineer() -> str | None:
    """The name the user gave for their hours (first run or Edit ▸ Preferences), shared
    with the command line; None when they gave none."""
    saved = preferences.saved_engineer()
    if saved is None:
        earlier = str(QSettings().value(ENGINEER, "") or "").strip()
        if earlier:
            preferences.save_engineer(earlier)
            saved = earlier
    return saved


def engineer(user: str) -> str:
    """The name the hours are logged under: the one the user gave, else `user`."""
    return saved_engineer() or user


def set_engineer(name: str) -> None:
    """Log the user's hours under `name` from now on, in the window and the command line."""
    preferences.save_engineer(name)
    QSettings().setValue(ENGINEER, name.strip())


def recent_databases() -> list[str]:
    value = QSettings().value(RECENT_DATABASES, [])
    if isinstance(value, str):  # QSettings gives a list of one as the string
        value = [value]
    if not isinstance(value, list):
        return []
    return [str(db) for db in value if db][:KEPT_DATABASES]


def remember_database(db: str) -> None:
    """`db` first among the recent databases."""
    kept = [db, *(other for other in recent_databases() if other != db)]
    QSettings().setValue(RECENT_DATABASES, kept[:KEPT_DATABASES])


def forget_databases() -> None:
    QSettings().remove(RECENT_DATABASES)


def database_folder() -> Path:
    """Where Open and New database start: the folder of the database opened last."""
    for db in recent_databases():
        if "://" not in db and Path(db).parent.is_dir():
            return Path(db).parent
    return Path.home()
