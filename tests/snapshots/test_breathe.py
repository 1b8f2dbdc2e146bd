"""SVG snapshots of Breathe; a frozen monotonic clock makes every picture exact."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from smallwins_tui.core.clock import ManualMonotonic
from smallwins_tui.tui.app import SmallWinsApp


def breathe_app(journal, clock, mono: ManualMonotonic, **options: Any) -> SmallWinsApp:
    return SmallWinsApp(
        journal,
        clock=clock,
        watch_outside_changes=False,
        mode="breathe",
        launch_options=options,
        monotonic=mono,
    )


def breathe_for(mono: ManualMonotonic, seconds: float, *then: str):  # type: ignore[no-untyped-def]
    """Start, let ``seconds`` pass (the 3-second countdown included), then press ``then``."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press("space")
        mono.advance(seconds)
        pilot.app.screen.show_now()  # type: ignore[attr-defined]
        await pilot.press(*then)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


class TestBreathe:
    def test_ready(self, snap_compare, journal, clock):
        """You should see "Breathe · Box 4-4-4-4 · about 4 minutes", an empty square with
        "When you are ready" and "15 rounds", "space begins" with the preset keys, and the
        quiet note about feeling dizzy."""
        app = breathe_app(journal, clock, ManualMonotonic())
        assert snap_compare(app, terminal_size=(100, 32))

    def test_own_pace_dialog(self, snap_compare, journal, clock):
        """You should see the dialog box over Breathe: "Your own pace", the ranges of seconds,
        a field holding 4-4-4-4, no error line."""
        app = breathe_app(journal, clock, ManualMonotonic())
        assert snap_compare(app, press=["c"], terminal_size=(100, 32))

    def test_own_pace_dialog_says_what_does_not_fit(self, snap_compare, journal, clock):
        """You should see the pace dialog with 9-9-9-9 typed and, under the field, a gentle
        line saying which number is outside its range; the dialog stays open."""
        app = breathe_app(journal, clock, ManualMonotonic())
        presses = ["c", *["backspace"] * 7, *"9-9-9-9", "enter"]
        assert snap_compare(app, press=presses, terminal_size=(100, 32))

    def test_box_mid_inhale(self, snap_compare, journal, clock):
        """You should see "Breathe in", a large 2, "Round 1 of 15", and the marker halfway
        along the top of the square, whose top side is brighter."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono)
        assert snap_compare(app, terminal_size=(100, 32), run_before=breathe_for(mono, 5))

    def test_hold(self, snap_compare, journal, clock):
        """You should see "Hold", a large 3, and the marker part way down the right side."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono)
        assert snap_compare(app, terminal_size=(100, 32), run_before=breathe_for(mono, 8.5))

    def test_reduced_motion(self, snap_compare, journal, clock):
        """You should see no square and no marker: only "Breathe in", a large 3 and
        "Round 1 of 15"."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono, reduced_motion=True)
        assert snap_compare(app, terminal_size=(100, 32), run_before=breathe_for(mono, 4.5))

    def test_paused(self, snap_compare, journal, clock):
        """You should see "Breathe out", a large 3, "Paused · Round 1 of 15", the marker a
        quarter of the way back along the bottom, and "Paused. space carries on esc stops"."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono)
        assert snap_compare(app, terminal_size=(100, 32), run_before=breathe_for(mono, 14, "space"))

    def test_end_view(self, snap_compare, journal, clock):
        """You should see "Finished", "1 of 1 round", "That was 16 seconds of slow
        breathing..." and the keys n (note it as a win), space (again) and esc (back)."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono, minutes=0.25)
        assert snap_compare(app, terminal_size=(100, 32), run_before=breathe_for(mono, 19))

    def test_mid_inhale_small_terminal(self, snap_compare, journal, clock):
        """You should see, at 40x12, a smaller square with "Breathe in", a large 2 and
        "Round 1 of 15" inside it, and the marker halfway along the top."""
        mono = ManualMonotonic()
        app = breathe_app(journal, clock, mono)
        assert snap_compare(app, terminal_size=(40, 12), run_before=breathe_for(mono, 5))
