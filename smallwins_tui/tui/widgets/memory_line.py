"""A quiet line under Today's list: one win from about a year (or a month) before.

The win's text is shown literally, as every win is; with nothing to show the line is hidden.
"""

from __future__ import annotations

import datetime as dt

from textual.content import Content
from textual.widgets import Static

from smallwins_tui.core.memories import Memory, memory_label
from smallwins_tui.core.text import clean_line


class MemoryLine(Static):
    """Hidden unless there is an earlier win to show."""

    DEFAULT_CSS = """
    MemoryLine {
        height: auto;
        padding: 1 0 0 0;
        color: $text-muted;
        display: none;
    }
    """

    def show(self, memory: Memory | None, today: dt.date, date_format: str) -> None:
        self.display = memory is not None
        if memory is None:
            self.update("")
            return
        self.update(
            Content.assemble(
                memory_label(memory, today, date_format),
                (clean_line(memory.win.text), "italic $foreground"),
            )
        )
