"""The screen as lines of text, read from the app's SVG screenshot (public API only)."""

from __future__ import annotations

import html
import re

_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>')
CELL_WIDTH, LINE_HEIGHT = 12.2, 24.4
"""Rich's SVG export places cell (column, row) at x = column * 12.2, y = row * 24.4 + 20."""


def svg_lines(svg: str) -> list[str]:
    """Each screen row of ``svg`` as text, each run put at its own cell."""
    rows: dict[int, dict[int, str]] = {}
    for match in _TEXT.finditer(svg):
        column, row = round(float(match[1]) / CELL_WIDTH), round(float(match[2]) / LINE_HEIGHT)
        text = html.unescape(match[3]).replace("\xa0", " ")
        cells = rows.setdefault(row, {})
        for offset, char in enumerate(text):
            cells[column + offset] = char
    return [
        "".join(rows[row].get(column, " ") for column in range(max(rows[row]) + 1)).rstrip()
        for row in sorted(rows)
    ]


def svg_runs(svg: str) -> list[str]:
    """The text of each styled run, as the SVG holds it."""
    return [html.unescape(match[3]).replace("\xa0", " ") for match in _TEXT.finditer(svg)]
