"""Month: a calendar of the month's wins, to look further back than a week.

Each day shows how many wins it holds and a letter for each kind; a day with nothing noted is
only its number. Enter opens the day picked on Today, where a forgotten win can be added.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.widgets import Footer, Static

from smallwins_tui.core.month import Month, month_days_line, month_marks, month_of
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.widgets.month_calendar import MonthCalendar, MonthPicture, kind_legend


class MonthScreen(JournalScreen):
    """One month (this month unless moved), a day picked in it."""

    DEFAULT_CSS = """
    MonthScreen #month-body {
        padding: 1 2 0 2;
    }
    MonthScreen #month-days-line {
        padding: 1 0 0 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left,h",
            "move_day(-1)",
            "Day",
            key_display="←↑↓→",
            tooltip="Pick another day (h j k l move too)",
        ),
        # No description: ? and the palette list the four moves once, as "Day", above.
        Binding("right,l", "move_day(1)", "", show=False),
        Binding("up,k", "move_day(-7)", "", show=False),
        Binding("down,j", "move_day(7)", "", show=False),
        Binding(
            "comma,pageup",
            "move_month(-1)",
            "Month",
            key_display=",.",
            tooltip="The month before (. the month after)",
        ),
        Binding(
            "full_stop,pagedown",
            "move_month(1)",
            "Later month",
            key_display=".",
            show=False,
            tooltip="The month after",
        ),
        Binding("n", "this_month", "Now", tooltip="Back to today, in this month"),
        Binding("enter", "open_day", "Open", key_display="⏎", tooltip="Open this day on Today"),
        Binding("slash", "app.show('search')", "Search", tooltip="Find anything you wrote"),
        Binding("escape", "app.go_back", "Back", key_display="esc"),
    ]

    cursor: var[dt.date] = var(dt.date.min, init=False)
    """The day picked; the month shown is the one holding it."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="month-body"):
            yield Static(id="month-title", classes="screen-title")
            yield MonthCalendar(id="month-calendar")
            yield Static(id="month-days-line")
            yield Static(kind_legend(), id="month-legend")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.watch(self.app, "journal_generation", self._journal_changed, init=False)
        self.cursor = self.today()

    def on_screen_resume(self) -> None:
        self.refresh_month()  # the week start may have changed in Settings

    def _journal_changed(self, _generation: int) -> None:
        self.refresh_month()

    def watch_cursor(self) -> None:
        self.refresh_month()

    @property
    def month(self) -> Month:
        return month_of(self.cursor)

    def refresh_month(self) -> None:
        if self.cursor == dt.date.min:
            return
        month, today = self.month, self.today()
        marks = month_marks(self.journal.wins_between(month.first, month.last))
        if today in month:
            heading = "This month"
        elif month == month_of(today).shifted(-1):
            heading = "Last month"
        else:
            heading = month.title
        title = Content(heading)
        if heading != month.title:
            title = Content.assemble(heading, ("  ·  " + month.title, "$text-muted"))
        self.query_one("#month-title", Static).update(title)
        self.query_one("#month-calendar", MonthCalendar).show(
            MonthPicture(
                month=month,
                weeks=month.weeks(self.journal.settings()["week_start"]),
                marks=marks,
                today=today,
                cursor=self.cursor,
            )
        )
        self.query_one("#month-days-line", Static).update(
            Content.styled(month_days_line(month, marks), "$text-muted")
        )

    # Actions ----------------------------------------------------------------------------------

    def show_day(self, day: dt.date) -> None:
        """Pick ``day`` (never after today), in its month (opened from Week)."""
        self.cursor = min(day, self.today())

    def action_move_day(self, step: int) -> None:
        target = self.cursor + dt.timedelta(days=step)
        if target <= self.today():  # the future has nothing to open yet
            self.cursor = target

    def action_move_month(self, step: int) -> None:
        month = self.month.shifted(step)
        if month.first > self.today():
            self.notify("That month has not started yet.", markup=False)
            return
        self.cursor = min(month.clamp(self.cursor), self.today())

    def action_this_month(self) -> None:
        self.cursor = self.today()

    def action_open_day(self) -> None:
        self.app.run_worker(self.shell.open_day(self.cursor), group="open-day", exclusive=True)

    @on(MonthCalendar.DayClicked)
    def _clicked(self, event: MonthCalendar.DayClicked) -> None:
        if event.day <= self.today():
            self.cursor = event.day
            self.action_open_day()
