"""One calm offer of support, the same wherever distress is heard: a caring line, the region's
crisis lines, and the person's safety plan (or where to write one).

It never blocks, never rewrites and never asks questions. It appears once per entry, and
"Close" (or Esc once the offer has focus) puts it away; the words written stay exactly as they
were. Every piece of text is built from Content, so nothing the person wrote can become markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Static

from smallwins_tui.tui.widgets.support_lines import SupportLines

if TYPE_CHECKING:
    from textual.widget import Widget

    from smallwins_tui.data.journal import Journal

OFFER_LINE = (
    "What you wrote sounds heavy. It stays exactly as you wrote it. If you might not be "
    "safe, you do not have to get through this alone:"
)
NOTE_LINE = (
    "What you wrote sounds heavy. It is kept as you wrote it, as a note under the day "
    "rather than a win (m counts it as a win if that is what you meant). If you might "
    "not be safe, you do not have to get through this alone:"
)


def plan_content(parts: dict[str, str]) -> Content:
    """The written parts of the safety plan, or a quiet pointer to where it can be written."""
    from smallwins_tui.core.safety_plan import PLAN_PARTS

    if not parts:
        return Content.styled(
            "A safety plan, written ahead of time, can help in moments like "
            "this: f1, then p, to start one.",
            "$foreground-muted",
        )
    rows: list[Content | str | tuple[str, str]] = [("Your safety plan\n", "bold")]
    for part in PLAN_PARTS:
        if part.key in parts:
            rows += [(part.title, "$accent"), "\n", Content(parts[part.key]), "\n"]
    return Content.assemble(*rows).rstrip("\n")


class SupportOffer(Vertical):
    """Hidden until :meth:`offer`; shown at most once until the entry changes (see ``entry``)."""

    DEFAULT_CSS = """
    SupportOffer {
        display: none;
        height: auto;
        border: round $secondary;
        padding: 0 1;
        margin: 1 0 0 0;
    }
    SupportOffer.-shown { display: block; }
    SupportOffer .offer-line { color: $secondary; }
    SupportOffer .offer-plan { margin: 1 0 0 0; }
    SupportOffer Button { margin: 1 0 0 0; min-width: 12; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close", show=False)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._offered_for: object = None

    def compose(self) -> ComposeResult:
        # Not .gentle-note, whose inset would set the words one column in from the lines below.
        yield Static(OFFER_LINE, classes="offer-line")
        yield SupportLines(classes="offer-lines")
        yield Static(classes="offer-plan")
        yield Button("Close", classes="offer-close", compact=True)

    @property
    def shown(self) -> bool:
        return self.has_class("-shown")

    def offer(
        self,
        journal: Journal,
        entry: object = None,
        *,
        note: bool = False,
        someone_else: bool = False,
        maybe: bool = False,
        win: bool = False,
        keep_in_sight: Widget | None = None,
    ) -> bool:
        """Show the offer for ``entry`` (any value naming what was written); False, and nothing
        shown, if this entry was already offered. ``note`` says the words were kept as a note;
        ``someone_else`` that they are worry for another person (the same lines, to help);
        ``maybe`` that they only might be distress (softer words; a win stays a win, and
        ``win`` says the words were saved as one, so the offer may say so).
        ``keep_in_sight`` (the field being typed in) stays on screen even where the offer
        cannot fit beside it."""
        from smallwins_tui.core.support import (
            MAYBE_KEPT_LINE,
            MAYBE_LINE,
            SOMEONE_ELSE_AFTER,
            SOMEONE_ELSE_LINE,
            chosen_region,
        )

        if entry is not None and entry == self._offered_for:
            return False
        self._offered_for = entry
        line = (
            SOMEONE_ELSE_LINE
            if someone_else
            else NOTE_LINE
            if note
            else (MAYBE_LINE if win else MAYBE_KEPT_LINE)
            if maybe
            else OFFER_LINE
        )
        self.query_one(".offer-line", Static).update(line)
        self.query_one(SupportLines).show_region(chosen_region(journal.settings().region))
        self.query_one(".offer-plan", Static).update(
            Content.styled(SOMEONE_ELSE_AFTER, "$foreground-muted")
            if someone_else
            else plan_content(journal.safety_plan())
        )
        self.add_class("-shown")
        if keep_in_sight is None:
            self.call_after_refresh(self.scroll_visible)
        else:
            self.call_after_refresh(self._bring_into_view, keep_in_sight)
        return True

    def _bring_into_view(self, field: Widget) -> None:
        # At once, one after the other: deferred, the second would be measured before the
        # first had scrolled, and would leave the field where the first put it.
        self.scroll_visible(animate=False, immediate=True)
        field.scroll_visible(animate=False, immediate=True)

    def reset(self) -> None:
        """A new entry begins: the next distress heard may be offered again."""
        self._offered_for = None

    def action_close(self) -> None:
        self.remove_class("-shown")

    @on(Button.Pressed, ".offer-close")
    def _close_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_close()
