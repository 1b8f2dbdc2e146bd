"""Reading and showing days, for the command line and the screens."""

from __future__ import annotations

import datetime as dt


def parse_day(value: str, today: dt.date) -> dt.date:
    """Accept ``today``, ``yesterday``, ``-N`` (days ago) or an ISO date; raise ValueError."""
    text = value.strip().lower()
    if text == "today":
        return today
    if text == "yesterday":
        return today - dt.timedelta(days=1)
    if text.startswith("-") and text[1:].isdigit():
        return today - dt.timedelta(days=int(text[1:]))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"cannot read the date {value!r}; use YYYY-MM-DD, today or yesterday"
        ) from None


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
