"""Your own pace: four numbers of seconds, checked by the same parser as the command line."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Input, Static

from smallwins_tui.core.breathing import BREATH_RANGE, HOLD_RANGE, Pattern, parse_pattern
from smallwins_tui.tui.screens.dialog import Dialog


class PaceScreen(Dialog[Pattern | None]):
    """Asks for inhale-hold-exhale-hold; Enter uses it, Esc keeps the pattern you had."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Keep as it was", key_display="esc")
    ]

    def __init__(self, current: Pattern) -> None:
        super().__init__()
        self.current = current

    def heading(self) -> str:
        return "Your own pace"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Seconds to breathe in, hold, breathe out, hold, like 4-2-6-0. "
            f"Breathing in and out take {BREATH_RANGE[0]} to {BREATH_RANGE[1]} seconds; "
            f"a hold takes {HOLD_RANGE[0]} to {HOLD_RANGE[1]} (0 skips it).",
            classes="muted",
        )
        yield Input(
            self.current.timing,
            id="pace-input",
            max_length=11,
            placeholder="inhale-hold-exhale-hold",
        )
        yield Static(id="pace-error", classes="gentle-note")

    def on_mount(self) -> None:
        self.query_one("#pace-error", Static).display = False
        self.query_one("#pace-input", Input).focus()

    @on(Input.Submitted, "#pace-input")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            pattern = parse_pattern(event.value)
        except ValueError as error:
            message = self.query_one("#pace-error", Static)
            # The reason quotes what was typed: shown literally, never read as markup.
            message.update(Content(str(error).capitalize() + "."))
            message.display = True
            return
        self.dismiss(pattern)

    def action_cancel(self) -> None:
        self.dismiss(None)
