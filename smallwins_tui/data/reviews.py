"""Weekly review answers: one record per week in the ``reviews`` table, keyed by its first day.

The answers are saved as they are written (the screen autosaves after a short pause), so the
record is always the latest text; there is no separate "submitted" state to lose.
"""

from __future__ import annotations

from collections.abc import Mapping

from smallwins_tui.core.text import NOTE_MAX, clean_text
from smallwins_tui.core.week import QUESTION_KEYS, Week
from smallwins_tui.data.records import RecordStore

REVIEWS = "reviews"


def _find(store: RecordStore, week: Week) -> dict[str, object] | None:
    month = week.key[:7]  # a review is filed under its week's first day (see segments.month_of)
    for record in store.records(REVIEWS, first=month, last=month):
        if record.get("week") == week.key:
            return record
    return None


def review_answers(store: RecordStore, week: Week) -> dict[str, str]:
    """The saved answers for ``week`` by question key; unanswered questions are absent."""
    record = _find(store, week)
    answers = record.get("answers") if record else None
    if not isinstance(answers, dict):
        return {}
    return {key: str(value) for key, value in answers.items() if key in QUESTION_KEYS and value}


def save_review(store: RecordStore, week: Week, answers: Mapping[str, str]) -> bool:
    """Store ``answers`` (cleaned) for ``week``; True if anything changed on disk.

    Only the questions given are changed; an empty answer clears that question. No record is
    created for a week until something is written in it.
    """
    cleaned = {
        key: clean_text(text, NOTE_MAX) for key, text in answers.items() if key in QUESTION_KEYS
    }
    with store.transaction():
        record = _find(store, week)
        if record is None:
            if not any(text.strip() for text in cleaned.values()):
                return False
            store.add(REVIEWS, {"week": week.key, "answers": cleaned})
            return True
        current = record.get("answers")
        merged = {**(current if isinstance(current, dict) else {}), **cleaned}
        if merged == current:
            return False
        store.update(REVIEWS, str(record["id"]), {"answers": merged})
        return True
