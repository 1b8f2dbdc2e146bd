"""A summary of a stretch of weeks or months, as Markdown to bring to therapy (seed 001).

It gathers what is easy to forget in a session: the wins by kind with a few recent examples,
the small steps done, the practices, the reflections with their fair-current answers, the
weekly review answers, and, in a section of their own, the answers to "what still feels stuck",
so that what has not moved gets talked about too. There are counts to notice, never a score,
a rate or a comparison. Notes written in distress stay out unless the person asks for them.

Everything the person wrote is cleaned and escaped (see :func:`escape_markdown`), so it reads
exactly as written and cannot become a heading, a link or HTML. Nothing here reads the journal:
:mod:`smallwins_tui.data.summary` gathers a :class:`SummaryInput` and hands it over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from smallwins_tui.core.baselines import baseline_by_key
from smallwins_tui.core.export import answer_lines, escape_markdown
from smallwins_tui.core.kinds import KINDS
from smallwins_tui.core.models import Intention, Win
from smallwins_tui.core.reflection import Reflection
from smallwins_tui.core.text import clean_line, clean_text
from smallwins_tui.core.week import REVIEW_QUESTIONS, STUCK_KEY

EXAMPLES_PER_KIND = 3
"""The most recent few wins shown under each kind; the rest are counted."""
REFLECTIONS_SHOWN = 10
"""Reflections shown in full, most recent first; earlier ones are counted."""


@dataclass(frozen=True)
class Practice:
    """One grounding walk or breathing session: its day, type, length and whether it ran to
    the end (a session stopped early still counts as practice)."""

    day: dt.date
    type: str
    seconds: float = 0.0
    finished: bool = False


@dataclass(frozen=True)
class ReviewWeek:
    """The answers of one weekly review, under the Monday of its week."""

    monday: dt.date
    answers: Mapping[str, str]


@dataclass(frozen=True)
class SummaryInput:
    """Everything from ``since`` to ``until`` (both included) that the summary can show."""

    since: dt.date
    until: dt.date
    wins: Sequence[Win] = ()
    """Wins and notes alike, in any order (notes are left out unless ``include_notes``)."""
    steps: Sequence[Intention] = ()
    """The day's small steps that were set; the ticked ones are shown."""
    practices: Sequence[Practice] = ()
    reflections: Sequence[Reflection] = ()
    reviews: Sequence[ReviewWeek] = ()
    include_notes: bool = False


def range_title(first: dt.date, last: dt.date) -> str:
    """``Monday 2 November – Sunday 29 November 2026``; one day is just that day."""
    if first == last:
        return f"{first:%A} {first.day} {first:%B} {first.year}"
    start = f"{first:%A} {first.day} {first:%B}"
    if first.year != last.year:
        start += f" {first.year}"
    return f"{start} – {last:%A} {last.day} {last:%B} {last.year}"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def _short_day(day: dt.date, with_year: bool) -> str:
    text = f"{day:%a} {day.day} {day:%b}"
    return f"{text} {day.year}" if with_year else text


