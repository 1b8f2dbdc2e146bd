"""Settings, typed, with their defaults; stored in the journal, read with these defaults filled in.

Each setting also declares which values it can take, so that a value from outside (an import,
a hand-edited file, an older or newer smallwins) is refused on import and ignored on reading,
never handed to a screen that would trip over it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from smallwins_tui.core.dates import DATE_FORMATS

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


def _hour(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 23


def _setting(default: Any, check: Callable[[Any], bool]) -> Any:
    """One setting: its default, and whether a stored value can be used as it is."""
    return field(default=default, metadata={"check": check})


@dataclass(frozen=True)
class Settings:
    """Every setting, typed. Adding one is one line here: its name, default and check."""

    region: str | None = _setting(None, lambda value: value is None or _short_text(value))
    """None: guessed from the locale each start."""
    theme: str = _setting("smallwins", _short_text)
    reduced_motion: bool = _setting(False, _flag)
    bell: bool = _setting(False, _flag)
    keep_grounding_items: bool = _setting(False, _flag)
    week_start: str = _setting("monday", lambda value: value in ("monday", "sunday"))
    breathing_pattern: str = _setting("box", _short_text)
    breathing_minutes: float = _setting(4, _minutes)
    date_format: str = _setting(
        "day-month", lambda value: isinstance(value, str) and value in DATE_FORMATS
    )
    welcomed: bool = _setting(False, _flag)
    show_memories: bool = _setting(True, _flag)
    """Today shows one earlier win, from a year or a month ago."""
    nudge_hour: int = _setting(19, _hour)
    """``smallwins nudge`` speaks from this hour on (see cli_nudge)."""
    last_summary_until: str | None = _setting(None, lambda value: value is None or _iso_day(value))
    """The last day the previous therapy summary covered (``summary --since last``)."""

    @classmethod
    def from_stored(cls, stored: Any) -> Settings:
        """The stored values where they are usable; every other setting its default."""
        if not isinstance(stored, Mapping):
            return cls()
        usable = {
            key: value
            for key, value in stored.items()
            if isinstance(key, str) and valid_setting(key, value)
        }
        return cls(**usable)

    def with_value(self, name: str, value: Any) -> Settings:
        """A copy with one setting changed; ValueError if ``value`` is not one it can take."""
        if not valid_setting(name, value):
            raise ValueError(f"{value!r} is not a value the setting {name!r} can take")
        return replace(self, **{name: value})

    def __getitem__(self, name: str) -> Any:
        """A setting by name, for code that picks it from data (the Settings screen's rows)."""
        if name not in SETTING_CHECKS:
            raise KeyError(name)
        return getattr(self, name)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SETTING_CHECKS}


SETTING_CHECKS: dict[str, Callable[[Any], bool]] = {
    setting.name: setting.metadata["check"] for setting in fields(Settings)
}
"""For each setting, whether a stored value can be used as it is."""

DEFAULT_SETTINGS: dict[str, Any] = Settings().as_dict()
"""Every setting's value before anything is chosen."""


def valid_setting(key: str, value: Any) -> bool:
    """True when ``value`` is one ``key`` can take (unknown keys: never)."""
    check = SETTING_CHECKS.get(key)
    return check is not None and check(value)


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked of the screen it opened (``smallwins breathe -p 478``);
    they win over settings for that session only."""

    pattern: str = ""
    minutes: float | None = None
    reduced_motion: bool = False

    @classmethod
    def from_mapping(cls, options: Mapping[str, object]) -> LaunchOptions:
        """From the command line's parsed options (those a screen does not use are ignored)."""
        minutes = options.get("minutes")
        return cls(
            pattern=str(options.get("pattern") or ""),
            minutes=float(minutes)
            if isinstance(minutes, (int, float)) and not isinstance(minutes, bool)
            else None,
            reduced_motion=bool(options.get("reduced_motion")),
        )
