"""Writing files so that an interrupted write never leaves half a file under the final name.

A file is written to a hidden partial file beside it, `.NAME.HOST-PID.RANDOM.partial`,
and renamed onto its name only when complete. A program killed mid-write leaves its
partial behind; the next write into that folder removes the partials of programs of
this computer that are gone (a partial of a program still running is left alone).

A disk that is full, a file larger than the system allows, and a folder that cannot be
written to are refused with a sentence saying so; nothing is left behind.

A written file gets the permissions any program's new file gets (0666 less the umask,
so a team folder's members can read a report), not the owner-only mode of a
temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

from accountdesk.domain.errors import Refused
from accountdesk.wording import say

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_PARTIAL = re.compile(r"^\..+\.(?P<host>[A-Za-z0-9_]+)-(?P<pid>\d+)\.[^.]+\.partial$")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", socket.gethostname().split(".")[0]) or "host"


def _running(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill would end it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (setting
    it to read it back is not safe while other threads create files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files in `folder` left by programs of this computer that were
    stopped mid-write (killed, or the computer lost power); returns what was removed."""
    host = _host()
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.match(name)
        if match is None or match["host"] != host or _running(int(match["pid"])):
            continue
        path = folder / name
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def disk_refusal(error: OSError, target: Path) -> Refused | None:
    """The sentence for a write that failed for want of room or of permission, if it did."""
    if error.errno in _FULL:
        return Refused(
            say("The disk is full; nothing was written to {target!r}.", target=str(target))
        )
    if error.errno == errno.EFBIG:
        return Refused(
            say(
                "{target!r} would be larger than this system lets a file grow (a file "
                "size limit); nothing was written.",
                target=str(target),
            )
        )
    if error.errno in _READ_ONLY:
        return Refused(
            say(
                "The folder {parent!r} is read-only: AccountDesk cannot write "
                "{target!r} there; nothing was written.",
                parent=str(target.parent),
                target=target.name,
            )
        )
    return None


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder; renamed onto the target only on success.

    A full disk or a read-only folder while the caller writes is refused with a
    sentence (the caller's transaction, if any, has rolled back by then); the rename
    itself fails with the OSError, so that a caller who committed can say so."""
    folder = target.parent
    if not folder.is_dir():
        raise Refused(say("The folder {folder!r} does not exist.", folder=str(folder)))
    if target.is_dir():
        raise Refused(say("{target!r} is a folder; name a file to write.", target=str(target)))
    remove_stale_partials(folder)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.{_host()}-{os.getpid()}.", suffix=".partial", dir=folder
        )
    except OSError as error:
        raise disk_refusal(error, target) or error from None
    os.close(handle)
    temporary = Path(name)
    try:
        temporary.chmod(0o666 & ~_umask())  # mkstemp's file is its owner's only
        try:
            yield temporary
        except OSError as error:
            refusal = disk_refusal(error, target)
            if refusal is None:
                raise
            raise refusal from None
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(target: Path, content: bytes) -> None:
    with atomic_path(target) as temporary, temporary.open("wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())
