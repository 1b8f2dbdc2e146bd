"""The journal: the one API the app and the command line use, with a typed method for every
table (wins, the day's small step, practices, reflections, weekly reviews, the safety plan,
drafts and settings). Screens call only these; the generic :class:`RecordStore` methods
underneath are for import, export and the tools that work on every table alike.

Every change is announced to the journal's listeners (see :meth:`RecordStore.add_listener`),
so the app redraws after any write without each screen having to say so.
"""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smallwins_tui.core.clock import created_instant, timestamp
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.models import Intention, Win
from smallwins_tui.core.reflection import Reflection
from smallwins_tui.core.settings import Settings
from smallwins_tui.core.text import INTENTION_MAX, NOTE_MAX, WIN_MAX, clean_line, clean_text
from smallwins_tui.data import reflections as _reflections
from smallwins_tui.data.paths import local_file
from smallwins_tui.data.records import RecordStore
from smallwins_tui.data.schema import (
    DRAFTS,
    HOME_TABLES,
    INTENTIONS,
    PLAN,
    PRACTICES,
    REFLECTIONS,
    REVIEWS,
    SETTINGS,
    WINS,
)
from smallwins_tui.data.segments import Segment

if TYPE_CHECKING:
    from smallwins_tui.core.week import Week

__all__ = [
    "DRAFTS",
    "INTENTIONS",
    "LOCAL_SETTINGS",
    "PLAN",
    "PRACTICES",
    "REFLECTIONS",
    "REVIEWS",
    "SETTINGS",
    "WINS",
    "Journal",
]

LOCAL_SETTINGS = frozenset({"theme", "bell"})
"""Settings that belong to one computer's screen and speaker, kept apart from the journal in
``smallwins.local.json`` so that a synced folder does not carry them: a theme that suits one
terminal may not suit another. Every other setting travels with the journal."""

_UNSET: Any = object()
_created = created_instant


