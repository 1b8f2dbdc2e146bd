"""The therapy summary: gathered from the journal, written privately, and remembered.

:func:`summary_markdown` reads only the months the summary covers and hands the records to
:func:`smallwins_tui.core.summary.summary_text`, which does the writing. ``--since last``
starts the day after the previous summary ended: that day is kept as the shared setting
``last_summary_until`` (see :func:`remember_summary` for why there). Nothing here imports
Textual, so the command line and the app share it.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

from smallwins_tui.core.models import Intention, Win
from smallwins_tui.core.reflection import Reflection
from smallwins_tui.core.summary import Practice, ReviewWeek, SummaryInput, summary_text
from smallwins_tui.core.week import QUESTION_KEYS, review_monday
from smallwins_tui.data import transfer
from smallwins_tui.data.journal import INTENTIONS, PRACTICES, WINS, Journal
from smallwins_tui.data.reflections import REFLECTIONS
from smallwins_tui.data.reviews import REVIEWS
from smallwins_tui.data.segments import UNDATED, month_files, table_dir

LAST_SUMMARY = "last_summary_until"
"""The setting holding the last day the previous summary covered (an ISO date)."""

_DATED = (
    (WINS, "day"),
    (INTENTIONS, "day"),
    (PRACTICES, "day"),
    (REFLECTIONS, "created"),
    (REVIEWS, "week"),
)


def _month(day: dt.date) -> str:
    return day.isoformat()[:7]


def _day_of(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def first_day(journal: Journal) -> dt.date | None:
    """The earliest day anything was noted (a win, a step, a practice, a reflection, a review).

    Month files sort by name, so only each table's first month holding records is read.
    """
    days = []
    for table, field_name in _DATED:
        for path in month_files(table_dir(journal.data_dir, table)):
            if path.stem == UNDATED:
                continue
            rows = journal.records(table, first=path.stem, last=path.stem)
            found = [_day_of(record.get(field_name)) for record in rows]
            if any(found):
                days += [day for day in found if day is not None]
                break
    return min(days, default=None)


def gather(
    journal: Journal, *, since: dt.date | None, until: dt.date, include_notes: bool = False
) -> SummaryInput:
    """What the summary shows, read from the months ``since``..``until`` touch."""
    if since is None:
        since = min(first_day(journal) or until, until)
    if since > until:
        raise ValueError("the summary starts after it ends")
    first, last = _month(since), _month(until)
    wins: list[Win] = journal.wins_between(since, until)
    steps = [
        Intention.from_record(record)
        for record in journal.records(INTENTIONS, first=first, last=last)
        if _in(record.get("day"), since, until)
    ]
    practices = [
        _practice(record)
        for record in journal.records(PRACTICES, first=first, last=last)
        if _in(record.get("day"), since, until)
    ]
    reflections = [
        reflection
        for reflection in map(
            Reflection.from_record, journal.records(REFLECTIONS, first=first, last=last)
        )
        if since <= reflection.day <= until
    ]
    return SummaryInput(
        since=since,
        until=until,
        wins=wins,
        steps=steps,
        practices=practices,
        reflections=reflections,
        reviews=_reviews(journal, since, until),
        include_notes=include_notes,
    )


def _in(value: Any, since: dt.date, until: dt.date) -> bool:
    day = _day_of(value)
    return day is not None and since <= day <= until


def _practice(record: dict[str, Any]) -> Practice:
    seconds = record.get("actual_seconds")
    finished = record.get("outcome") == "completed" or record.get("completed") is True
    return Practice(
        day=_day_of(record.get("day")) or dt.date.min,
        type=str(record.get("type")),
        seconds=float(seconds) if isinstance(seconds, (int, float)) else 0.0,
        finished=finished,
    )


def _reviews(journal: Journal, since: dt.date, until: dt.date) -> list[ReviewWeek]:
    """The reviews of every week (Monday to Sunday) that overlaps ``since``..``until``; a
    review filed under a Sunday (before reviews were keyed by Monday) joins the Monday after."""
    first = since - dt.timedelta(days=7)
    by_monday: dict[dt.date, dict[str, str]] = {}
    for record in journal.records(REVIEWS, first=_month(first), last=_month(until)):
        key = _day_of(record.get("week"))
        answers = record.get("answers")
        if key is None or not isinstance(answers, dict):
            continue
        monday = review_monday(key)
        if not since - dt.timedelta(days=6) <= monday <= until:
            continue
        kept = by_monday.setdefault(monday, {})
        for question, text in answers.items():  # oldest record first: the newer one wins
            if question in QUESTION_KEYS and isinstance(text, str) and text.strip():
                kept[question] = text
    return [ReviewWeek(monday, answers) for monday, answers in sorted(by_monday.items())]


def summary_markdown(
    journal: Journal, *, since: dt.date | None, until: dt.date, include_notes: bool = False
) -> str:
    """The therapy summary for ``since``..``until`` (``since`` None: from the first record)
    as Markdown. Distress notes are left out (and said to be) unless ``include_notes``."""
    return summary_text(gather(journal, since=since, until=until, include_notes=include_notes))


def last_summary_end(journal: Journal) -> dt.date | None:
    """The last day the previous summary covered, or None if there has been none."""
    return _day_of(journal.settings()[LAST_SUMMARY])


def since_last(journal: Journal) -> dt.date | None:
    """Where ``--since last`` starts: the day after the previous summary, or None (from the
    first record) when there was none."""
    end = last_summary_end(journal)
    return None if end is None else end + dt.timedelta(days=1)


def remember_summary(journal: Journal, *, until: dt.date) -> None:
    """Record that a summary was made up to ``until``, so ``--since last`` starts after it.

    Kept as a shared setting in the journal, not in a file of this computer's own: it is about
    the person's sessions, not the machine, so a summary written on a laptop is "the last one"
    on the desktop too when the journal folder is synced or exported and imported. Older
    versions keep a setting they do not know and ignore it. A summary of an earlier stretch
    (looking back at spring in the autumn) never moves the mark backwards.
    """
    current = last_summary_end(journal)
    if current is None or until > current:
        journal.set_setting(LAST_SUMMARY, until.isoformat())


def write_private(path: Path, text: str, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` as a 0600 file, as ``export`` does, refusing a symbolic link
    (so a link planted where the summary goes cannot send it elsewhere). Without ``overwrite``
    an existing file is kept (FileExistsError); with it, it is replaced atomically."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISLNK(status.st_mode):
        raise OSError(f"{path} is a symbolic link; choose the file itself")
    transfer.write_private(path, text, overwrite=overwrite)
