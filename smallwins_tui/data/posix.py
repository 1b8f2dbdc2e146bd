"""POSIX-only calls, guarded so the package imports and the CLI runs where they are missing.

smallwins is written and tested on Linux and macOS; Windows is untested. There ``os.fchmod``
(before Python 3.13), ``os.geteuid`` and ``signal.SIGHUP`` do not exist, and calling them
would fail at start or on every read. Each is looked up when it is needed (so a test can take
it away with monkeypatch) and its absence means "nothing to do", never an error.
"""

from __future__ import annotations

import os
import signal


def fchmod(fd: int, mode: int) -> bool:
    """Set the mode through an open descriptor; False where the platform cannot."""
    change = getattr(os, "fchmod", None)
    if change is None:
        return False
    change(fd, mode)
    return True


def current_uid() -> int | None:
    """The effective user id, or None where there are no POSIX user ids."""
    geteuid = getattr(os, "geteuid", None)
    return None if geteuid is None else int(geteuid())


def is_current_user(uid: int) -> bool:
    """True for our own uid; without POSIX user ids every file counts as ours."""
    me = current_uid()
    return me is None or uid == me


def exit_signals() -> tuple[signal.Signals, ...]:
    """The signals that end the app cleanly (a closed window, kill, Ctrl+C) that exist here."""
    names = ("SIGHUP", "SIGTERM", "SIGINT")
    return tuple(getattr(signal, name) for name in names if hasattr(signal, name))
