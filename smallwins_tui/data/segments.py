"""Where each record lives on disk, and one journal file's records in memory.

The journal is split by month so that its cost follows what is used, not how long it has been
kept: opening the app reads this month, saving a win rewrites one month's file (a few
kilobytes, even in year ten), and only the months a screen shows are ever in memory.

    smallwins.json                 settings, drafts, the safety plan (the *home* file), and the
                                   schema version
    smallwins.local.json           this computer's own settings (theme, bell), never synced
    tables/wins/2026-11.json       November 2026's wins
    tables/reflections/2026-11.json

Each file is an ordinary TinyDB JSON document (``{"table": {"doc id": record}}`` plus the
``_meta`` table with the schema version), written whole and atomically by
:class:`~smallwins_tui.data.storage.SafeJSONStorage`. A record's month comes from its ``day``
(wins, small steps), its ``week`` (weekly reviews) or else its ``created`` time, and never
changes, so a record stays in the file it was first written to, and a caller who knows the day
can find it without reading any other month.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from smallwins_tui.data.files import ensure_private_dir, fsync_dir
from smallwins_tui.data.schema import record_type
from smallwins_tui.data.storage import SafeJSONStorage

TABLES_FOLDER = "tables"
UNDATED = "undated"
"""The month name for a record whose day and created time cannot be read (kept, not lost)."""

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_TABLE = re.compile(r"[a-z][a-z0-9_]{0,63}")
"""Both used with ``fullmatch`` (``$`` would let a trailing newline through)."""


def month_of(record: dict[str, Any], table: str | None = None) -> str:
    """``YYYY-MM`` of the record's day field as its type declares it (see
    :mod:`~smallwins_tui.data.schema`); for a table smallwins does not know, its ``day``, else
    its ``week``, else its ``created`` time; :data:`UNDATED` when none reads."""
    declared = record_type(table) if table is not None else None
    if declared is not None:
        return declared.month_of(record) or UNDATED
    for field in ("day", "week", "created"):
        value = record.get(field)
        if isinstance(value, str) and _MONTH.fullmatch(value[:7]):
            return value[:7]
    return UNDATED


def tables_dir(data_dir: Path) -> Path:
    return data_dir / TABLES_FOLDER


def table_dir(data_dir: Path, table: str) -> Path:
    if not _TABLE.fullmatch(table):
        raise ValueError(f"{table!r} is not a table name")
    return tables_dir(data_dir) / table


def segment_path(data_dir: Path, table: str, month: str) -> Path:
    return table_dir(data_dir, table) / f"{month}.json"


def is_month_file(path: Path) -> bool:
    return path.suffix == ".json" and (path.stem == UNDATED or bool(_MONTH.fullmatch(path.stem)))


def month_files(folder: Path) -> list[Path]:
    """A table folder's month files, oldest first (:data:`UNDATED` sorts last)."""
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries if entry.is_file()]
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(
        (folder / name for name in names if is_month_file(Path(name))),
        key=lambda path: (path.stem == UNDATED, path.stem),
    )


