"""Moments that break date code: the edges of weeks, years, leap days and DST changes.

Tests that depend on "today" run at each of these through an injected clock, and CI runs the
date-sensitive folders again with the machine's clock moved to several of them (libfaketime).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

TRICKY_MOMENTS: tuple[dt.datetime, ...] = (
    dt.datetime(2026, 11, 30, 9, 0, tzinfo=LONDON),  # a Monday: yesterday is last week
    dt.datetime(2026, 11, 29, 21, 0, tzinfo=LONDON),  # a Sunday evening: the week's last day
    dt.datetime(2026, 12, 31, 23, 59, tzinfo=LONDON),  # the year's last minute
    dt.datetime(2027, 1, 1, 0, 1, tzinfo=LONDON),  # just after: yesterday is last year
    dt.datetime(2028, 2, 29, 12, 0, tzinfo=LONDON),  # a leap day
    dt.datetime(2027, 3, 28, 12, 0, tzinfo=LONDON),  # clocks go forward in London
    dt.datetime(2027, 10, 31, 12, 0, tzinfo=LONDON),  # and back
    dt.datetime(2027, 3, 14, 12, 0, tzinfo=NEW_YORK),  # forward in New York
    dt.datetime(2027, 11, 7, 12, 0, tzinfo=NEW_YORK),  # and back
)
