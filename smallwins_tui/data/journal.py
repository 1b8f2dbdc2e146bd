"""The journal: the one API the app and the command line use for wins, intentions and settings.

Screens built on other record types (practices, reflections, reviews) use the generic
:class:`RecordStore` methods with their own table names.
"""

from __future__ import annotations

import bisect
import datetime as dt
from operator import itemgetter
from typing import Any

from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.models import Intention, Win
from smallwins_tui.core.settings import with_defaults
from smallwins_tui.core.text import INTENTION_MAX, NOTE_MAX, WIN_MAX, clean_line, clean_text
from smallwins_tui.data.records import RecordStore

WINS = "wins"
INTENTIONS = "intentions"
SETTINGS = "settings"
DRAFTS = "drafts"
PRACTICES = "practices"

_UNSET: Any = object()
_created = itemgetter("created")


def _check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KIND_KEYS:
        raise ValueError(f"unknown kind {kind!r}")
    return kind


class Journal(RecordStore):
    """Wins, the day's intention, settings and drafts, on top of :class:`RecordStore`."""

    _day_index: dict[str, list[dict[str, Any]]]
    _day_index_of: dict[str, Any] | None = None
    """The loaded data the day index was built from; another copy means it is stale."""

    # Wins -------------------------------------------------------------------------------------

    def add_win(
        self,
        text: str,
        day: dt.date | None = None,
        kind: str | None = None,
        source: str | None = None,
    ) -> Win:
        """Save a win; raise ValueError if nothing is left once the text is cleaned."""
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
        return Win.from_record(self.add(WINS, fields))

    def edit_win(self, win_id: str, text: str = _UNSET, kind: str | None = _UNSET) -> Win:
        changes: dict[str, Any] = {}
        if text is not _UNSET:
            cleaned = clean_line(text, WIN_MAX)
            if not cleaned:
                raise ValueError("a win needs some words")
            changes["text"] = cleaned
        if kind is not _UNSET:
            changes["kind"] = _check_kind(kind)
        return Win.from_record(self.update(WINS, win_id, changes))

    def delete_win(self, win_id: str) -> Win | None:
        """Delete a win and return it, so the caller can offer to undo."""
        record = self.delete(WINS, win_id)
        return Win.from_record(record) if record else None

    def restore_win(self, win: Win) -> Win:
        """Undo a delete: the win comes back with its id and timestamps."""
        self.put(WINS, win.to_record())
        return win

    def get_win(self, win_id: str) -> Win | None:
        record = self.get(WINS, win_id)
        return Win.from_record(record) if record else None

    def _wins_by_day(self) -> dict[str, list[dict[str, Any]]]:
        """Wins by ISO day, each day in the order written: built once per read of the file,
        then kept current by :meth:`_changed`, so a new win never costs a rebuild."""
        with self.reading():
            data = self._storage.read()
            if data is None or data is not self._day_index_of:
                index: dict[str, list[dict[str, Any]]] = {}
                unsorted: set[str] = set()  # the file is mostly in order already
                for record in self._raw(WINS).values():
                    day = record["day"]
                    rows = index.get(day)
                    if rows is None:
                        index[day] = [record]
                    else:
                        if record["created"] < rows[-1]["created"]:
                            unsorted.add(day)
                        rows.append(record)
                for day in unsorted:
                    index[day].sort(key=_created)
                self._day_index, self._day_index_of = index, data
            return self._day_index

    def _changed(
        self, table: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> None:
        if table != WINS or self._day_index_of is not self._storage.read():
            return  # no index yet, or one that will be rebuilt anyway
        index = self._day_index
        if before is not None:
            rows = index.get(before["day"], [])
            rows[:] = [row for row in rows if row is not before]
            if not rows:
                index.pop(before["day"], None)
        if after is not None:
            bisect.insort(index.setdefault(after["day"], []), after, key=_created)

    def wins_on(self, day: dt.date) -> list[Win]:
        """The day's wins in the order they were written."""
        rows = self._wins_by_day().get(day.isoformat(), [])
        return [Win.from_record(record) for record in rows]

    def wins_between(self, first: dt.date, last: dt.date) -> list[Win]:
        """Wins from ``first`` to ``last`` inclusive, by day then time written."""
        index = self._wins_by_day()
        start, end = first.isoformat(), last.isoformat()
        days = sorted(day for day in index if start <= day <= end)
        return [Win.from_record(record) for day in days for record in index[day]]

    def all_wins(self) -> list[Win]:
        index = self._wins_by_day()
        return [Win.from_record(record) for day in sorted(index) for record in index[day]]

    # The day's one small step -----------------------------------------------------------------

    def intention(self, day: dt.date) -> Intention | None:
        wanted = day.isoformat()
        with self.reading():
            found = [record for record in self._raw(INTENTIONS).values()
                     if record.get("day") == wanted]
        return Intention.from_record(min(found, key=_created)) if found else None

    def set_intention(self, day: dt.date, text: str) -> Intention | None:
        """Set or change the day's step; empty text removes it (and any win it recorded)."""
        cleaned = clean_line(text, INTENTION_MAX)
        current = self.intention(day)
        if not cleaned:
            if current:
                if current.win_id:
                    self.delete(WINS, current.win_id)
                self.delete(INTENTIONS, current.id)
            return None
        if current:
            return Intention.from_record(self.update(INTENTIONS, current.id, {"text": cleaned}))
        fields = {"day": day.isoformat(), "text": cleaned, "win_id": None}
        return Intention.from_record(self.add(INTENTIONS, fields))

    def toggle_intention(self, day: dt.date) -> tuple[Intention, Win | None]:
        """Tick the step off (recording it as a win) or untick it (removing that win)."""
        current = self.intention(day)
        if current is None:
            raise LookupError("there is no small step set for this day")
        if current.win_id:
            self.delete(WINS, current.win_id)
            record = self.update(INTENTIONS, current.id, {"win_id": None})
            return Intention.from_record(record), None
        win = self.add_win(current.text, day=day, source="intention")
        record = self.update(INTENTIONS, current.id, {"win_id": win.id})
        return Intention.from_record(record), win

    # Settings and drafts ----------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        stored = self.records(SETTINGS)
        return with_defaults(stored[0].get("values", {}) if stored else {})

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            stored = self.records(SETTINGS)
            if stored:
                values = {**stored[0].get("values", {}), key: value}
                self.update(SETTINGS, stored[0]["id"], {"values": values})
            else:
                self.add(SETTINGS, {"values": {key: value}})

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
