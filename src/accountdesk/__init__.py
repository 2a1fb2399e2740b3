"""AccountDesk: a desk for customer success managers and technical account managers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("accountdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
