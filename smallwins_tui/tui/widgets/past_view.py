"""The Past side of Reflect: reflections by date, one read in full, and delete after a yes/no."""

from __future__ import annotations

import asyncio
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from smallwins_tui.core.support import default_region_code, mentions_risk, region_for
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.reflections import delete_reflection, reflections
from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen
from smallwins_tui.tui.widgets.past_reflections import (
    PastReflections,
    reflection_detail,
    reflection_prompt,
)
from smallwins_tui.tui.widgets.support_lines import SupportLines

PAST_SUPPORT_NOTE = ("This reflection mentions feeling unsafe. If that is true today, these "
                     "lines are open, day or night.")


class PastView(Horizontal):
    """List on the left, the highlighted reflection on the right, read literally."""

    @property
    def journal(self) -> Any:
        return self.app.journal  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield PastReflections(id="past-list")
        with VerticalScroll(id="past-detail-box"):
            yield Static(id="past-detail")
            with Vertical(id="past-support", classes="support-offer"):
                yield Static(PAST_SUPPORT_NOTE, classes="gentle-note")
                yield SupportLines(id="past-support-lines")

    def on_mount(self) -> None:
        self.query_one("#past-support").display = False

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
        support = self.query_one("#past-support")
        if chosen is None:
            detail.update(Content.styled(
                "No reflections saved yet. When you save one, it waits here for you.",
                "$foreground-muted"))
            support.display = False
            return
        detail.update(reflection_detail(chosen))
        risky = mentions_risk(chosen.thought) or mentions_risk(chosen.answer)
        if risky:
            code = self.journal.settings()["region"] or default_region_code()
            self.query_one("#past-support-lines", SupportLines).show_region(region_for(code))
        support.display = risky

    @on(PastReflections.OptionHighlighted, "#past-list")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(PastReflections.OptionSelected, "#past-list")
    def _opened(self) -> None:
        self.query_one("#past-detail-box").focus()

    @work(group="reflect-delete", exclusive=True)
    async def delete_highlighted(self) -> None:
        """Ask first (a modal), then delete off the event loop."""
        chosen = self.query_one(PastReflections).selected
        if chosen is None:
            self.notify("There is no past reflection highlighted.", markup=False)
            return
        if not await self.app.push_screen_wait(ConfirmDeleteScreen(reflection_prompt(chosen))):
            return
        try:
            await asyncio.to_thread(delete_reflection, self.journal, chosen.id)
        except JournalError as error:
            self.notify(str(error), severity="error", markup=False, timeout=8)
            return
        self.notify("That reflection is deleted.", markup=False)
        self.app.journal_changed()  # type: ignore[attr-defined]
        self.refresh_list()
        self.focus_list()
