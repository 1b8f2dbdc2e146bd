"""``smallwins search``: find words across the whole journal, from the shell.

Results come grouped by day, newest first, under each day's heading in the person's date
format; the words found are highlighted (bold, reversed) only when stdout is a terminal and
``NO_COLOR`` is unset, so a pipe gets plain text. User text is printed literally: characters
that could steer a terminal are left out and line breaks become spaces, as ``list`` does.
Exit 0 with results, 1 with none (like ``grep``), 2 for a usage error. Never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from smallwins_tui.core.dates import day_title
from smallwins_tui.core.text import clean_line, clean_text

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from smallwins_tui.core.clock import Clock
    from smallwins_tui.data.journal import Journal
    from smallwins_tui.data.search import Hit

MARK_ON, MARK_OFF = "\x1b[1;7m", "\x1b[0m"
"""Bold and reversed for a word found; then back to plain."""
EXCERPT_OVER = 240
"""A text longer than this (a long review answer) is shown as the parts around each match."""
CONTEXT = 60
"""Characters shown either side of a match in an excerpt."""

_BLANKS = frozenset(" \t\n\r")
KIND_NAMES = {"step": "small step", "reflection": "reflection", "review": "weekly review"}


def wants_colour(stream: TextIO) -> bool:
    """Highlighting only for a person at a terminal that has not asked for no colour."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


def _parts(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The ranges of ``text`` to show: all of it, or for a long text the stretch around each
    match (merged where they meet)."""
    if len(text) <= EXCERPT_OVER or not spans:
        return [(0, len(text))]
    parts: list[tuple[int, int]] = []
    for start, end in spans:
        first, last = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
        if parts and first <= parts[-1][1]:
            parts[-1] = (parts[-1][0], max(parts[-1][1], last))
        else:
            parts.append((first, last))
    return parts


def shown(text: str, spans: tuple[tuple[int, int], ...], colour: bool) -> str:
    """``text`` as one safe line, with the spans marked when ``colour``; a long text is cut
    to the parts around its matches, joined by ``…``. As ``list`` shows text: characters
    that could steer a terminal are left out, line breaks and runs of spaces become one
    space; offsets are kept, so each mark lands on the word found."""
    pieces = []
    if len(text) <= EXCERPT_OVER and clean_line(text, len(text)) == text:
        return _marked(text, spans) if colour else text  # the usual case: nothing to clean
    marked = {index for start, end in spans for index in range(start, end)} if colour else set()
    for first, last in _parts(text, spans):
        out: list[str] = []
        marking = False
        space = True  # no space at the start of a line
        for index in range(first, last):
            char = text[index]
            if char in _BLANKS:
                if space:
                    continue
                char = " "
            else:
                char = clean_text(char)
                if not char:
                    continue
            mark = index in marked
            if mark != marking:
                out.append(MARK_ON if mark else MARK_OFF)
                marking = mark
            out.append(char)
            space = char == " "
        if marking:
            out.append(MARK_OFF)
        line = "".join(out).rstrip(" ")
        pieces.append(f"{'…' if first > 0 else ''}{line}{'…' if last < len(text) else ''}")
    return " ".join(pieces)


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, cursor = [], 0
    for start, end in spans:
        out += [text[cursor:start], MARK_ON, text[start:end], MARK_OFF]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def print_hits(
    hits: Iterable[Hit],
    today: dt.date,
    date_format: str,
    out: TextIO | None = None,
    colour: bool | None = None,
) -> int:
    """Print the hits grouped by day; returns how many were printed."""
    stream = out or sys.stdout
    colour = wants_colour(stream) if colour is None else colour
    lines: list[str] = []
    write = lines.append

    def flush() -> None:  # a day at a time: one write each, and the first day shows at once
        if lines:
            stream.write("\n".join(lines) + "\n")
            stream.flush()
            lines.clear()

    count = 0
    day: dt.date | None = None
    for hit in hits:
        if hit.day != day:
            if day is not None:
                flush()
                write("")
            day = hit.day
            write(day_title(day, today, date_format))
        count += 1
        text = shown(hit.text, hit.spans, colour)
        if hit.kind == "win" and hit.note:
            write(f"  – {text}  (a note, kept as written)")
        elif hit.kind == "win":
            write(f"  • {text}")
        elif hit.kind == "step":
            write(f"  • {text}  (small step)")
        else:
            write(f"  {KIND_NAMES[hit.kind]} · {clean_line(hit.label)}")
            write(f"    {text}")
    flush()
    return count


def run_search(
    journal: Journal,
    words: list[str],
    kinds: list[str] | None,
    since: dt.date | None,
    until: dt.date | None,
    today: dt.date,
) -> int:
    """``smallwins search``: 0 when anything was found, 1 when nothing was."""
    from smallwins_tui.data.search import search

    query = " ".join(words)
    hits = search(journal, query, kinds=kinds, since=since, until=until)
    date_format = journal.settings()["date_format"]
    if print_hits(hits, today, date_format):
        return 0
    print(f"Nothing found for “{clean_line(query)}”.", file=sys.stderr)
    return 1


def cmd_search(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    """``smallwins search WORDS [--kind K] [--since DATE] [--until DATE]``."""
    from smallwins_tui.cli import UsageError, _day, _open_journal

    today = clock.now().date()
    since = _day(args.since, today) if args.since else None
    until = _day(args.until, today) if args.until else None
    if since and until and since > until:
        raise UsageError("--since is after --until; nothing lies between them")
    if not " ".join(args.words).strip():
        raise UsageError("search needs a word to look for")
    journal = _open_journal(data_dir, clock)
    return run_search(journal, args.words, args.kind, since, until, today)
