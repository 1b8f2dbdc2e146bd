"""What every smallwins screen needs from the app: the journal, the clock and one way to save,
typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar, TypeVar

from textual import getters
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.types import NoActiveAppError
from textual.worker import Worker

from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.journal_app import JournalApp

T = TypeVar("T")


def breakpoint_classes(size: int, breakpoints: list[tuple[int, str]] | None) -> list[str]:
    """The class Textual gives a screen of this width (or height): the one whose threshold is
    the largest not above it (Textual's documented rule for HORIZONTAL_BREAKPOINTS)."""
    chosen = [name for threshold, name in sorted(breakpoints or []) if size >= threshold]
    return chosen[-1:]


class JournalScreen(Screen[None]):
    """A screen of the smallwins app; reads the journal and the (injectable) clock via the app.

    Support is bound here as well as on the app so that it comes first in every footer: with
    seven screens the app's keys can run off the edge of a narrow terminal, and this one must
    always be visible.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f1",
            "app.show('support')",
            "Support",
            id="support-first",
            tooltip="Crisis lines, and what this app is and is not",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        # Start with the width and height classes (-narrow/-wide) the screen will have: Textual
        # adds them on the first resize, after the screen was styled, and restyles every widget
        # on it again (a fifth of start-up). Made outside an app (a test), it has none yet.
        try:
            width, height = self.app.size
        except NoActiveAppError:
            return
        app = self.app
        horizontal = self.HORIZONTAL_BREAKPOINTS
        vertical = self.VERTICAL_BREAKPOINTS
        self.add_class(
            *breakpoint_classes(
                width, horizontal if horizontal is not None else app.HORIZONTAL_BREAKPOINTS
            ),
            *breakpoint_classes(
                height, vertical if vertical is not None else app.VERTICAL_BREAKPOINTS
            ),
        )

    app = getters.app(JournalApp)

    @property
    def shell(self) -> JournalApp:
        """The app, typed (the same as :attr:`app`)."""
        return self.app

    @property
    def journal(self) -> Journal:
        return self.shell.journal

    def today(self) -> dt.date:
        return self.shell.clock.now().date()

    def save(
        self,
        change: Callable[[], T],
        on_saved: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        *,
        kept: str = "",
        says: Callable[[Exception], str] | None = None,
        severity: SeverityLevel = "error",
        quiet: bool = False,
    ) -> Worker[None]:
        """The one way a screen writes to the journal: ``change`` runs off the event loop,
        after every save asked for before it (see :class:`~smallwins_tui.tui.writer.JournalWriter`).

        On success ``on_saved`` gets its result. A failure the person should hear about (the
        disk, the lock, a refused value) is told once, with ``kept`` after the reason (or in the
        words ``says`` gives, or not at all when ``quiet``), and ``on_failed`` gets the error
        so the screen can keep or put back the person's words; the app carries on. Neither
        callback runs once the screen has gone. The journal announces the change itself.
        """

        def saved(result: T) -> None:
            if on_saved is not None and self.is_attached:
                on_saved(result)

        def failed(error: Exception) -> None:
            if on_failed is not None and self.is_attached:
                on_failed(error)

        return self.shell.writer.save(
            change, saved, failed, kept, says=says, severity=severity, quiet=quiet
        )
