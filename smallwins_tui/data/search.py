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
import gc
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Any, TypeGuard

import orjson

from smallwins_tui.core.matching import Span, fold, match_spans, query_words
from smallwins_tui.core.week import REVIEW_QUESTIONS
from smallwins_tui.data.files import read_journal_file
from smallwins_tui.data.journal import INTENTIONS, WINS, Journal
from smallwins_tui.data.reflections import REFLECTIONS
from smallwins_tui.data.reviews import REVIEWS
from smallwins_tui.data.schema import RECORD_TYPES
from smallwins_tui.data.segments import month_files, segment_path, table_dir
from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION


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
    checks = {kind: RECORD_TYPES[TABLES[kind]].problem for kind in kinds}
    for month in sorted(months, reverse=True):
        hits: list[tuple[dt.date, int, str, Hit]] = []
        found = {kind: _month_rows(journal, TABLES[kind], month) for kind in months[month]}
        done_steps = (
            {str(record.get("win_id")) for record in found.get("step", ())}
            if "step" in found
            else set()
        )
        for kind, records in found.items():
            for record in _candidates(kind, records, words):
                if (
                    kind == "win"
                    and record.get("source") == "intention"
                    and str(record.get("id")) in done_steps
                ):
                    continue  # the ticked step is found as the step itself
                for hit in _record_hits(kind, record, words, checks[kind]):
                    if (since is None or hit.day >= since) and (until is None or hit.day <= until):
                        hits.append((hit.day, _ORDER[kind], str(record.get("created")), hit))
        hits.sort(key=lambda entry: (-entry[0].toordinal(), entry[1], entry[2]))
        for entry in hits:
            yield entry[3]


def _candidates(
    kind: str, records: list[dict[str, Any]], words: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The records that may hold every word: for wins and steps (most of the journal) a
    quick look at their text, inline, so the thousands that do not match cost little."""
    if kind not in ("win", "step"):
        return records
    found = []
    for record in records:
        text = record.get("text")
        if text.__class__ is str:
            folded = text.lower() if text.isascii() else fold(text)
            if all(word in folded for word in words):
                found.append(record)
    return found


def _month_rows(journal: Journal, table: str, month: str) -> list[dict[str, Any]]:
    """The records of ``table`` in one month's file, read straight from disk.

    A search reads every month once and keeps none: parsing the file here, and checking
    only the records that match (see :func:`_record_hits`), costs a third of reading it
    through the journal, which checks every record and keeps the file in memory. Anything
    out of the ordinary (a file that cannot be read or parsed, another schema version, a
    table that is not a set of records) goes through the journal's own read instead, which
    says what is wrong, or in the app mends it, exactly as it would anywhere else.
    """
    path = segment_path(journal.data_dir, table, month)
    enabled = gc.isenabled()
    gc.disable()  # as the journal reads: thousands of new dicts, all freed by reference counting
    try:
        raw, _ = read_journal_file(path)
        data = orjson.loads(raw)
    except FileNotFoundError:
        return []
    except (OSError, orjson.JSONDecodeError):
        return journal.month_records(table, month)
    finally:
        if enabled:
            gc.enable()
    docs = data.get(table, {}) if isinstance(data, dict) else None
    meta = data.get(META_TABLE) if isinstance(data, dict) else None
    versions = [doc.get("schema_version") for doc in meta.values()] if _records(meta) else None
    if versions != [SCHEMA_VERSION] or not _records(docs):
        return journal.month_records(table, month)
    return list(docs.values())


def _records(table: object) -> TypeGuard[dict[str, dict[str, Any]]]:
    return isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())


def _record_hits(
    kind: str,
    record: dict[str, Any],
    words: tuple[str, ...],
    problem: Callable[[Any], str | None],
) -> Iterator[Hit]:
    """The record's fields that hold every word; none if the record does not fit its type
    (the journal would not show it either)."""
    fits: bool | None = None
    for hit in _field_hits(kind, record, words):
        if fits is None:
            fits = problem(record) is None  # checked once, and only for records found
        if not fits:
            return
        yield hit


def _field_hits(kind: str, record: dict[str, Any], words: tuple[str, ...]) -> Iterator[Hit]:
    record_id = str(record.get("id"))
    if kind in ("win", "step"):
        text = record.get("text")
        spans = match_spans(text, words) if isinstance(text, str) else ()
        day = _day(record.get("day")) if spans else None
        if day is not None:
            note = kind == "win" and record.get("note") is True
            yield Hit(day, kind, record_id, str(text), spans, note=note)
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
        spans = match_spans(text, words) if isinstance(text, str) else ()
        if spans:
            yield Hit(day, kind, record_id, str(text), spans, label, field=name)


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
