"""The three baselines side by side: an explanation at a glance, and the chosen one lit up.

The panels explain the idea even before anything is typed; once a thought is written, the
baseline it seems to use is highlighted, and one key (1, 2, 3, or 0 for none) changes it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, TextArea

from smallwins_tui.core.baselines import BASELINES, Baseline


def panel_content(baseline: Baseline) -> Content:
    """The one-line idea, then one example thought: enough to recognise it at a glance."""
    return Content.assemble(baseline.summary, ("\n“" + baseline.examples[0] + "”", "italic"))


class BaselinePanel(Static):
    """One baseline: its name (and key) in the border, a one-line idea, an example thought."""

    def __init__(self, baseline: Baseline) -> None:
        super().__init__(
            panel_content(baseline), id=f"panel-{baseline.key}", classes="baseline-panel"
        )
        self.baseline = baseline
        self.border_title = f"{baseline.hotkey} {baseline.title}"


class BaselinePicker(Horizontal, can_focus=True):
    """Focusable row of panels; ←/→ or a number picks, Enter moves on to the next text area."""

    DEFAULT_CSS = """
    BaselinePicker .baseline-panel {
        width: 1fr;
        height: auto;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        padding: 0 1;
        color: $text-muted;
    }
    BaselinePicker .baseline-panel.-chosen {
        border: round $accent;
        border-title-color: $accent;
        border-title-style: bold;
        color: $text;
    }
    BaselinePicker:focus .baseline-panel.-chosen { border: double $accent; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", "Previous", show=False),
        Binding("right", "step(1)", "Next", show=False),
        Binding("enter", "confirm", "Answer", tooltip="Go on to the fair-current question"),
    ]

    chosen: reactive[str | None] = reactive(None)
    """The baseline key that is lit up, or None when no baseline is chosen."""

    class Chosen(Message):
        """The person moved the highlight themselves (not the classifier)."""

        def __init__(self, baseline: str | None) -> None:
            super().__init__()
            self.baseline = baseline

    def compose(self) -> ComposeResult:
        for baseline in BASELINES:
            yield BaselinePanel(baseline)

    def watch_chosen(self, chosen: str | None) -> None:
        for panel in self.query(BaselinePanel):
            panel.set_class(panel.baseline.key == chosen, "-chosen")

    def action_step(self, step: int) -> None:
        keys = [baseline.key for baseline in BASELINES]
        index = keys.index(self.chosen) if self.chosen in keys else (-1 if step > 0 else 0)
        self.post_message(self.Chosen(keys[(index + step) % len(keys)]))

    def action_confirm(self) -> None:
        """Move on to the answer at once (not via a message), so fast typing lands there."""
        self.screen.focus_next(TextArea)
