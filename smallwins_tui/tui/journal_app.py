"""What screens and widgets may ask of the app, declared apart from the app itself.

Screens reach the app typed through ``getters.app(JournalApp)``. The app module imports the
screens it opens, so if screens imported it back the two would form an import cycle; this small
base class is all they need to know, and :class:`~smallwins_tui.tui.app.SmallWinsApp` fills it in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.app import App
from textual.reactive import var

from smallwins_tui.core.clock import Clock
from smallwins_tui.core.settings import LaunchOptions
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.writer import JournalWriter

if TYPE_CHECKING:
    from smallwins_tui.data.search import Hit


class DraftHolder(Protocol):
    """A screen with unsaved writing that must reach the disk before the app goes away."""

    def flush_drafts(self) -> None: ...


class JournalApp(App[int]):
    """An app around one journal: the part of smallwins' app that screens rely on."""

    journal: Journal
    clock: Clock
    writer: JournalWriter
    """Every screen's saves go through here (see ``JournalScreen.save``)."""
    launch_options: LaunchOptions
    """What the command line asked of the first screen."""
    monotonic: Callable[[], float]
    """Seconds that only go forward, for timed practices; tests inject one."""

    journal_generation: var[int] = var(0)
    """Follows the journal's ``generation`` after each change: every write of this app (the
    journal announces them, from whichever thread wrote) and those of other processes. Screens
    watch it to redraw."""

    today: var[dt.date] = var(dt.date.min, init=False)
    """The local date now; moves on at midnight (see :meth:`check_date`), screens watch it."""

    def check_date(self) -> dt.date:
        """Move :attr:`today` on if the date changed, and return it."""
        raise NotImplementedError

    def register_draft_holder(self, holder: DraftHolder) -> None:
        """Screens with unsaved text call this on mount, so quitting writes it first."""
        raise NotImplementedError

    def action_show(self, mode: str) -> None:
        """Go to the screen of ``mode``, remembering the way back."""
        raise NotImplementedError

    def action_go_back(self) -> None:
        """One step back along the way taken, ending at Today."""
        raise NotImplementedError

    async def open_day(self, day: dt.date) -> None:
        """Today, showing ``day``."""
        raise NotImplementedError

    async def open_month(self, day: dt.date) -> None:
        """The month view, with ``day`` picked."""
        raise NotImplementedError

    async def open_hit(self, hit: Hit) -> None:
        """Where a search result was written."""
        raise NotImplementedError
