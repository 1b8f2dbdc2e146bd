"""The 5-4-3-2-1 grounding walk: the five senses, their prompts, and where a walk has got to.

This is the part of Ground that needs no screen: the words for each step and a small state
machine (count an item, go back, skip, finish) that tests can walk through directly. It also
decides what a finished or abandoned walk leaves behind in the journal: by default only that it
happened, never what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from smallwins_tui.core.text import clean_line

ITEM_MAX = 200
"""An item is a word or a few; the cap only keeps a long paste from filling the file."""

PRACTICE_TYPE = "grounding"
WIN_TEXT = "Did a grounding exercise"
WIN_KIND = "emotional"
WIN_SOURCE = "grounding"

StepState = Literal["done", "skipped", "current", "ahead"]


@dataclass(frozen=True)
class Sense:
    """One step of the walk: a sense, how many things to notice, and the words that guide it."""

    key: str
    count: int
    verb: str
    prompt: str
    fallback: str | None = None
    """A gentler way through when nothing comes (there is often nothing to smell or taste)."""

    def left_line(self, left: int, counted: int) -> str:
        """How much of the step is left, in words: "5 things you can see", "2 more ..."."""
        noun = "thing" if left == 1 else "things"
        more = "more " if counted else ""
        return f"{left} {more}{noun} you can {self.verb}"


SENSES: tuple[Sense, ...] = (
    Sense(
        "see",
        5,
        "see",
        "Let your eyes wander slowly. A colour, a shape, a small detail: anything counts.",
    ),
    Sense(
        "touch",
        4,
        "touch",
        "Notice what you can feel: your feet on the floor, the seat under you, your sleeve.",
    ),
    Sense(
        "hear",
        3,
        "hear",
        "Listen for a moment, near and far. A hum, a car, your own breath: all count.",
    ),
    Sense(
        "smell",
        2,
        "smell",
        "Breathe in gently through your nose. What is in the air?",
        fallback="Nothing there? Name a smell you like instead.",
    ),
    Sense(
        "taste",
        1,
        "taste",
        "Notice your mouth for a moment. What taste is there?",
        fallback="Nothing there? Name a taste you like instead.",
    ),
)

INTRO = (
    "A few slow minutes of noticing what is around you, one sense at a time. "
    "Not for while you are driving."
)
HOW_TO = "Type what you notice, or just press Enter to count it. Esc stops whenever you like."
CLOSING = (
    "That is all five. You brought your attention back to where you are, "
    "and that takes effort. Take a moment before you move on."
)
CLOSING_SOME_SKIPPED = (
    "That is the walk, with a step or two passed over. You still brought "
    "your attention back to where you are. Take a moment before you move on."
)
CLOSING_ALL_SKIPPED = (
    "You passed over every step this time, and that is all right: some moments "
    "are too loud for noticing. A few slow breaths may suit you better now."
)


def closing_words(walk: GroundingWalk) -> str:
    """Words for the end of a walk that are true to it: a walk of skipped steps is not praised
    as complete, and is not scolded either."""
    if walk.steps_done == 0:
        return CLOSING_ALL_SKIPPED
    return CLOSING if walk.steps_skipped == 0 else CLOSING_SOME_SKIPPED


def keep_line(keep: bool) -> str:
    """The one plain line that says what the keep setting does, as it stands now."""
    if keep:
        return "What you type here is kept in your journal file."
    return "What you type here is not kept: only that you did a walk is noted."


@dataclass
class GroundingWalk:
    """Where one walk has got to: the current step, what was counted, what was skipped.

    Arriving at a step always starts it fresh, whether going forward or back, so the count on
    screen never surprises. ``index == len(senses)`` means the walk is finished.
    """

    senses: tuple[Sense, ...] = SENSES
    index: int = 0
    items: list[list[str]] = field(default_factory=list)
    skipped: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.items = [[] for _ in self.senses]
        self.skipped = [False for _ in self.senses]

    @property
    def finished(self) -> bool:
        return self.index >= len(self.senses)

    @property
    def current(self) -> Sense | None:
        return None if self.finished else self.senses[self.index]

    @property
    def counted(self) -> int:
        """Items counted in the current step so far."""
        return 0 if self.finished else len(self.items[self.index])

    @property
    def left(self) -> int:
        """Items still to notice in the current step."""
        sense = self.current
        return 0 if sense is None else sense.count - self.counted

    @property
    def started(self) -> bool:
        """True once anything was counted or skipped: opening and leaving is not a walk."""
        return self.index > 0 or any(self.items) or any(self.skipped)

    @property
    def steps_done(self) -> int:
        """Steps counted all the way through (not skipped)."""
        return sum(
            1
            for i, sense in enumerate(self.senses)
            if i < self.index and not self.skipped[i] and len(self.items[i]) == sense.count
        )

    @property
    def steps_skipped(self) -> int:
        return sum(self.skipped)

    def count(self, text: str = "") -> bool:
        """Count one item (typed or not); True when that finished the step."""
        if self.finished:
            return False
        self.items[self.index].append(clean_line(text, ITEM_MAX))
        if self.left > 0:
            return False
        self.index += 1
        return True

    def skip(self) -> None:
        """Move past the current step; whatever was counted in it stays counted."""
        if not self.finished:
            self.skipped[self.index] = True
            self.index += 1

    def back(self) -> bool:
        """Go to the step before and start it over; False at the first step."""
        if self.index == 0:
            return False
        if not self.finished:
            self._clear(self.index)
        self.index -= 1
        self._clear(self.index)
        return True

    def _clear(self, index: int) -> None:
        self.items[index] = []
        self.skipped[index] = False

    def progress(self) -> list[tuple[Sense, StepState]]:
        """Each sense with where the walk stands on it, for the progress marker."""
        states: list[tuple[Sense, StepState]] = []
        for i, sense in enumerate(self.senses):
            if i == self.index:
                states.append((sense, "current"))
            elif i > self.index:
                states.append((sense, "ahead"))
            else:
                states.append((sense, "skipped" if self.skipped[i] else "done"))
        return states

    def typed_items(self) -> dict[str, list[str]]:
        """What was typed, by sense; empty Enters and senses with nothing typed are left out."""
        typed = {
            sense.key: [item for item in self.items[i] if item]
            for i, sense in enumerate(self.senses)
        }
        return {key: items for key, items in typed.items() if items}

    def record(self, *, started: str, ended: str, day: str, keep_items: bool) -> dict[str, Any]:
        """The practice record for this walk; what was typed only when ``keep_items``."""
        fields: dict[str, Any] = {
            "type": PRACTICE_TYPE,
            "day": day,
            "started": started,
            "ended": ended,
            "completed": self.finished,
            "steps_done": self.steps_done,
            "steps_skipped": self.steps_skipped,
            "steps_total": len(self.senses),
        }
        if keep_items:
            fields["items"] = self.typed_items()
        return fields