def _month(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()[:7]


def _sounds_like_distress(text: str) -> bool:
    # Imported here: compiling the phrases costs a few ms that only writing needs.
    from smallwins_tui.core.distress import is_distress

    return is_distress(text)


def _check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KIND_KEYS:
        raise ValueError(f"unknown kind {kind!r}")
    return kind


class Journal(RecordStore):
    """Wins, the day's intention, settings and drafts, on top of :class:`RecordStore`."""

    home_tables = HOME_TABLES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._day_indexes: dict[Path, tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]] = {}
        """Per month file: the loaded copy it was built from, and that month's wins by day."""
        super().__init__(*args, **kwargs)

    # Wins -------------------------------------------------------------------------------------

    def add_win(
        self,
        text: str,
        day: dt.date | None = None,
        kind: str | None = None,
        source: str | None = None,
        note: bool | None = None,
    ) -> Win:
        """Save a win; raise ValueError if nothing is left once the text is cleaned.

        Words that sound like distress are saved exactly as written but as a note (``note``
        None means: decide from the words), so they never count as progress.
        """
        cleaned = clean_line(text, WIN_MAX)
        if not cleaned:
            raise ValueError("a win needs some words")
        fields: dict[str, Any] = {
            "text": cleaned,
            "day": (day or self.clock.now().date()).isoformat(),
            "kind": _check_kind(kind),
        }
        if source:
            fields["source"] = source
        if _sounds_like_distress(cleaned) if note is None else note:
            fields["note"] = True
        return Win.from_record(self.add(WINS, fields))

    def edit_win(
        self, win_id: str, text: str = _UNSET, kind: str | None = _UNSET, day: dt.date | None = None
    ) -> Win:
        """Change a win's words or kind; ``day`` (the win's own, when known) spares a search."""
        changes: dict[str, Any] = {}
        if text is not _UNSET:
            cleaned = clean_line(text, WIN_MAX)
            if not cleaned:
                raise ValueError("a win needs some words")
            changes["text"] = cleaned
            changes["note"] = _sounds_like_distress(cleaned)
        if kind is not _UNSET:
            changes["kind"] = _check_kind(kind)
        return Win.from_record(self.update(WINS, win_id, changes, month=_month(day)))

    def set_note(self, win_id: str, note: bool, day: dt.date | None = None) -> Win:
        """Count a note as a win after all (a false alarm), or set a win aside as a note."""
        return Win.from_record(self.update(WINS, win_id, {"note": note}, month=_month(day)))

    def delete_win(self, win_id: str, day: dt.date | None = None) -> Win | None:
        """Delete a win and return it, so the caller can offer to undo (``day`` as above)."""
        record = self.delete(WINS, win_id, month=_month(day))
        return Win.from_record(record) if record else None

    def restore_win(self, win: Win) -> Win:
        """Undo a delete: the win comes back with its id and timestamps."""
        self.put(WINS, win.to_record())
        return win

    def get_win(self, win_id: str, day: dt.date | None = None) -> Win | None:
        record = self.get(WINS, win_id, month=_month(day))
        return Win.from_record(record) if record else None

    def _month_index(self, segment: Segment) -> dict[str, list[dict[str, Any]]]:
        """One month's wins by ISO day, each day in the order written: built once per read of
        the file, then kept current by :meth:`_changed`, so a new win never costs a rebuild."""
        data = self._read(segment)
        if data is None:
            return {}
        cached = self._day_indexes.get(segment.path)
        if cached is not None and cached[0] is data:
            return cached[1]
        index: dict[str, list[dict[str, Any]]] = {}
        unsorted: set[str] = set()  # the file is mostly in order already
        for record in data.get(WINS, {}).values():
            day = record["day"]
            rows = index.get(day)
            if rows is None:
                index[day] = [record]
            else:
                if _created(record) < _created(rows[-1]):
                    unsorted.add(day)
                rows.append(record)
        for day in unsorted:
            index[day].sort(key=_created)
        if self._segments.get(segment.path) is segment:  # not already dropped from memory
            self._day_indexes[segment.path] = (data, index)
        return index

    def _forgotten(self, path: Path) -> None:
        self._day_indexes.pop(path, None)

    def _changed(
        self,
        table: str,
        segment: Segment,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        cached = self._day_indexes.get(segment.path)
        if table != WINS or cached is None or cached[0] is not segment.storage.read():
            return  # no index yet, or one that will be rebuilt anyway
        index = cached[1]
        if before is not None:
            rows = index.get(before["day"], [])
            rows[:] = [row for row in rows if row is not before]
            if not rows:
                index.pop(before["day"], None)
        if after is not None:
            bisect.insort(index.setdefault(after["day"], []), after, key=_created)

    def _days(
        self, first: str | None = None, last: str | None = None
    ) -> list[tuple[str, list[dict[str, Any]]]]:
        """(ISO day, that day's win records) for the months from ``first`` to ``last``."""
        with self.reading():
            days = []
            for segment in self._files_of(WINS, first, last):
                index = self._month_index(segment)
                days += [(day, list(index[day])) for day in sorted(index)]
            return days

    def wins_on(self, day: dt.date) -> list[Win]:
        """The day's wins in the order they were written."""
        with self.reading():
            segment = self.month(WINS, day.isoformat()[:7])
            rows = self._month_index(segment).get(day.isoformat(), [])
            return [Win.from_record(record) for record in rows]

    def wins_between(self, first: dt.date, last: dt.date) -> list[Win]:
        """Wins from ``first`` to ``last`` inclusive, by day then time written."""
        start, end = first.isoformat(), last.isoformat()
        return [
            Win.from_record(record)
            for day, rows in self._days(start[:7], end[:7])
            if start <= day <= end
            for record in rows
        ]

    def all_wins(self) -> list[Win]:
        return [Win.from_record(record) for _, rows in self._days() for record in rows]

    # The day's one small step -----------------------------------------------------------------

    def intention(self, day: dt.date) -> Intention | None:
        wanted = day.isoformat()
        with self.reading():
            segment = self.month(INTENTIONS, wanted[:7])
            found = [
                record
                for record in self._docs(segment, INTENTIONS).values()
                if record.get("day") == wanted
            ]
        return Intention.from_record(min(found, key=_created)) if found else None

    def set_intention(self, day: dt.date, text: str) -> Intention | None:
        """Set or change the day's step; empty text removes it (and any win it recorded)."""
        cleaned = clean_line(text, INTENTION_MAX)
        current = self.intention(day)
        if not cleaned:
            if current:
                if current.win_id:
                    self.delete(WINS, current.win_id, month=_month(day))
                self.delete(INTENTIONS, current.id, month=_month(day))
            return None
        if current:
            return Intention.from_record(
                self.update(INTENTIONS, current.id, {"text": cleaned}, month=_month(day))
            )
        fields = {"day": day.isoformat(), "text": cleaned, "win_id": None}
        return Intention.from_record(self.add(INTENTIONS, fields))

    def toggle_intention(self, day: dt.date) -> tuple[Intention, Win | None]:
        """Tick the step off (recording it as a win) or untick it (removing that win)."""
        current = self.intention(day)
        if current is None:
            raise LookupError("there is no small step set for this day")
        month = _month(day)
        if current.win_id:
            self.delete(WINS, current.win_id, month=month)
            record = self.update(INTENTIONS, current.id, {"win_id": None}, month=month)
            return Intention.from_record(record), None
        win = self.add_win(current.text, day=day, source="intention")
        record = self.update(INTENTIONS, current.id, {"win_id": win.id}, month=month)
        return Intention.from_record(record), win

    # Practices (breathing and grounding sessions) ----------------------------------------------

    def add_practice(self, fields: Mapping[str, Any]) -> str:
        """Record a practice session (as built by :mod:`smallwins_tui.core.breathing` or
        :mod:`smallwins_tui.core.grounding`; it may carry its own id) and return its id."""
        return str(self.add(PRACTICES, dict(fields))["id"])

    def link_practice_win(self, practice_id: str, win_id: str) -> None:
        """Note on a session the win it was recorded as; KeyError if the session is gone."""
        self.update(PRACTICES, practice_id, {"win_id": win_id})

    def set_practice_items(self, practice_id: str, items: Any | None) -> None:
        """Keep (or with None, forget) what was typed during a grounding walk."""
        with self.transaction():
            record = self.get(PRACTICES, practice_id)
            if record is None:
                return
            record.pop("items", None)
            if items is not None:
                record["items"] = items
            self.put(PRACTICES, record)

    def practices(self) -> list[dict[str, Any]]:
        """Every practice session, oldest first."""
        return self.records(PRACTICES)

    # Reflections ------------------------------------------------------------------------------

    def add_reflection(
        self, thought: str, baseline: str | None, cue: str | None, answer: str
    ) -> Reflection:
        return _reflections.add_reflection(self, thought, baseline, cue, answer)

    def reflections(self) -> list[Reflection]:
        """Every reflection, newest first."""
        return _reflections.reflections(self)

    def delete_reflection(self, reflection_id: str) -> dict[str, Any] | None:
        """Delete a reflection; returns its whole record (for :meth:`restore_reflection`)."""
        return self.delete(REFLECTIONS, reflection_id)

    def restore_reflection(self, record: dict[str, Any]) -> None:
        """Undo a delete: the reflection comes back with its id and dates."""
        self.put(REFLECTIONS, record)

    # Weekly reviews ---------------------------------------------------------------------------

    def review_answers(self, week: Week) -> dict[str, str]:
        """The saved answers for ``week`` by question key (see :mod:`.reviews`)."""
        from smallwins_tui.data import reviews  # not needed by `smallwins add`: imported here

        return reviews.review_answers(self, week)

    def save_review(self, week: Week, answers: Mapping[str, str]) -> bool:
        """Store answers for ``week``; True if anything changed on disk."""
        from smallwins_tui.data import reviews

        return reviews.save_review(self, week, answers)

    # The safety plan --------------------------------------------------------------------------

    def safety_plan(self) -> dict[str, str]:
        """The plan's written parts by key (see :mod:`.safety_plan`)."""
        from smallwins_tui.data import safety_plan  # not needed by `smallwins add`

        return safety_plan.safety_plan(self)

    def save_safety_plan(self, parts: Mapping[str, str]) -> bool:
        """Store the plan; True if anything changed on disk."""
        from smallwins_tui.data import safety_plan

        return safety_plan.save_safety_plan(self, parts)

    # Settings and drafts ----------------------------------------------------------------------

    def settings(self) -> Settings:
        """Every setting: this computer's own (:data:`LOCAL_SETTINGS`) over the shared ones;
        a stored value that cannot be used reads as its default."""
        stored = self.records(SETTINGS)
        shared = stored[0].get("values") if stored else None
        values = dict(shared) if isinstance(shared, dict) else {}
        with self.reading():
            here = self._local_record()
        mine = here.get("values") if here else None
        if isinstance(mine, dict):
            values.update({key: value for key, value in mine.items() if key in LOCAL_SETTINGS})
        return Settings.from_stored(values)

    def _local_record(self) -> dict[str, Any] | None:
        return next(
            iter(self._docs(self._segment(local_file(self.data_dir)), SETTINGS).values()), None
        )

    def set_setting(self, key: str, value: Any) -> None:
        """Change one setting; ValueError if it is unknown or ``value`` is not one it takes."""
        Settings().with_value(key, value)
        if key in LOCAL_SETTINGS:
            self._set_local_setting(key, value)
            return
        with self.transaction():
            stored = self.records(SETTINGS)
            if stored:
                current = stored[0].get("values")
                values = {**(current if isinstance(current, dict) else {}), key: value}
                self.update(SETTINGS, stored[0]["id"], {"values": values})
            else:
                self.add(SETTINGS, {"values": {key: value}})

    def _set_local_setting(self, key: str, value: Any) -> None:
        """Into ``smallwins.local.json``, which no sync tool carries (see ``sync.STIGNORE``)."""
        now = timestamp(self.clock)
        with self.transaction():
            current = self._local_record()
            record: dict[str, Any]
            if current is None:
                record = {
                    "id": str(uuid.uuid4()),
                    "created": now,
                    "updated": now,
                    "values": {key: value},
                }
            else:
                values = current.get("values")
                record = {
                    **current,
                    "updated": now,
                    "values": {**(values if isinstance(values, dict) else {}), key: value},
                }
            self._segment(local_file(self.data_dir)).write(SETTINGS, record["id"], record)

    def draft(self, key: str) -> str | None:
        for record in self.records(DRAFTS):
            if record.get("key") == key:
                return str(record.get("text", ""))
        return None

    def save_draft(self, key: str, text: str) -> None:
        """Keep unfinished writing on disk (never in /tmp) so a closed terminal loses nothing."""
        cleaned = clean_text(text, NOTE_MAX)
        with self.transaction():
            for record in self.records(DRAFTS):
                if record.get("key") == key:
                    self.update(DRAFTS, record["id"], {"text": cleaned})
                    return
            self.add(DRAFTS, {"key": key, "text": cleaned})

    def clear_draft(self, key: str) -> None:
        with self.transaction():
            for record in self.records(DRAFTS):
                if record.get("key") == key:
                    self.delete(DRAFTS, record["id"])
