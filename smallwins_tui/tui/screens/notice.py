"""Told once, plainly, when a journal file was damaged and had to be set aside, or could not
be read at all."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Static

from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.recovery import RecoveryNotice
from smallwins_tui.tui.screens.dialog import Dialog


class RecoveryNoticeScreen(Dialog[None]):
    """Names the damaged file and where it went; nothing was deleted or overwritten."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "dismiss", "Continue")]

    def __init__(self, notice: RecoveryNotice | JournalError) -> None:
        super().__init__()
        self.notice = notice

    def heading(self) -> str:
        if isinstance(self.notice, JournalError):
            return "Part of your journal could not be read"
        return f"{self.notice.what} could not be read"

    def compose_body(self) -> ComposeResult:
        if isinstance(self.notice, JournalError):
            told = str(self.notice)
            doctor = (
                ""
                if "smallwins doctor" in told
                else " In a terminal, smallwins doctor says what to do."
            )
            yield Static(
                Content(
                    f"{told}\n\nNothing was changed or lost. smallwins shows the rest of your "
                    "journal without it, and saves nothing into it until it can be read "
                    f"again.{doctor}"
                )
            )
        else:
            yield Static(Content.assemble(*self._story(self.notice)))
        with Horizontal(classes="dialog-buttons"):
            yield Button("Continue", id="continue", variant="primary")

    def _story(self, notice: RecoveryNotice) -> tuple[str | tuple[str, str], ...]:
        moved = ("  " + str(notice.moved_to), "bold")
        if notice.records_set_aside:
            count = notice.records_set_aside
            records = "1 record" if count == 1 else f"{count} records"
            return (
                f"{records} in it could not be used ({notice.reason}), so the file "
                "as it was has been moved aside, untouched:\n\n",
                moved,
                "\n\nEverything else in it is back in place; only "
                f"{'that record is' if count == 1 else 'those records are'} left out.",
            )
        return (
            "It has been moved aside, untouched, so nothing in it is lost:\n\n",
            moved,
            "\n\nThe problem: ",
            notice.reason,
            *self._carry_on(notice),
            "\n\nKeep the moved file; it may be possible to repair it.",
        )

    def _carry_on(self, notice: RecoveryNotice) -> tuple[str | tuple[str, str], ...]:
        backup = notice.backup
        if backup is None:
            return (
                "\n\nThere was no backup of it yet, so it starts again, empty, at\n\n",
                ("  " + str(notice.damaged), "bold"),
            )
        day = f"{backup.day:%A %-d %B}"
        if backup.day.year != self._this_year():
            day += f" {backup.day.year}"
        return (
            f"\n\nYou carry on from your newest good backup, from {day}:\n\n",
            ("  " + str(backup.path), "bold"),
            "\n\ncopied to\n\n",
            ("  " + str(notice.damaged), "bold"),
            "\n\nAnything written after that backup is only in the moved file.",
        )

    def _this_year(self) -> int:
        clock = getattr(self.app, "clock", None)
        return (clock.now() if clock is not None else dt.datetime.now()).year

    def on_button_pressed(self) -> None:
        self.dismiss()