def _minutes(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    return f"about {_plural(minutes, 'minute')}"


def _newest_first(wins: Sequence[Win]) -> list[Win]:
    return sorted(wins, key=lambda win: (win.day, win.created), reverse=True)


def summary_text(data: SummaryInput) -> str:
    """The summary as Markdown (ends with one newline)."""
    since, until = data.since, data.until
    with_year = since.year != until.year
    notes = [win for win in data.wins if win.note and since <= win.day <= until]
    wins = [win for win in data.wins if not win.note and since <= win.day <= until]
    # A ticked small step is kept as a win too; it is listed once, under small steps.
    steps_done = sorted(
        (step for step in data.steps if step.done and since <= step.day <= until),
        key=lambda step: step.day,
        reverse=True,
    )
    kind_wins = [win for win in wins if win.source != "intention"]
    practices = [p for p in data.practices if since <= p.day <= until]
    walks = [p for p in practices if p.type == "grounding"]
    breaths = [p for p in practices if p.type == "breathing"]
    reflections = sorted(
        (r for r in data.reflections if since <= r.day <= until),
        key=lambda r: r.created,
        reverse=True,
    )
    reviews = sorted(
        (review for review in data.reviews if _answered(review.answers)),
        key=lambda review: review.monday,
    )
    days = (until - since).days + 1

    out = ["# Small wins: a summary for therapy", ""]
    out += [f"{range_title(since, until)} ({_plural(days, 'day')}).", ""]
    nothing = not (kind_wins or steps_done or practices or reflections or reviews)
    if nothing:
        out += ["Nothing was noted in these days. This page fills in as things are noted.", ""]
    else:
        out += _glance(wins, kind_wins, steps_done, walks, breaths, reflections, reviews)
    out += _wins_by_kind(kind_wins, with_year)
    out += _steps(steps_done, with_year)
    out += _practices(walks, breaths)
    out += _reflections(reflections, with_year)
    out += _stuck(reviews)
    out += _reviews(reviews)
    out += _notes(notes, data.include_notes, with_year)
    return "\n".join(out).rstrip("\n") + "\n"


def _answered(answers: Mapping[str, str]) -> bool:
    return any(clean_text(answers.get(q.key, "")).strip() for q in REVIEW_QUESTIONS)


def _glance(
    wins: list[Win],
    kind_wins: list[Win],
    steps: list[Intention],
    walks: list[Practice],
    breaths: list[Practice],
    reflections: list[Reflection],
    reviews: list[ReviewWeek],
) -> list[str]:
    lines = []
    if wins:
        days = len({win.day for win in wins})
        lines.append(f"- {_plural(len(wins), 'win')} noted, on {_plural(days, 'day')}")
    if steps:
        lines.append(f"- {_plural(len(steps), 'small step')} done")
    if walks:
        lines.append(f"- {_plural(len(walks), 'grounding walk')}")
    if breaths:
        lines.append(f"- {_plural(len(breaths), 'breathing session')}")
    if reflections:
        lines.append(f"- {_plural(len(reflections), 'reflection')} on how progress is measured")
    if reviews:
        lines.append(f"- {_plural(len(reviews), 'weekly review')}")
    return ["## At a glance", "", *lines, ""]


def _win_line(win: Win, with_year: bool) -> str:
    return f"- {_short_day(win.day, with_year)}: {escape_markdown(clean_line(win.text))}"


def _wins_by_kind(wins: list[Win], with_year: bool) -> list[str]:
    if not wins:
        return []
    out = ["## Wins by kind", ""]
    groups: list[tuple[str, list[Win]]] = [
        (kind.label.capitalize(), [w for w in wins if w.kind == kind.key]) for kind in KINDS
    ]
    groups.append(("Without a kind", [w for w in wins if w.kind is None]))
    for title, group in groups:
        if not group:
            continue
        out += [f"### {title} ({len(group)})", ""]
        shown = _newest_first(group)[:EXAMPLES_PER_KIND]
        out += [_win_line(win, with_year) for win in shown]
        if len(group) > len(shown):
            more = len(group) - len(shown)
            out.append(f"- and {more:,} more before these")
        out.append("")
    return out


def _steps(steps: list[Intention], with_year: bool) -> list[str]:
    if not steps:
        return []
    out = [f"## Small steps done ({len(steps)})", ""]
    shown = steps[: EXAMPLES_PER_KIND * 2]
    out += [
        f"- {_short_day(step.day, with_year)}: {escape_markdown(clean_line(step.text))}"
        for step in shown
    ]
    if len(steps) > len(shown):
        out.append(f"- and {len(steps) - len(shown)} more before these")
    return [*out, ""]


def _practices(walks: list[Practice], breaths: list[Practice]) -> list[str]:
    if not walks and not breaths:
        return []
    out = ["## Practices", ""]
    if walks:
        line = f"- Grounding walks (5-4-3-2-1): {len(walks)}"
        finished = sum(1 for walk in walks if walk.finished)
        if finished and finished != len(walks):
            line += f", {finished} of them to the end"
        out.append(line)
    if breaths:
        line = f"- Breathing sessions: {len(breaths)}"
        seconds = sum(max(0.0, breath.seconds) for breath in breaths)
        if seconds > 0:
            line += f", {_minutes(seconds)} in all"
        out.append(line)
    return [*out, ""]


def _reflections(reflections: list[Reflection], with_year: bool) -> list[str]:
    if not reflections:
        return []
    out = [f"## Reflections ({len(reflections)})", ""]
    for reflection in reflections[:REFLECTIONS_SHOWN]:
        day = reflection.day
        out += [f"### {_short_day(day, with_year)}", ""]
        thought = clean_line(reflection.thought)
        if thought:
            out += [f"The thought: {escape_markdown(thought)}", ""]
        baseline = baseline_by_key(reflection.baseline)
        if baseline is not None:
            out += [f"Measured against: the {baseline.title.lower()} baseline", ""]
        answer = answer_lines(reflection.answer)
        if answer:
            out += ["A fairer look, against the recent past:", "", *answer, ""]
    earlier = len(reflections) - REFLECTIONS_SHOWN
    if earlier > 0:
        out += [f"{_plural(earlier, 'earlier reflection')} not shown here.", ""]
    return out


def _week_title(monday: dt.date) -> str:
    return f"Week of {monday:%A} {monday.day} {monday:%B} {monday.year}"


def _stuck(reviews: list[ReviewWeek]) -> list[str]:
    answered = [(r, r.answers.get(STUCK_KEY, "")) for r in reviews]
    answered = [(r, a) for r, a in answered if clean_text(a).strip()]
    if not answered:
        return []
    question = next(q for q in REVIEW_QUESTIONS if q.key == STUCK_KEY)
    out = ["## What still feels stuck", "", f"From the weekly review: *{question.text}*", ""]
    for review, answer in answered:
        out += [f"### {_week_title(review.monday)}", "", *answer_lines(answer), ""]
    return out


def _reviews(reviews: list[ReviewWeek]) -> list[str]:
    questions = [q for q in REVIEW_QUESTIONS if q.key != STUCK_KEY]
    weeks = []
    for review in reviews:
        answered = [(q, review.answers.get(q.key, "")) for q in questions]
        answered = [(q, a) for q, a in answered if clean_text(a).strip()]
        if answered:
            weeks.append((review, answered))
    if not weeks:
        return []
    out = ["## Weekly reviews", ""]
    for review, answered in weeks:
        out += [f"### {_week_title(review.monday)}", ""]
        for question, answer in answered:
            out += [f"**{question.text}**", "", *answer_lines(answer), ""]
    return out


def _notes(notes: list[Win], include: bool, with_year: bool) -> list[str]:
    if not notes:
        return []
    if not include:
        left_out = _plural(len(notes), "note")
        return [
            f"{left_out} written in a hard moment {_were(len(notes))} left out of this page.",
            "",
        ]
    out = ["## Notes written in hard moments", "", "Kept as written; not counted as wins.", ""]
    out += [_win_line(note, with_year) for note in sorted(notes, key=lambda n: (n.day, n.created))]
    return [*out, ""]
