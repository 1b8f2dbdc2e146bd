"""A plain yes/no before anything the person wrote is deleted for good."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDeleteScreen(ModalScreen[bool]):
    """Returns True only on an explicit "Delete"; Esc, n and "Keep it" all keep it."""

    BINDINGS = [
        Binding("y", "answer(True)", "Delete"),
        Binding("n,escape", "answer(False)", "Keep it", key_display="n/esc"),
    ]

    def __init__(self, what: Content | str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static("Delete this for good?", classes="title")
            yield Static(self.what if isinstance(self.what, Content) else Content(self.what),
                         id="confirm-what")
            yield Static("It cannot be brought back.", classes="muted")
            with Horizontal(id="confirm-buttons"):
                yield Button("Keep it (n)", id="keep", variant="primary")
                yield Button("Delete (y)", id="delete", variant="error")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "delete")

    def action_answer(self, delete: bool) -> None:
        self.dismiss(delete)
