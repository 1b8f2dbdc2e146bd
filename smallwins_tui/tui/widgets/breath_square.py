"""The breathing square: an outline drawn in box characters with a marker that walks its edge.

One side per phase: breathing in along the top (left to right), the first hold down the right,
breathing out along the bottom (right to left), the second hold up the left. The widget only
draws; the screen tells it where the marker is. Its children (the phase word and the count) sit
inside the outline.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

MARKER = "●"


def marker_cell(phase: int, fraction: float, width: int, height: int) -> tuple[int, int]:
    """The (x, y) cell of the marker ``fraction`` of the way along the side for ``phase``."""
    across = round(min(1.0, max(0.0, fraction)) * (width - 1))
    down = round(min(1.0, max(0.0, fraction)) * (height - 1))
    if phase == 0:
        return across, 0
    if phase == 1:
        return width - 1, down
    if phase == 2:
        return width - 1 - across, height - 1
    return 0, height - 1 - down


class BreathSquare(Widget):
    """Outline plus marker; with ``motion`` off it draws nothing itself (reduced motion).

    Drawn a line at a time (:meth:`render_line`), and a marker step repaints only the two cells
    it leaves and enters: Textual keeps every other line of the square as it was, so a step
    costs a couple of cells rather than the whole outline and everything inside it.
    """

    motion: reactive[bool] = reactive(True)

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self._marker: tuple[int, int] | None = None
        self._side: int | None = None

    @property
    def marker(self) -> tuple[int, int] | None:
        """The (x, y) cell the marker is on, or None when there is no marker."""
        return self._marker

    def place(self, phase: int | None, fraction: float = 0.0) -> None:
        """Move the marker; a redraw happens only when its cell (or side) really changes."""
        width, height = self.size
        if phase is None or width < 2 or height < 2:
            marker, side = None, None
        else:
            marker, side = marker_cell(phase, fraction, width, height), phase
        before, self._marker = self._marker, marker
        if not self.motion:
            self._side = side  # nothing is drawn; turning motion on redraws it all
        elif side != self._side or before is None or marker is None:
            # A new side lights up (or the marker comes or goes): the whole outline changes.
            if (before, self._side) != (marker, side):
                self._side = side
                self.refresh()
        elif marker != before:
            self.refresh(Region(*before, 1, 1), Region(*marker, 1, 1))

    def steps(self, phase: int) -> int:
        """How many cells the marker moves along the side for ``phase`` (for pacing redraws)."""
        width, height = self.size
        return max(1, (width if phase in (0, 2) else height) - 1)

    def next_step(self, phase: int, fraction: float) -> float:
        """How far along the side (0.0 to 1.0) the marker must be to reach its next cell."""
        steps = self.steps(phase)
        cell = round(min(1.0, max(0.0, fraction)) * steps)
        return min(1.0, (cell + 0.5) / steps)

    def on_resize(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """One line of the outline (Textual asks again only for lines that were repainted)."""
        width, height = self.size
        line = self._line(y)
        if line is not None:
            return Visual.to_strips(self, line, width, 1, self.visual_style)[0]
        # Nothing drawn: exactly what Textual makes of empty content (rare: a full redraw).
        blank = Visual.to_strips(self, Content(""), width, height, self.visual_style)
        return blank[y] if 0 <= y < len(blank) else Strip.blank(width, self.visual_style.rich_style)

    def render(self) -> Content:
        """The whole square as one piece of content (what the lines add up to)."""
        lines = [self._line(y) for y in range(self.size.height)]
        if any(line is None for line in lines):
            return Content("")
        return Content("\n").join(line for line in lines if line is not None)

    def _line(self, y: int) -> Content | None:
        width, height = self.size
        if not self.motion or width < 2 or height < 2 or not 0 <= y < height:
            return None
        edge = y in (0, height - 1)
        row = ["─" if edge else " "] * width
        row[0] = "╭" if y == 0 else "╰" if y == height - 1 else "│"
        row[-1] = "╮" if y == 0 else "╯" if y == height - 1 else "│"
        side = self._side
        parts: list[tuple[str, str]] = []
        for x, char in enumerate(row):
            lit = side is not None and (
                (side == 0 and y == 0)
                or (side == 2 and y == height - 1)
                or (side == 1 and x == width - 1)
                or (side == 3 and x == 0)
            )
            if self._marker == (x, y):
                char, style = MARKER, "bold $accent"
            else:
                style = "" if char == " " else "$primary" if lit else "$primary 45%"
            if parts and parts[-1][1] == style:
                parts[-1] = (parts[-1][0] + char, style)
            else:
                parts.append((char, style))
        return Content.assemble(*parts)
