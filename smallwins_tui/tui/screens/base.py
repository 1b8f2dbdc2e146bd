"""What every smallwins screen needs from the app: the journal and the clock, typed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from textual._context import NoActiveAppError
from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    from smallwins_tui.data.journal import Journal
    from smallwins_tui.tui.app import SmallWinsApp


class JournalScreen(Screen[None]):
    """A screen of the smallwins app; reads the journal and the (injectable) clock via the app.

    Support is bound here as well as on the app so that it comes first in every footer: with
    seven screens the app's keys can run off the edge of a narrow terminal, and this one must
    always be visible.
    """

    BINDINGS = [
        Binding("f1", "app.show('support')", "Support", id="support-first",
                tooltip="Crisis lines, and what this app is and is not"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # A screen made now has no stale styles: it is styled when it mounts. Textual marks a
        # new screen "never refreshed" (-1), so the first switch to its mode re-parsed the
        # whole stylesheet from scratch twice (about a fifth of start-up). Screens made before
        # a later theme change still fall behind the app's count and are refreshed as before.
        try:
            app = self.app
        except NoActiveAppError:
            return
        self._css_update_count = app._css_update_count
        # The width class (-narrow/-wide) is otherwise added on the first resize, after the
        # screen has been styled, and that restyles every widget on it again: start with it.
        horizontal = self.HORIZONTAL_BREAKPOINTS
        vertical = self.VERTICAL_BREAKPOINTS
        if horizontal is None:
            horizontal = app.HORIZONTAL_BREAKPOINTS or []
        if vertical is None:
            vertical = app.VERTICAL_BREAKPOINTS or []
        width, height = app.size
        self.add_class(*self._get_breakpoint_classes(width, horizontal),
                       *self._get_breakpoint_classes(height, vertical), update=False)

    @property
    def shell(self) -> SmallWinsApp:
        return cast("SmallWinsApp", self.app)

    @property
    def journal(self) -> Journal:
        return self.shell.journal

    def today(self) -> dt.date:
        return self.shell.clock.now().date()
