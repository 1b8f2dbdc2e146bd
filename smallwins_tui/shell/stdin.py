"""Wins and exports read from stdin: ``echo TEXT | smallwins add``, ``smallwins import -``.

Each non-empty line piped to ``add`` is one win. A pipe is a script or a file, not someone
typing, so it is bounded: a mistaken ``cat big.log | smallwins add`` is refused whole rather
than filling the journal with thousands of "wins".
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from smallwins_tui.core.text import clean_line

MAX_WINS = 100
MAX_BYTES = 1024 * 1024


def _stdin_bytes(limit: int) -> bytes:
    data = _read_stdin(limit + 1)
    if len(data) > limit:
        raise ValueError(f"stdin holds more than {limit // (1024 * 1024)} MB; nothing was read")
    return data


def _read_stdin(at_most: int) -> bytes:
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ValueError("there is no stdin to read (it is closed)")
    return stream.read(at_most)


def stdin_is_terminal() -> bool:
    """True when stdin is someone at a keyboard (or missing), not a pipe or a file."""
    return sys.stdin is None or sys.stdin.isatty()


def wins_from_stdin() -> list[str]:
    """The non-empty lines of stdin, cleaned; ValueError if they cannot be read or are too many."""
    try:
        text = _stdin_bytes(MAX_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("stdin is not UTF-8 text; nothing was noted") from None
    wins = [line for line in (clean_line(raw) for raw in text.splitlines()) if line]
    if not wins:
        raise ValueError("a win needs some words, and stdin held none")
    if len(wins) > MAX_WINS:
        raise ValueError(
            f"stdin holds {len(wins)} lines; at most {MAX_WINS} wins are noted "
            "at once, so nothing was noted"
        )
    return wins


def export_from_stdin() -> bytes:
    """An export piped in for ``smallwins import -``: at most one byte more than import takes,
    so that import itself refuses a larger one, as it refuses a larger file."""
    from smallwins_tui.data.import_check import MAX_IMPORT_BYTES

    return _read_stdin(MAX_IMPORT_BYTES + 1)
