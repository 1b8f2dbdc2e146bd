"""Pilot tests for Week: moving between weeks, the review surviving a restart, the export file."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from smallwins_tui.core.week import Week
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.reviews import review_answers
from smallwins_tui.data.transfer import week_page
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.export_dialog import ExportPathScreen, ReplaceFileScreen
from smallwins_tui.tui.screens.week import WeekScreen
from smallwins_tui.tui.widgets.review_form import ReviewForm
from tests.conftest import TODAY
from tests.functional.helpers import make_app, record_notifications, settle

THIS_WEEK = Week(dt.date(2026, 11, 16))
HOSTILE = "[/] x [/bold] [@click=app.quit]click [link=http://x]y"


def week_app(journal, clock) -> SmallWinsApp:  # type: ignore[no-untyped-def]
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="week")


async def until_screen(pilot, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Wait for a dialog that a worker opens (the worker itself waits on it, so no settle)."""
    for _ in range(50):
        if isinstance(pilot.app.screen, kind):
            return
        await pilot.pause()
    raise AssertionError(f"{kind.__name__} never opened")


def text_of(app: SmallWinsApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_w_opens_this_week_and_arrows_move_between_weeks(journal, clock):
    seed_demo(journal, TODAY)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "w")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WeekScreen)
        assert screen.week == THIS_WEEK
        assert text_of(app, "#week-title").startswith("This week")
        assert "6 of 7" in text_of(app, "#week-days-line")
        assert "Replied to Sam" in text_of(app, "#week-wins")

        await pilot.press("left")
        await settle(pilot)
        assert screen.week == THIS_WEEK.shifted(-1)
        assert text_of(app, "#week-title").startswith("Last week")
        assert "Answered two emails" in text_of(app, "#week-wins")
        assert "Replied to Sam" not in text_of(app, "#week-wins")

        await pilot.press("left", "left")
        await settle(pilot)
        # An earlier week's title is its dates, once, on one line at 80 columns
        assert text_of(app, "#week-title") == "Monday 26 October – Sunday 1 November 2026"
        await pilot.press("right")
        await settle(pilot)
        assert screen.week == THIS_WEEK.shifted(-2)
        await pilot.press("n")
        await settle(pilot)
        assert screen.week == THIS_WEEK
        await pilot.press("right")  # next week has not started: stay here
        await settle(pilot)
        assert screen.week == THIS_WEEK


async def test_an_earlier_weeks_title_is_one_line_at_80_columns(journal, clock):
    seed_demo(journal, TODAY)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", "left", "left", "left")  # 26 October - 1 November
        await settle(pilot)
        title = app.screen.query_one("#week-title", Static)
        assert str(title.render()) == "Monday 26 October – Sunday 1 November 2026"
        assert title.size.height == 1


async def test_review_answers_survive_a_restart(journal, clock, reopen):
    app = week_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("a", *"Went to my session", "enter", *"even tired")
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is None
        assert review_answers(reopen(), THIS_WEEK) == {
            "hard_but_useful": "Went to my session\neven tired"
        }
        # A key typed now moves weeks instead of typing: the field was left.
        await pilot.press("left")
        await settle(pilot)
        assert app.screen.week == THIS_WEEK.shifted(-1)
        assert app.screen.query_one(ReviewForm).answers()["hard_but_useful"] == ""

    again = week_app(reopen(), clock)
    async with again.run_test() as pilot:
        await settle(pilot)
        form = again.screen.query_one(ReviewForm)
        assert form.answers()["hard_but_useful"] == "Went to my session\neven tired"


async def test_unsaved_answers_are_saved_when_the_app_closes(journal, clock, reopen):
    app = week_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("a")
        form = app.screen.query_one(ReviewForm)
        form.field("friend").focus()
        await pilot.press(*HOSTILE)
        await pilot.pause()
        # No pause long enough for the autosave: closing must save it anyway.
    assert review_answers(reopen(), THIS_WEEK) == {"friend": HOSTILE}


async def test_typing_in_the_review_never_fires_screen_keys(journal, clock):
    app = week_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("a", *"x w t n")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert app.screen.query_one(ReviewForm).answers()["hard_but_useful"] == "x w t n"


async def test_autosave_after_a_pause(journal, clock, reopen, monkeypatch):
    monkeypatch.setattr("smallwins_tui.tui.screens.week.AUTOSAVE_DELAY", 0.01)
    app = week_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("a", *"small")
        await pilot.pause(0.05)  # let the 10 ms timer fire (the delay under test)
        await settle(pilot)
        assert review_answers(reopen(), THIS_WEEK) == {"hard_but_useful": "small"}
        assert isinstance(app.focused, TextArea)  # saving never takes the field away


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


async def test_export_writes_a_private_markdown_file_and_never_silently_replaces(
    journal, clock, home
):
    seed_demo(journal, TODAY)
    app = week_app(journal, clock)
    target = home / "smallwins-week-2026-11-16.md"
    async with app.run_test() as pilot:
        await pilot.press("a", *"Said no", "escape")
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportPathScreen)
        assert app.screen.query_one(Input).value == "~/smallwins-week-2026-11-16.md"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert target.read_text(encoding="utf-8") == week_page(journal, THIS_WEEK)
        assert "Said no" in target.read_text(encoding="utf-8")

        target.write_text("my own notes", encoding="utf-8")
        await pilot.press("x", "enter")
        await until_screen(pilot, ReplaceFileScreen)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "my own notes"

        await pilot.press("x", "enter")
        await until_screen(pilot, ReplaceFileScreen)
        await pilot.press("y")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == week_page(journal, THIS_WEEK)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_export_to_a_missing_folder_says_so_and_writes_nothing(journal, clock, home):
    app = week_app(journal, clock)
    messages = record_notifications(app)
    async with app.run_test() as pilot:
        await pilot.press("x")
        await pilot.pause()
        entry = app.screen.query_one(Input)
        entry.value = str(home / "no-such-folder" / "week.md")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)
        assert not (home / "no-such-folder").exists()
        assert any("Could not write" in m for m in messages)


async def test_hostile_win_text_is_shown_literally(journal, clock):
    journal.add_win(HOSTILE + " \x1b]0;PWNED\x07title", day=TODAY, kind="therapy")
    journal.add_win("x" * 10_000, day=TODAY)
    app = week_app(journal, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        shown = text_of(app, "#week-wins")
        assert HOSTILE in shown
        assert "\x1b" not in shown
        assert isinstance(app.screen, WeekScreen)


async def test_a_new_week_start_from_settings_is_used_on_return(journal, clock):
    app = week_app(journal, clock)
    async with app.run_test() as pilot:
        await settle(pilot)
        journal.set_setting("week_start", "sunday")
        app.action_show("today")
        await settle(pilot)
        app.action_show("week")
        await settle(pilot)
        assert app.screen.week == Week(dt.date(2026, 11, 22))
        assert text_of(app, "#week-title").startswith("This week")
