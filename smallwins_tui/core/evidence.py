"""The person's own evidence for the fair-current question: what they noted in recent weeks.

The fair-current baseline compares you with where you were recently, so the evidence is the
wins from the last two weeks, grouped by kind, and a plain side-by-side of those two weeks with
the two before. Counts are information to look at, never a grade: nothing here says "better",
"worse", "up" or "down".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from smallwins_tui.core.kinds import KINDS
from smallwins_tui.core.models import Win

WINDOW_DAYS = 14
"""Two weeks: recent enough to be "where you were", long enough to hold a few wins."""

SHOWN_PER_KIND = 2
"""A handful per kind, newest first: enough to jog the memory without a wall of text."""

UNKINDED = "other"


@dataclass(frozen=True)
class Period:
    """A run of days (inclusive) and what was noted in it."""

    first: dt.date
    last: dt.date
    wins: int
    days_with_a_win: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class KindGroup:
    """The recent wins of one kind: a few to show, newest first, and how many there were."""

    kind: str
    label: str
    shown: tuple[Win, ...]
    total: int


@dataclass(frozen=True)
class Evidence:
    """Everything the fair-current panel shows."""

    today: dt.date
    groups: tuple[KindGroup, ...]
    recent: Period
    earlier: Period

    @property
    def has_recent_wins(self) -> bool:
        return self.recent.wins > 0


def windows(today: dt.date, days: int = WINDOW_DAYS) -> tuple[tuple[dt.date, dt.date], ...]:
    """The recent window ending today, and the same length just before it (first, last)."""
    recent_first = today - dt.timedelta(days=days - 1)
    earlier_last = recent_first - dt.timedelta(days=1)
    earlier_first = earlier_last - dt.timedelta(days=days - 1)
    return (recent_first, today), (earlier_first, earlier_last)


def _period(wins: list[Win], first: dt.date, last: dt.date) -> Period:
    inside = [win for win in wins if first <= win.day <= last]
    return Period(first, last, len(inside), len({win.day for win in inside}))


def _newest_first(win: Win) -> tuple[dt.date, str]:
    return (win.day, win.created)


def gather_evidence(
    wins: Iterable[Win], today: dt.date, per_kind: int = SHOWN_PER_KIND
) -> Evidence:
    """Build the evidence from any wins (wins outside the four weeks, or in the future, are
    ignored, so the caller may pass more than it needs). Distress notes are never evidence."""
    (recent_first, recent_last), (earlier_first, earlier_last) = windows(today)
    every = [win for win in wins if earlier_first <= win.day <= recent_last and not win.note]
    recent = sorted(
        (win for win in every if win.day >= recent_first), key=_newest_first, reverse=True
    )
    groups: list[KindGroup] = []
    labels = [(kind.key, kind.label) for kind in KINDS] + [(UNKINDED, "no kind given")]
    for key, label in labels:
        mine = [win for win in recent if (win.kind or UNKINDED) == key]
        if mine:
            groups.append(KindGroup(key, label, tuple(mine[:per_kind]), len(mine)))
    return Evidence(
        today=today,
        groups=tuple(groups),
        recent=_period(every, recent_first, recent_last),
        earlier=_period(every, earlier_first, earlier_last),
    )


def _span(period: Period) -> str:
    first, last = period.first, period.last
    if first.year != last.year:
        return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"
    if first.month != last.month:
        return f"{first.day} {first:%b} – {last.day} {last:%b}"
    return f"{first.day}–{last.day} {last:%b}"


def _count(period: Period) -> str:
    if period.wins == 0:
        return "nothing written down"
    wins = "1 win" if period.wins == 1 else f"{period.wins} wins"
    days = "1 day" if period.days_with_a_win == 1 else f"{period.days_with_a_win} days"
    return f"{wins}, on {days}"


def comparison_lines(evidence: Evidence) -> tuple[str, ...]:
    """The two fortnights side by side, then one neutral sentence about what counts can't say."""
    recent, earlier = evidence.recent, evidence.earlier
    lines = (
        f"Last two weeks ({_span(recent)}): {_count(recent)}.",
        f"The two weeks before ({_span(earlier)}): {_count(earlier)}.",
    )
    if recent.wins == 0 and earlier.wins == 0:
        note = (
            "No wins noted in these four weeks yet. The question works from memory too: "
            "think back to a few weeks ago."
        )
    elif earlier.wins == 0:
        note = "Nothing was noted in the two weeks before, so these are the first marks on the map."
    elif recent.wins == 0:
        note = (
            "Nothing noted lately. A quiet patch on paper is not proof that nothing shifted; "
            "what do you remember?"
        )
    else:
        note = "Counts only show what got written down. What they point to is for you to judge."
    return (*lines, note)


def empty_message(evidence: Evidence) -> str | None:
    """What to say kindly when there are no recent wins to show; None when there are."""
    if evidence.has_recent_wins:
        return None
    return (
        "You have not noted any wins in the last two weeks, and that is all right. "
        "The question still stands: think of one thing, however small, that has moved."
    )
