"""Saves from screens: off the event loop, one at a time in the order asked, failures told once.

A person can press Enter faster than a file is written and synced (a burst over a slow SSH
link, a paste ending in a newline). Each save runs in a thread so the screen stays responsive,
and a FIFO lock keeps them in the order they were asked for, so wins land on disk in the order
they were typed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import App
from textual.notifications import SeverityLevel
from textual.worker import Worker

from smallwins_tui.data.errors import JournalError

T = TypeVar("T")

SAVE_ERRORS = (JournalError, ValueError, LookupError)
"""What a save may raise for reasons the person should hear about (not programming errors)."""


def describe(error: Exception) -> str:
    """A journal error explains itself; anything else gets a plain sentence."""
    return str(error) if isinstance(error, JournalError) else "That could not be saved."


class JournalWriter:
    """Runs journal changes for the app's screens, in order, each in a worker thread."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._turn = asyncio.Lock()  # fair: waiters get it in the order they asked

    def save(
        self,
        change: Callable[[], T],
        on_saved: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        kept: str = "",
        *,
        says: Callable[[Exception], str] | None = None,
        severity: SeverityLevel = "error",
        quiet: bool = False,
    ) -> Worker[None]:
        """Run ``change`` after every save asked for before it.

        On success ``on_saved`` gets its result. On a failure the person is told once (with
        ``kept``, e.g. "Your text is still in the field.", after the reason; or in the words
        ``says`` gives; or, ``quiet``, not at all) and ``on_failed`` gets the error, so the
        screen can put the person's words back.
        """

        async def run() -> None:
            async with self._turn:
                try:
                    result = await asyncio.to_thread(change)
                except SAVE_ERRORS as error:
                    if not quiet:
                        message = says(error) if says else f"{describe(error)} {kept}".strip()
                        self._app.notify(message, severity=severity, markup=False, timeout=8)
                    if on_failed is not None:
                        on_failed(error)
                    return
            if on_saved is not None:
                on_saved(result)

        return self._app.run_worker(run(), group="journal-writes", exit_on_error=True)

    async def finished(self) -> None:
        """Wait until every save asked for so far is on disk (before the app quits)."""
        async with self._turn:
            pass
