"""Pilot tests for Breathe with an injected monotonic clock: nothing here waits on real time."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from textual.widgets import Digits, Input, Static

from smallwins_tui import cli
from smallwins_tui.core.clock import ManualMonotonic
from smallwins_tui.data.journal import PRACTICES
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.breathe import BreatheScreen
from smallwins_tui.tui.widgets.breath_square import BreathSquare
from tests.conftest import TODAY
from tests.functional.helpers import settle


def breathe_app(journal, clock, mono: ManualMonotonic, **options: Any) -> SmallWinsApp:
    return SmallWinsApp(
        journal,
        clock=clock,
        watch_outside_changes=False,
        mode="breathe",
        launch_options=options,
        monotonic=mono,
    )


def text(app: SmallWinsApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def count(app: SmallWinsApp) -> str | None:
    digits = app.screen.query_one("#phase-count", Digits)
    return digits.value if digits.display else None


async def advance(pilot, mono: ManualMonotonic, seconds: float) -> None:
    """Move the clock on and let the screen draw what it shows at that moment."""
    mono.advance(seconds)
    pilot.app.screen.show_now()
    await pilot.pause()


async def test_b_opens_breathe_from_today(journal, clock):
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press("escape", "b")
        await pilot.pause()
        assert isinstance(app.screen, BreatheScreen)
        assert "Box 4-4-4-4 · about 4 minutes" in text(app, "#breathe-title")
        assert text(app, "#round-line") == "15 rounds"
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "today"


async def test_phase_word_count_and_marker_follow_the_clock(journal, clock):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert (text(app, "#phase-word"), count(app)) == ("Settle in", "3")
        square = app.screen.query_one(BreathSquare)
        width, height = square.size
        await advance(pilot, mono, 3)
        assert (text(app, "#phase-word"), count(app)) == ("Breathe in", "4")
        assert square.marker == (0, 0)
        await advance(pilot, mono, 2)
        assert count(app) == "2" and square.marker == (round((width - 1) / 2), 0)
        await advance(pilot, mono, 1.999)
        assert (text(app, "#phase-word"), count(app)) == ("Breathe in", "1")
        await advance(pilot, mono, 0.001)
        assert (text(app, "#phase-word"), count(app)) == ("Hold", "4")
        assert square.marker == (width - 1, 0)
        await advance(pilot, mono, 4)
        assert (text(app, "#phase-word"), square.marker) == ("Breathe out", (width - 1, height - 1))
        await advance(pilot, mono, 4)
        assert (text(app, "#phase-word"), square.marker) == ("Hold", (0, height - 1))
        await advance(pilot, mono, 4)
        assert text(app, "#round-line") == "Round 2 of 15"


async def test_space_pauses_and_the_clock_pauses_too(journal, clock):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 4.5)
        square = app.screen.query_one(BreathSquare)
        before = (text(app, "#phase-word"), count(app), square.marker)
        await pilot.press("space")
        await advance(pilot, mono, 30)
        assert (text(app, "#phase-word"), count(app), square.marker) == before
        assert text(app, "#round-line").startswith("Paused")
        await pilot.press("space")
        await advance(pilot, mono, 1)
        assert (text(app, "#phase-word"), count(app)) == ("Breathe in", "2")


async def test_escape_stops_and_records_a_stopped_session(journal, clock, reopen):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3 + 20)
        await pilot.press("escape")
        await settle(pilot)
        assert text(app, "#phase-word") == "Stopped"
        assert text(app, "#round-line") == "1 of 15 rounds"
    [record] = reopen().records(PRACTICES)
    assert record["type"] == "breathing" and record["outcome"] == "stopped"
    assert record["pattern"] == "box" and record["planned_seconds"] == 240
    assert record["actual_seconds"] == 20.0 and record["day"] == TODAY.isoformat()


async def test_escape_during_the_countdown_records_nothing(journal, clock, reopen):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 1)
        await pilot.press("escape")
        await settle(pilot)
        assert text(app, "#phase-word") == "When you are ready"
    assert reopen().records(PRACTICES) == []


async def test_a_finished_session_is_recorded_and_can_become_a_win(journal, clock, reopen):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono, minutes=0.25)  # one 16-second round of box
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3 + 16)
        await settle(pilot)
        assert text(app, "#phase-word") == "Finished"
        assert reopen().all_wins() == []  # never automatic
        await pilot.press("n")
        await settle(pilot)
    journal = reopen()
    [record] = journal.records(PRACTICES)
    assert record["outcome"] == "completed" and record["actual_seconds"] == 16.0
    [win] = journal.all_wins()
    assert (win.kind, win.source) == ("emotional", "breathing")
    assert win.text == "Slowed my breathing for 16 seconds (Box 4-4-4-4)"
    assert record["win_id"] == win.id


async def test_reduced_motion_shows_only_the_word_and_count(journal, clock):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono, reduced_motion=True)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 5)
        square = app.screen.query_one(BreathSquare)
        assert not square.motion and str(square.render()) == ""
        assert (text(app, "#phase-word"), count(app)) == ("Breathe in", "2")


async def test_reduced_motion_setting_is_read_and_m_switches_it(journal, clock, reopen):
    journal.set_setting("reduced_motion", True)
    app = breathe_app(journal, clock, ManualMonotonic())
    async with app.run_test() as pilot:
        assert not app.screen.query_one(BreathSquare).motion
        await pilot.press("m")
        await settle(pilot)
        assert app.screen.query_one(BreathSquare).motion
    assert reopen().settings()["reduced_motion"] is False


async def test_bell_rings_at_each_phase_change_when_on(journal, clock, monkeypatch):
    journal.set_setting("bell", True)
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    rings: list[int] = []
    monkeypatch.setattr(app, "bell", lambda: rings.append(1))
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3)
        await advance(pilot, mono, 1)
        await advance(pilot, mono, 3)
        assert len(rings) == 2  # breathe in, then hold


async def test_settings_length_and_pace_are_used(journal, clock):
    journal.set_setting("breathing_minutes", 2)
    journal.set_setting("breathing_pattern", "55")
    app = breathe_app(journal, clock, ManualMonotonic())
    async with app.run_test():
        assert text(app, "#breathe-title") == "Breathe · Slow 5-5 · about 2 minutes"
        assert text(app, "#round-line") == "12 rounds"


async def test_preset_keys_choose_the_pattern_and_remember_it(journal, clock, reopen):
    app = breathe_app(journal, clock, ManualMonotonic())
    async with app.run_test() as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert "4-7-8 · 76 seconds" in text(app, "#breathe-title")
        assert text(app, "#round-line") == "4 rounds"
        await pilot.press("3")
        await settle(pilot)
        assert "Slow 5-5 · about 4 minutes" in text(app, "#breathe-title")
    assert reopen().settings()["breathing_pattern"] == "55"


async def test_own_pace_is_checked_and_used(journal, clock):
    app = breathe_app(journal, clock, ManualMonotonic())
    async with app.run_test() as pilot:
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one(Input).value = "1-2-3-4"
        await pilot.press("enter")
        await pilot.pause()
        assert text(app, "#pace-error") == "Breathing in must be 2 to 8 seconds, not 1."
        app.screen.query_one(Input).value = "4-2-6-0"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BreatheScreen)
        assert "Custom 4-2-6-0" in text(app, "#breathe-title")


async def test_cli_pattern_and_minutes_reach_the_screen(journal, clock):
    app = breathe_app(journal, clock, ManualMonotonic(), pattern="3-0-6-0", minutes=1.0)
    async with app.run_test():
        assert text(app, "#breathe-title") == "Breathe · Custom 3-0-6-0 · 63 seconds"
        assert text(app, "#round-line") == "7 rounds"


async def test_a_longer_478_session_keeps_four_rounds_and_says_why(journal, clock):
    app = breathe_app(journal, clock, ManualMonotonic(), pattern="478", minutes=5.0)
    async with app.run_test(size=(100, 40)):
        assert text(app, "#round-line") == "4 rounds"
        assert "stops after 4 rounds" in text(app, "#breathe-status")


@pytest.mark.parametrize(
    "argv",
    [
        ["breathe", "--pattern", "9-9-9-9"],
        ["breathe", "--pattern", "fast"],
        ["breathe", "--minutes", "0"],
    ],
)
def test_cli_rejects_a_bad_breathing_option_before_the_app_opens(argv, monkeypatch, capsys):
    monkeypatch.setattr(cli, "run_app", lambda *a, **k: pytest.fail("the app opened"))
    assert cli.main(argv) == 2  # a value the person can correct: a usage error
    error = capsys.readouterr().err
    assert error.startswith("smallwins: ") and error.count("\n") == 1


def test_checking_breathing_options_does_not_import_textual():
    code = (
        "import sys, argparse; from smallwins_tui.cli import _check_breathing; "
        "_check_breathing(argparse.Namespace(pattern='4-2-6-0', minutes=3.0)); "
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_cli_passes_a_good_pattern_on(monkeypatch):
    seen: dict[str, Any] = {}
    monkeypatch.setattr(
        cli,
        "run_app",
        lambda data_dir, clock, mode, **options: seen.update(options, mode=mode) or 0,
    )
    assert cli.main(["breathe", "--pattern", "4-7-8", "--reduced-motion"]) == 0
    assert seen == {"mode": "breathe", "pattern": "478", "reduced_motion": True}


async def test_quitting_mid_session_still_records_it(journal, clock, reopen):
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3 + 10)
        await pilot.press("ctrl+q")
        await pilot.pause()
    [record] = reopen().records(PRACTICES)
    assert record["outcome"] == "stopped" and record["actual_seconds"] == 10.0


async def test_a_pace_changed_in_settings_is_taken_up_on_return(journal, clock):
    app = breathe_app(journal, clock, ManualMonotonic())
    async with app.run_test() as pilot:
        await pilot.press("t")
        await pilot.pause()
        journal.set_setting("breathing_pattern", "478")
        journal.set_setting("reduced_motion", True)
        app.action_show("breathe")
        await pilot.pause()
        assert text(app, "#breathe-title") == "Breathe · 4-7-8 · 76 seconds"
        assert not app.screen.query_one(BreathSquare).motion
