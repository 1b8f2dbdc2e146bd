"""The Ground walk's optional field, with the two keys a hard moment needs to be simple."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class ItemField(Input):
    """The optional field for what was noticed.

    Esc here leaves the whole walk at once (nobody in a hard moment should need two presses),
    and is bound on the field itself so the footer shows it first. ← on an empty field goes
    back a step.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Support first here too: bindings of the focused field come first in the footer.
        Binding(
            "f1",
            "app.show('support')",
            "Support",
            tooltip="Crisis lines, and what this app is and is not",
        ),
        Binding(
            "escape",
            "screen.leave",
            "Leave",
            key_display="esc",
            tooltip="Stop the walk and go back, at any moment",
        ),
    ]

    class BackPressed(Message):
        """← was pressed with nothing typed: the person means the step before."""

    def action_cursor_left(self, select: bool = False) -> None:
        if not self.value and not select:
            self.post_message(self.BackPressed())
        else:
            super().action_cursor_left(select)
