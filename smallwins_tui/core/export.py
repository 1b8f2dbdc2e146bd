"""The week as a Markdown page to bring to therapy.

It holds the wins by day (with their kinds), how many days had a win, a count by kind, and the
review answers. Nothing else from the journal (drafts, reflections, settings) goes in. Text is
cleaned again on the way out and Markdown's special characters are escaped, so a win is shown
as written and cannot turn into a heading, a link or HTML in a Markdown viewer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from smallwins_tui.core.text import NOTE_MAX, clean_line, clean_text
from smallwins_tui.core.week import REVIEW_QUESTIONS, WeekSummary, days_line, week_range_title

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_BULLET_START = re.compile(r"^(\s*)([-+=])(?=\s|$)")
_NUMBER_START = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """Escape what Markdown would read as formatting; the words stay exactly as written."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    escaped = _BULLET_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return _NUMBER_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def answer_lines(answer: str) -> list[str]:
    """A written answer as escaped Markdown lines, the person's own line breaks kept."""
    lines = [escape_markdown(line.rstrip()) for line in clean_text(answer, NOTE_MAX).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    # Two trailing spaces keep the person's own line breaks inside a paragraph.
    return [
        line + "  " if line and i < len(lines) - 1 and lines[i + 1] else line
        for i, line in enumerate(lines)
    ]


def week_markdown(summary: WeekSummary, answers: Mapping[str, str] | None = None) -> str:
    """The week as Markdown: wins by day, a count by kind, and the answered review questions."""
    week = summary.week
    out = [f"# Small wins: {week_range_title(week)}", ""]
    if summary.total:
        out += [f"{days_line(summary)}.", ""]
    out += ["## Wins", ""]
    if not summary.total:
        out += ["Nothing was noted this week.", ""]
    for day in week.days:
        wins = summary.by_day.get(day, [])
        if not wins:
            continue
        out += [f"### {day:%A} {day.day} {day:%B}", ""]
        for win in wins:
            kind = f" ({win.kind})" if win.kind else ""
            out.append(f"- {escape_markdown(clean_line(win.text))}{kind}")
        out.append("")
    if summary.by_kind:
        out += ["## By kind", ""]
        out += [f"- {kind or 'no kind'}: {count}" for kind, count in summary.by_kind]
        out.append("")
    answered = [(q, (answers or {}).get(q.key, "")) for q in REVIEW_QUESTIONS]
    answered = [(q, a) for q, a in answered if clean_text(a).strip()]
    if answered:
        out += ["## Weekly review", ""]
        for question, answer in answered:
            out += [f"**{question.text}**", "", *answer_lines(answer), ""]
    return "\n".join(out).rstrip("\n") + "\n"
