"""The person's own recent wins beside the fair-current question, shown literally."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from smallwins_tui.core.evidence import Evidence, comparison_lines, empty_message
from smallwins_tui.core.text import clean_line
from smallwins_tui.tui.spacing import gap


def wins_content(evidence: Evidence) -> Content:
    """Wins grouped by kind, a few each, newest first; one line per win (cut to fit)."""
    parts: list[Content | str | tuple[str, str]] = []
    for group in evidence.groups:
        parts.append((group.label, "bold"))
        if group.total > len(group.shown):
            parts += [gap(), (f"({group.total} in all)", "$foreground-muted")]
        parts.append("\n")
        for win in group.shown:
            parts += [
                (f" {win.day:%a} {win.day.day:>2} ", "$foreground-muted"),
                Content(clean_line(win.text)),
                "\n",
            ]
    return Content.assemble(*parts).rstrip()


def comparison_content(evidence: Evidence) -> Content:
    """The two fortnights side by side, then what counts cannot say.

    With no recent wins, the kind message leads and stands in for the closing note.
    """
    recent, earlier, note = comparison_lines(evidence)
    message = empty_message(evidence)
    if message:
        return Content.assemble((message, "$secondary"), "\n\n", recent, "\n", earlier)
    return Content.assemble(recent, "\n", earlier, "\n", (note, "italic $foreground-muted"))


class EvidencePanel(Vertical):
    """Redrawn whenever the journal changes, so a win noted a minute ago shows up here."""

    DEFAULT_CSS = """
    EvidencePanel { height: auto; }
    EvidencePanel #evidence-wins { text-wrap: nowrap; text-overflow: ellipsis; }
    EvidencePanel #evidence-compare { padding: 0 0 1 0; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="evidence-compare")
        yield Static(id="evidence-wins")

    def show(self, evidence: Evidence) -> None:
        self.query_one("#evidence-wins", Static).update(wins_content(evidence))
        self.query_one("#evidence-compare", Static).update(comparison_content(evidence))
