"""The week's boundaries, its counts, and the exact Markdown page for a known week."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from smallwins_tui.core.export import escape_markdown, week_markdown
from smallwins_tui.core.models import Win
from smallwins_tui.core.week import (
    REVIEW_QUESTIONS,
    Week,
    WeekSummary,
    month_day,
    sparkline,
    week_heading,
    week_of,
    week_range_title,
    week_title,
)


def win(day: dt.date, text: str, kind: str | None = None, n: int = 0) -> Win:
    stamp = f"{day.isoformat()}T09:{n:02d}:00.000+00:00"
    return Win(id=f"id-{day}-{n}", text=text, day=day, kind=kind, created=stamp, updated=stamp)


@pytest.mark.parametrize(
    ("day", "start", "first"),
    [
        (dt.date(2026, 11, 22), "monday", dt.date(2026, 11, 16)),  # a Sunday ends a Monday week
        (dt.date(2026, 11, 22), "sunday", dt.date(2026, 11, 22)),  # ...and starts a Sunday week
        (dt.date(2026, 11, 16), "monday", dt.date(2026, 11, 16)),
        (dt.date(2026, 11, 21), "sunday", dt.date(2026, 11, 15)),
    ],
)
def test_week_start_follows_the_setting(day: dt.date, start: str, first: dt.date) -> None:
    week = week_of(day, start)
    assert week.first == first
    assert week.last == first + dt.timedelta(days=6)
    assert len(week.days) == 7 and day in week


def test_a_week_can_span_the_new_year() -> None:
    monday_week = week_of(dt.date(2027, 1, 1), "monday")
    assert (monday_week.first, monday_week.last) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    sunday_week = week_of(dt.date(2027, 1, 1), "sunday")
    assert (sunday_week.first, sunday_week.last) == (dt.date(2026, 12, 27), dt.date(2027, 1, 2))
    assert week_range_title(monday_week) == "Monday 28 December 2026 – Sunday 3 January 2027"
    assert monday_week.shifted(1).first == dt.date(2027, 1, 4)
    assert monday_week.shifted(-1).first == dt.date(2026, 12, 21)


@pytest.mark.parametrize("start", ["monday", "sunday"])
def test_a_clock_change_does_not_move_the_week(start: str) -> None:
    """Europe/London went to summer time at 01:00 on Sunday 29 March 2026."""
    london = ZoneInfo("Europe/London")
    moments = [dt.datetime(2026, 3, 29, hour, 30, tzinfo=london) for hour in (0, 2, 23)]
    moments.append(dt.datetime(2026, 3, 28, 23, 59, tzinfo=london))
    weeks = {week_of(moment.date(), start) for moment in moments if moment.date().day == 29}
    assert len(weeks) == 1
    (week,) = weeks
    expected = dt.date(2026, 3, 23) if start == "monday" else dt.date(2026, 3, 29)
    assert week.first == expected
    assert len(set(week.days)) == 7
    assert week.shifted(1).first - week.first == dt.timedelta(days=7)
    # In October the clocks go back: the week still has seven days, one per date.
    autumn = week_of(dt.date(2026, 10, 25), start)
    assert [d.day for d in autumn.days] == [d.day for d in autumn.days if d in autumn]


def test_an_empty_week_has_nothing_to_count() -> None:
    summary = WeekSummary.of(Week(dt.date(2026, 11, 16)), [])
    assert summary.total == 0
    assert summary.per_day == [0] * 7
    assert summary.days_with_wins == 0
    assert summary.by_kind == []
    assert sparkline(summary.per_day) == " " * 7


def test_summary_counts_by_day_and_kind_and_ignores_other_weeks() -> None:
    week = Week(dt.date(2026, 11, 16))
    wins = [
        win(dt.date(2026, 11, 16), "a", "behavioural"),
        win(dt.date(2026, 11, 16), "b", None, 1),
        win(dt.date(2026, 11, 18), "c", "therapy"),
        win(dt.date(2026, 11, 18), "d", "behavioural", 1),
        win(dt.date(2026, 11, 18), "e", "behavioural", 2),
        win(dt.date(2026, 11, 23), "next week", "emotional"),
    ]
    summary = WeekSummary.of(week, wins)
    assert summary.per_day == [2, 0, 3, 0, 0, 0, 0]
    assert summary.days_with_wins == 2
    assert summary.by_kind == [("behavioural", 3), ("therapy", 1), (None, 1)]
    assert sparkline(summary.per_day) == "▅ █    "


def test_headings_name_this_week_and_last_week() -> None:
    today = dt.date(2026, 11, 22)
    assert week_heading(Week(dt.date(2026, 11, 16)), today) == "This week"
    assert week_heading(Week(dt.date(2026, 11, 9)), today) == "Last week"
    assert week_heading(Week(dt.date(2026, 11, 2)), today) == "Monday 2 – Sunday 8 November 2026"
    assert week_heading(Week(dt.date(2026, 11, 15)), today, "sunday") == "Last week"


def test_seven_review_questions_name_what_is_stuck_and_end_with_the_friend_question() -> None:
    assert len(REVIEW_QUESTIONS) == 7
    assert REVIEW_QUESTIONS[-2].key == "still_stuck"  # stored under this key forever
    assert REVIEW_QUESTIONS[-2].text == (
        "What still feels stuck, and might need a different approach?"
    )
    assert "friend" in REVIEW_QUESTIONS[-1].text
    assert len({q.key for q in REVIEW_QUESTIONS}) == 7


KNOWN_WEEK_MARKDOWN = """\
# Small wins: Monday 16 – Sunday 22 November 2026

