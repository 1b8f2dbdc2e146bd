"""Reading and showing days, for the command line and the screens."""

from __future__ import annotations

import datetime as dt
import re

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)
"""The days a journal holds (an import refuses any other): anything outside is a typo."""

_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DAYS_AGO = re.compile(r"-([0-9]+)")
DAY_FORMS = "YYYY-MM-DD, today, yesterday or -N (N days ago)"


def parse_day(value: str, today: dt.date) -> dt.date:
    """Accept ``today``, ``yesterday``, ``-N`` (days ago) or ``YYYY-MM-DD``; raise ValueError.

    Parsed here rather than by ``date.fromisoformat``, which since Python 3.11 also takes
    ``20261101``, ``2026-W48-1`` and other ISO forms that 3.10 refuses: the same words must
    mean the same day on every supported Python. Only ASCII digits count, and a day outside
    1900-2999 (or an offset reaching before it) is refused rather than overflowing.
    """
    text = value.strip().lower()
    if text == "today":
        return today
    if text == "yesterday":
        return today - dt.timedelta(days=1)
    ago = _DAYS_AGO.fullmatch(text)
    if ago:
        reach = (today - FIRST_DAY).days
        # The length check first: int() of thousands of digits is refused only on 3.11+.
        if len(ago[1]) > 6 or int(ago[1]) > reach:
            raise ValueError(f"{value.strip()[:20]!r} goes back before 1900; use at most -{reach}")
        return today - dt.timedelta(days=int(ago[1]))
    iso = _ISO_DAY.fullmatch(text)
    try:
        if not iso:
            raise ValueError
        day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        raise ValueError(f"cannot read the date {value[:40]!r}; use {DAY_FORMS}") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{day.isoformat()} is outside the years 1900-2999")
    return day


DATE_FORMATS: dict[str, str] = {
    "day-month": "Sunday 22 November",
    "month-day": "Sunday, November 22",
    "iso": "Sunday 2026-11-22",
}


def day_name(day: dt.date, today: dt.date, style: str = "day-month") -> str:
    """A day written the way the person chose (``date_format`` setting)."""
    if style == "iso":
        return f"{day:%A} {day.isoformat()}"
    year = f" {day.year}" if day.year != today.year else ""
    if style == "month-day":
        return f"{day:%A}, {day:%B} {day.day}" + (f",{year}" if year else "")
    return f"{day:%A} {day.day} {day:%B}{year}"


def day_title(day: dt.date, today: dt.date, style: str = "day-month") -> str:
    """``Today, Sunday 22 November`` / ``Yesterday, ...`` / ``Friday 20 November 2025``."""
    name = day_name(day, today, style)
    if day == today:
        return f"Today, {name}"
    if day == today - dt.timedelta(days=1):
        return f"Yesterday, {name}"
    return name


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def week_start(day: dt.date, first_weekday: str = "monday") -> dt.date:
    """The first day of the week holding ``day``; weeks start on Monday unless set to Sunday."""
    start = WEEKDAYS.index(first_weekday) if first_weekday in WEEKDAYS else 0  # bad setting
    offset = (day.weekday() - start) % 7
    return day - dt.timedelta(days=offset)
