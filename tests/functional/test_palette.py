"""The command palette: the current screen's actions by name with their keys, one help screen,
and a screenshot saved privately where the person chooses."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import ContentSwitcher, Input, Static

from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.export_dialog import ExportPathScreen, ReplaceFileScreen
from smallwins_tui.tui.screens.help import HelpScreen
from tests.functional.helpers import make_app, record_notifications, settle


async def _until(pilot, condition) -> None:  # type: ignore[no-untyped-def]
    """Wait for a dialog that a worker opens (the worker waits on it, so no settle)."""
    for _ in range(50):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("never happened")


def _titles(app: SmallWinsApp) -> dict[str, str]:
    return {command.title: command.help for command in app.get_system_commands(app.screen)}


async def test_the_palette_lists_this_screens_actions_with_their_keys(journal, clock):
    journal.add_win("walked", day=clock.now().date())
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "down")  # leave the field, highlight the win
        await pilot.pause()
        titles = _titles(app)
        assert titles["Delete"] == "Delete the highlighted win (asks first; u undoes) (d)"
        assert titles["Step"] == "Set the day's one small step (i)"
        assert "Go to Today" in titles and "Theme" in titles and "Support" not in titles
        assert "Screenshot" not in titles  # Textual's, replaced by ours
        assert list(titles).count("Keys") == 1


async def test_choosing_a_screen_action_in_the_palette_runs_it(journal, clock):
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="reflect")
    async with app.run_test() as pilot:
        await pilot.press("escape", "ctrl+p", *"Past")
        await _until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(ContentSwitcher).current == "past-view"


async def test_keys_in_the_palette_is_the_one_help_screen(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        keys = next(c for c in app.get_system_commands(app.screen) if c.title == "Keys")
        keys.callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


async def test_a_screenshot_is_private_where_chosen_and_says_where(journal, clock, home):
    journal.add_win("told Sam the truth", day=clock.now().date())
    app = make_app(journal, clock)
    shown = record_notifications(app)
    os.umask(0o022)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.action_save_screenshot()
        await _until(pilot, lambda: isinstance(app.screen, ExportPathScreen))
        entry = app.screen.query_one(Input)
        assert entry.value == "~/smallwins-screenshot-2026-11-22-200000.svg"
        chosen = home / "pictures"
        chosen.mkdir()
        entry.value = str(chosen / "today.svg")
        await pilot.press("enter")
        await settle(pilot)
        target = chosen / "today.svg"
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "told Sam the truth" in target.read_text(encoding="utf-8").replace("&#160;", " ")
        assert shown[-1] == f"Saved the screenshot to {target} (only you can read it)."

        target.write_text("mine")
        app.action_save_screenshot()
        await _until(pilot, lambda: isinstance(app.screen, ExportPathScreen))
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ReplaceFileScreen))
        question = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Replace it with this screenshot?" in question  # not "this week's page"
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "mine"


async def test_the_palette_leaves_out_a_lists_own_arrows_and_textuals_hidden_keys(journal, clock):
    add_reflection(journal, "I should be over this", None, None, "I went out twice")
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="reflect")
    async with app.run_test() as pilot:
        await pilot.press("escape", "p")  # the past list, an option list, has the focus
        await settle(pilot)
        titles = _titles(app)
        assert "Delete" in titles and "New" in titles
        for noise in ("Down", "Up", "First", "Last", "Focus Next", "Copy selected text"):
            assert noise not in titles, noise


async def test_slash_for_search_is_named_by_question_mark_and_the_palette_at_80_columns(
    journal, clock
):
    """At 80 columns Today's and Week's footers leave / out; ? and the palette name it."""
    from smallwins_tui.tui.navigation import APP_KEYS
    from smallwins_tui.tui.screens.help import keys_of

    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (("escape",), ("w",)):
            await pilot.press(*keys)
            await settle(pilot)
            lines = str(keys_of(app.screen, APP_KEYS)).splitlines()
            assert any(
                line.split() == ["/", "Search", "Find", "anything", "you", "wrote"]
                for line in lines
            )
            assert "(/ on Today, Week, Month)" in _titles(app)["Go to Search"]
