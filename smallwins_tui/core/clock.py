"""Clocks are injected so tests and screenshots can fix the time."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Something that tells the local date and time."""

    def now(self) -> dt.datetime:
        """The current local time, timezone-aware."""
        ...


class SystemClock:
    """The machine's clock, in its local timezone."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


class FixedClock:
    """A clock that stays where it is put; tests move it with :meth:`advance`."""

    def __init__(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment = self.moment + dt.timedelta(**delta)


def timestamp(clock: Clock) -> str:
    """An ISO 8601 timestamp with offset, precise enough to order edits."""
    return clock.now().isoformat(timespec="milliseconds")


def today(clock: Clock) -> dt.date:
    return clock.now().date()


class ManualMonotonic:
    """A monotonic source that only moves when told: for Pilot tests and fixed screenshots."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
