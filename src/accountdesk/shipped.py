"""Finding the files AccountDesk ships beside its code at run time: `resources/`
(fonts, logo, icons), `ui/` (Qt Designer layouts), `translations/` (the window's
catalogs) and the user guide in `docs/`.

Installed packages carry them inside the package (`accountdesk/resources/`,
`accountdesk/ui/`), found through importlib.resources; a source checkout keeps
them in the repository's top-level folders.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from pathlib import Path

# src/accountdesk/shipped.py -> the repository's top folder
_TOP = Path(__file__).resolve().parents[2]
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(relative: str) -> Path:
    """A real file path for `relative` (e.g. `fonts/DejaVuSans.ttf`) under `resources/`."""
    return shipped_file("resources", relative)


def ui_path(name: str) -> Path:
    """The Qt Designer file `name` (e.g. `welcome.ui`) under `ui/`."""
    return shipped_file("ui", name)


def translation_path(name: str) -> Path:
    """A compiled catalog of the window's words (e.g. `accountdesk_de.qm`) under
    `translations/`."""
    return shipped_file("translations", name)


def doc_path(name: str) -> Path:
    """A document for users (e.g. `user-guide.md`) under `docs/`."""
    return shipped_file("docs", name)


def shipped_file(folder: str, relative: str) -> Path:
    parts = relative.split("/")
    try:
        packaged = resources.files("accountdesk").joinpath(folder, *parts)
    except ModuleNotFoundError:  # pragma: no cover - the package always exists
        packaged = None
    if packaged is not None and packaged.is_file():
        if isinstance(packaged, Path):
            return packaged
        # A zipped install: extract once for the life of the process.
        return _extracted.enter_context(resources.as_file(packaged))
    found = _TOP.joinpath(folder, *parts)
    if found.is_file():
        return found
    raise FileNotFoundError(
        f"AccountDesk's file {folder}/{relative} is missing (looked inside the package "
        f"and in {_TOP / folder}); the installation is incomplete."
    )
