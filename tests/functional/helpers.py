"""Helpers for Pilot tests: build the app on a test journal and wait for saves to land."""

from __future__ import annotations

from textual.pilot import Pilot

from smallwins_tui.core.clock import Clock
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp


def make_app(journal: Journal, clock: Clock) -> SmallWinsApp:
    """The real app, minus the timer that polls for outside changes (tests trigger it)."""
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False)


async def settle(pilot: Pilot) -> None:
    """Wait for journal writes (workers) and the redraws they cause."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
