"""Pilot tests for Month: reached from Week, moving between days and months, Enter opening
the day on Today, Esc walking back, and nothing drawn in the theme's error colour."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Static

from smallwins_tui.data.demo import seed_demo
from smallwins_tui.tui.navigation import APP_KEYS
from smallwins_tui.tui.screens.help import keys_of
from smallwins_tui.tui.screens.month import MonthScreen
from smallwins_tui.tui.screens.today import TodayScreen
from smallwins_tui.tui.screens.week import WeekScreen
from smallwins_tui.tui.theme import SMALLWINS_THEME
from tests.conftest import TODAY
from tests.functional.helpers import make_app, record_notifications, settle
from tests.screen_text import svg_lines


def text_of(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


async def test_m_on_week_opens_this_month_and_keys_move_days_and_months(journal, clock):
    seed_demo(journal, TODAY)
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    shown = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", "m")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MonthScreen)
        assert screen.cursor == TODAY
        assert text_of(screen, "#month-title").startswith("This month")
        assert text_of(screen, "#month-days-line") == "12 days with a win this month"

        await pilot.press("right")  # tomorrow: nothing to open yet, the cursor stays
        assert screen.cursor == TODAY
        await pilot.press("up", "h", "j", "k", "left")
        assert screen.cursor == TODAY - dt.timedelta(days=9)

        await pilot.press("comma")
        await settle(pilot)
        assert screen.cursor == dt.date(2026, 10, 13)
        assert text_of(screen, "#month-title").startswith("Last month")
        assert text_of(screen, "#month-days-line") == "1 day with a win this month"
        await pilot.press("pageup")
        assert screen.cursor == dt.date(2026, 9, 13)
        assert text_of(screen, "#month-title") == "September 2026"

        await pilot.press("full_stop", "full_stop", "full_stop")
        await settle(pilot)
        assert screen.cursor == dt.date(2026, 11, 13)
        assert shown == ["That month has not started yet."]
        await pilot.press("n")
        assert screen.cursor == TODAY

        await pilot.press("escape")  # back along the way taken: Week, then Today
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)


async def test_enter_opens_the_picked_day_on_today(journal, clock):
    seed_demo(journal, TODAY)
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", "m", "up", "left")
        await pilot.press("enter")
        await settle(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        assert today.day == dt.date(2026, 11, 14)
        assert any("Answered two emails" in line for line in svg_lines(app.export_screenshot()))
        await pilot.press("w", "escape")  # Today is home again: the walk back starts afresh
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_a_month_with_empty_days_draws_nothing_in_the_error_colour(journal, clock):
    seed_demo(journal, TODAY)
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        app.action_show("month")
        await settle(pilot)
        svg = app.export_screenshot()
        assert "Wednesday" not in svg and "missed" not in svg.lower()
        assert SMALLWINS_THEME.error is not None
        assert SMALLWINS_THEME.error.lower() not in svg.lower()
        assert "✗" not in svg and "×" not in svg


async def test_m_on_an_earlier_week_opens_that_weeks_month(journal, clock):
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", *["left"] * 5, "m")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MonthScreen)
        assert screen.cursor == dt.date(2026, 10, 18)  # the Sunday ending that week
        assert text_of(screen, "#month-title").startswith("Last month")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)


async def test_m_on_a_week_spanning_two_months_opens_the_month_holding_most_of_it(journal, clock):
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", *["left"] * 3, "m")  # 26 October - 1 November
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MonthScreen)
        assert screen.cursor == dt.date(2026, 10, 31)  # Thursday the 29th is in October
        assert text_of(screen, "#month-title").startswith("Last month")


async def test_question_mark_names_the_day_keys_once_hjkl_included(journal, clock):
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", "m")
        await settle(pilot)
        keys = keys_of(app.screen, APP_KEYS).plain
        rows = [line.split() for line in keys.splitlines()]
        assert [
            "←↑↓→",
            "Day",
            "Pick",
            "another",
            "day",
            "(h",
            "j",
            "k",
            "l",
            "move",
            "too)",
        ] in rows
        # not one lone letter per direction (l, k, j listed; h nowhere) as before
        assert not any(row[:1] in (["l"], ["k"], ["j"], ["h"]) for row in rows)
