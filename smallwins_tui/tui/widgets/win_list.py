"""The day's wins as a selectable list; win text is always shown literally."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from smallwins_tui.core.models import Win
from smallwins_tui.core.text import clean_line

NOTE_TAG = "  · a note, kept as written, not counted"


def win_prompt(win: Win) -> Content:
    """``• text  · kind``: the kind is a quiet tag, never a grade. A note written in distress
    is shown as written but quieter, with a dash instead of a bullet, and is not counted."""
    if win.note:
        return Content.assemble(
            "– ",
            (clean_line(win.text), "$foreground-muted"),
            (NOTE_TAG, "$foreground-muted italic"),
        )
    parts: list[Content | str | tuple[str, str]] = ["• ", Content(clean_line(win.text))]
    if win.kind:
        parts.append(("  · " + win.kind, "$foreground-muted italic"))
    if win.source == "intention":
        parts.append(("  · small step", "$foreground-muted italic"))
    return Content.assemble(*parts)


class WinList(OptionList):
    """Wins of one day; the option ids are the wins' UUIDs."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.wins: list[Win] = []

    def show(self, wins: list[Win], keep: str | None = None) -> None:
        """Replace the list, keeping the highlight on ``keep`` (a win id) or where it was."""
        previous = keep or self.selected_id
        index = self.highlighted
        self.wins = wins
        self.clear_options()
        self.add_options(Option(win_prompt(win), id=win.id) for win in wins)
        if not wins:
            return
        ids = [win.id for win in wins]
        if previous in ids:
            self.highlighted = ids.index(previous)
        else:
            self.highlighted = min(index or 0, len(wins) - 1)

    @property
    def selected_id(self) -> str | None:
        if self.highlighted is None or not self.wins:
            return None
        option = self.get_option_at_index(self.highlighted)
        return option.id

    @property
    def selected(self) -> Win | None:
        wanted = self.selected_id
        return next((win for win in self.wins if win.id == wanted), None)
