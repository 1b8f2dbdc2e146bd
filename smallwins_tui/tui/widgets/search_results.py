"""Search results: day headings, newest first, and under each the texts found, with the words
searched for highlighted. Texts are built from the literal words written (never markup)."""

from __future__ import annotations

import datetime as dt

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from smallwins_tui.core.dates import day_title
from smallwins_tui.core.matching import Span
from smallwins_tui.core.text import clean_text
from smallwins_tui.data.search import Hit

MATCH_STYLE = "bold $text-accent on $accent-muted"
BEFORE_MATCH = 40
"""Characters kept before the first match of a long text; the rest is cut with an ellipsis."""
SNIPPET = 160
"""At most this many characters of a text are shown."""


def _flat(piece: str) -> str:
    """One line of literal text: line breaks and tabs become spaces, controls are dropped."""
    flat = piece.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return clean_text(flat, max_length=len(flat))


def highlighted(text: str, spans: tuple[Span, ...]) -> Content:
    """``text`` on one line, cut around its first match, each matched span highlighted."""
    start = max(0, spans[0][0] - BEFORE_MATCH) if spans else 0
    end = min(len(text), start + SNIPPET)
    parts: list[tuple[str, str]] = [("…", "$text-muted")] if start else []
    position = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, position), min(span_end, end)
        if span_start >= span_end:
            continue
        parts.append((_flat(text[position:span_start]), ""))
        parts.append((_flat(text[span_start:span_end]), MATCH_STYLE))
        position = span_end
    parts.append((_flat(text[position:end]), ""))
    if end < len(text):
        parts.append(("…", "$text-muted"))
    return Content.assemble(*parts)


def hit_prompt(hit: Hit) -> Content:
    """How one result reads: a win as on Today, a step, or a labelled reflection or answer."""
    body = highlighted(hit.text, hit.spans)
    if hit.kind == "win":
        tail = ("  · a note, not counted", "$foreground-muted italic") if hit.note else ""
        return Content.assemble("  • ", body, tail)
    if hit.kind == "step":
        return Content.assemble(("  small step: ", "$foreground-muted italic"), body)
    where = "Reflection" if hit.kind == "reflection" else "Weekly review"
    label = _flat(hit.label)[:70]
    return Content.assemble((f"  {where} · {label}\n", "$foreground-muted italic"), "    ", body)


class SearchResults(OptionList):
    """The results found so far; a day's heading comes before its first result."""

    DEFAULT_CSS = """
    SearchResults {
        height: 1fr;
        border: none;
        padding: 0;
        background: $background;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.hits: list[Hit] = []
        self._last_day: dt.date | None = None

    def clear(self) -> None:
        self.hits = []
        self._last_day = None
        self.clear_options()

    def add_hits(self, hits: list[Hit], today: dt.date, date_format: str) -> None:
        options: list[Option] = []
        for hit in hits:
            if hit.day != self._last_day:
                self._last_day = hit.day
                heading = Content.styled(day_title(hit.day, today, date_format), "bold $secondary")
                options.append(Option(heading, disabled=True))
            options.append(Option(hit_prompt(hit), id=str(len(self.hits))))
            self.hits.append(hit)
        first = not self.option_count
        self.add_options(options)
        if first and self.hits:
            self.highlighted = 1  # the first result, under its day

    @property
    def selected(self) -> Hit | None:
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return self.hits[int(option_id)] if option_id is not None else None
