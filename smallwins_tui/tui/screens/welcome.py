"""The first start: what this is for, where the data lives, and where help is. Shown once."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Static

from smallwins_tui.tui.screens.dialog import Dialog


class WelcomeScreen(Dialog[None]):
    """One short view; dismissing it means it never shows again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "dismiss", "Start"),
        # In a hard moment the welcome must not stand in the way: these open at once, and
        # the welcome waits on Today until they come back.
        Binding("g", "app.show('ground')", "Ground"),
        Binding("b", "app.show('breathe')", "Breathe"),
        Binding("f1", "app.show('support')", "Support"),
    ]

    def __init__(self, data_path: str) -> None:
        super().__init__()
        self.data_path = data_path

    def heading(self) -> str:
        return "Welcome to smallwins"

    def compose_body(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                "Progress can be hard to see from the inside. This is a place to note the "
                "small things you did that helped, to steady yourself when it is hard "
                "(g grounding, b breathing), and to judge yourself against a fair "
                "measuring stick.\n\n",
                "Everything stays in a private folder on this computer:\n",
                ("  " + self.data_path, "bold"),
                "\nNothing is sent anywhere.\n\n",
                "If you are struggling or not safe, press ",
                ("f1", "bold"),
                " at any time for crisis lines. ",
                ("?", "bold"),
                " lists the keys of any screen.",
            )
        )
        with Horizontal(classes="dialog-buttons"):
            yield Button("Start", id="start", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()
