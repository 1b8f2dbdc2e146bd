"""The ``?`` overlay: the keys of the screen you are on, with what each one does."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from smallwins_tui.tui.screens.dialog import Dialog

TEXTUAL_SCREEN_ACTIONS = {
    binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)
}
"""Every screen's hidden keys from Textual itself (tab, copy): not ours to explain."""


def keys_of(screen: Screen[Any], app_keys: frozenset[str]) -> Content:
    """Every working binding of ``screen`` and the app, described, one per line.

    Footers leave out the app-wide keys (the screens, ctrl+q) to fit 80 columns; this is
    where they are all listed, so the app's and the screen's hidden keys count too:
    ``app_keys`` are the ids of the app's own keys.
    """
    rows: list[Content | str | tuple[str, str]] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not active.enabled or not binding.description or binding.description in seen:
            continue
        ours = binding.id in app_keys or (
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


class HelpScreen(Dialog[None]):
    """Lists keys; any of Esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def __init__(self, screen: Screen[Any], app_keys: frozenset[str]) -> None:
        super().__init__()
        self.keys = keys_of(screen, app_keys)
        self.title_text = f"Keys: {screen.__class__.__name__.removesuffix('Screen')}"

    SCROLLS = True

    def heading(self) -> str:
        return self.title_text

    def compose_body(self) -> ComposeResult:
        yield Static(self.keys)
        yield Static(
            "Keys never fire while you are typing in a field; Esc leaves it. "
            "ctrl+p finds every screen and action by name.",
            classes="muted",
        )
