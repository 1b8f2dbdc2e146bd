"""At 80 columns every screen's footer shows each of its keys whole, Support (f1) first.

The footer is read from the screenshot, and compared with the keys the screen says work now
(``active_bindings``), so a new key that does not fit fails here.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from smallwins_tui.data.demo import seed_demo
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.navigation import DESTINATIONS
from tests.screen_text import svg_lines

STATES = {
    # Every destination as its key opens it, so a new screen is checked without a new line.
    **{
        destination.mode: ("escape", destination.key)
        for destination in DESTINATIONS
        if destination.key
    },
    "today typing": (),
    "today list": ("escape", "down"),
    "ground walking": ("escape", "g", "enter", "enter"),
    "reflect past": ("escape", "r", "escape", "p"),
    "week review": ("escape", "w", "a"),
    "month": ("escape", "w", "m"),
    "search": ("escape", "slash", *"went"),
    "search results": ("escape", "slash", *"went", "down"),
    "today after a delete": ("escape", "down", "d", "ctrl+d"),
}


def _shown(pilot: Pilot) -> list[str]:
    screen = pilot.app.screen
    labels, actions = [], set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.show and active.enabled and binding.action not in actions:
            actions.add(binding.action)  # "d,delete": one entry, under its first key
            key = binding.key_display or pilot.app.get_key_display(binding)
            labels.append(f"{key} {binding.description}")
    return labels


@pytest.mark.parametrize("presses", STATES.values(), ids=STATES.keys())
async def test_every_key_fits_whole_with_support_first(presses, journal, clock) -> None:
    seed_demo(journal, clock.now().date())
    journal.set_setting("welcomed", True)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*presses)
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = svg_lines(app.export_screenshot())[-1]
        labels = _shown(pilot)
        assert labels and footer.lstrip().startswith("f1 Support")
        for label in labels:
            assert f" {label}  " in f"{footer}  ", (label, footer)
        assert len(footer) <= 80
