"""The breathing square: an outline drawn in box characters with a marker that walks its edge.

One side per phase: breathing in along the top (left to right), the first hold down the right,
breathing out along the bottom (right to left), the second hold up the left. The widget only
draws; the screen tells it where the marker is. Its children (the phase word and the count) sit
inside the outline.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
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
    """Outline plus marker; with ``motion`` off it draws nothing itself (reduced motion)."""

    marker: reactive[tuple[int, int] | None] = reactive(None)
    active_side: reactive[int | None] = reactive(None)
    motion: reactive[bool] = reactive(True)

    def place(self, phase: int | None, fraction: float = 0.0) -> None:
        """Move the marker; a redraw happens only when its cell (or side) really changes."""
        width, height = self.size
        if phase is None or width < 2 or height < 2:
            self.marker = None
            self.active_side = None
            return
        self.marker = marker_cell(phase, fraction, width, height)
        self.active_side = phase

    def steps(self, phase: int) -> int:
        """How many cells the marker moves along the side for ``phase`` (for pacing redraws)."""
        width, height = self.size
        return max(1, (width if phase in (0, 2) else height) - 1)

    def on_resize(self) -> None:
        self.refresh()

    def render(self) -> Content:
        width, height = self.size
        if not self.motion or width < 2 or height < 2:
            return Content("")
        rows: list[list[str]] = [[" "] * width for _ in range(height)]
        for x in range(width):
            rows[0][x] = rows[height - 1][x] = "─"
        for y in range(height):
            rows[y][0] = rows[y][width - 1] = "│"
        rows[0][0], rows[0][width - 1] = "╭", "╮"
        rows[height - 1][0], rows[height - 1][width - 1] = "╰", "╯"
        lit = self._side_cells(self.active_side, width, height)
        lines: list[Content] = []
        for y, row in enumerate(rows):
            parts: list[tuple[str, str]] = []
            for x, char in enumerate(row):
                style = ("bold $accent" if self.marker == (x, y) else "" if char == " "
                         else "$primary" if (x, y) in lit else "$primary 45%")
                if self.marker == (x, y):
                    char = MARKER
                if parts and parts[-1][1] == style:
                    parts[-1] = (parts[-1][0] + char, style)
                else:
                    parts.append((char, style))
            lines.append(Content.assemble(*parts))
        return Content("\n").join(lines)

    @staticmethod
    def _side_cells(side: int | None, width: int, height: int) -> set[tuple[int, int]]:
        if side is None:
            return set()
        if side in (0, 2):
            y = 0 if side == 0 else height - 1
            return {(x, y) for x in range(width)}
        x = width - 1 if side == 1 else 0
        return {(x, y) for y in range(height)}
