"""The month's calendar rows, its marks per day, and the quiet line of days with a win."""

from __future__ import annotations

import datetime as dt

from smallwins_tui.core.models import Win
from smallwins_tui.core.month import DayMarks, Month, month_days_line, month_marks, month_of


def win(day: dt.date, kind: str | None = None, note: bool = False) -> Win:
    stamp = f"{day.isoformat()}T09:00:00+00:00"
    return Win(f"id-{day}-{kind}-{note}", "text", day, kind, stamp, stamp, note=note)


def test_months_move_across_years_and_clamp_the_day() -> None:
    january = Month(dt.date(2027, 1, 1))
    assert january.shifted(-1) == Month(dt.date(2026, 12, 1))
    assert january.shifted(13) == Month(dt.date(2028, 2, 1))
    assert Month(dt.date(2028, 2, 1)).last == dt.date(2028, 2, 29)
    assert Month(dt.date(2026, 4, 1)).clamp(dt.date(2026, 3, 31)) == dt.date(2026, 4, 30)
    assert month_of(dt.date(2026, 11, 22)).title == "November 2026"


def test_weeks_start_on_the_chosen_weekday_and_cover_the_month() -> None:
    november = Month(dt.date(2026, 11, 1))  # 1 November 2026 is a Sunday
    monday_weeks = november.weeks("monday")
    assert monday_weeks[0][0] == dt.date(2026, 10, 26)
    assert monday_weeks[-1][-1] == dt.date(2026, 12, 6)
    assert len(monday_weeks) == 6
    sunday_weeks = november.weeks("sunday")
    assert sunday_weeks[0][0] == dt.date(2026, 11, 1)
    assert len(sunday_weeks) == 5
    assert all(len(week) == 7 for week in monday_weeks + sunday_weeks)


def test_marks_count_wins_and_list_kinds_in_order_but_leave_notes_out() -> None:
    day = dt.date(2026, 11, 3)
    marks = month_marks(
        [win(day, "relational"), win(day, "behavioural"), win(day), win(day, "therapy", True)]
    )
    assert marks == {day: DayMarks(3, ("behavioural", "relational"))}
    assert marks[day].marks == "br"
    only_a_note = month_marks([win(dt.date(2026, 11, 4), note=True)])
    assert only_a_note == {}


def test_the_days_line_counts_days_of_this_month_only() -> None:
    november = Month(dt.date(2026, 11, 1))
    marks = month_marks([win(dt.date(2026, 11, 2)), win(dt.date(2026, 10, 31))])
    assert month_days_line(november, marks) == "1 day with a win this month"
    assert month_days_line(november, {}) == "Nothing noted in this month."
