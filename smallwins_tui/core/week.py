"""A week at a glance: its days, its wins by day and by kind, and the weekly review questions.

Weeks are plain calendar dates (never datetimes), so a clock change inside a week cannot move
its boundaries. Nothing here grades a week: there are counts to notice, never scores to beat.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from smallwins_tui.core.dates import week_start
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.models import Win

DAYS_IN_WEEK = 7
SPARK = " ▁▂▃▄▅▆▇█"
"""Bar heights for the per-day chart; a day with nothing noted is simply blank."""


@dataclass(frozen=True)
class Question:
    """One weekly review question; ``key`` names its answer in storage, so never change it."""

    key: str
    text: str


STUCK_KEY = "still_stuck"
"""The question whose answers the therapy summary gathers into a section of their own."""

REVIEW_QUESTIONS: tuple[Question, ...] = (
    Question("hard_but_useful", "What did you do this week that was hard, but worth doing?"),
    Question("avoided_less", "What did you hold back from or avoid a little less than before?"),
    Question("understood", "What did you notice about yourself that you had not seen before?"),
    Question("recovered", "What did you recover from a little more quickly than you have lately?"),
    Question(
        "too_small",
        "What would you have waved away as too small to count, if nobody had pointed it out?",
    ),
    Question(STUCK_KEY, "What still feels stuck, and might need a different approach?"),
    Question(
        "friend",
        "If a friend had done these things while feeling the way you felt, "
        "would you call it nothing?",
    ),
)
"""Seed 001: the review shows progress, and also where things are genuinely stuck, as
something to bring to therapy rather than a verdict; the friend question still ends it kindly."""
QUESTION_KEYS: tuple[str, ...] = tuple(question.key for question in REVIEW_QUESTIONS)


def review_monday(day: dt.date) -> dt.date:
    """The Monday in the seven days from ``day``: the day a weekly review is filed under.

    Every run of seven days holds exactly one Monday, so whatever day the person's weeks
    start on, a review filed under its week's Monday shows in exactly one displayed week, and
    changing "Week starts on" can never hide it. (Before, a review was filed under its week's
    first day; a Sunday key maps to the Monday after it, the ISO week it mostly overlaps.)
    """
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def week_of(day: dt.date, first_weekday: str = "monday") -> Week:
    """The week holding ``day``, starting on the person's chosen weekday."""
    return Week(week_start(day, first_weekday))


@dataclass(frozen=True, order=True)
class Week:
    """Seven consecutive days starting on ``first``; also the key its review is saved under."""

    first: dt.date

    @property
    def last(self) -> dt.date:
        return self.first + dt.timedelta(days=DAYS_IN_WEEK - 1)

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.first + dt.timedelta(days=i) for i in range(DAYS_IN_WEEK))

    @property
    def key(self) -> str:
        return self.first.isoformat()

    @property
    def monday(self) -> dt.date:
        """The Monday inside this week: the day its review is filed under."""
        return review_monday(self.first)

    def shifted(self, weeks: int) -> Week:
        return Week(self.first + dt.timedelta(weeks=weeks))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def month_day(week: Week, today: dt.date) -> dt.date:
    """The day to pick when the month of ``week`` opens (``m`` on Week).

    Today, if the week holds it. Otherwise the month holding most of the week, its fourth day
    (a Thursday for a Monday week, as ISO weeks count it), and in it the week's last day there,
    so the week shown stays the row picked: 26 October – 1 November opens October on the 31st.
    """
    if today in week:
        return today
    middle = week.first + dt.timedelta(days=DAYS_IN_WEEK // 2)
    in_month = [day for day in week.days if (day.year, day.month) == (middle.year, middle.month)]
    return min(in_month[-1], today)


def week_range_title(week: Week) -> str:
    """``Monday 16 – Sunday 22 November 2026``, with months and years only where they differ."""
    first, last = week.first, week.last
    start = f"{first:%A} {first.day}"
    if first.month != last.month or first.year != last.year:
        start += f" {first:%B}"
    if first.year != last.year:
        start += f" {first.year}"
    return f"{start} – {last:%A} {last.day} {last:%B} {last.year}"


def week_heading(week: Week, today: dt.date, first_weekday: str = "monday") -> str:
    """``This week`` / ``Last week``, or for any other week its dates alone (see
    :func:`week_title`)."""
    current = week_of(today, first_weekday)
    names = {current: "This week", current.shifted(-1): "Last week"}
    return names.get(week, week_range_title(week))


def week_title(week: Week, today: dt.date, first_weekday: str = "monday") -> tuple[str, str]:
    """Week's title: its heading, and its dates after it when the heading is a name.

    ``("This week", "Monday 16 – Sunday 22 November 2026")``; an earlier week is only its
    dates, ``("Monday 26 October – Sunday 1 November 2026", "")``, so they are never said
    twice and the title stays one line at 80 columns.
    """
    heading = week_heading(week, today, first_weekday)
    dates = week_range_title(week)
    return heading, "" if heading == dates else dates


@dataclass(frozen=True)
class WeekSummary:
    """What a week holds, ready to show: wins by day, counts per day and by kind."""

    week: Week
    by_day: dict[dt.date, list[Win]] = field(default_factory=dict)
    notes_by_day: dict[dt.date, list[Win]] = field(default_factory=dict)
    """Lines written in distress: shown under their day, never counted."""

    @classmethod
    def of(cls, week: Week, wins: Iterable[Win]) -> WeekSummary:
        by_day: dict[dt.date, list[Win]] = {day: [] for day in week.days}
        notes: dict[dt.date, list[Win]] = {}
        for win in wins:
            if win.day in week:
                if win.note:
                    notes.setdefault(win.day, []).append(win)
                else:
                    by_day[win.day].append(win)
        return cls(week, by_day, notes)

    @property
    def wins(self) -> list[Win]:
        return [win for day in self.week.days for win in self.by_day.get(day, [])]

    @property
    def total(self) -> int:
        return len(self.wins)

    @property
    def per_day(self) -> list[int]:
        """One count per day of the week, in order: the chart's data."""
        return [len(self.by_day.get(day, [])) for day in self.week.days]

    @property
    def days_with_wins(self) -> int:
        return sum(1 for count in self.per_day if count)

    @property
    def by_kind(self) -> list[tuple[str | None, int]]:
        """``(kind, count)`` in the usual kind order, then wins with no kind; zeros left out."""
        counts = Counter(win.kind for win in self.wins)
        ordered: list[str | None] = [*KIND_KEYS, None]
        return [(kind, counts[kind]) for kind in ordered if counts[kind]]


def days_line(summary: WeekSummary) -> str:
    return f"Days with at least one win: {summary.days_with_wins} of {DAYS_IN_WEEK}"


def sparkline(counts: list[int]) -> str:
    """One character per day, taller for more wins; the busiest day of the week is full height."""
    top = max(counts, default=0)
    if top == 0:
        return " " * len(counts)
    steps = len(SPARK) - 1
    return "".join(SPARK[0 if c == 0 else max(1, round(c * steps / top))] for c in counts)


def wins_phrase(count: int) -> str:
    return f"{count} {'win' if count == 1 else 'wins'}"


def filed_monday(record: Mapping[str, Any]) -> dt.date | None:
    """The Monday a stored review belongs to (None if its ``week`` does not read as a day)."""
    value = record.get("week")
    if not isinstance(value, str):
        return None
    try:
        return review_monday(dt.date.fromisoformat(value))
    except ValueError:
        return None
