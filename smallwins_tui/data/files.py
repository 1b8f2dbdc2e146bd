"""Private, atomic file writes: the only way smallwins puts bytes on disk."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (0700) if needed, and tighten it if others can read it."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(PRIVATE_DIR)


def make_private(path: Path) -> bool:
    """Set ``path`` to 0600 if it is looser; return True when a change was needed."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        return False
    if mode != PRIVATE_FILE:
        path.chmod(PRIVATE_FILE)
        return True
    return False


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
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))
