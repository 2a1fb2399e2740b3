"""What a user sets once for both the window and the command line: the name on the hours
they log.

Kept in `preferences.json` in the user's configuration folder (platformdirs: on Linux
`~/.config/AccountDesk/`, beside the window's own settings). Not in the window's
QSettings: those are Qt's format (the registry on Windows, a property list on macOS),
which the command line, free of Qt, cannot read. A file that is missing, unreadable or
not ours counts as nothing saved; it is never a reason to refuse to start.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from accountdesk.files import write_atomically

FILE = "preferences.json"
ENGINEER = "engineer"


def preferences_path() -> Path:
    """`preferences.json` in the user's configuration folder."""
    return user_config_path("AccountDesk", appauthor=False) / FILE


def _read() -> dict[str, Any]:
    try:
        saved = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def saved_engineer() -> str | None:
    """The name saved for the hours this user logs, or None when none is saved."""
    name = _read().get(ENGINEER)
    return (name.strip() or None) if isinstance(name, str) else None


def save_engineer(name: str) -> None:
    """Save `name` (trimmed) as the name on the hours this user logs; a blank name
    forgets the saved one."""
    saved = _read()
    name = name.strip()
    if name:
        saved[ENGINEER] = name
    else:
        saved.pop(ENGINEER, None)
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(saved, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
