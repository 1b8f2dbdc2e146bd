"""Searching the whole journal: wins, small steps, reflections and weekly review answers.

Used by ``smallwins search`` and the app's search screen. Words match case- and
accent-insensitively (see :mod:`smallwins_tui.core.matching`); a record is found when its text
holds every word of the query. Results come lazily, newest day first, one month at a time, so
the first ones are there at once even at ten years, and only a few months are ever in memory
(the journal keeps at most :data:`~smallwins_tui.data.store.KEEP_IN_MEMORY` month files).

No Textual here: the app runs :func:`search` in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from smallwins_tui.core.clock import created_instant
from smallwins_tui.core.matching import Span, fold, holds_all, match_spans, query_words
from smallwins_tui.core.week import REVIEW_QUESTIONS
from smallwins_tui.data.journal import INTENTIONS, WINS, Journal
from smallwins_tui.data.reflections import REFLECTIONS
from smallwins_tui.data.reviews import REVIEWS
from smallwins_tui.data.segments import month_files, table_dir


@dataclass(frozen=True)
class Hit:
    """One record field that holds every word searched for."""

    day: dt.date
    """The day the record belongs to (a review: its week's first day)."""
    kind: str
    """``win``, ``step``, ``reflection`` or ``review`` (see :data:`KINDS`)."""
    record_id: str
    text: str
    """The text searched: one field, exactly as stored (show it literally)."""
    spans: tuple[Span, ...]
    """``[start, end)`` offsets in :attr:`text` of each matched word, sorted, not overlapping."""
    label: str = ""
    """What the text answers: a review question, a reflection part; "" for wins and steps."""
    note: bool = False
    """A win written in distress (kept, not counted as progress): say so where it is shown."""
    field: str = "text"
    """The stored field the text is from: ``text``, ``thought``, ``answer``, or a review
    question's key."""


KINDS: tuple[str, ...] = ("win", "step", "reflection", "review")
"""Every kind of record searched, in the order a day's results are shown."""

TABLES: dict[str, str] = {
    "win": WINS,
    "step": INTENTIONS,
    "reflection": REFLECTIONS,
    "review": REVIEWS,
}

THOUGHT_LABEL = "The thought"
ANSWER_LABEL = "The fair answer"
_QUESTIONS = {question.key: question.text for question in REVIEW_QUESTIONS}
_ORDER = {kind: index for index, kind in enumerate(KINDS)}


def search(
    journal: Journal,
    query: str,
    *,
    kinds: Collection[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Iterator[Hit]:
    """Lazily, newest day first: every record whose text holds every word of query.

    ``kinds`` limits the search to some of :data:`KINDS` (all when None); ``since`` and
    ``until`` are inclusive days. A query with no words finds nothing. Raises ValueError at
    once (not when iterated) for a kind that is not one of :data:`KINDS`.
    """
    wanted = tuple(KINDS) if kinds is None else tuple(kind for kind in KINDS if kind in kinds)
    unknown = sorted(set(kinds or ()) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r} (one of {', '.join(KINDS)})")
    return _search(journal, query_words(query), wanted, since, until)


def _search(
    journal: Journal,
    words: tuple[str, ...],
    kinds: tuple[str, ...],
    since: dt.date | None,
    until: dt.date | None,
) -> Iterator[Hit]:
    if not words or not kinds or (since and until and since > until):
        return
    first = None if since is None else since.isoformat()[:7]
    last = None if until is None else until.isoformat()[:7]
    months: dict[str, list[str]] = {}
    for kind in kinds:
        for path in month_files(table_dir(journal.data_dir, TABLES[kind])):
            month = path.stem
            if len(month) != 7:  # records whose day cannot be read have no day to show
                continue
            if (first is None or month >= first) and (last is None or month <= last):
                months.setdefault(month, []).append(kind)
    for month in sorted(months, reverse=True):
        hits: list[tuple[dt.date, int, dt.datetime, Hit]] = []
        found = {kind: journal.month_records(TABLES[kind], month) for kind in months[month]}
        done_steps = (
            {str(record.get("win_id")) for record in found.get("step", ())}
            if "step" in found
            else set()
        )
        for kind, records in found.items():
            for record in records:
                if (
                    kind == "win"
                    and record.get("source") == "intention"
                    and str(record.get("id")) in done_steps
                ):
                    continue  # the ticked step is found as the step itself
                for hit in _record_hits(kind, record, words):
                    if (since is None or hit.day >= since) and (until is None or hit.day <= until):
                        hits.append((hit.day, _ORDER[kind], created_instant(record), hit))
        hits.sort(key=lambda entry: (-entry[0].toordinal(), entry[1], entry[2]))
        for entry in hits:
            yield entry[3]


def _record_hits(kind: str, record: dict[str, Any], words: tuple[str, ...]) -> Iterator[Hit]:
    record_id = str(record.get("id"))
    if kind in ("win", "step"):
        text = record.get("text")
        if isinstance(text, str) and holds_all(fold(text), words):
            day = _day(record.get("day"))
            if day is not None:
                yield Hit(
                    day,
                    kind,
                    record_id,
                    text,
                    match_spans(text, words),
                    note=kind == "win" and record.get("note") is True,
                )
        return
    if kind == "reflection":
        day = _created_day(record.get("created"))
        parts = (("thought", THOUGHT_LABEL), ("answer", ANSWER_LABEL))
        texts: list[tuple[str, str, object]] = [
            (name, label, record.get(name)) for name, label in parts
        ]
    else:
        day = _day(record.get("week"))
        answers = record.get("answers")
        if not isinstance(answers, dict):
            return
        texts = [
            (str(key), _QUESTIONS.get(str(key), str(key)), value) for key, value in answers.items()
        ]
    if day is None:
        return
    for name, label, text in texts:
        if isinstance(text, str) and holds_all(fold(text), words):
            yield Hit(day, kind, record_id, text, match_spans(text, words), label, field=name)


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _created_day(value: object) -> dt.date | None:
    """The local day a record was written (its timestamp carries its offset)."""
    try:
        return dt.datetime.fromisoformat(value).date() if isinstance(value, str) else None
    except ValueError:
        return None
