"""Blank cells between two differently styled runs of text, drawn so no viewer loses them.

An SVG screenshot (Rich's export, as Textual and our README use) writes each styled run as one
``<text>`` element stretched to its cells, and leaves out runs that are only blanks. Blanks at
the start or end of a run with letters in it are squeezed out by some viewers and by text
tools, which showed "●●●3 wins noted" and "baseline.1 2 3". A gap in a style of its own is a
run of blanks alone: left out of the SVG, with its neighbours placed at their exact cells.
"""

from __future__ import annotations

from textual.content import Content

GAP_STYLE = "italic"
"""Invisible on blanks; differs from every neighbour a gap sits between (none is italic)."""


def gap(width: int = 2) -> Content:
    """``width`` blank cells that never merge with the text on either side."""
    return Content.styled(" " * width, GAP_STYLE)
