"""The one box every smallwins dialog is drawn in: centred over the screen it was opened from.

A dialog names its heading and composes its body; the base draws the box around them, so the
welcome, a key list, a question before deleting and a notice about a damaged file all look
like one family. Buttons go in a ``Horizontal(classes="dialog-buttons")`` inside the body.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A modal box with a heading; subclasses give ``heading()`` and ``compose_body()``."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }
    Dialog > .dialog-box {
        width: 80%;
        max-width: 80;
        height: auto;
        border: round $primary;
        padding: 1 2;
        background: $surface;
    }
    Dialog > VerticalScroll.dialog-box {
        max-height: 90%;
    }
    Dialog .dialog-title {
        text-style: bold;
        color: $primary;
        padding: 0 0 1 0;
    }
    Dialog .dialog-box Input {
        margin: 1 0 0 0;
    }
    Dialog .dialog-hint {
        padding: 1 0 0 0;
    }
    Dialog .dialog-buttons {
        height: auto;
        margin: 1 0 0 0;
    }
    Dialog .dialog-buttons Button {
        margin: 0 2 0 0;
    }
    """

    SCROLLS: ClassVar[bool] = False
    """A box whose body can outgrow a small terminal scrolls (and then takes the focus)."""

    SHOWS_FOOTER: ClassVar[bool] = False
    """Dialogs whose keys are not on buttons show them in a footer."""

    def heading(self) -> str | Content:
        """The line at the top of the box; shown literally."""
        raise NotImplementedError

    def compose_body(self) -> ComposeResult:
        """Everything under the heading."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        box = VerticalScroll if self.SCROLLS else Vertical
        with box(classes="dialog-box"):
            heading = self.heading()
            yield Static(
                heading if isinstance(heading, Content) else Content(heading),
                classes="dialog-title",
            )
            yield from self.compose_body()
        if self.SHOWS_FOOTER:
            yield Footer(show_command_palette=False)
