"""A month at a glance: its weeks as rows, and for each day how many wins and of which kinds.

Like the week, a month is plain calendar dates. Days with nothing noted are simply empty:
nothing here counts what was not done. Notes written in distress are never counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from smallwins_tui.core.dates import week_start
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.models import Win, only_wins

KIND_MARKS: dict[str, str] = {key: key[0] for key in KIND_KEYS}
"""One letter per kind (b e r c t), shown small under a day's count."""


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, named by its first day."""

    first: dt.date

    @property
    def last(self) -> dt.date:
        return self.shifted(1).first - dt.timedelta(days=1)

    @property
    def title(self) -> str:
        return f"{self.first:%B %Y}"

    def shifted(self, months: int) -> Month:
        index = self.first.year * 12 + self.first.month - 1 + months
        return Month(dt.date(index // 12, index % 12 + 1, 1))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def clamp(self, day: dt.date) -> dt.date:
        """The same day of the month here, or this month's last day (31 March -> 30 April)."""
        return min(self.first + dt.timedelta(days=day.day - 1), self.last)

    def weeks(self, first_weekday: str = "monday") -> list[tuple[dt.date, ...]]:
        """The weeks touching this month, each seven days from the chosen first weekday."""
        start = week_start(self.first, first_weekday)
        rows: list[tuple[dt.date, ...]] = []
        while start <= self.last:
            rows.append(tuple(start + dt.timedelta(days=i) for i in range(7)))
            start += dt.timedelta(days=7)
        return rows


def month_of(day: dt.date) -> Month:
    return Month(day.replace(day=1))


@dataclass(frozen=True)
class DayMarks:
    """What a day in the month view shows: how many wins, and the kinds among them."""

    count: int
    kinds: tuple[str, ...]
    """Kinds present, in the usual order (behavioural first); wins without a kind add none."""

    @property
    def marks(self) -> str:
        return "".join(KIND_MARKS[kind] for kind in self.kinds)


def month_marks(wins: Iterable[Win]) -> dict[dt.date, DayMarks]:
    """Each day with at least one win (notes are left out), with its count and kinds."""
    by_day: dict[dt.date, list[Win]] = {}
    for win in only_wins(wins):
        by_day.setdefault(win.day, []).append(win)
    return {
        day: DayMarks(
            len(day_wins),
            tuple(key for key in KIND_KEYS if any(win.kind == key for win in day_wins)),
        )
        for day, day_wins in by_day.items()
    }


def month_days_line(month: Month, marks: dict[dt.date, DayMarks]) -> str:
    """``12 days with a win this month``: something to notice, never a target."""
    days = sum(1 for day in marks if day in month)
    if days == 0:
        return "Nothing noted in this month."
    noun = "day" if days == 1 else "days"
    return f"{days} {noun} with a win this month"
