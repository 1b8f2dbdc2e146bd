"""What the command line says when it hears distress, and ``smallwins plan``.

Kept apart from :mod:`smallwins_tui.cli` so that file stays about parsing and dispatch. Like
every command but the app, nothing here imports Textual. Everything caring goes to stderr, so a
script reading stdout still gets exactly what it asked for, and the exit code stays 0: a saved
win is a success, whatever it says.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from smallwins_tui.core.support import (
    CARING_LINE,
    MAYBE_LINE,
    SOMEONE_ELSE_AFTER,
    SOMEONE_ELSE_LINE,
    chosen_region,
    lines_text,
    worry_in,
)
from smallwins_tui.core.text import clean_line
from smallwins_tui.core.wins import find_minimiser, minimiser_note

if TYPE_CHECKING:
    from smallwins_tui.core.models import Win
    from smallwins_tui.data.journal import Journal


def after_add(
    journal: Journal,
    win: Win,
    err: TextIO | None = None,
    *,
    offered: str | None = None,
    out: TextIO | None = None,
) -> str | None:
    """One calm offer (on ``err``) for a note written in distress, a gentler one for worry
    about someone else, else the minimiser note (on ``out``, beside "Noted": it is part of the
    answer, not a warning, so stderr carries only the offer). ``offered`` names the offer
    already made for this input ("self", "other" or "maybe"), so several lines get one offer;
    the offer made (or the one before) is returned. A "maybe" line stays a win: only the offer
    is made."""
    err = err or sys.stderr
    out = out or sys.stdout
    if win.note:
        if offered == "self":
            return offered
        print(CARING_LINE, file=err)
        print(lines_text(chosen_region(journal.settings().region)), file=err)
        hint = (
            "Your safety plan: smallwins plan"
            if journal.safety_plan()
            else "A safety plan can help too: press f1 in the app to write one."
        )
        print(f"{hint}\nIf this was not what you meant, m on Today counts it as a win.", file=err)
        return "self"
    worry = worry_in(win.text)
    if worry == "other":
        if offered is None:
            print(SOMEONE_ELSE_LINE, file=err)
            print(lines_text(chosen_region(journal.settings().region)), file=err)
            print(SOMEONE_ELSE_AFTER, file=err)
        return offered or "other"
    if worry == "maybe":
        # The broader tier: the win stays a win; the same lines, in softer words.
        if offered is None:
            print(MAYBE_LINE, file=err)
            print(lines_text(chosen_region(journal.settings().region)), file=err)
            hint = (
                "Your safety plan: smallwins plan"
                if journal.safety_plan()
                else "A safety plan can help too: press f1 in the app to write one."
            )
            print(hint, file=err)
        return offered or "maybe"
    word = find_minimiser(win.text)
    if word:
        print(minimiser_note(word), file=out)
    return offered


def print_notes(notes: list[Win], out: TextIO | None = None) -> None:
    """A day's notes, apart from its wins and quieter: kept, not counted."""
    out = out or sys.stdout
    if notes:
        print("  notes (kept as written, not counted):", file=out)
        for note in notes:
            print(f"    – {clean_line(note.text)}", file=out)


def cmd_plan(journal: Journal, out: TextIO | None = None) -> int:
    """``smallwins plan``: the safety plan as plain text, to print or copy to a phone."""
    from smallwins_tui.core.safety_plan import plan_text

    out = out or sys.stdout
    parts = journal.safety_plan()
    out.write(plan_text(parts, chosen_region(journal.settings().region)))
    if not parts:
        print(
            "\nYou have not written a plan yet; press f1 in the app, then p, to start one.",
            file=sys.stderr,
        )
    return 0


def plan_markdown(journal: Journal) -> str:
    """The plan as a Markdown section, only for ``export --format md --with-plan``: the page
    for therapy leaves it out unless the person asks for it."""
    from smallwins_tui.core.export import escape_markdown
    from smallwins_tui.core.safety_plan import plan_text

    text = plan_text(journal.safety_plan(), chosen_region(journal.settings().region))
    lines = [escape_markdown(line) for line in text.rstrip("\n").split("\n")[2:]]
    return "\n## My safety plan\n\n" + "  \n".join(lines).replace("  \n  \n", "\n\n") + "\n"
