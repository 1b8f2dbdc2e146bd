"""The Past side of Reflect: reflections by date, one read in full, and delete after a yes/no."""

from __future__ import annotations

import asyncio
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from smallwins_tui.core.support import worry_in
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.reflections import REFLECTIONS, reflections
from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen
from smallwins_tui.tui.widgets.past_reflections import (
    PastReflections,
    reflection_detail,
    reflection_prompt,
)
from smallwins_tui.tui.widgets.support_offer import SupportOffer


class PastView(Horizontal):
    """List on the left, the highlighted reflection on the right, read literally."""

    @property
    def journal(self) -> Any:
        return self.app.journal  # type: ignore[attr-defined]

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
        past.show(reflections(self.journal))
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
        self.query_one("#past-detail-box").focus()

    @work(group="reflect-delete", exclusive=True)
    async def delete_highlighted(self) -> None:
        """Ask first (a dialog only ctrl+d or its button confirms), then delete off the event
        loop, keeping the whole record so u can bring it back."""
        chosen = self.query_one(PastReflections).selected
        if chosen is None:
            self.notify("There is no past reflection highlighted.", markup=False)
            return
        if not await self.app.push_screen_wait(ConfirmDeleteScreen(reflection_prompt(chosen))):
            return
        try:
            self._deleted = await asyncio.to_thread(self.journal.delete, REFLECTIONS, chosen.id)
        except JournalError as error:
            self.notify(str(error), severity="error", markup=False, timeout=8)
            return
        self.notify("That reflection is deleted. Press u to bring it back.", markup=False)
        self.app.journal_changed()  # type: ignore[attr-defined]
        self.refresh_list()
        self.focus_list()

    @work(group="reflect-delete", exclusive=True)
    async def undo_delete(self) -> None:
        """Put the last deleted reflection back, with its id and dates."""
        record, self._deleted = self._deleted, None
        if record is None:
            self.notify("Nothing to bring back.", markup=False)
            return
        try:
            await asyncio.to_thread(self.journal.put, REFLECTIONS, record)
        except JournalError as error:
            self._deleted = record
            self.notify(str(error), severity="error", markup=False, timeout=8)
            return
        self.notify("The reflection is back.", markup=False)
        self.app.journal_changed()  # type: ignore[attr-defined]
        self.refresh_list()
