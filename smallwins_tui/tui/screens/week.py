"""Week: the week's wins at a glance, the weekly review, and a Markdown page for therapy.

The review answers autosave a moment after typing stops (in a thread, one save at a time, in
order), and again when a field is left, the week changes, the screen is left or the app closes.
Counts are there to notice, never to grade: no streaks, no missed days, no scores.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

from smallwins_tui.core.export import week_markdown
from smallwins_tui.core.text import NOTE_MAX, clean_text
from smallwins_tui.core.week import (
    QUESTION_KEYS,
    Week,
    WeekSummary,
    days_line,
    month_day,
    week_of,
    week_title,
)
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.transfer import write_private
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.screens.export_dialog import ExportPathScreen, ReplaceFileScreen
from smallwins_tui.tui.widgets.review_form import ReviewForm
from smallwins_tui.tui.widgets.week_glance import (
    WeekGlance,
    chart_content,
    kinds_content,
    wins_content,
)

AUTOSAVE_DELAY = 1.0
"""Seconds of quiet after typing before the review answers are saved."""


class WeekScreen(JournalScreen):
    """One week (this week unless moved), its wins, and its review."""

    CSS = """
    #week-body { padding: 1 2 0 2; }
    #week-glance { height: auto; }
    #week-chart { width: auto; min-width: 20; padding: 0 4 0 0; }
    #week-kinds { width: 1fr; }
    #week-days-line { padding: 1 0 1 0; }
    #week-wins { padding: 0 0 0 0; }
    #review-intro { padding: 0 0 1 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left,comma",
            "move_week(-1)",
            "Week",
            key_display="←→",
            tooltip="The week before (→ the week after)",
        ),
        Binding(
            "right,full_stop",
            "move_week(1)",
            "Later",
            key_display="→",
            show=False,
            tooltip="The week after",
        ),
        Binding("n", "this_week", "Now", tooltip="Back to the week holding today (now)"),
        Binding("m", "month", "Month", tooltip="The month of this week, as a calendar"),
        Binding("a", "answer", "Review", tooltip="Write in the weekly review"),
        Binding("x", "export", "Export", tooltip="Save this week as a Markdown page"),
        Binding(
            "slash",
            "app.show('search')",
            "Search",
            key_display="/",
            show=False,
            tooltip="Find anything you wrote",
        ),
        Binding("escape", "leave_field", "Back", key_display="esc"),
    ]

    week: var[Week | None] = var(None, init=False)

    def __init__(self) -> None:
        super().__init__()
        self._saved: dict[str, str] = {}
        """The answers as they are on disk (or being written), by question key."""
        self._current: dict[str, str] = {}
        """The answers as they are on screen; kept here so closing can save without the DOM."""
        self._answers_week: Week | None = None
        self._listeners: dict[str, Any] = {}
        """A distress listener per answer (see :class:`smallwins_tui.core.distress.Listener`)."""
        self._timer: Timer | None = None
        self._week_start = "monday"

    def _this_week(self) -> Week:
        return week_of(self.today(), self.journal.settings().week_start)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="week-body"):
            yield Static(id="week-title", classes="screen-title")
            with Horizontal(id="week-glance"):
                yield WeekGlance(id="week-chart")
                yield WeekGlance(id="week-kinds")
            yield Static(id="week-days-line")
            yield WeekGlance(id="week-wins")
            yield Static("Weekly review", classes="section-title")
            yield Static(
                "A few minutes, in your own words; a line or two is plenty. "
                "Answers save as you write.",
                id="review-intro",
                classes="muted",
            )
            yield ReviewForm(id="review")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.watch(self.app, "journal_generation", self._journal_changed, init=False)
        self.shell.register_draft_holder(self)
        self._week_start = self.journal.settings().week_start
        self.week = self._this_week()

    def on_screen_resume(self) -> None:
        start = self.journal.settings().week_start
        if start != self._week_start and self.week is not None:  # changed in Settings
            was_current = self.week == week_of(self.today(), self._week_start)
            self._week_start = start
            self.week = self._this_week() if was_current else week_of(self.week.first, start)
        self.refresh_week()

    def on_screen_suspend(self) -> None:
        self.flush()

    def flush_drafts(self) -> None:
        """The app is closing (quit or a signal): save pending answers now, not in a worker."""
        pending = self._pending()
        if pending and self._answers_week is not None:
            self.journal.save_review(self._answers_week, pending)
            self._saved.update(pending)

    def on_unmount(self) -> None:
        with contextlib.suppress(JournalError, OSError):
            self.flush_drafts()

    def _journal_changed(self, _generation: int) -> None:
        self.refresh_week()

    def watch_week(self, old: Week | None, new: Week | None) -> None:
        if new is None:
            return
        self.flush()
        self.refresh_week()
        self._load_answers(new)

    # Drawing ----------------------------------------------------------------------------------

    def _summary(self) -> WeekSummary | None:
        if self.week is None:
            return None
        return WeekSummary.of(self.week, self.journal.wins_between(self.week.first, self.week.last))

    def refresh_week(self) -> None:
        summary = self._summary()
        if summary is None:
            return
        heading, dates = week_title(summary.week, self.today(), self.journal.settings().week_start)
        self.query_one("#week-title", Static).update(
            Content.assemble(heading, ("  ·  " + dates, "$text-muted")) if dates else heading
        )
        self.query_one("#week-chart", WeekGlance).update(chart_content(summary, self.today()))
        self.query_one("#week-kinds", WeekGlance).update(kinds_content(summary))
        self.query_one("#week-days-line", Static).update(days_line(summary))
        self.query_one("#week-wins", WeekGlance).update(
            wins_content(summary, self.journal.settings().date_format)
        )

    def _load_answers(self, week: Week) -> None:
        answers = self.journal.review_answers(week)
        self._answers_week = week
        self._saved = {key: answers.get(key, "") for key in QUESTION_KEYS}
        self._current = dict(self._saved)
        self.query_one(ReviewForm).load(answers)

    # Saving the review ------------------------------------------------------------------------

    def _pending(self) -> dict[str, str]:
        """Answers that differ from what is on disk."""
        if self._answers_week is None:
            return {}
        return {
            key: text for key, text in self._current.items() if text != self._saved.get(key, "")
        }

    @on(TextArea.Changed, ".review-answer")
    def _answer_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        cleaned = clean_text(area.text, NOTE_MAX)
        if cleaned != area.text:  # pasted control codes or an over-long paste: drop them now
            area.load_text(cleaned)
            area.move_cursor(area.document.end)
        key = self.query_one(ReviewForm).key_of(area)
        if key is not None:
            self._current[key] = area.text
            self._listen(key, area.text)
        if not self._pending():
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self.flush)

    def _listen(self, key: str, text: str) -> None:
        """Distress heard in an answer: one calm offer for that answer, never a block."""
        from smallwins_tui.core.distress import Listener

        listener = self._listeners.setdefault(key, Listener())
        worry = listener.worry(text)
        if worry is not None:
            form = self.query_one(ReviewForm)
            form.offer_beside(key).offer(
                self.journal,
                (self._answers_week, key),
                keep_in_sight=form.field(key),
                someone_else=worry == "other",
                maybe=worry == "maybe",
            )

    def flush(self) -> None:
        """Save the changed answers now (off the event loop)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        pending = self._pending()
        if pending and self._answers_week is not None:
            self._saved.update(pending)
            self._save(self._answers_week, pending)

    def _save(self, week: Week, answers: dict[str, str]) -> None:
        def failed(_error: Exception) -> None:
            if week == self._answers_week:
                for key in answers:
                    self._saved.pop(key, None)

        self.save(
            lambda: self.journal.save_review(week, answers),
            on_failed=failed,
            kept="Your answers are still on screen; they will be tried again when you type.",
        )

    # Actions ----------------------------------------------------------------------------------

    def action_move_week(self, step: int) -> None:
        if self.week is None:
            return
        target = self.week.shifted(step)
        if target.first > self.today():
            self.notify("That week has not started yet.", markup=False)
            return
        self.week = target

    def show_week_of(self, day: dt.date) -> None:
        """The week holding ``day`` (a review answer opened from Search)."""
        self.week = week_of(min(day, self.today()), self.journal.settings()["week_start"])

    def action_month(self) -> None:
        """The month holding the week shown: today's, if this week holds it, else the month
        holding most of the week (see :func:`month_day`)."""
        if self.week is None:
            return
        day = month_day(self.week, self.today())
        self.app.run_worker(self.shell.open_month(day), group="open-month", exclusive=True)

    def action_this_week(self) -> None:
        self.week = self._this_week()

    def action_answer(self) -> None:
        area = self.query_one(ReviewForm).first_unanswered()
        area.focus()
        area.move_cursor(area.document.end)

    def action_leave_field(self) -> None:
        """Esc leaves an answer first (keeping it); with no answer open, it goes back."""
        if isinstance(self.focused, TextArea):
            self.flush()
            self.set_focus(None)
        else:
            self.shell.action_go_back()

    @work(exclusive=True, group="export")
    async def action_export(self) -> None:
        summary = self._summary()
        if summary is None:
            return
        self.flush()
        page = week_markdown(summary, self.query_one(ReviewForm).answers())
        answer = await self.app.push_screen_wait(
            ExportPathScreen(f"~/smallwins-week-{summary.week.key}.md")
        )
        if answer is None:
            return
        target = Path(answer).expanduser()
        try:
            await asyncio.to_thread(write_private, target, page)
        except FileExistsError:
            if not await self.app.push_screen_wait(ReplaceFileScreen(str(target))):
                self.notify("Nothing was written; the file you had is unchanged.", markup=False)
                return
            if not await self._write(target, page, overwrite=True):
                return
        except OSError as error:
            self._write_failed(target, error)
            return
        self.notify(
            f"Saved this week to {target} (only you can read it).", markup=False, timeout=10
        )

    async def _write(self, target: Path, page: str, overwrite: bool) -> bool:
        try:
            await asyncio.to_thread(write_private, target, page, overwrite)
        except OSError as error:
            self._write_failed(target, error)
            return False
        return True

    def _write_failed(self, target: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        self.notify(
            f"Could not write {target}: {reason}.", severity="error", markup=False, timeout=10
        )
