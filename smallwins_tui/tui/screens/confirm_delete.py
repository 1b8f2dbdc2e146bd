"""A question before anything the person wrote is deleted, that typed text cannot answer.

No letter confirms: a sentence typed into the wrong place ("I dread everything") once answered
a y/n question with the "y" of "everything". Only ctrl+d, or choosing the Delete button on
purpose, deletes; Enter (on "Keep it") and Esc keep it, and letters do nothing at all. The
caller keeps what was deleted, so u brings it back straight after.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Static

from smallwins_tui.tui.screens.dialog import Dialog


class ConfirmDeleteScreen(Dialog[bool]):
    """Returns True only on ctrl+d or the Delete button; Enter and Esc keep it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+d", "answer(True)", "Delete", key_display="ctrl+d"),
        Binding("escape", "answer(False)", "Keep it", key_display="esc"),
    ]

    def __init__(self, what: Content | str) -> None:
        super().__init__()
        self.what = what

    def heading(self) -> str:
        return "Delete this?"

    def compose_body(self) -> ComposeResult:
        yield Static(
            self.what if isinstance(self.what, Content) else Content(self.what), id="confirm-what"
        )
        yield Static(
            "ctrl+d deletes it; u brings it back straight after. Enter or Esc keeps it.",
            id="confirm-hint",
            classes="muted",
        )
        with Horizontal(classes="dialog-buttons"):
            yield Button("Keep it", id="keep", variant="primary")
            # Clear by its words, not by alarm: the default variant, never the red "error" one
            # (the tone rule: no red anywhere).
            yield Button("Delete (ctrl+d)", id="delete", variant="default")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_key(self, event: events.Key) -> None:
        """A printable key means someone is typing, not answering: it does nothing here (and
        is not passed on, where a letter could be a command), and the dialog says so."""
        if event.is_printable:
            event.stop()
            event.prevent_default()
            self.query_one("#confirm-hint", Static).update(
                "Typing does nothing here. ctrl+d deletes; Enter or Esc keeps it."
            )

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "delete")

    def action_answer(self, delete: bool) -> None:
        self.dismiss(delete)
