"""Private folders, atomic file writes and careful reads of journal files.

Every journal file is written through :func:`atomic_write`. Backups, exports, set-aside
damaged files and merged conflict copies have their own writers (see
:mod:`~smallwins_tui.data.backups`, :mod:`~smallwins_tui.data.transfer`,
:mod:`~smallwins_tui.data.recovery`, :mod:`~smallwins_tui.data.sync`), each private too."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from smallwins_tui.data import posix

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` and each missing folder above it, every one 0700 whatever the umask.

    A folder that already exists is left exactly as it is: it may be a shared folder someone
    pointed smallwins at, whose mode is not ours to change (``smallwins doctor`` reports it).
    """
    missing = []
    current = path
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, PRIVATE_DIR)
        except FileExistsError:  # made by someone else in the meantime: not ours
            continue
        os.chmod(folder, PRIVATE_DIR)  # the umask may have taken bits from the new folder
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "it is not a folder", str(path))


def read_journal_file(path: Path, tighten: bool = False) -> tuple[bytes, os.stat_result]:
    """The bytes of a journal file and its status, read without following a link (a link
    planted in the folder could point anywhere) and without waiting on a pipe.

    With ``tighten``, a file of ours that others can read is made 0600 through the open
    descriptor (never through its name), so the
    change can only reach this file; never one of another user, nor one with several names
    (a hard link to a file elsewhere). Raises OSError as ``open`` would, with a plain reason
    for a link, a folder or anything that is not an ordinary file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NO_FOLLOW)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "it is a link, which smallwins does not follow") from None
        raise
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "a folder is where the file should be")
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "it is not an ordinary file")
        if tighten and status.st_mode & 0o077 and _ours_alone(status):
            with contextlib.suppress(OSError):
                posix.fchmod(fd, PRIVATE_FILE)
                status = os.fstat(fd)
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(), status
    finally:
        os.close(fd)


def _ours_alone(status: os.stat_result) -> bool:
    return posix.is_current_user(status.st_uid) and status.st_nlink == 1


def make_private(path: Path) -> bool:
    """Set the file ``path`` to 0600 if it is looser; True when a change was needed.

    Never through a link, and never a file of another user or with several names."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NO_FOLLOW)
    except OSError:  # gone, a link, or not ours to read: leave it
        return False
    try:
        status = os.fstat(fd)
        if (
            not stat.S_ISREG(status.st_mode)
            or stat.S_IMODE(status.st_mode) == PRIVATE_FILE
            or not _ours_alone(status)
        ):
            return False
        return posix.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (not every platform allows this)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    The temp file lives in the same folder (so the rename is atomic), is 0600 from birth
    (mkstemp), and is removed on any error, including KeyboardInterrupt.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def stale_temp_files(path: Path) -> list[Path]:
    """Temp files a killed writer left beside ``path``."""
    return sorted(path.parent.glob(temp_prefix(path) + "*" + TEMP_SUFFIX))


def stale_temps_in(folder: Path) -> list[Path]:
    """Temp files a killed writer left beside any journal file in ``folder``."""
    return sorted(folder.glob(".*.json.*" + TEMP_SUFFIX))


def describe_os_error(error: OSError) -> str:
    """A short, plain reason for a failed write."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission was denied",
        errno.EPERM: "permission was denied",
        errno.EROFS: "the disk is read-only",
        errno.ELOOP: "it is a link, which smallwins does not follow",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))
