"""Days are read by our own rules, so the same words mean the same day on every Python.

``date.fromisoformat`` grew on 3.11 (``20261101``, week dates, ordinal dates); we accept
exactly ``YYYY-MM-DD`` with ASCII digits, ``today``, ``yesterday`` and ``-N``, in 1900-2999.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smallwins_tui.core.dates import parse_day
from tests.dates import TRICKY_MOMENTS

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    "text",
    [
        "20261101",
        "2026-W48-1",
        "2026-305",
        "2026-11-1",
        "26-11-01",
        "2026-11-01T00:00",
        "２０２６-１１-０１",
        "٢٠٢٦-١١-٠١",
        "2026-02-29",
        "0000-01-01",
        "1899-12-31",
        "3000-01-01",
        "-",
        "--1",
        "+1",
        "-1.5",
        "-" + "9" * 7,
        "-" + "9" * 5000,
        "",
        "tomorrow",
    ],
)
def test_refused_everywhere_with_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_day(text, TODAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-01", dt.date(2026, 11, 1)),
        (" 2026-11-01 ", dt.date(2026, 11, 1)),
        ("1900-01-01", dt.date(1900, 1, 1)),
        ("2999-12-31", dt.date(2999, 12, 31)),
        ("2028-02-29", dt.date(2028, 2, 29)),
        ("TODAY", TODAY),
        ("yesterday", dt.date(2026, 11, 21)),
        ("-0", TODAY),
        ("-7", dt.date(2026, 11, 15)),
        ("-000007", dt.date(2026, 11, 15)),
    ],
)
def test_accepted(text: str, day: dt.date) -> None:
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("now", TRICKY_MOMENTS, ids=[m.isoformat() for m in TRICKY_MOMENTS])
def test_the_furthest_offset_reaches_1900_and_one_more_is_refused(now: dt.datetime) -> None:
    today = now.date()
    reach = (today - dt.date(1900, 1, 1)).days
    assert parse_day(f"-{reach}", today) == dt.date(1900, 1, 1)
    with pytest.raises(ValueError, match=f"use at most -{reach}"):
        parse_day(f"-{reach + 1}", today)
