"""The journal's inter-process lock: ``flock`` on ``smallwins.json.lock``, re-entrant, timed.

On POSIX this is the same ``flock`` that the ``filelock`` package takes (so the two agree, and
``smallwins doctor`` still uses that package), without importing it: its import alone cost
15 ms, a tenth of a ``smallwins add`` from the shell. Elsewhere ``filelock`` is used.
"""

from __future__ import annotations

import os
import time
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.05


class LockTimeout(Exception):
    """Another process held the lock for longer than the timeout."""


class FileLock:
    """An exclusive lock on ``path`` that the same holder may take again (nested calls)."""

    def __init__(self, path: str, timeout: float, mode: int) -> None:
        self.path = path
        self.timeout = timeout
        self.mode = mode
        self._fd: int | None = None
        self._depth = 0
        self._fallback: Any = None
        if fcntl is None:  # pragma: no cover - Windows
            import filelock

            self._fallback = filelock.FileLock(path, timeout=timeout, mode=mode)

    def acquire(self) -> None:
        """Take the lock, or raise :class:`LockTimeout` (or OSError if it cannot be made)."""
        if self._fallback is not None:  # pragma: no cover - Windows
            import filelock

            try:
                self._fallback.acquire()
            except filelock.Timeout:
                raise LockTimeout(self.path) from None
            return
        if self._depth:
            self._depth += 1
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.path, flags, self.mode)
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeout(self.path) from None
                    time.sleep(POLL_SECONDS)
        except BaseException:
            os.close(fd)
            raise
        self._fd, self._depth = fd, 1

    def release(self) -> None:
        if self._fallback is not None:  # pragma: no cover - Windows
            self._fallback.release()
            return
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)
