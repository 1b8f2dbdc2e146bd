"""SVG snapshots of Settings, the welcome, the help overlay, and Today without colour."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import TODAY

SIZE = (100, 32)


def app_for(journal, clock, **kwargs) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, **kwargs)


def test_settings(snap_compare, journal, clock):
    """You should see each setting with a one-line description and its control."""
    journal.set_setting("region", "GB")
    assert snap_compare(app_for(journal, clock), press=["escape", "s"], terminal_size=SIZE)


def test_settings_scrolled_to_the_end(snap_compare, journal, clock):
    """You should see the last settings: Dates, then the hour the evening nudge may speak from."""

    async def to_the_end(pilot) -> None:
        await pilot.press("escape", "s")
        pilot.app.screen.query_one("#setting-nudge_hour").focus()
        await pilot.pause()

    assert snap_compare(app_for(journal, clock), run_before=to_the_end, terminal_size=SIZE)


def test_welcome(snap_compare, clock):
    """You should see the welcome: what the app is for, where the data lives, f1 for help."""
    folder = Path(tempfile.gettempdir()) / "smallwins-welcome-snapshot"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        journal = Journal(folder, clock)  # a fixed path, so the picture is the same everywhere
        assert snap_compare(app_for(journal, clock, welcome=True), terminal_size=SIZE)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_help_overlay(snap_compare, journal, clock):
    """You should see Today's keys listed with what each does."""
    assert snap_compare(
        app_for(journal, clock), press=["escape", "question_mark"], terminal_size=SIZE
    )


def test_today_without_colour(snap_compare, journal, clock, monkeypatch):
    """You should see Today in monochrome, the highlighted win still marked (reverse)."""
    monkeypatch.setenv("NO_COLOR", "1")
    seed_demo(journal, TODAY)
    assert snap_compare(app_for(journal, clock), press=["escape"], terminal_size=SIZE)


def test_settings_small(snap_compare, journal, clock):
    """You should see Settings stacked for a 40x12 terminal, each row still readable."""
    assert snap_compare(app_for(journal, clock), press=["escape", "s"], terminal_size=(40, 12))
