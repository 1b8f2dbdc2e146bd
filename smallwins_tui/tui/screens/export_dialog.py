"""The two small questions an export may ask: where to put the file, and whether to replace one.

The path is the person's choice (a sensible default in their home folder); an existing file is
never replaced without a clear yes, and the safe answer has the focus.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, Static

from smallwins_tui.tui.screens.dialog import Dialog


class ExportPathScreen(Dialog[str | None]):
    """Asks where to write the Markdown page; dismisses with the typed path, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", key_display="esc")
    ]
    SHOWS_FOOTER = True

    def __init__(
        self,
        default: str,
        title: str = "Export this week as Markdown",
        about: str = "A page with the week's wins and your review answers, to read "
        "or bring to a session.",
    ) -> None:
        super().__init__()
        self.default = default
        self.title_text = title
        self.about = about

    def heading(self) -> str:
        return self.title_text

    def compose_body(self) -> ComposeResult:
        yield Static(
            f"{self.about} Only you will be able to open the file.", classes="muted", markup=False
        )
        yield Input(self.default, id="export-path", select_on_focus=False)
        yield Static("Enter saves · Esc cancels", classes="muted dialog-hint")

    def on_mount(self) -> None:
        entry = self.query_one("#export-path", Input)
        entry.focus()
        entry.cursor_position = len(entry.value)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path:
            self.notify("Type where the file should go.", markup=False)
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReplaceFileScreen(Dialog[bool]):
    """Asks before an existing file is replaced; "keep it" is the default."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "Keep it", key_display="esc"),
        Binding("y", "answer(True)", "Replace"),
    ]
    SHOWS_FOOTER = True

    def __init__(self, path: str, replacement: str = "this week's page") -> None:
        super().__init__()
        self.path = path
        self.replacement = replacement
        """What would take the file's place, as the question names it."""

    def heading(self) -> str:
        return "That file already exists"

    def compose_body(self) -> ComposeResult:
        yield Static(
            Content.assemble(("  " + self.path, "bold"), f"\n\nReplace it with {self.replacement}?")
        )
        with Horizontal(classes="dialog-buttons"):
            yield Button("Keep it (n)", id="keep", variant="primary")
            yield Button("Replace (y)", id="replace")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "replace")

    def action_answer(self, replace: bool) -> None:
        self.dismiss(replace)