def table_names(data_dir: Path) -> list[str]:
    """The partitioned tables that have a folder on disk."""
    try:
        return sorted(
            path.name
            for path in tables_dir(data_dir).iterdir()
            if path.is_dir() and _TABLE.fullmatch(path.name)
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def journal_files(data_dir: Path, home: Path) -> list[Path]:
    """Every file that holds records: the home file, then each table's months."""
    files = [home] if home.exists() else []
    for table in table_names(data_dir):
        files += month_files(table_dir(data_dir, table))
    return files


class Segment:
    """One journal file's records in memory, with a UUID -> doc id map per table.

    The copy is re-read whenever the file on disk is not the one last read or written (see
    :class:`SafeJSONStorage`), and the maps are rebuilt from each new copy. ``changed`` is
    called when the records change after the first read (our write, or another process's).
    """

    def __init__(self, path: Path, changed: Callable[[], None]) -> None:
        self.path = path
        self.storage = SafeJSONStorage(path)
        self._changed = changed
        self._seen: dict[str, Any] | None = None
        self._read_once = False
        self._ids: dict[str, dict[str, str]] = {}
        self._next_ids: dict[str, int] = {}

    def data(self) -> dict[str, Any] | None:
        """The file's current content (None if it does not exist); may re-read the file."""
        data = self.storage.read()
        if data is not self._seen:
            if self._read_once:
                self._changed()
            self._seen, self._ids, self._next_ids = data, {}, {}
        self._read_once = True
        return data

    def docs(self, table: str) -> dict[str, dict[str, Any]]:
        data = self.data()
        return data.get(table, {}) if data else {}

    def ids(self, table: str) -> dict[str, str]:
        docs = self.docs(table)  # refreshes first, which may clear the maps
        ids = self._ids.get(table)
        if ids is None:
            ids = {str(record.get("id")).lower(): doc_id for doc_id, record in docs.items()}
            self._ids[table] = ids
            self._next_ids[table] = (
                max((int(doc_id) for doc_id in docs if doc_id.isdigit()), default=0) + 1
            )
        return ids

    def find(self, table: str, record_id: str) -> dict[str, Any] | None:
        """The record with this id, in any case."""
        doc_id = self.ids(table).get(record_id.lower())
        return None if doc_id is None else self.docs(table)[doc_id]

    def write(
        self, table: str, record_id: str, record: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """Set (or with None, remove) one record and save the file atomically.

        Returns the record it replaced. On failure the in-memory copy is dropped, so the next
        read comes from the file, which is untouched.
        """
        ids = self.ids(table)
        data = self.data()
        if data is None:
            data = {}
        docs = data.setdefault(table, {})
        doc_id = ids.get(record_id.lower())
        before = None if doc_id is None else docs.get(doc_id)
        if record is None and doc_id is None:
            return None
        if doc_id is None:
            doc_id = str(self._next_ids[table])
        if record is None:
            docs.pop(doc_id, None)
        else:
            docs[doc_id] = record
        self._save(data)
        if self._ids.get(table) is ids:  # still the maps of this copy: keep them current
            if record is None:
                ids.pop(record_id.lower(), None)
            else:
                ids[record_id.lower()] = doc_id
                self._next_ids[table] = max(self._next_ids[table], int(doc_id) + 1)
        return before

    def write_many(
        self,
        table_records: list[tuple[str, dict[str, Any]]],
        removals: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Insert or replace many records by UUID (any copy under the same id in another case
        is replaced too) and remove the ids in ``removals``, with ONE write; all or nothing."""
        current = self.data() or {}
        data = {name: dict(docs) for name, docs in current.items()}
        ids: dict[str, dict[str, list[str]]] = {}
        next_ids: dict[str, int] = {}

        def index(table: str) -> dict[str, list[str]]:
            if table not in ids:
                docs = data.setdefault(table, {})
                found: dict[str, list[str]] = {}
                for key, doc in docs.items():
                    found.setdefault(str(doc.get("id")).lower(), []).append(key)
                ids[table] = found
                next_ids[table] = max((int(key) for key in docs if key.isdigit()), default=0) + 1
            return ids[table]

        for table, record_id in removals:
            for doc_id in index(table).pop(record_id.lower(), []):
                data[table].pop(doc_id, None)
        for table, record in table_records:
            record_id = str(record.get("id")).lower()
            found = index(table).get(record_id, [])
            for extra in found[1:]:
                data[table].pop(extra, None)
            if found:
                doc_id = found[0]
            else:
                doc_id = str(next_ids[table])
                next_ids[table] += 1
            ids[table][record_id] = [doc_id]
            data[table][doc_id] = record  # not copied: the caller hands its records over
        self._save(data)

    def replace(self, data: dict[str, Any]) -> None:
        """Write ``data`` as the whole file (an upgrade rewriting the home file)."""
        self._save(data)

    def _save(self, data: dict[str, Any]) -> None:
        try:
            if not self.path.parent.is_dir():  # a table's first month: tables/<table>/
                for folder in (self.path.parent.parent, self.path.parent):
                    ensure_private_dir(folder)
                    fsync_dir(folder.parent)  # the new folder survives a power cut
            self.storage.write(data)
        except BaseException:
            self.storage.invalidate()
            self._seen, self._ids, self._next_ids = None, {}, {}
            raise
        if data is not self._seen:
            self._seen, self._ids, self._next_ids = data, {}, {}
        self._changed()

    def forget(self) -> None:
        """Drop the in-memory copy (the next read comes from disk)."""
        self.storage.invalidate()
        self._seen, self._ids, self._next_ids = None, {}, {}
