"""The month as a calendar: weeks as rows; each day its number, its count of wins and a letter
for each kind among them. A day with nothing noted is just its number: no mark, no colour."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.month import KIND_MARKS, DayMarks, Month

KIND_STYLES: dict[str, str] = dict(
    zip(KIND_KEYS, ("$success", "$accent", "$secondary", "$primary", "$warning"), strict=True)
)
"""A calm colour per kind letter (never the theme's error colour)."""

MIN_CELL, MAX_CELL = 8, 16
"""Width of a day's cell: eight fits 80 columns; wider terminals get roomier cells."""

Part = tuple[str, str]


def kind_legend() -> Content:
    """``b behavioural  e emotional ...``: what the letters under a day mean."""
    parts: list[Part | str] = []
    for key in KIND_KEYS:
        parts += [(KIND_MARKS[key], f"bold {KIND_STYLES[key]}"), (f" {key}  ", "$text-muted")]
    return Content.assemble(*parts).rstrip()


@dataclass(frozen=True)
class MonthPicture:
    """Everything the calendar draws; the screen builds it from the journal."""

    month: Month
    weeks: list[tuple[dt.date, ...]]
    marks: dict[dt.date, DayMarks]
    today: dt.date
    cursor: dt.date


class MonthCalendar(Widget):
    """Draws a :class:`MonthPicture`; a click on a day asks for it to be opened."""

    DEFAULT_CSS = """
    MonthCalendar {
        height: auto;
        width: 100%;
    }
    """

    class DayClicked(Message):
        """A day of the month was clicked: the screen opens it."""

        def __init__(self, day: dt.date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.picture: MonthPicture | None = None

    def show(self, picture: MonthPicture) -> None:
        self.picture = picture
        self.refresh(layout=True)

    def cell_width(self) -> int:
        return max(MIN_CELL, min(MAX_CELL, self.size.width // 7))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 + 2 * len(self.picture.weeks) if self.picture else 1

    def render(self) -> Content:
        picture = self.picture
        if picture is None:
            return Content("")
        width = self.cell_width()
        header = "".join(f" {day:%a}".ljust(width) for day in picture.weeks[0])
        parts: list[Part | str | Content] = [(header.rstrip(), "$text-muted")]
        for week in picture.weeks:
            top: list[Part] = []
            bottom: list[Part] = []
            for day in week:
                top += self._top(picture, day, width)
                bottom += self._bottom(picture, day, width)
            parts += ["\n", *top, "\n", *bottom]
        return Content.assemble(*parts)

    def _cell_style(self, picture: MonthPicture, day: dt.date, style: str) -> str:
        return f"{style} reverse".strip() if day == picture.cursor else style

    def _top(self, picture: MonthPicture, day: dt.date, width: int) -> list[Part]:
        """`` 16 •3``: the day's number, and beside it how many wins it holds."""
        if day not in picture.month:
            return [(" " * width, "")]
        marks = picture.marks.get(day)
        number = f" {day.day:>2}"
        count = f" •{marks.count}" if marks else ""
        if day == picture.today:
            number_style = "bold $accent underline"
        elif day > picture.today:
            number_style = "$text-disabled"
        else:
            number_style = ""
        rest = " " * max(0, width - len(number) - len(count) - 1)
        return [
            (number, self._cell_style(picture, day, number_style)),
            (count, self._cell_style(picture, day, "bold $success")),
            (rest, self._cell_style(picture, day, "")),
            (" ", ""),
        ]

    def _bottom(self, picture: MonthPicture, day: dt.date, width: int) -> list[Part]:
        """`` ber``: one letter per kind among the day's wins."""
        if day not in picture.month:
            return [(" " * width, "")]
        marks = picture.marks.get(day)
        kinds = marks.kinds if marks else ()
        parts: list[Part] = [(" ", self._cell_style(picture, day, ""))]
        parts += [
            (KIND_MARKS[kind], self._cell_style(picture, day, KIND_STYLES[kind])) for kind in kinds
        ]
        used = 1 + len(kinds)
        parts += [(" " * max(0, width - used - 1), self._cell_style(picture, day, "")), (" ", "")]
        return parts

    def day_at(self, x: int, y: int) -> dt.date | None:
        """The day drawn at this cell of the widget, if any."""
        picture = self.picture
        if picture is None or y < 1:
            return None
        row, column = (y - 1) // 2, x // self.cell_width()
        if row >= len(picture.weeks) or column >= 7:
            return None
        day = picture.weeks[row][column]
        return day if day in picture.month else None

    def on_click(self, event: events.Click) -> None:
        day = self.day_at(event.x, event.y)
        if day is not None:
            self.post_message(self.DayClicked(day))
