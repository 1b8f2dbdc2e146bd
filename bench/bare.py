"""The start-up baseline: a bare Textual app showing the same widgets as Today, and no data.

Same containers, statics, input, option lists and footer as ``TodayScreen.compose``, styled by
the same stylesheet file and Today's own rules (read from its source), and with the same keys
in the footer (so the same widgets are drawn), but no journal, no smallwins code and no data.
``styled=False`` drops the stylesheet and the keys too: Textual at its barest, reported for
information. It signals ready the same way the real app does in the benchmark: after its
screen has mounted and been painted once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

PACKAGE = Path(__file__).resolve().parent.parent / "smallwins_tui"
STYLESHEET = PACKAGE / "tui" / "app.tcss"


def _today_rules() -> str:
    """Today's own rules (its ``CSS`` class variable), read from the source, not imported: the
    app parses app.tcss and these at start-up, so the baseline parses them too."""
    source = (PACKAGE / "tui" / "screens" / "today.py").read_text(encoding="utf-8")
    match = re.search(r'^    CSS = """(.*?)"""', source, re.S | re.M)
    return match.group(1).replace("TodayScreen", "KeyedBareScreen") if match else ""


FOOTER_KEYS = [
    ("f1", "Support", "f1"),
    ("a", "Add", "a"),
    ("e", "Edit", "e"),
    ("d", "Delete", "d"),
    ("u", "Undo", "u"),
    ("left,comma", "Earlier", "←"),
    ("right,full_stop", "Later", "→"),
    ("i", "Small step", "i"),
    ("x", "Tick step", "x"),
    ("escape", "Done typing", "esc"),
    ("g", "Ground", "g"),
    ("b", "Breathe", "b"),
    ("r", "Reflect", "r"),
    ("w", "Week", "w"),
    ("s", "Settings", "s"),
    ("question_mark", "Keys", "?"),
]
"""The keys Today's footer shows (and Quit), as (keys, label, how the key is drawn)."""


class BareScreen(Screen[None]):
    """Today's widget tree, empty."""

    def __init__(self, ready: Callable[[], None]) -> None:
        super().__init__()
        self._signal_ready = ready

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="today-body"):
            yield Static("Sunday 22 November", id="day-title", classes="screen-title")
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


class KeyedBareScreen(BareScreen):
    """The same, with Today's keys in the footer (they only ring the bell).

    Each key has its own action: the footer draws one entry per action, so keys that all
    shared ``app.bell`` were drawn as a single entry, not the seventeen Today shows.
    """

    CSS = _today_rules()
    BINDINGS = [
        *(
            Binding(key, f"ring('{label}')", label, key_display=shown)
            for key, label, shown in FOOTER_KEYS
        ),
        Binding("ctrl+q", "ring('Quit')", "Quit", priority=True),
    ]

    def action_ring(self, _label: str) -> None:
        self.app.bell()


class BareApp(App[None]):
    """Nothing but the screen above."""

    CSS_PATH = STYLESHEET

    def __init__(self, ready: Callable[[], None], styled: bool = True) -> None:
        if not styled:
            self.CSS_PATH = None
        super().__init__()
        self._signal_ready = ready
        self._styled = styled

    def on_mount(self) -> None:
        screen = KeyedBareScreen if self._styled else BareScreen
        self.push_screen(screen(self._signal_ready))
