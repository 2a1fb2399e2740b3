"""Worker processes that end when the program that started them ends.

A worker of the report pool is told, as it starts, to end with its parent: on Linux
the kernel sends it SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); elsewhere,
and as a second guard, a thread checks every second whether the parent is still the
one it was. So a program killed mid-batch (kill -9, a crash) leaves no worker behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
CHECK_SECONDS = 1.0


def end_with_parent(owner: int) -> None:
    """Make this process end when its parent, or the program `owner` (a process id)
    that asked for it, ends. A pool's initializer: a worker may be the child of a fork
    server rather than of the program itself."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _alive(owner):  # it died before this process could start watching
        os._exit(1)
    if os.name == "posix":
        threading.Thread(
            target=_watch, args=(parent, owner), name="end-with-parent", daemon=True
        ).start()


def _alive(pid: int) -> bool:
    if os.name != "posix":  # Windows' os.kill would end the process, not ask about it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists (another user's process cannot be signalled)
        return True
    return True


def _watch(parent: int, owner: int) -> None:
    while os.getppid() == parent and _alive(owner):
        time.sleep(CHECK_SECONDS)
    os._exit(1)
