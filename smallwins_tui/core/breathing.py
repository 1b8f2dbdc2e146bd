"""Paced breathing as pure arithmetic: where a session is is a function of elapsed time.

The screen never counts timer ticks. It asks a monotonic clock how long the session has run
(minus pauses, see :class:`SessionClock`) and :func:`state_at` answers which round and phase that
is, so a late or skipped redraw can never make the pacing drift.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

PHASE_WORDS = ("Breathe in", "Hold", "Breathe out", "Hold")
"""What the screen says in each of the four phases (inhale, hold, exhale, hold)."""

BREATH_RANGE = (2, 8)
"""Seconds allowed for a custom inhale or exhale."""
HOLD_RANGE = (0, 8)
"""Seconds allowed for a custom hold (0 means no hold)."""

DEFAULT_MINUTES = 4.0
MAX_MINUTES = 60.0
LEAD_IN_SECONDS = 3
"""The short countdown before the first breath."""

_EPSILON = 1e-9


@dataclass(frozen=True)
class Pattern:
    """Seconds for inhale, hold, exhale, hold; ``key`` is how it is named on the command line."""

    key: str
    title: str
    """How the screen names it: ``Box 4-4-4-4``, ``4-7-8``, ``Custom 4-2-6-0``."""
    inhale: int
    hold_in: int
    exhale: int
    hold_out: int
    beginner_rounds: int | None = None
    """A cap on rounds, whatever length was asked for (4-7-8 is usually kept to four)."""

    @property
    def seconds(self) -> tuple[int, int, int, int]:
        return (self.inhale, self.hold_in, self.exhale, self.hold_out)

    @property
    def cycle(self) -> int:
        """Seconds in one round."""
        return sum(self.seconds)

    @property
    def timing(self) -> str:
        """``4-4-4-4`` style, for labels and the session record."""
        return "-".join(str(part) for part in self.seconds)


BOX = Pattern("box", "Box 4-4-4-4", 4, 4, 4, 4)
FOUR_SEVEN_EIGHT = Pattern("478", "4-7-8", 4, 7, 8, 0, beginner_rounds=4)
SLOW = Pattern("55", "Slow 5-5", 5, 0, 5, 0)

PRESETS: dict[str, Pattern] = {pattern.key: pattern for pattern in (BOX, FOUR_SEVEN_EIGHT, SLOW)}
_ALIASES = {"4-7-8": "478", "5-5": "55", "slow": "55", "square": "box"}


def custom_pattern(inhale: int, hold_in: int, exhale: int, hold_out: int) -> Pattern:
    """A custom pace; raise ValueError with a plain reason when a phase is out of range."""
    for name, value, (low, high) in (
        ("breathing in", inhale, BREATH_RANGE),
        ("the first hold", hold_in, HOLD_RANGE),
        ("breathing out", exhale, BREATH_RANGE),
        ("the second hold", hold_out, HOLD_RANGE),
    ):
        if not low <= value <= high:
            raise ValueError(f"{name} must be {low} to {high} seconds, not {value}")
    timing = f"{inhale}-{hold_in}-{exhale}-{hold_out}"
    return Pattern(timing, f"Custom {timing}", inhale, hold_in, exhale, hold_out)


def parse_pattern(text: str) -> Pattern:
    """``box``, ``478``, ``55`` or custom seconds ``I-H-E-H`` (e.g. ``4-2-6-0``)."""
    cleaned = text.strip().lower()
    cleaned = _ALIASES.get(cleaned, cleaned)
    if cleaned in PRESETS:
        return PRESETS[cleaned]
    if not re.fullmatch(r"\d{1,2}(-\d{1,2}){3}", cleaned):
        shown = text.strip()[:40] or "(empty)"
        raise ValueError(
            f"unknown breathing pattern {shown!r}: use box, 478, 55, or four whole numbers "
            "of seconds as inhale-hold-exhale-hold, e.g. 4-2-6-0"
        )
    inhale, hold_in, exhale, hold_out = (int(part) for part in cleaned.split("-"))
    return custom_pattern(inhale, hold_in, exhale, hold_out)


def parse_minutes(value: float) -> float:
    """Check a session length in minutes; raise ValueError with a plain reason."""
    if not math.isfinite(value) or value <= 0 or value > MAX_MINUTES:
        raise ValueError(f"minutes must be more than 0 and at most {MAX_MINUTES:g}")
    return value


def plan_rounds(
    pattern: Pattern, minutes: float | None = None, default_minutes: float = DEFAULT_MINUTES
) -> int:
    """Whole rounds for a session: about ``minutes`` long, or the default length.

    A pattern's round cap always applies, whatever length was asked for (4-7-8: four rounds;
    :func:`round_cap_note` says why when a longer session was asked for).
    """
    asked = default_minutes if minutes is None else minutes
    rounds = max(1, round(asked * 60 / pattern.cycle))
    if pattern.beginner_rounds is not None:
        rounds = min(rounds, pattern.beginner_rounds)
    return rounds


def round_cap_note(pattern: Pattern, minutes: float | None) -> str | None:
    """Why a longer session asked for (``--minutes``) stops at the pattern's cap, or None."""
    cap = pattern.beginner_rounds
    if cap is None or minutes is None or round(minutes * 60 / pattern.cycle) <= cap:
        return None
    return (
        f"{pattern.title} stops after {cap} rounds, about a minute and a quarter: its long "
        "holds can leave you light-headed if you keep going. For a longer session, box or "
        "slow 5-5 suit better."
    )


