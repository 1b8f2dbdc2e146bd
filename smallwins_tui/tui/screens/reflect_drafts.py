"""Autosave for the unsaved reflection, so a closed terminal never costs the person their words.

After a short pause in typing, the thought, the answer and any baseline the person picked are
written as drafts (in the data folder, off the event loop). Leaving the app writes whatever is
still pending; saving the reflection clears them.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Protocol

from textual.timer import Timer
from textual.widget import Widget

from smallwins_tui.core.baselines import baseline_by_key
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.reflections import DRAFT_ANSWER, DRAFT_BASELINE, DRAFT_THOUGHT

if TYPE_CHECKING:
    from smallwins_tui.data.journal import Journal

DRAFT_PAUSE = 1.5
"""Seconds of quiet before a draft is written: often enough to lose little, rarely enough to
keep the disk quiet while someone is typing."""

NO_BASELINE = "none"

DraftState = tuple[str, str, str | None]
"""The thought, the answer, and the baseline picked by hand ("" for none, None: the cue's)."""
State = DraftState
EMPTY: State = ("", "", None)


class DraftForm(Protocol):
    """All DraftKeeper needs from the screen the reflection is written on."""

    @property
    def journal(self) -> Journal: ...

    def draft_fields(self) -> DraftState:
        """What is in the fields now."""
        ...

    def show_draft(self, state: DraftState) -> None:
        """Fill the fields with a draft kept from an earlier session."""
        ...


class DraftKeeper:
    """Keeps the on-screen reflection and its on-disk draft in step, with a pause between.

    ``node`` runs the pause timer, the worker and the notice; ``form`` reads and fills the
    fields. The Reflect screen is both.
    """

    def __init__(self, node: Widget, form: DraftForm) -> None:
        self.screen = node
        self.form = form
        self._state: State = EMPTY
        self._on_disk: State = EMPTY
        self._timer: Timer | None = None

    @property
    def journal(self) -> Journal:
        return self.form.journal

    @property
    def pending(self) -> bool:
        """True while what is on screen differs from the draft on disk."""
        return self._state != self._on_disk

    def restore(self) -> None:
        """Fill the fields from the drafts left by an earlier session."""
        thought = self.journal.draft(DRAFT_THOUGHT) or ""
        answer = self.journal.draft(DRAFT_ANSWER) or ""
        stored = self.journal.draft(DRAFT_BASELINE)
        override = "" if stored == NO_BASELINE else stored if baseline_by_key(stored) else None
        self._state = self._on_disk = (thought, answer, override)
        self.form.show_draft(self._state)

    def changed(self) -> None:
        """Note the fields' contents; (re)start the pause before writing them."""
        self._state = self.form.draft_fields()
        self.cancel()
        if self.pending:
            self._timer = self.screen.set_timer(DRAFT_PAUSE, self.due, name="reflect-draft")

    def due(self) -> None:
        """The pause is over: write the draft in a worker thread."""
        self._timer = None
        if self.pending:
            self.screen.run_worker(self._write(self._state), group="reflect-draft", exclusive=True)

    async def _write(self, state: State) -> None:
        try:
            await asyncio.to_thread(self._write_state, state)
        except JournalError as error:
            self.screen.notify(
                f"Your draft could not be kept: {error}",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def _write_state(self, state: State) -> None:
        thought, answer, override = state
        for key, text in ((DRAFT_THOUGHT, thought), (DRAFT_ANSWER, answer)):
            if text.strip():
                self.journal.save_draft(key, text)
            else:
                self.journal.clear_draft(key)
        if override is None:
            self.journal.clear_draft(DRAFT_BASELINE)
        else:
            self.journal.save_draft(DRAFT_BASELINE, override or NO_BASELINE)
        self._on_disk = state

    def flush_now(self) -> None:
        """Leaving the app: write what is pending at once (a small write, worth the wait)."""
        self.cancel()
        if self.pending:
            with contextlib.suppress(JournalError, OSError):
                self._write_state(self._state)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def clear_on_disk(self) -> None:
        """Run in the save thread: the reflection is stored, so its drafts can go."""
        for key in (DRAFT_THOUGHT, DRAFT_ANSWER, DRAFT_BASELINE):
            self.journal.clear_draft(key)
        self._on_disk = EMPTY

    def forget(self) -> None:
        """The fields were emptied after a save; nothing is pending any more."""
        self.cancel()
        self._state = self._on_disk = EMPTY
