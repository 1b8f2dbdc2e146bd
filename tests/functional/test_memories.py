"""Pilot tests for the earlier win on Today: shown on today only, literally, the same all day,
gone when the setting is off, and never a distress note."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Switch

from smallwins_tui.tui.widgets.memory_line import MemoryLine
from tests.conftest import TODAY
from tests.functional.helpers import make_app, settle

YEAR_AGO = dt.date(2025, 11, 22)
HOSTILE = "[bold]went[/] to the shop [@click=app.quit]alone"


def memory_text(app) -> str:  # type: ignore[no-untyped-def]
    line = app.screen.query_one("#memory", MemoryLine)
    return str(line.render()) if line.display else ""


async def test_a_win_from_a_year_ago_shows_on_today_only_and_literally(journal, clock):
    journal.add_win(HOSTILE, day=YEAR_AGO)
    journal.add_win("thinking about ending it all", day=YEAR_AGO)  # a note: never chosen
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert memory_text(app) == f"A year ago today you noted: {HOSTILE}"
        app.screen.refresh_day()  # type: ignore[attr-defined]
        await pilot.pause()
        assert memory_text(app) == f"A year ago today you noted: {HOSTILE}"
        await pilot.press("escape", "left")
        await settle(pilot)
        assert memory_text(app) == ""  # another day: only today looks back
        await pilot.press("right")
        await settle(pilot)
        assert memory_text(app).startswith("A year ago today")
        assert app.is_running


async def test_the_setting_turns_it_off(journal, clock):
    journal.add_win("Went to the shop alone", day=TODAY - dt.timedelta(days=33))
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert memory_text(app).startswith("About a month ago, on Tuesday 20 October")
        await pilot.press("escape", "s")
        await settle(pilot)
        switch = app.screen.query_one("#setting-show_memories", Switch)
        switch.value = False
        await settle(pilot)
        assert journal.settings()["show_memories"] is False
        await pilot.press("escape")
        await settle(pilot)
        assert memory_text(app) == ""
