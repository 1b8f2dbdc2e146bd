"""The start-up baseline: a bare Textual app showing the same widgets as Today, and no data.

Same containers, statics, input, option lists and footer as ``TodayScreen.compose``; no
journal, no stylesheet, no bindings, no smallwins import. It signals ready the same way the
real app does in the benchmark: after its screen has mounted and been painted once.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static


class BareScreen(Screen[None]):
    """Today's widget tree, empty."""

    def __init__(self, ready: Callable[[], None]) -> None:
        super().__init__()
        self._signal_ready = ready

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("Sunday 22 November")
            yield Static("")
            yield Static("One small step for the day? Press i to choose one.")
            yield Static("What did you do today that helped, even a little?")
            yield Input(placeholder="Type a win, press Enter")
            yield Static("")
            yield OptionList(markup=False)
            with Vertical():
                yield Static("Not sure what counts? Pick one to make it yours:")
                yield OptionList("Got up", "Ate something", markup=False)
            yield Static("Kind (optional, on a highlighted win)")
            with Vertical():
                yield Static("If you are not safe, these lines are there, day or night:")
                yield Static("")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

        def ready() -> None:
            self._signal_ready()
            self.app.exit()

        self.call_after_refresh(ready)


class BareApp(App[None]):
    """Nothing but the screen above."""

    def __init__(self, ready: Callable[[], None]) -> None:
        super().__init__()
        self._signal_ready = ready

    def on_mount(self) -> None:
        self.push_screen(BareScreen(self._signal_ready))
