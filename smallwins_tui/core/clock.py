"""Clocks are injected so tests and screenshots can fix the time."""

from __future__ import annotations

import datetime as dt
import os
from typing import Protocol


class Clock(Protocol):
    """Something that tells the local date and time."""

    def now(self) -> dt.datetime:
        """The current local time, timezone-aware."""
        ...


TEST_NOW_VARIABLE = "SMALLWINS_TEST_NOW"
"""For end-to-end tests only: an ISO time the clock starts from, then runs on in real time."""


class SystemClock:
    """The machine's clock, in its local timezone.

    End-to-end tests run the real program across midnight or on a chosen date by setting
    ``SMALLWINS_TEST_NOW`` (e.g. ``2026-11-30T23:59:50``): the clock starts there and keeps
    running. Nothing else reads it, and an unreadable value is ignored.
    """

    def __init__(self) -> None:
        self._offset = dt.timedelta()
        start = os.environ.get(TEST_NOW_VARIABLE)
        if start:
            try:
                moment = dt.datetime.fromisoformat(start)
            except ValueError:
                return
            if moment.tzinfo is None:
                moment = moment.astimezone()  # a local wall-clock time, as a person reads it
            self._offset = moment - dt.datetime.now(dt.timezone.utc)

    def now(self) -> dt.datetime:
        return (dt.datetime.now(dt.timezone.utc) + self._offset).astimezone()


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


_EARLIEST = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def instant(stamp: object) -> dt.datetime:
    """The moment an ISO 8601 timestamp names, as an aware UTC time.

    Records keep the local offset they were written with, so comparing their text puts a win
    written at 09:30+01:00 after one written an hour later at 08:45+00:00 (a DST change, a
    flight). Ordering by the instant keeps the order they were made in. Naive stamps count as
    UTC; anything unreadable sorts first rather than failing.
    """
    if not isinstance(stamp, str):
        return _EARLIEST
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return _EARLIEST
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def created_instant(record: dict[str, object]) -> dt.datetime:
    """Sort key: when a record was made (see :func:`instant`)."""
    return instant(record.get("created"))


class ManualMonotonic:
    """A monotonic source that only moves when told: for Pilot tests and fixed screenshots."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
