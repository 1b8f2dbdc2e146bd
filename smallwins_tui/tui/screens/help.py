"""The ``?`` overlay: the keys of the screen you are on, with what each one does."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from smallwins_tui.tui.navigation import DESTINATIONS

APP_KEYS = {destination.mode for destination in DESTINATIONS} | {"quit", "summary"}
"""Ids of the app's own keys, listed here though footers leave them out."""

TEXTUAL_SCREEN_ACTIONS = {
    binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)
}
"""Every screen's hidden keys from Textual itself (tab, copy): not ours to explain."""


def keys_of(screen: Screen[Any]) -> Content:
    """Every working binding of ``screen`` and the app, described, one per line.

    Footers leave out the app-wide keys (the screens, ctrl+q) to fit 80 columns; this is
    where they are all listed, so the app's and the screen's hidden keys count too.
    """
    rows: list[Content | str | tuple[str, str]] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not active.enabled or not binding.description or binding.description in seen:
            continue
        ours = binding.id in APP_KEYS or (
            active.node is screen and binding.action not in TEXTUAL_SCREEN_ACTIONS
        )
        if not binding.show and not ours:
            continue  # Textual's and the widgets' own hidden keys (arrows, copy, tab)
        seen.add(binding.description)
        label = binding.key_display or screen.app.get_key_display(binding)
        detail = f"  {binding.tooltip}" if binding.tooltip else ""
        rows += [
            (f"{label:>10}", "bold $accent"),
            f"  {binding.description}",
            (detail, "$foreground-muted"),
            "\n",
        ]
        del key
    return Content.assemble(*rows)


class HelpScreen(ModalScreen[None]):
    """Lists keys; any of Esc, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self.keys = keys_of(screen)
        self.title_text = f"Keys: {screen.__class__.__name__.removesuffix('Screen')}"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(self.title_text, classes="title")
            yield Static(self.keys)
            yield Static(
                "Keys never fire while you are typing in a field; Esc leaves it. "
                "ctrl+p finds every screen and action by name.",
                classes="muted",
            )
