"""Settings and their defaults; stored in the journal, read with these defaults filled in.

Each setting also declares which values it can take, so that a value from outside (an import,
a hand-edited file, an older or newer smallwins) is refused on import and ignored on reading,
never handed to a screen that would trip over it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from smallwins_tui.core.dates import DATE_FORMATS

DEFAULT_SETTINGS: dict[str, Any] = {
    "region": None,  # None: guessed from the locale each start
    "theme": "smallwins",
    "reduced_motion": False,
    "bell": False,
    "keep_grounding_items": False,
    "week_start": "monday",
    "breathing_pattern": "box",
    "breathing_minutes": 4,
    "date_format": "day-month",
    "welcomed": False,
    "show_memories": True,
    "last_summary_until": None,  # the last day the previous therapy summary covered
    "nudge_hour": 19,  # smallwins nudge speaks from this hour on (see cli_nudge)
}

MAX_BREATHING_MINUTES = 60


def _short_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 60


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _minutes(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_BREATHING_MINUTES
    )


def _iso_day(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


SETTING_CHECKS: dict[str, Callable[[Any], bool]] = {
    "region": lambda value: value is None or _short_text(value),
    "theme": _short_text,
    "reduced_motion": _flag,
    "bell": _flag,
    "keep_grounding_items": _flag,
    "week_start": lambda value: value in ("monday", "sunday"),
    "breathing_pattern": _short_text,
    "breathing_minutes": _minutes,
    "date_format": lambda value: isinstance(value, str) and value in DATE_FORMATS,
    "welcomed": _flag,
    "show_memories": _flag,
    "last_summary_until": lambda value: value is None or _iso_day(value),
    "nudge_hour": lambda value: (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 23
    ),
}
"""For each setting, whether a stored value can be used as it is."""


def valid_setting(key: str, value: Any) -> bool:
    """True when ``value`` is one ``key`` can take (unknown keys: never)."""
    check = SETTING_CHECKS.get(key)
    return check is not None and check(value)


def with_defaults(stored: Any) -> dict[str, Any]:
    """Every setting: the stored value where it is usable, else the default."""
    merged = dict(DEFAULT_SETTINGS)
    if isinstance(stored, dict):
        merged.update(
            {
                key: value
                for key, value in stored.items()
                if isinstance(key, str) and valid_setting(key, value)
            }
        )
    return merged
