"""Settings and their defaults; stored in the journal, read with these defaults filled in."""

from __future__ import annotations

from typing import Any

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
}


def with_defaults(stored: dict[str, Any]) -> dict[str, Any]:
    merged = dict(DEFAULT_SETTINGS)
    merged.update({key: value for key, value in stored.items() if key in DEFAULT_SETTINGS})
    return merged
