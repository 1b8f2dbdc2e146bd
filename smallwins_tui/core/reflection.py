"""A saved reflection: the self-judging thought, its baseline, and the fair-current answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from smallwins_tui.core.baselines import baseline_by_key
from smallwins_tui.core.text import NOTE_MAX, clean_line, clean_text

THOUGHT_MAX = 500
"""A thought is a sentence or two; the answer may run to a few thousand characters."""

ANSWER_MAX = NOTE_MAX


@dataclass(frozen=True)
class Reflection:
    """One reflection, as stored in the ``reflections`` table."""

    id: str
    thought: str
    baseline: str | None
    cue: str | None
    answer: str
    created: str
    updated: str

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Reflection:
        baseline = record.get("baseline")
        return cls(
            id=record["id"],
            thought=str(record.get("thought", "")),
            baseline=baseline if baseline_by_key(baseline) else None,
            cue=record.get("cue") or None,
            answer=str(record.get("answer", "")),
            created=record["created"],
            updated=record["updated"],
        )

    @property
    def day(self) -> dt.date:
        """The local day it was written (the timestamp carries its offset)."""
        try:
            return dt.datetime.fromisoformat(self.created).date()
        except ValueError:
            return dt.date.min


def reflection_fields(
    thought: str, baseline: str | None, cue: str | None, answer: str
) -> dict[str, Any]:
    """Clean and check what is about to be stored; raise ValueError when there is nothing."""
    cleaned_thought = clean_line(thought, THOUGHT_MAX)
    cleaned_answer = clean_text(answer, ANSWER_MAX).strip("\n")
    if not cleaned_thought and not cleaned_answer.strip():
        raise ValueError("a reflection needs a thought or an answer")
    if baseline is not None and baseline_by_key(baseline) is None:
        raise ValueError(f"unknown baseline {baseline!r}")
    return {
        "thought": cleaned_thought,
        "baseline": baseline,
        "cue": clean_line(cue, 40) if cue and baseline else None,
        "answer": cleaned_answer,
    }
