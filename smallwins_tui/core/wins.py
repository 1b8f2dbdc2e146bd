"""What the Today screen says about wins: gentle progress, example prompts, the minimiser note."""

from __future__ import annotations

import datetime as dt
import re

DAILY_AIM = 3
"""The seeds suggest noticing about three things a day: an aim, never a quota."""

EXAMPLE_WINS: tuple[str, ...] = (
    "Got out of bed a bit earlier than last week",
    "Sent the message I had been putting off",
    "Went to my session even though I felt anxious",
    "Paused before snapping back",
    "Said what I was feeling instead of going quiet",
    "Went outside for ten minutes",
    "Asked for help instead of saying I was fine",
    "Noticed a harsh thought and did not fully believe it",
    "Bounced back from a rough morning by the afternoon",
    "Told my therapist that things feel stuck",
    "Said no to something I did not have energy for",
    "Spotted some all-or-nothing thinking",
)

_MINIMISER = re.compile(
    r"\b(only|just|barely|merely|hardly)\b"
    r"|\b(still)\s+(felt|feel|cried|cry|had|have|needed|need|got|get|was|am|struggled|"
    r"panicked|worried|thought|avoided|hated|did not|didn't)\b",
    re.IGNORECASE,
)


def examples_for(day: dt.date, count: int = 4) -> list[str]:
    """A few example wins, rotating by date so the prompts do not go stale."""
    start = (day.toordinal() * count) % len(EXAMPLE_WINS)
    return [EXAMPLE_WINS[(start + i) % len(EXAMPLE_WINS)] for i in range(count)]


def find_minimiser(text: str) -> str | None:
    """The first minimising word in ``text`` ("only", "just", ...), if there is one."""
    match = _MINIMISER.search(text.replace("\u2019", "'"))
    return (match.group(1) or match.group(2)).lower() if match else None


def minimiser_note(word: str) -> str:
    """One kind sentence; "still ..." gets its own, since it dismisses rather than shrinks."""
    if word == "still":
        return (
            '"still" can make it sound as if nothing moved. Doing it while it was hard '
            "is the progress."
        )
    return f'"{word}" can quietly take the credit away. It still counts.'


def progress_marks(count: int) -> str:
    """Dots toward the daily aim; past it, simply more filled dots, never a warning."""
    filled = min(count, 12)
    empty = max(DAILY_AIM - count, 0)
    return "●" * filled + "○" * empty


def progress_message(count: int, is_today: bool) -> str:
    """Encouragement only: no red, no "missed", nothing that breaks."""
    if count == 0:
        if is_today:
            return "Nothing noted yet. Anything that helped, however small, counts."
        return "Nothing noted for this day. You can add what you remember."
    if count < DAILY_AIM:
        noun = "win" if count == 1 else "wins"
        return f"{count} {noun} noted. Three is a gentle aim, not a rule."
    return f"{count} wins noted. That is plenty of evidence for one day."
