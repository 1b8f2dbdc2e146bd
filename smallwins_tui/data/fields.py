"""The kinds of value a record field can hold, each able to clean and to check a value.

Two ways to use one: :meth:`Kind.clean` for what comes from outside (an import), which cleans
text as if it had been typed, normalises ids and refuses anything else with a
:class:`FieldProblem`; and :meth:`Kind.fits`, a quick test for what is read from disk, where a
record that does not fit is set aside rather than trusted. The record types themselves are
declared in :mod:`smallwins_tui.data.schema`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from smallwins_tui.core.settings import DEFAULT_SETTINGS, valid_setting
from smallwins_tui.core.text import NOTE_MAX, clean_line, clean_text

MAX_DEPTH = 6
"""How deeply a field's value may nest (lists and objects inside each other)."""
MAX_ITEMS = 1000
"""How many entries one list or object inside a field may have."""
LARGEST = 2**53
"""The largest number a field smallwins does not know may hold (every JSON reader agrees)."""
FIRST_YEAR, LAST_YEAR = 1900, 2999
"""Days outside these years are refused: date arithmetic near the ends of the calendar fails."""

Cut = Callable[[int], None]
"""Told the limit each time a text had to be shortened, so the shortening can be reported."""

_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class FieldProblem(ValueError):
    """Why a value does not fit, as the end of a sentence: ``is not a date``."""


class Kind:
    """One kind of value; subclasses say what they accept."""

    def clean(self, value: Any, cut: Cut) -> Any:
        """The value to store, cleaned; raise :class:`FieldProblem` when it does not fit."""
        raise NotImplementedError

    def fits(self, value: Any) -> bool:
        """A quick check of a stored value (no cleaning): can every reader use it?"""
        raise NotImplementedError


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise FieldProblem(f"is {_described(value)}, not text")
    return value


