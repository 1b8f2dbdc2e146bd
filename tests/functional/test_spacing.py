"""Gaps between differently styled text survive in screenshots ("●●●3 wins noted" once).

An SVG run that starts or ends with blanks is squeezed by some viewers and stripped by text
tools; a gap must be a run of blanks on its own (which the SVG leaves out).
"""

from __future__ import annotations

import pytest

from smallwins_tui.data.demo import seed_demo
from smallwins_tui.tui.app import SmallWinsApp
from tests.screen_text import svg_lines, svg_runs


@pytest.mark.parametrize(
    ("presses", "before", "after"),
    [
        ((), "●●●", "3 wins noted."),
        (("escape", "r", *"I should be over this by now"), "baseline.", "1 2 3 or 0 changes it."),
        (("escape", "r"), "behavioural", "(3 in all)"),
    ],
)
async def test_the_gap_is_its_own_run(presses, before, after, journal, clock) -> None:
    seed_demo(journal, clock.now().date())
    journal.set_setting("welcomed", True)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*presses)
        await app.workers.wait_for_complete()
        await pilot.pause()
        svg = app.export_screenshot()
    runs = svg_runs(svg)
    assert before in runs
    assert any(run.startswith(after) for run in runs)
    assert any(f"{before}  {after}" in line for line in svg_lines(svg))


@pytest.mark.parametrize("presses", [(), ("escape", "r"), ("escape", "w", "a"), ("escape", "g")])
async def test_text_fields_have_no_partial_block_edges(presses, journal, clock) -> None:
    """Textual's "tall" edge (▊ over a coloured cell) showed as stray ticks beside fields."""
    journal.set_setting("welcomed", True)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*presses)
        await pilot.pause()
        lines = svg_lines(app.export_screenshot())
    assert not any("▊" in line or "▎" in line for line in lines)
    assert any("╭" in line for line in lines)  # the field is there, with its rounded line
