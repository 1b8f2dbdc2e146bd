"""The week at a glance: a small bar per day, the count by kind, and the wins day by day.

Days with nothing noted are simply quiet: no marks, no "missed", nothing to break.
"""

from __future__ import annotations

import datetime as dt

from textual.content import Content
from textual.widgets import Static

from smallwins_tui.core.dates import day_name
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.week import WeekSummary, wins_phrase
from smallwins_tui.tui.widgets.win_list import win_prompt

BAR = "▇"
BAR_MAX = 10
"""Longest bar drawn; a busier day shows its number beside it instead of a longer bar."""

Part = Content | str | tuple[str, str]


def chart_content(summary: WeekSummary, today: dt.date) -> Content:
    """``Mon 16  ▇▇  2`` for each day; today's label stands out."""
    parts: list[Part] = []
    for day, count in zip(summary.week.days, summary.per_day, strict=True):
        label = f"{day:%a} {day.day:>2}  "
        parts.append((label, "bold $accent") if day == today else label)
        if count:
            parts += [(BAR * min(count, BAR_MAX), "$success"), (f" {count}", "$text-muted")]
        parts.append("\n")
    return Content.assemble(*parts).rstrip("\n")


def kinds_content(summary: WeekSummary) -> Content:
    """How many wins of each kind; kinds with none are left out rather than shown as zero."""
    if not summary.total:
        return Content.styled("Kinds show here once you note a win.", "$text-muted")
    width = max(len(kind) for kind in (*KIND_KEYS, "no kind"))
    parts: list[Part] = [(f"{wins_phrase(summary.total)}\n", "bold")]
    for kind, count in summary.by_kind:
        parts += [(f"{kind or 'no kind':<{width}}", "$text-muted"), f" {count}\n"]
    return Content.assemble(*parts).rstrip("\n")


def wins_content(summary: WeekSummary, date_format: str = "day-month") -> Content:
    """Each day that has wins, with its wins underneath, in the order they were written; a
    day's notes (lines written in distress) follow its wins, quietly, and are not counted."""
    parts: list[Part] = []
    for day in summary.week.days:
        wins = summary.by_day.get(day, [])
        notes = summary.notes_by_day.get(day, [])
        if not wins and not notes:
            continue
        if parts:
            parts.append("\n")
        parts.append((day_name(day, day, date_format) + "\n", "bold"))
        for win in [*wins, *notes]:
            parts += ["  ", win_prompt(win), "\n"]
    if not parts:
        return Content.styled(
            "Nothing noted in this week. If you remember something, add it on Today "
            "(t, then ← to the day).",
            "$text-muted",
        )
    return Content.assemble(*parts).rstrip("\n")


class WeekGlance(Static):
    """Static text built from Content only, so win text is always shown literally."""