def _described(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"


@dataclass(frozen=True)
class Id(Kind):
    """A UUID; stored in lower case, so one id is one record however it was written."""

    def clean(self, value: Any, cut: Cut) -> str:
        text = _text(value)
        if not _ID.fullmatch(text):
            raise FieldProblem("is not a proper id (a UUID)")
        return str(uuid.UUID(text))

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and _ID.fullmatch(value) is not None


@functools.lru_cache(maxsize=4096)
def _is_day(text: str) -> bool:
    """Cached: a month file holds each day many times, and every read checks them all."""
    if not _DAY.fullmatch(text):
        return False
    try:
        return FIRST_YEAR <= dt.date.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


@dataclass(frozen=True)
class Day(Kind):
    """A day as ``YYYY-MM-DD``, the only form the journal files records by."""

    def clean(self, value: Any, cut: Cut) -> str:
        text = _text(value)
        if not self.fits(text):
            raise FieldProblem(f"is not a day from {FIRST_YEAR} to {LAST_YEAR} as YYYY-MM-DD")
        return text

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and _is_day(value)


@dataclass(frozen=True)
class Stamp(Kind):
    """A moment as ISO 8601 (``2026-11-22T20:00:00.000+00:00``)."""

    def clean(self, value: Any, cut: Cut) -> str:
        text = _text(value)
        if len(text) > 40 or not _STAMP.match(text) or not Day().fits(text[:10]):
            raise FieldProblem("is not a time as YYYY-MM-DDTHH:MM")
        try:
            dt.datetime.fromisoformat(text)
        except ValueError:
            raise FieldProblem("is not a time smallwins can read") from None
        return text

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and _STAMP.match(value) is not None


@dataclass(frozen=True)
class Line(Kind):
    """One line of text, at most ``limit`` characters; ``needed``: not empty once cleaned."""

    limit: int
    needed: bool = False

    def clean(self, value: Any, cut: Cut) -> str:
        cleaned = clean_line(_text(value), max_length=len(value) + 1)
        if len(cleaned) > self.limit:
            cut(self.limit)
            cleaned = cleaned[: self.limit].rstrip()
        if self.needed and not cleaned:
            raise FieldProblem("is empty")
        return cleaned

    def fits(self, value: Any) -> bool:
        return isinstance(value, str)


@dataclass(frozen=True)
class Text(Kind):
    """Text that may run over several lines, at most ``limit`` characters."""

    limit: int = NOTE_MAX

    def clean(self, value: Any, cut: Cut) -> str:
        cleaned = clean_text(_text(value), max_length=len(value) + 1)
        if len(cleaned) > self.limit:
            cut(self.limit)
            cleaned = cleaned[: self.limit]
        return cleaned

    def fits(self, value: Any) -> bool:
        return isinstance(value, str)


@dataclass(frozen=True)
class Choice(Kind):
    """One of a few fixed words."""

    values: Collection[str]

    def clean(self, value: Any, cut: Cut) -> str:
        if not self.fits(value):
            shown = repr(value[:30]) if isinstance(value, str) else _described(value)
            raise FieldProblem(f"is {shown}, not one of: {', '.join(self.values)}")
        return str(value)

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and value in self.values


@dataclass(frozen=True)
class Flag(Kind):
    def clean(self, value: Any, cut: Cut) -> bool:
        if not self.fits(value):
            raise FieldProblem("is not true or false")
        return bool(value)

    def fits(self, value: Any) -> bool:
        return isinstance(value, bool)


@dataclass(frozen=True)
class Number(Kind):
    """A finite number from ``low`` to ``high``; whole numbers only with ``whole``."""

    low: float = 0
    high: float = 1_000_000
    whole: bool = False

    def clean(self, value: Any, cut: Cut) -> float:
        if not self.fits(value):
            what = "a whole number" if self.whole else "a number"
            raise FieldProblem(f"is not {what} from {self.low:g} to {self.high:g}")
        return value  # type: ignore[no-any-return]

    def fits(self, value: Any) -> bool:
        allowed = (int,) if self.whole else (int, float)
        return (
            isinstance(value, allowed)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and self.low <= value <= self.high
        )


@dataclass(frozen=True)
class TextsByKey(Kind):
    """An object of short keys to texts (weekly review answers, grounding items)."""

    value: Kind

    def clean(self, value: Any, cut: Cut) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise FieldProblem(f"is {_described(value)}, not an object")
        if len(value) > MAX_ITEMS:
            raise FieldProblem(f"has more than {MAX_ITEMS} entries")
        return {
            Line(60, needed=True).clean(key, cut): self.value.clean(item, cut)
            for key, item in value.items()
        }

    def fits(self, value: Any) -> bool:
        return isinstance(value, dict) and all(self.value.fits(item) for item in value.values())


@dataclass(frozen=True)
class Lines(Kind):
    """A list of short lines."""

    line: Line

    def clean(self, value: Any, cut: Cut) -> list[str]:
        if not isinstance(value, list):
            raise FieldProblem(f"is {_described(value)}, not a list")
        if len(value) > MAX_ITEMS:
            raise FieldProblem(f"has more than {MAX_ITEMS} entries")
        return [self.line.clean(item, cut) for item in value]

    def fits(self, value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)


@dataclass(frozen=True)
class SettingValues(Kind):
    """The settings object: every known setting must hold a value it can take."""

    def clean(self, value: Any, cut: Cut) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise FieldProblem(f"is {_described(value)}, not an object of settings")
        cleaned: dict[str, Any] = Free().clean(value, cut)
        for key, item in cleaned.items():
            if key in DEFAULT_SETTINGS and not valid_setting(key, item):
                raise FieldProblem(f"has a {key!r} setting smallwins cannot use")
        return cleaned

    def fits(self, value: Any) -> bool:
        return isinstance(
            value, dict
        )  # each value is checked where it is read (Settings.from_stored)


@dataclass(frozen=True)
class Free(Kind):
    """A field smallwins does not know (from a newer version, say): kept, but cleaned like
    typed text and bounded in depth and size, so it can neither steer a terminal nor make a
    reader recurse without end."""

    def clean(self, value: Any, cut: Cut, depth: int = 0) -> Any:
        if isinstance(value, str):
            return Text().clean(value, cut)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            if abs(value) > LARGEST:
                raise FieldProblem("is a number too large to keep")
            return value
        if depth >= MAX_DEPTH:
            raise FieldProblem(f"is nested deeper than {MAX_DEPTH} levels")
        if len(value) > MAX_ITEMS:
            raise FieldProblem(f"has more than {MAX_ITEMS} entries")
        if isinstance(value, list):
            return [self.clean(item, cut, depth + 1) for item in value]
        return {
            Line(200).clean(key, cut): self.clean(item, cut, depth + 1)
            for key, item in value.items()
        }

    def fits(self, value: Any) -> bool:
        return True
