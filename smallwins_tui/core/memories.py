"""One earlier win shown quietly on Today: from about a year before, or else about a month.

It is evidence, not a test: a small thing that was done then, so that now can be seen against
it. Distress notes are never chosen. The choice depends only on the day and the wins near the
anchor, so it stays the same all day (no flicker on a redraw) and changes the next day.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from smallwins_tui.core.dates import day_name
from smallwins_tui.core.models import Win, only_wins
from smallwins_tui.core.month import month_of

REACH_DAYS = 3
"""How far either side of the anchor day a win may be and still be "about" a year/month ago."""


@dataclass(frozen=True)
class Memory:
    """The win chosen, and how far back it is (``"year"`` or ``"month"``)."""

    win: Win
    span: str
    exact: bool
    """Written on exactly that day a year (or a month) before."""


def year_before(day: dt.date) -> dt.date:
    """The same date a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def month_before(day: dt.date) -> dt.date:
    """The same date a month earlier, or that month's last day (31 March -> 28 February)."""
    return month_of(day).shifted(-1).clamp(day)


def pick_memory(
    today: dt.date, wins_between: Callable[[dt.date, dt.date], list[Win]]
) -> Memory | None:
    """The win to show on ``today``: a year back first, else a month back; None if neither."""
    reach = dt.timedelta(days=REACH_DAYS)
    for span, anchor in (("year", year_before(today)), ("month", month_before(today))):
        wins = only_wins(wins_between(anchor - reach, anchor + reach))
        wins = [win for win in wins if win.text.strip()]
        if not wins:
            continue
        nearest = min(abs((win.day - anchor).days) for win in wins)
        pool = sorted(
            (win for win in wins if abs((win.day - anchor).days) == nearest),
            key=lambda win: (win.created, win.id),
        )
        choice = pool[zlib.crc32(today.isoformat().encode()) % len(pool)]
        return Memory(choice, span, exact=nearest == 0)
    return None


def memory_label(memory: Memory, today: dt.date, date_format: str = "day-month") -> str:
    """``A year ago today you noted:`` or ``About a month ago, on Friday 23 October, ...``."""
    if memory.exact:
        return f"A {memory.span} ago today you noted: "
    when = day_name(memory.win.day, today, date_format)
    return f"About a {memory.span} ago, on {when}, you noted: "
