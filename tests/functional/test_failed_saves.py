"""A save that fails (a full disk, another smallwins holding the lock) is told once, keeps what
the person chose or wrote, and never ends the app: Settings, Support and the safety plan save
off the event loop through the same path as every other screen."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Select, Switch, TextArea

from smallwins_tui.data.errors import LockTimeoutError, SaveError
from smallwins_tui.data.store import BUSY
from smallwins_tui.tui.screens.safety_plan import SafetyPlanScreen
from smallwins_tui.tui.screens.settings import SettingsScreen
from smallwins_tui.tui.screens.support import SupportScreen
from smallwins_tui.tui.widgets.win_list import WinList
from tests.functional.helpers import make_app, record_notifications, settle


def refuse(error: Exception):  # type: ignore[no-untyped-def]
    def raising(*_args: object, **_kwargs: object) -> None:
        raise error

    return raising


async def test_a_setting_that_cannot_be_saved_is_told_and_the_app_stays(
    journal, clock, monkeypatch: pytest.MonkeyPatch
):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        shown = record_notifications(app)
        await pilot.press("escape", "s")
        await pilot.pause()
        monkeypatch.setattr(journal, "set_setting", refuse(LockTimeoutError(BUSY)))
        switch = app.screen.query_one("#setting-reduced_motion", Switch)
        switch.value = True
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, SettingsScreen)
        assert shown == [BUSY]
        assert switch.value is True  # the choice stays on screen
        monkeypatch.undo()
        switch.value = False
        await settle(pilot)
        switch.value = True  # chosen again: saved this time
        await settle(pilot)
    assert journal.settings().reduced_motion is True


async def test_a_region_that_cannot_be_saved_is_told_and_the_app_stays(
    journal, clock, monkeypatch: pytest.MonkeyPatch
):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        shown = record_notifications(app)
        await pilot.press("f1")
        await pilot.pause()
        monkeypatch.setattr(journal, "set_setting", refuse(SaveError("Could not save: no room.")))
        region = app.screen.query_one("#region", Select)
        region.value = "GB" if region.value != "GB" else "US"
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, SupportScreen)
        assert shown == ["Could not save: no room."]


async def test_a_safety_plan_that_cannot_be_saved_keeps_the_words_and_the_screen(
    journal, clock, monkeypatch: pytest.MonkeyPatch
):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        shown = record_notifications(app)
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, SafetyPlanScreen)
        monkeypatch.setattr(journal, "save_safety_plan", refuse(LockTimeoutError(BUSY)))
        await pilot.press(*"I go quiet")
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, SafetyPlanScreen)  # not closed on words not saved
        assert app.screen.query_one("#plan-warning-signs", TextArea).text == "I go quiet"
        assert f"{BUSY} Your words are still here." in shown
        monkeypatch.undo()
        await pilot.press("escape")  # tried again: saved, and back to Support
        await settle(pilot)
        assert isinstance(app.screen, SupportScreen)
    assert journal.safety_plan() == {"warning_signs": "I go quiet"}


async def test_a_write_from_a_worker_thread_reaches_the_screens(journal, clock):
    """No screen announces its writes: the journal does, from whichever thread wrote."""
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        before = app.journal_generation
        await asyncio.to_thread(journal.add_win, "watered the plant")
        await pilot.pause()
        assert app.journal_generation == journal.generation > before
        assert [win.text for win in app.screen.query_one(WinList).wins] == ["watered the plant"]
