"""Past reflections: a list by date, and the one highlighted shown in full, literally."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from smallwins_tui.core.baselines import baseline_by_key
from smallwins_tui.core.reflection import Reflection
from smallwins_tui.core.text import clean_line, clean_text


def _when(reflection: Reflection) -> str:
    day = reflection.day
    return f"{day:%a} {day.day} {day:%b %Y}"


def _baseline_name(reflection: Reflection) -> str:
    baseline = baseline_by_key(reflection.baseline)
    return baseline.title.lower() if baseline else "no baseline"


def reflection_prompt(reflection: Reflection) -> Content:
    """The date and baseline on one line, the thought (cut to a line or two) beneath."""
    thought = clean_line(reflection.thought, 120)
    return Content.assemble(
        (_when(reflection), "bold"),
        ("  · " + _baseline_name(reflection) + "\n", "italic $foreground-muted"),
        Content(thought) if thought else ("(no thought written)", "$foreground-muted"),
    )


def reflection_detail(reflection: Reflection) -> Content:
    """Everything in one reflection: thought, baseline (and its cue), the fair answer."""
    baseline = baseline_by_key(reflection.baseline)
    if baseline is None:
        measure: list[Content | str | tuple[str, str]] = [("not chosen", "$foreground-muted")]
    else:
        measure = [(baseline.title, "bold")]
        if reflection.cue:
            cue = clean_line(reflection.cue, 40)
            measure.append((f"  (the cue: “{cue}”)", "$foreground-muted"))
    answer = clean_text(reflection.answer)
    return Content.assemble(
        (_when(reflection), "bold $primary"),
        ("\n\nThe thought\n", "$secondary"),
        Content(clean_line(reflection.thought, 500))
        if reflection.thought
        else ("(none written)", "$foreground-muted"),
        ("\n\nIts baseline\n", "$secondary"),
        *measure,
        ("\n\nYour fair-current answer\n", "$secondary"),
        Content(answer) if answer.strip() else ("(none written)", "$foreground-muted"),
    )


class PastReflections(OptionList):
    """Reflections newest first; option ids are the reflections' UUIDs."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.reflections: list[Reflection] = []

    def show(self, reflections: list[Reflection]) -> None:
        previous, index = self.selected_id, self.highlighted
        self.reflections = reflections
        self.clear_options()
        self.add_options(Option(reflection_prompt(r), id=r.id) for r in reflections)
        if not reflections:
            return
        ids = [r.id for r in reflections]
        self.highlighted = ids.index(previous) if previous in ids else min(index or 0, len(ids) - 1)

    @property
    def selected_id(self) -> str | None:
        if self.highlighted is None or not self.reflections:
            return None
        return self.get_option_at_index(self.highlighted).id

    @property
    def selected(self) -> Reflection | None:
        wanted = self.selected_id
        return next((r for r in self.reflections if r.id == wanted), None)
