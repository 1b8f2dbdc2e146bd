"""The Past side of Reflect: reflections by date, one read in full, and delete after a yes/no.

The widget does not ask the question itself: it posts :class:`PastView.DeleteAsked` and the
screen decides how to ask (a dialog), then calls :meth:`PastView.delete` on a yes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import getters, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from smallwins_tui.core.reflection import Reflection
from smallwins_tui.core.support import worry_in
from smallwins_tui.tui.journal_app import JournalApp
from smallwins_tui.tui.widgets.past_reflections import (
    PastReflections,
    reflection_detail,
    reflection_prompt,
)
from smallwins_tui.tui.widgets.support_offer import SupportOffer

if TYPE_CHECKING:
    from smallwins_tui.data.journal import Journal


class PastView(Horizontal):
    """List on the left, the highlighted reflection on the right, read literally."""

    DEFAULT_CSS = """
    PastView #past-list {
        width: 2fr;
        padding: 0 1 0 0;
        height: auto;
        max-height: 20;
        border: none;
        background: $background;
    }
    PastView #past-detail-box { width: 3fr; height: auto; max-height: 24; padding: 0 0 0 2; }
    """

    app = getters.app(JournalApp)

    @property
    def journal(self) -> Journal:
        return self.app.journal

    def compose(self) -> ComposeResult:
        yield PastReflections(id="past-list")
        with VerticalScroll(id="past-detail-box"):
            yield Static(id="past-detail")
            yield SupportOffer(id="past-support")

    def on_mount(self) -> None:
        self._deleted: dict[str, Any] | None = None
        """The last reflection deleted, whole, so u can put it back."""

    def refresh_list(self, newest: bool = False) -> None:
        """Redraw the list, keeping the highlight, or on the newest when coming in fresh."""
        past = self.query_one(PastReflections)
        past.show(self.journal.reflections())
        if newest and past.reflections:
            past.highlighted = 0
        self._show_detail()

    def focus_list(self) -> None:
        self.query_one(PastReflections).focus()

    def _show_detail(self) -> None:
        chosen = self.query_one(PastReflections).selected
        detail = self.query_one("#past-detail", Static)
        support = self.query_one(SupportOffer)
        if chosen is None:
            detail.update(
                Content.styled(
                    "No reflections saved yet. When you save one, it waits here for you.",
                    "$foreground-muted",
                )
            )
            support.action_close()
            return
        detail.update(reflection_detail(chosen))
        from smallwins_tui.core.distress import strongest

        worry = strongest(worry_in(chosen.thought), worry_in(chosen.answer))
        if worry is not None:
            support.offer(
                self.journal,
                chosen.id,
                someone_else=worry == "other",
                maybe=worry == "maybe",
            )
        else:
            support.action_close()

    @on(PastReflections.OptionHighlighted, "#past-list")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(PastReflections.OptionSelected, "#past-list")
    def _opened(self) -> None:
        self.query_one("#past-detail-box", VerticalScroll).focus()

    @dataclass
    class DeleteAsked(Message):
        """The person asked to delete this reflection; the screen asks them first."""

        past_view: PastView
        reflection: Reflection
        prompt: Content
        """How the reflection is named in the question."""

    def delete_highlighted(self) -> None:
        """Ask (through the screen) before the highlighted reflection is deleted."""
        chosen = self.query_one(PastReflections).selected
        if chosen is None:
            self.notify("There is no past reflection highlighted.", markup=False)
            return
        self.post_message(self.DeleteAsked(self, chosen, reflection_prompt(chosen)))

    def delete(self, chosen: Reflection) -> None:
        """The person said yes: delete through the app's writer, keeping the whole record so u
        can bring it back."""

        def deleted(record: dict[str, Any] | None) -> None:
            self._deleted = record
            self.notify("That reflection is deleted. Press u to bring it back.", markup=False)
            self.refresh_list()
            self.focus_list()

        self.app.writer.save(lambda: self.journal.delete_reflection(chosen.id), deleted)

    def undo_delete(self) -> None:
        """Put the last deleted reflection back, with its id and dates."""
        record, self._deleted = self._deleted, None
        if record is None:
            self.notify("Nothing to bring back.", markup=False)
            return

        def restored(_result: None) -> None:
            self.notify("The reflection is back.", markup=False)
            self.refresh_list()

        def failed(_error: Exception) -> None:
            self._deleted = record

        self.app.writer.save(lambda: self.journal.restore_reflection(record), restored, failed)