Days with at least one win: 2 of 7.

## Wins

### Monday 16 November

- Got dressed before ten (behavioural)
- Said no to the extra shift \\[/bold\\] (relational)

### Sunday 22 November

- Made a proper breakfast

## By kind

- behavioural: 1
- relational: 1
- no kind: 1

## Weekly review

**What did you do this week that was hard, but worth doing?**

Said no.  
Twice.

**If a friend had done these things while feeling the way you felt, would you call it nothing?**

No \\# not at all
"""


def test_the_markdown_page_for_a_known_week() -> None:
    week = Week(dt.date(2026, 11, 16))
    wins = [
        win(dt.date(2026, 11, 16), "Got dressed before ten", "behavioural"),
        win(dt.date(2026, 11, 16), "Said no to the extra shift [/bold]", "relational", 1),
        win(dt.date(2026, 11, 22), "Made a proper breakfast"),
    ]
    answers = {
        "hard_but_useful": "\nSaid no.\nTwice.\n\n",
        "friend": "No # not at all",
        "understood": "   ",
        "unknown": "never shown",
    }
    assert week_markdown(WeekSummary.of(week, wins), answers) == KNOWN_WEEK_MARKDOWN


def test_the_markdown_page_for_an_empty_week() -> None:
    page = week_markdown(WeekSummary.of(Week(dt.date(2026, 11, 16)), []), {})
    assert page == (
        "# Small wins: Monday 16 – Sunday 22 November 2026\n\n"
        "## Wins\n\nNothing was noted this week.\n"
    )


def test_markdown_escaping_keeps_hostile_text_literal() -> None:
    assert escape_markdown("[link=http://x]y") == "\\[link=http://x\\]y"
    assert escape_markdown("<script>") == "\\<script\\>"
    assert escape_markdown("1. not a list") == "1\\. not a list"
    page = week_markdown(
        WeekSummary.of(
            Week(dt.date(2026, 11, 16)), [win(dt.date(2026, 11, 16), "\x1b]0;PWNED\x07title")]
        ),
        {},
    )
    assert "\x1b" not in page and "\x07" not in page
    assert "- \\]0;PWNED" in page


def test_an_unknown_week_start_setting_falls_back_to_monday() -> None:
    assert week_of(dt.date(2026, 11, 22), "someday").first == dt.date(2026, 11, 16)


def test_the_week_page_carries_the_stuck_answer() -> None:
    page = week_markdown(
        WeekSummary.of(Week(dt.date(2026, 11, 16)), []), {"still_stuck": "# mornings"}
    )
    assert "**What still feels stuck, and might need a different approach?**" in page
    assert "\\# mornings" in page


def test_the_month_opened_from_a_week_holds_today_or_most_of_the_week() -> None:
    today = dt.date(2026, 11, 22)
    assert month_day(Week(dt.date(2026, 11, 16)), today) == today
    # 26 October - 1 November: Thursday the 29th is in October, so October, on the 31st
    assert month_day(Week(dt.date(2026, 10, 26)), today) == dt.date(2026, 10, 31)
    # 28 September - 4 October: Thursday the 1st is in October, so October, on the 4th
    assert month_day(Week(dt.date(2026, 9, 28)), today) == dt.date(2026, 10, 4)
    # A Sunday week, 25 October - 31 October, lies wholly in October
    assert month_day(Week(dt.date(2026, 10, 25)), today) == dt.date(2026, 10, 31)
    # A Sunday week, 1 - 7 November, holding today on its Monday
    assert month_day(Week(dt.date(2026, 11, 1)), dt.date(2026, 11, 2)) == dt.date(2026, 11, 2)
    # Today in the week's early days, in the month before most of it: today's month all the same
    assert month_day(Week(dt.date(2026, 11, 30)), dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)


def test_an_earlier_weeks_title_gives_its_dates_once() -> None:
    today = dt.date(2026, 11, 22)
    assert week_title(Week(dt.date(2026, 11, 16)), today) == (
        "This week",
        "Monday 16 – Sunday 22 November 2026",
    )
    assert week_title(Week(dt.date(2026, 10, 26)), today) == (
        "Monday 26 October – Sunday 1 November 2026",
        "",
    )
