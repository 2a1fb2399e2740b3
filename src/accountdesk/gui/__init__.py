"""The desktop window (PySide6). Thin: views and dialogs over the services."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 (loads shiboken's import hook, mended below)


def _read_without_keeping() -> None:
    """PySide6 replaces Python's import: for every module imported after it, it reads
    the module's source to see whether it names PySide6 (`_mod_uses_pyside`). It reads
    through `inspect.getsource`, whose line cache then keeps the source of every module
    the window loads: 27 MB, and a quarter of a second of every start spent splitting
    files into lines. The same question is answered here from the file's bytes, kept
    by nobody. Anything else (a module without a .py file, as in the bundle, or a
    PySide6 without this hook) is left to PySide6's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return bool(original(module))
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_read_without_keeping()
