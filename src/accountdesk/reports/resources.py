"""Finding the files a report needs (fonts, logo) at run time.

Installed packages will carry them inside the package (`accountdesk/resources/`),
found through importlib.resources; a source checkout keeps them in the
repository's top-level `resources/` folder.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from pathlib import Path

# src/accountdesk/reports/resources.py -> the repository's top folder
_CHECKOUT = Path(__file__).resolve().parents[3] / "resources"
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(relative: str) -> Path:
    """A real file path for `relative` (e.g. `fonts/DejaVuSans.ttf`) under `resources/`."""
    parts = relative.split("/")
    try:
        packaged = resources.files("accountdesk").joinpath("resources", *parts)
    except ModuleNotFoundError:  # pragma: no cover - the package always exists
        packaged = None
    if packaged is not None and packaged.is_file():
        if isinstance(packaged, Path):
            return packaged
        # A zipped install: extract once for the life of the process.
        return _extracted.enter_context(resources.as_file(packaged))
    found = _CHECKOUT.joinpath(*parts)
    if found.is_file():
        return found
    raise FileNotFoundError(
        f"AccountDesk's resource {relative!r} is missing (looked inside the package "
        f"and in {_CHECKOUT}); the installation is incomplete."
    )
