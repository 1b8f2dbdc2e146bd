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


def record_notifications(app: SmallWinsApp) -> list[str]:
    """Every message the app shows as a notification from now on, in order (public API only:
    the app's own ``notify`` is wrapped, so what reaches the screen is unchanged)."""
    shown: list[str] = []
    notify = app.notify

    def recording(message: str, *args: object, **kwargs: object) -> None:
        shown.append(str(message))
        notify(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = recording  # type: ignore[method-assign]
    return shown
