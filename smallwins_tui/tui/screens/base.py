"""What every smallwins screen needs from the app: the journal and the clock, typed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

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

    @property
    def shell(self) -> SmallWinsApp:
        return cast("SmallWinsApp", self.app)

    @property
    def journal(self) -> Journal:
        return self.shell.journal

    def today(self) -> dt.date:
        return self.shell.clock.now().date()
