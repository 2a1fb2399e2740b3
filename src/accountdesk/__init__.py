"""AccountDesk: a desk for customer success managers and technical account managers."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the package metadata on first use: importlib.metadata
    # costs a noticeable part of the window's start-up.
    if name != "__version__":
        raise AttributeError(f"module 'accountdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("accountdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"