@dataclass(frozen=True)
class BreathState:
    """Where a session is at one moment."""

    round: int
    """1-based round number (the last round once finished)."""
    rounds: int
    phase: int
    """0 inhale, 1 hold, 2 exhale, 3 hold."""
    seconds_left: int
    """Whole seconds left in the phase, counting down ``n, ..., 1`` (0 once finished)."""
    fraction: float
    """How much of the phase is done, 0.0 to 1.0."""
    finished: bool
    phase_started: float
    """Elapsed session seconds at which this phase began (for scheduling and measuring)."""
    phase_seconds: int

    @property
    def word(self) -> str:
        return PHASE_WORDS[self.phase]


def session_seconds(pattern: Pattern, rounds: int) -> int:
    return pattern.cycle * rounds


def state_at(pattern: Pattern, rounds: int, elapsed: float) -> BreathState:
    """The round and phase ``elapsed`` seconds into a session; zero-length holds are skipped."""
    elapsed = max(0.0, elapsed)
    total = session_seconds(pattern, rounds)
    if elapsed >= total:
        last = max(i for i, seconds in enumerate(pattern.seconds) if seconds)
        start = total - pattern.seconds[last]
        return BreathState(rounds, rounds, last, 0, 1.0, True, float(start), pattern.seconds[last])
    index = int(elapsed // pattern.cycle)
    into = elapsed - index * pattern.cycle
    start = 0
    for phase, seconds in enumerate(pattern.seconds):
        if seconds and into < start + seconds:
            left = start + seconds - into
            return BreathState(
                round=index + 1,
                rounds=rounds,
                phase=phase,
                seconds_left=max(1, math.ceil(left - _EPSILON)),
                fraction=min(1.0, max(0.0, (into - start) / seconds)),
                finished=False,
                phase_started=float(index * pattern.cycle + start),
                phase_seconds=seconds,
            )
        start += seconds
    raise AssertionError("unreachable: into is always inside one phase")  # pragma: no cover


def lead_in_left(elapsed: float, lead_in: int = LEAD_IN_SECONDS) -> int:
    """Whole seconds left of the start countdown (0 once breathing has begun)."""
    return max(0, math.ceil(lead_in - elapsed - _EPSILON))


def phase_boundaries(pattern: Pattern, rounds: int) -> list[float]:
    """Every moment (in session seconds) at which the phase changes, the end included."""
    moments: list[float] = []
    at = 0
    for _ in range(rounds):
        for seconds in pattern.seconds:
            if seconds:
                at += seconds
                moments.append(float(at))
    return moments


class SessionClock:
    """Elapsed time that stands still while paused, read from an injected monotonic source."""

    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._monotonic = monotonic
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self) -> None:
        self._started = self._monotonic()
        self._paused_at = None
        self._paused_total = 0.0

    def pause(self) -> None:
        if self._started is not None and self._paused_at is None:
            self._paused_at = self._monotonic()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._monotonic() - self._paused_at
            self._paused_at = None

    def elapsed(self) -> float:
        """Seconds since :meth:`start`, not counting pauses (0 before it starts)."""
        if self._started is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._monotonic()
        return max(0.0, now - self._started - self._paused_total)

    def moment_of(self, elapsed: float) -> float:
        """The monotonic time at which ``elapsed`` will be reached if nothing is paused."""
        if self._started is None:
            raise RuntimeError("the session has not started")
        return self._started + self._paused_total + elapsed


def rounds_done(pattern: Pattern, rounds: int, elapsed: float) -> int:
    """Whole rounds finished by ``elapsed`` seconds of breathing."""
    return min(rounds, int(max(0.0, elapsed) // pattern.cycle))


def practice_record(pattern: Pattern, rounds: int, elapsed: float, day: str) -> dict[str, object]:
    """The fields stored for one session in the practices table (nothing personal)."""
    planned = session_seconds(pattern, rounds)
    actual = min(float(planned), max(0.0, elapsed))
    completed = actual >= planned
    return {
        "type": "breathing",
        "day": day,
        "pattern": pattern.key,
        "timing": pattern.timing,
        "planned_rounds": rounds,
        "planned_seconds": planned,
        "rounds_done": rounds_done(pattern, rounds, actual),
        "actual_seconds": round(actual, 1),
        "outcome": "completed" if completed else "stopped",
    }


def describe_length(seconds: float) -> str:
    """``about 4 minutes``, ``40 seconds``: a gentle length, never to the second."""
    if seconds < 90:
        whole = max(1, round(seconds))
        return f"{whole} second{'s' if whole != 1 else ''}"
    return f"about {round(seconds / 60)} minutes"


def win_text(pattern: Pattern, seconds: float) -> str:
    """What a breathing session says when the person keeps it as a win."""
    return f"Slowed my breathing for {describe_length(seconds)} ({pattern.title})"
