"""Breathe redraws only what changed: the footer, the words and the square stay cheap.

These pin the behaviour the CPU benchmark (bench/breathing.py) depends on, with an injected
monotonic clock: nothing here waits on real time or asserts a timing.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Region
from textual.widgets import Digits, Static

from smallwins_tui.core.clock import ManualMonotonic
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.widgets.breath_square import MARKER, BreathSquare
from tests.functional.helpers import settle
from tests.functional.test_breathe import advance, breathe_app, count


def footer_descriptions(app: SmallWinsApp) -> set[str]:
    """What the footer offers: the shown bindings active on the screen (public API)."""
    return {
        active.binding.description
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


async def test_own_pace_leaves_the_footer_once_breathing_begins_and_phases_keep_it(journal, clock):
    """The footer changes when the lead-in ends, and is not rebuilt at every phase after."""
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await settle(pilot)
        assert "Own pace" in footer_descriptions(app)
        screen = app.screen
        refreshes: list[None] = []
        original = screen.refresh_bindings

        def counted() -> None:
            refreshes.append(None)
            original()

        screen.refresh_bindings = counted  # type: ignore[method-assign]
        await advance(pilot, mono, 3)
        await settle(pilot)
        assert "Own pace" not in footer_descriptions(app)
        assert "Begin / pause" in footer_descriptions(app)
        for _ in range(8):
            await advance(pilot, mono, 4)
        assert len(refreshes) == 1


async def test_a_new_second_updates_only_the_count(journal, clock, monkeypatch):
    """Within a phase the words stay put: only the Digits change, and nothing is laid out."""
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3.2)
        updated: list[str | None] = []
        monkeypatch.setattr(Static, "update", lambda self, *args, **kwargs: updated.append(self.id))
        digits = app.screen.query_one("#phase-count", Digits)
        layouts: list[bool] = []
        original = digits.refresh

        def refresh(*regions: Any, layout: bool = False, **kwargs: Any) -> Any:
            layouts.append(layout)
            return original(*regions, layout=layout, **kwargs)

        monkeypatch.setattr(digits, "refresh", refresh)
        await advance(pilot, mono, 1)
        assert count(app) == "3"
        assert updated == [] and layouts == [False]
        await advance(pilot, mono, 3)
        assert "phase-word" in updated


async def test_the_marker_leaves_no_trail_as_it_steps_round_the_square(journal, clock):
    """Each step repaints only two cells; what is on screen still has exactly one marker."""
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3)
        square = app.screen.query_one(BreathSquare)
        width, height = square.size
        for _ in range(20):
            await advance(pilot, mono, 0.8)
            lines = [strip.text for strip in square.render_lines(Region(0, 0, width, height))]
            cells = [
                (x, y)
                for y, line in enumerate(lines)
                for x, char in enumerate(line)
                if char == MARKER
            ]
            assert cells == [square.marker]


async def test_next_step_is_where_the_marker_reaches_its_next_cell(journal, clock):
    """The screen books its next redraw for next_step: the marker moves there, not before."""
    mono = ManualMonotonic()
    app = breathe_app(journal, clock, mono)
    async with app.run_test() as pilot:
        await pilot.press("space")
        await advance(pilot, mono, 3)
        square = app.screen.query_one(BreathSquare)
        steps = square.steps(1)
        assert square.next_step(1, 0.0) == 0.5 / steps
        assert square.next_step(1, 0.5 / steps + 0.001) == 1.5 / steps
        assert square.next_step(1, 1.0) == 1.0
        start = square.marker
        moves_at = square.next_step(0, 0.0) * 4
        await advance(pilot, mono, moves_at - 0.001)
        assert square.marker == start
        await advance(pilot, mono, 0.002)
        assert square.marker != start
