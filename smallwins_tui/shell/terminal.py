"""The full-screen app needs a terminal on both sides.

``smallwins </dev/null >out`` once started the app anyway, wrote escape codes into ``out`` and
waited for keys that could never come. Without a terminal on stdin and stdout the command
line says so in one line and exits 2, before anything is opened.
"""

from __future__ import annotations

import sys

NO_TERMINAL = (
    "the app needs a terminal on stdin and stdout; "
    "in scripts use smallwins add, list or export (see smallwins --help)"
)


def has_terminal() -> bool:
    """True when both stdin and stdout are a terminal (and neither was closed)."""
    streams = (sys.stdin, sys.stdout)
    try:
        return all(stream is not None and stream.isatty() for stream in streams)
    except (ValueError, OSError):  # a closed stream
        return False
