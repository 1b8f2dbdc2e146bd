"""Writing the safety plan: the six Stanley–Brown parts and what matters most, one field each.

Reached from Support with p. What is written saves itself a moment after typing stops (and on
Esc, quit or a closed terminal), so there is no "save" to forget in a hard moment.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

from smallwins_tui.core.safety_plan import PLAN_PARTS
from smallwins_tui.core.text import NOTE_MAX, clean_text
from smallwins_tui.tui.screens.base import JournalScreen

AUTOSAVE_DELAY = 1.0
INTRO = (
    "Write this on a calmer day, in your own words, so it is ready when things are hard. "
    "A line or two in each part is plenty, and any part can stay empty. It saves as you "
    "write; Esc goes back."
)


PROFESSIONALS_PROMPT = next(p.prompt for p in PLAN_PARTS if p.key == "professionals")


def _field_id(key: str) -> str:
    return "plan-" + key.replace("_", "-")


class SafetyPlanScreen(JournalScreen):
    """One text field per part of the plan, prefilled with what was written before."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Done", key_display="esc", tooltip="Save and go back to Support")
    ]
    AUTO_FOCUS = "#plan-warning-signs"
    """The first part's field takes the focus as the screen opens. A focus() in on_mount lost
    to Textual's own auto focus, which gave it to the scrolling body (the first focusable
    widget), and what was typed went nowhere."""
    CSS = """
    #plan-body { padding: 1 2; }
    SafetyPlanScreen.-narrow #plan-body { padding: 0 1; }
    .plan-part { margin: 1 0 0 0; text-style: bold; }
    .plan-prompt { color: $foreground-muted; }
    TextArea { height: 4; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self._saved: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="plan-body"):
            yield Static("My safety plan", classes="screen-title")
            yield Static(INTRO, classes="muted")
            for number, part in enumerate(PLAN_PARTS, start=1):
                yield Static(f"{number}. {part.title}", classes="plan-part")
                yield Static(part.prompt, id=f"{_field_id(part.key)}-prompt", classes="plan-prompt")
                yield TextArea(id=_field_id(part.key), soft_wrap=True, tab_behavior="focus")
            yield Static(id="plan-status", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self._saved = self.journal.safety_plan()
        for part in PLAN_PARTS:
            self.query_one(f"#{_field_id(part.key)}", TextArea).load_text(
                self._saved.get(part.key, "")
            )
        # Until the person writes their own, the plan lists the region's lines in this part
        # (as `smallwins plan` prints it): said under its prompt, never written for them.
        from smallwins_tui.core.support import chosen_region

        region = chosen_region(self.journal.settings().region)
        lines = "; ".join(f"{line.service}: {line.reach}" for line in region.lines)
        prompt = self.query_one("#plan-professionals-prompt", Static)
        prompt.update(
            Content(
                f"{PROFESSIONALS_PROMPT}\nUntil you write your own, your plan lists the lines "
                f"for your region ({region.name}): {lines}."
            )
        )
        self.shell.register_draft_holder(self)

    def written(self) -> dict[str, str]:
        return {
            part.key: self.query_one(f"#{_field_id(part.key)}", TextArea).text
            for part in PLAN_PARTS
        }

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        cleaned = clean_text(area.text, NOTE_MAX)
        if cleaned != area.text:  # control codes or an over-long paste: dropped at once
            area.load_text(cleaned)
            area.move_cursor(area.document.end)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        self._save(self.written())

    def _save(self, parts: dict[str, str], then_close: bool = False) -> None:
        """Save off the event loop; on a failure the words stay in the fields (and the screen
        stays open) to be saved again with the next change or Esc."""

        def saved(changed: bool) -> None:
            if then_close:
                self.dismiss()
            elif changed:
                self.query_one("#plan-status", Static).update("Saved.")

        self.save(
            lambda: self.journal.save_safety_plan(parts),
            saved,
            kept="Your words are still here.",
        )

    def flush_drafts(self) -> None:
        """On quit or a closed terminal: whatever is in the fields is saved now."""
        if self._timer is not None:
            self._timer.stop()
        self.journal.save_safety_plan(self.written())

    def action_done(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._save(self.written(), then_close=True)
