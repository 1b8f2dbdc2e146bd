"""What every smallwins screen needs from the app: the journal and the clock, typed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.types import NoActiveAppError

if TYPE_CHECKING:
    from smallwins_tui.data.journal import Journal
    from smallwins_tui.tui.app import SmallWinsApp


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

    @property
    def shell(self) -> SmallWinsApp:
        return cast("SmallWinsApp", self.app)

    @property
    def journal(self) -> Journal:
        return self.shell.journal

    def today(self) -> dt.date:
        return self.shell.clock.now().date()
