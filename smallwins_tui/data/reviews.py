"""Weekly review answers: one record per week in the ``reviews`` table, filed under the
Monday inside its week.

Every seven days in a row hold exactly one Monday, so whichever day the person's weeks start
on, a review filed under its Monday belongs to exactly one displayed week, and changing "Week
starts on" can neither hide a review nor show it under another week. Reviews written before
this were filed under their week's first day: a Sunday, for a Sunday-start week. Reading maps
any key to the Monday in the seven days from it (see :func:`~smallwins_tui.core.week.
review_monday`), so such a record still shows in its own week, wherever it comes from (a
journal not yet upgraded, an old export, another computer running an older smallwins); the
upgrade in :mod:`~smallwins_tui.data.migrate` files the old ones under their Monday once.

The answers are saved as they are written (the screen autosaves after a short pause), so the
record is always the latest text; there is no separate "submitted" state to lose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from smallwins_tui.core.text import NOTE_MAX, clean_text
from smallwins_tui.core.week import QUESTION_KEYS, Week, review_monday
from smallwins_tui.data.records import RecordStore

REVIEWS = "reviews"


def filed_monday(record: Mapping[str, Any]) -> dt.date | None:
    """The Monday a stored review belongs to (None if its ``week`` does not read as a day)."""
    value = record.get("week")
    if not isinstance(value, str):
        return None
    try:
        return review_monday(dt.date.fromisoformat(value))
    except ValueError:
        return None


def _find(store: RecordStore, week: Week) -> dict[str, Any] | None:
    """The week's review: the one filed under its Monday if there is one, else one filed under
    the Sunday before (the old key), the most recently written first."""
    monday = week.monday
    first = (monday - dt.timedelta(days=1)).isoformat()[:7]
    found = [
        record
        for record in store.records(REVIEWS, first=first, last=monday.isoformat()[:7])
        if filed_monday(record) == monday
    ]
    found.sort(key=lambda record: record.get("week") == monday.isoformat())
    return found[-1] if found else None


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
    created for a week until something is written in it; a new one is filed under the week's
    Monday.
    """
    cleaned = {
        key: clean_text(text, NOTE_MAX) for key, text in answers.items() if key in QUESTION_KEYS
    }
    with store.transaction():
        record = _find(store, week)
        if record is None:
            if not any(text.strip() for text in cleaned.values()):
                return False
            store.add(REVIEWS, {"week": week.monday.isoformat(), "answers": cleaned})
            return True
        current = record.get("answers")
        merged = {**(current if isinstance(current, dict) else {}), **cleaned}
        if merged == current:
            return False
        month = str(record["week"])[:7]
        store.update(REVIEWS, str(record["id"]), {"answers": merged}, month=month)
        return True
