"""Ground: the guided 5-4-3-2-1 walk, for a hard moment.

It opens straight onto the first step and asks nothing first. Typing is optional (Enter on an
empty field counts), Esc leaves at once from anywhere on the screen, and any way of leaving
ends the walk. Only that a walk happened is written down, unless the person chose to keep
what they typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Digits, Footer, Input, Static

from smallwins_tui.core.clock import timestamp
from smallwins_tui.core.grounding import (
    HOW_TO,
    INTRO,
    WIN_KIND,
    WIN_SOURCE,
    WIN_TEXT,
    GroundingWalk,
    StepState,
    closing_words,
    keep_line,
)
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.widgets.item_field import ItemField
from smallwins_tui.tui.widgets.support_offer import SupportOffer

if TYPE_CHECKING:
    pass

KEEP_SETTING = "keep_grounding_items"
BREATHE_MODE = "breathe"

_MARKS: dict[StepState, tuple[str, str]] = {
    "done": ("✓", "$success"),
    "skipped": ("–", "$foreground-muted"),
    "current": ("●", "bold $accent"),
    "ahead": ("○", "$foreground-muted"),
}


class GroundScreen(JournalScreen):
    """One step per view, then a short end view with a few gentle offers."""

    CSS = """
    #ground-body { padding: 1 2 0 2; scrollbar-size-vertical: 1; }
    GroundScreen.-narrow #ground-body { padding: 0 1; }
    #ground-intro, #ground-progress, #ground-offers, #ground-closing { padding: 0 0 1 0; }
    #ground-digits { color: $accent; width: auto; }
    #ground-count { color: $accent; }
    #ground-prompt { padding: 1 0 0 0; }
    #ground-item { margin: 1 0 0 0; }
    #ground-intro, #ground-howto, #ground-fallback, #ground-closing, #ground-offers,
    #ground-keep {
        display: none;
    }
    GroundScreen.-intro #ground-intro, GroundScreen.-intro #ground-howto,
    GroundScreen.-intro #ground-keep, GroundScreen.-fallback #ground-fallback,
    GroundScreen.-ended #ground-closing, GroundScreen.-ended #ground-offers,
    GroundScreen.-ended #ground-keep {
        display: block;
    }
    GroundScreen.-ended #ground-digits, GroundScreen.-ended #ground-count,
    GroundScreen.-ended #ground-prompt, GroundScreen.-ended #ground-item {
        display: none;
    }
    /* Short terminals keep the count and the prompt in view: no big digits, a one-line
       field. */
    GroundScreen.-short #ground-title, GroundScreen.-short #ground-digits { display: none; }
    GroundScreen.-short #ground-body { padding: 0 1; }
    GroundScreen.-short #ground-intro, GroundScreen.-short #ground-progress,
    GroundScreen.-short #ground-prompt, GroundScreen.-short #ground-closing {
        padding: 0;
    }
    GroundScreen.-short #ground-item { margin: 0; border: none; height: 1; padding: 0 1; }
    """

    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "leave",
            "Leave",
            key_display="esc",
            tooltip="Stop the walk and go back, at any moment",
        ),
        Binding(
            "shift+tab,left",
            "back",
            "Back",
            key_display="⇧tab",
            tooltip="The step before (← works too when the field is empty)",
        ),
        Binding("tab", "skip", "Skip step", tooltip="Move on to the next sense"),
        Binding(
            "ctrl+s",
            "toggle_keep",
            "Keep what I type",
            tooltip="Choose whether what you type here is kept",
        ),
        Binding("b", "breathe", "Slow breaths", tooltip="A few slow breaths in Breathe"),
        Binding("s", "save_win", "Save as win", tooltip="Add it to today's wins"),
        Binding("a", "again", "Walk again", tooltip="Start the walk again from the top"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.walk = GroundingWalk()
        self._started = ""
        self._record_id: str | None = None
        self._win_saved = False

    def _now(self) -> str:
        return timestamp(self.shell.clock)

    def _keep(self) -> bool:
        return self.journal.settings().keep_grounding_items

    def _can_breathe(self) -> bool:
        return BREATHE_MODE in self.shell.MODES

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="ground-body"):
            yield Static("Ground: 5-4-3-2-1", id="ground-title", classes="screen-title")
            yield Static(INTRO, id="ground-intro")
            yield Static(id="ground-progress")
            yield Digits(id="ground-digits")
            yield Static(id="ground-count")
            yield Static(id="ground-prompt")
            yield Static(id="ground-fallback", classes="gentle-note")
            # No max_length: Textual drops a longer paste whole; the walk trims it instead.
            yield ItemField(id="ground-item", placeholder="Type it, or just press Enter")
            yield Static(HOW_TO, id="ground-howto", classes="muted")
            yield Static(id="ground-closing")
            yield Static(id="ground-offers")
            yield Static(id="ground-keep", classes="muted")
            yield SupportOffer(id="ground-support")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self._show()
        self.shell.register_draft_holder(self)

    def flush_drafts(self) -> None:
        """Quitting or closing the terminal mid-walk still records that the walk happened."""
        if self.walk.started and self._record_id is None:
            self.journal.add_practice(self._record_fields())

    # Drawing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        """Redraw from the walk's state; which parts show is left to the stylesheet."""
        walk = self.walk
        sense = walk.current
        self.set_class(not walk.started, "-intro")
        self.set_class(walk.finished, "-ended")
        self.set_class(sense is not None and sense.fallback is not None, "-fallback")
        self.query_one("#ground-progress", Static).update(self._progress())
        if sense is not None:
            self.query_one("#ground-digits", Digits).update(str(walk.left))
            self.query_one("#ground-count", Static).update(
                Content.styled(sense.left_line(walk.left, walk.counted), "bold")
            )
            self.query_one("#ground-prompt", Static).update(sense.prompt)
            self.query_one("#ground-fallback", Static).update(sense.fallback or "")
            # At once, not scheduled like widget.focus(): a focus left over from the step before
            # could otherwise land after the end view took it away, and the end view's keys
            # (s, b, a) would be typed into the hidden field.
            self.set_focus(self.query_one("#ground-item", ItemField), scroll_visible=False)
        else:
            self.set_focus(None)
            self.query_one("#ground-closing", Static).update(closing_words(walk))
            self.query_one("#ground-offers", Static).update(self._offers())
        keep = keep_line(self._keep())
        if not walk.started or walk.finished:
            keep += " ctrl+s changes this."
        self.query_one("#ground-keep", Static).update(keep)
        self.refresh_bindings()
        # Each view starts at its top, so the progress, the count and the prompt are in sight
        # even on a very short terminal; the field follows them.
        body = self.query_one("#ground-body", VerticalScroll)
        self.call_after_refresh(body.scroll_home, animate=False)

    def _progress(self) -> Content:
        parts: list[Content | str] = []
        for sense, state in self.walk.progress():
            mark, style = _MARKS[state]
            if parts:
                parts.append(" ")
            parts.append(Content.styled(f"{mark} {sense.key}", style))
        return Content.assemble(*parts)

    def _offers(self) -> Content:
        lines: list[Content | str] = []
        if self._can_breathe():
            lines.append(Content.assemble(("b", "bold"), "  a few slow breaths, if you like\n"))
        if self._win_saved:
            lines.append(Content.styled(f"“{WIN_TEXT}” is in today's wins.\n", "$success"))
        else:
            lines.append(Content.assemble(("s", "bold"), f"  save “{WIN_TEXT}” as a win\n"))
        lines.append(
            Content.assemble(("a", "bold"), "  walk again    ", ("esc", "bold"), "  leave")
        )
        return Content.assemble(*lines)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        walk = self.walk
        if action == "back":
            return None if walk.index == 0 else not walk.finished
        if action == "skip":
            return not walk.finished
        if action == "toggle_keep":
            return not walk.started or walk.finished
        if action == "breathe":
            return walk.finished and self._can_breathe()
        if action == "save_win":
            return walk.finished and not self._win_saved
        if action == "again":
            return walk.finished
        return True

    # The walk ---------------------------------------------------------------------------------

    def _step(self, change: Callable[[], object]) -> None:
        """Apply one change to the walk, noting the start time and the end when it comes."""
        if not self.walk.started:
            self._started = self._now()
        change()
        if self.walk.finished and self._record_id is None:
            self._record()
        self._show()

    @on(Input.Submitted, "#ground-item")
    def _item_submitted(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.value = ""
        self._step(lambda: self.walk.count(text))
        from smallwins_tui.core.support import worry_in

        worry = worry_in(text)  # heard whether or not the items are kept; one offer a walk
        if worry is not None:
            self.query_one(SupportOffer).offer(
                self.journal,
                id(self.walk),
                someone_else=worry == "other",
                maybe=worry == "maybe",
            )

    @on(ItemField.BackPressed)
    def _field_back(self) -> None:
        self.action_back()

    def action_back(self) -> None:
        if not self.walk.finished and self.walk.back():
            self.query_one("#ground-item", ItemField).value = ""
            self._show()

    def action_skip(self) -> None:
        if not self.walk.finished:
            self.query_one("#ground-item", ItemField).value = ""
            self._step(self.walk.skip)

    def action_leave(self) -> None:
        self.shell.action_go_back()

    def action_again(self) -> None:
        self._reset()

    def action_breathe(self) -> None:
        if self._can_breathe():
            self.shell.action_show(BREATHE_MODE)

    def on_screen_suspend(self) -> None:
        """Any way of leaving (Esc, f1, the palette's screens) ends the walk; a pushed
        dialog on top of this screen does not."""
        if self in self.app.screen_stack:
            return
        if self.walk.started and self._record_id is None:
            self._record()
        self._reset()

    def _reset(self) -> None:
        self.walk = GroundingWalk()
        self._started = ""
        self._record_id = None
        self._win_saved = False
        self.query_one("#ground-item", ItemField).value = ""
        self._show()

    # Saving -----------------------------------------------------------------------------------

    def _record_fields(self) -> dict[str, Any]:
        """The walk's record (with what was typed only if chosen); marks it as recorded."""
        walk, started, ended = self.walk, self._started or self._now(), self._now()
        day = self.shell.clock.now().date().isoformat()
        record_id = self._record_id = str(uuid.uuid4())
        return {
            "id": record_id,
            **walk.record(started=started, ended=ended, day=day, keep_items=self._keep()),
        }

    def _record(self) -> None:
        """Write down that the walk happened, off the event loop."""
        fields = self._record_fields()
        self._write(lambda: self.journal.add_practice(fields))

    def action_save_win(self) -> None:
        if not self.walk.finished or self._win_saved:
            return
        self._win_saved = True
        self._write(
            lambda: self.journal.add_win(WIN_TEXT, kind=WIN_KIND, source=WIN_SOURCE),
            on_fail=self._win_failed,
        )
        self._show()

    def _win_failed(self) -> None:
        self._win_saved = False
        self._show()

    def action_toggle_keep(self) -> None:
        if self.walk.started and not self.walk.finished:
            return
        keep = not self._keep()
        record_id = self._record_id if self.walk.finished else None
        items = self.walk.typed_items()

        def change() -> None:
            self.journal.set_setting(KEEP_SETTING, keep)
            if record_id is not None:
                self.journal.set_practice_items(record_id, items if keep else None)

        self._write(change)

    def _write(
        self,
        change: Callable[[], Any],
        on_fail: Callable[[], None] | None = None,
    ) -> None:
        """Save through the screen's one write path, in order, so a keep-setting change never
        overtakes the walk record it applies to; redraw once it is saved."""
        self.save(
            change,
            lambda _result: self._show(),
            (lambda _error: on_fail()) if on_fail is not None else None,
        )
