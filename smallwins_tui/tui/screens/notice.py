"""Told once, plainly, when the journal file was damaged and had to be set aside."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from smallwins_tui.data.recovery import RecoveryNotice


class RecoveryNoticeScreen(ModalScreen[None]):
    """Names the damaged file and where it went; nothing was deleted or overwritten."""

    BINDINGS = [Binding("escape,enter", "dismiss", "Continue")]

    def __init__(self, notice: RecoveryNotice) -> None:
        super().__init__()
        self.notice = notice

    def compose(self) -> ComposeResult:
        with Vertical(id="notice-box"):
            yield Static(Content(f"{self.notice.what} could not be read"), classes="title")
            yield Static(
                Content.assemble(
                    "It has been moved aside, untouched, so nothing in it is lost:\n\n",
                    ("  " + str(self.notice.moved_to), "bold"),
                    "\n\nThe problem: ",
                    self.notice.reason,
                    *self._carry_on(),
                    "\n\nKeep the moved file; it may be possible to repair it.",
                )
            )
            yield Button("Continue", id="continue", variant="primary")

    def _carry_on(self) -> tuple[str | tuple[str, str], ...]:
        backup = self.notice.backup
        if backup is None:
            return ("\n\nThere was no backup of it yet, so it starts again, empty, at\n\n",
                    ("  " + str(self.notice.damaged), "bold"))
        return (f"\n\nYou carry on from your newest good backup, from {backup.day:%A %-d %B}:\n\n",
                ("  " + str(backup.path), "bold"),
                "\n\ncopied to\n\n", ("  " + str(self.notice.damaged), "bold"),
                "\n\nAnything written after that backup is only in the moved file.")

    def on_button_pressed(self) -> None:
        self.dismiss()
