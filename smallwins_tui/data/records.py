"""UUID-keyed records in named tables, safe across threads and processes, split by month.

Small tables (``home_tables``: settings, drafts) live in the home file ``smallwins.json``; every
other table is kept one file per month (see :mod:`smallwins_tui.data.segments`), so a save
rewrites one small file and a read loads only the months it asks for, however many years the
journal holds. Each change runs inside a transaction that holds a thread lock and a file lock,
and every file is re-read when another process changed it. Records are found by UUID; the
integer doc ids TinyDB's format needs never leave this module.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from smallwins_tui.core.clock import created_instant, timestamp
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.merge import expired, later_than, merge_files, tombstone
from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.segments import Segment, month_of, segment_path, table_names
from smallwins_tui.data.storage import META_TABLE
from smallwins_tui.data.store import KEEP_IN_MEMORY, LOCK_TIMEOUT, FileStore, Repair
from smallwins_tui.data.sync import CopyRefused, conflict_copies, read_copy, set_aside

__all__ = ["KEEP_IN_MEMORY", "LOCK_TIMEOUT", "RecordStore", "Repair"]


def _signature(path: Path) -> tuple[int, int, int]:
    status = os.lstat(path)
    return (status.st_ino, status.st_size, status.st_mtime_ns)


class RecordStore(FileStore):
    """Generic, UUID-keyed records in named tables; see the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.unmerged: dict[Path, str] = {}
        """Conflict copies a sync tool left that could not be merged (yet), and why."""
        self._refused: dict[Path, tuple[int, int, int]] = {}
        super().__init__(*args, **kwargs)
        self.merge_conflict_copies()

    # Records -----------------------------------------------------------------------------------

    def records(
        self, table: str, first: str | None = None, last: str | None = None
    ) -> list[dict[str, Any]]:
        """Copies of the records in ``table``, oldest first; for a split table, only the
        months from ``first`` to ``last`` (``YYYY-MM``) when given."""
        with self.reading():
            rows = [
                dict(record)
                for segment in self._files_of(table, first, last)
                for record in self._docs(segment, table).values()
            ]
        return sorted(rows, key=created_instant)

    def month_records(self, table: str, month: str) -> list[dict[str, Any]]:
        """Copies of the records of a split ``table`` kept in one ``month``'s file
        (``YYYY-MM``), in no particular order. Reads that one file and lists no folder, so
        going through the months one by one (search) costs what the months hold."""
        self._check_table(table)
        if table in self.home_tables:
            raise ValueError(f"the table {table} is not kept by month")
        with self.reading():
            segment = self._segment(segment_path(self.data_dir, table, month))
            return [dict(record) for record in self._docs(segment, table).values()]

    def get(self, table: str, record_id: str, month: str | None = None) -> dict[str, Any] | None:
        """The record with this UUID; give its ``month`` (``YYYY-MM``) when known, so no other
        month is read (without it a missing record means reading every month)."""
        with self.reading():
            found = self._locate(table, record_id, month, reading=True)
            return None if found is None else dict(found[1])

    def add(self, table: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Insert a record with a new UUID and timestamps, unless ``fields`` carries its own."""
        now = timestamp(self.clock)
        record = {"id": str(uuid.uuid4()), "created": now, "updated": now, **fields}
        with self.transaction():
            segment = self._file_for(table, record)
            self._data(segment)
            if segment.find(table, record["id"]) is not None:
                raise ValueError(f"a record with id {record['id']} already exists")
            self._write(segment, table, record["id"], record)
        return dict(record)

    def update(
        self, table: str, record_id: str, changes: dict[str, Any], month: str | None = None
    ) -> dict[str, Any]:
        """Change fields of one record; raise KeyError if it is gone (deleted elsewhere).

        A record's month never changes, so ``day`` and ``created`` cannot be changed here.
        ``month`` as for :meth:`get`.
        """
        with self.transaction():
            found = self._locate(table, record_id, month)
            if found is None:
                raise KeyError(record_id)
            segment, current = found
            record = {**current, **changes, "updated": timestamp(self.clock)}
            if month_of(record, table) != month_of(current, table):
                raise ValueError("a record's day cannot move to another month")
            self._write(segment, table, record_id, record)
            return dict(record)

    def put(self, table: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record by its UUID, keeping its timestamps (import, undo).

        The record's file follows from its own day or created time, as when it was first added.
        A tombstone it left when deleted goes (undo means: it is wanted after all), and the
        record counts as changed after the delete, so another computer's copy of that
        tombstone does not delete it again (see :mod:`~smallwins_tui.data.merge`).
        """
        with self.transaction():
            segment = self._file_for(table, record)
            self._data(segment)
            stone = segment.find(TOMBSTONES, record["id"])
            if stone is None:
                self._write(segment, table, record["id"], dict(record))
                return
            self._before_write()
            before = segment.find(table, record["id"])
            wanted = {**record, "updated": later_than(timestamp(self.clock), stone["updated"])}
            segment.write_many([(table, wanted)], [(TOMBSTONES, record["id"])])
            self._changed(table, segment, before, segment.find(table, record["id"]))

    def delete(self, table: str, record_id: str, month: str | None = None) -> dict[str, Any] | None:
        """Remove one record and return it (for undo), or None if it was already gone.
        ``month`` as for :meth:`get`."""
        with self.transaction():
            found = self._locate(table, record_id, month)
            if found is None:
                return None
            segment, before = found
            self._before_write()
            stone = tombstone(table, before, month_of(before, table), timestamp(self.clock))
            now = self.clock.now()
            gone = [
                (TOMBSTONES, str(old["id"]))
                for old in self._docs(segment, TOMBSTONES).values()
                if expired(old, now)
            ]
            segment.write_many([(TOMBSTONES, stone)], [(table, record_id), *gone])
            self._changed(table, segment, before, None)
            return dict(before)

    def tables(self) -> list[str]:
        """Every table with records on disk (not the meta table)."""
        with self.reading():
            home = self._read(self._home()) or {}
            names = {name for name in home if name not in (META_TABLE, TOMBSTONES)}
            return sorted(names | set(table_names(self.data_dir)))

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Copies of every record of every table (not the meta table), for a complete export.

        One record per id (in lower case): should a file hold a second copy (a sync tool, an
        old import), the newest is exported, so the export can always be imported."""
        with self.reading():
            tables = {}
            for name in self.tables():
                newest: dict[str, dict[str, Any]] = {}
                for record in self.records(name):
                    record_id = str(record.get("id")).lower()
                    kept = newest.get(record_id)
                    if kept is None or str(record.get("updated")) > str(kept.get("updated")):
                        newest[record_id] = {**record, "id": record_id}
                tables[name] = sorted(
                    newest.values(), key=lambda record: (created_instant(record), record["id"])
                )
            return tables

    def put_many(
        self,
        items: Iterable[tuple[str, dict[str, Any]]],
        remove: Iterable[tuple[Path, str, str]] = (),
    ) -> int:
        """Insert or replace many whole records by UUID, one write per file touched; and
        take out the copies in ``remove`` (file, table, id as stored), as import does when a
        record moved to another month.

        Used by import. Each file changes all at once or not at all; files gaining records
        are written before files losing them, so a failure part-way can leave a record twice
        but never lose one, and importing the same file again finishes the job (records are
        matched by UUID). Returns how many records were put.
        """
        with self.transaction():
            by_file: dict[
                Path, tuple[Segment, list[tuple[str, dict[str, Any]]], list[tuple[str, str]]]
            ] = {}
            for table, record in items:
                segment = self._file_for(table, record)
                by_file.setdefault(segment.path, (segment, [], []))[1].append((table, record))
            for path, table, record_id in remove:
                segment = self._segment(path)
                by_file.setdefault(path, (segment, [], []))[2].append((table, record_id))
            if by_file:
                self._before_write()
            for segment, records, gone in sorted(by_file.values(), key=lambda entry: not entry[1]):
                self._data(segment)
                segment.write_many(records, gone)
            return sum(len(records) for _, records, _ in by_file.values())

    def file_for(self, table: str, record: dict[str, Any]) -> Path:
        """The file a record belongs in, by its table and its day field."""
        return self._file_for(table, record).path

    def stored(self, table: str) -> list[tuple[Path, dict[str, Any]]]:
        """Every stored copy of ``table``'s records, each with the file holding it (import
        uses this to leave exactly one copy of each id)."""
        with self.reading():
            return [
                (segment.path, dict(record))
                for segment in self._files_of(table)
                for record in self._docs(segment, table).values()
            ]

    def tombstones(self) -> list[dict[str, Any]]:
        """Every deletion remembered (see :data:`~smallwins_tui.data.schema.TOMBSTONE`), for
        export, so another computer's import does not bring deleted records back."""
        with self.reading():
            home = [self._home()]
            months = [
                segment for table in table_names(self.data_dir) for segment in self._files_of(table)
            ]
            return sorted(
                (
                    dict(stone)
                    for segment in home + months
                    for stone in self._docs(segment, TOMBSTONES).values()
                ),
                key=lambda stone: (str(stone["updated"]), str(stone["id"])),
            )

    def refresh(self) -> bool:
        """Merge any new conflict copy, then re-read what changed; True when anything did."""
        merged = bool(self.merge_conflict_copies())
        return super().refresh() or merged

    def merge_conflict_copies(self) -> list[Path]:
        """Merge each conflict copy a sync tool left (see :mod:`~smallwins_tui.data.sync`)
        into the file it is a copy of, under the lock, then keep it in ``backups/merged/``.
        A copy that cannot be trusted, or whose file cannot be read now, stays where it is,
        with the reason in :attr:`unmerged`. Returns the copies merged."""
        if self.read_only is not None:
            return []
        merged = []
        for copy in conflict_copies(self.data_dir, self.path):
            try:
                seen = _signature(copy.path)
                if self._refused.get(copy.path) == seen:
                    continue  # refused before, and unchanged since
                with self.transaction():
                    if _signature(copy.path) != seen:
                        continue  # gone (another smallwins merged it) or changed: next time
                    incoming = read_copy(copy, self.home_tables)
                    segment = self._segment(copy.target)
                    data, changed = merge_files(self._data(segment), incoming, self.clock.now())
                    if changed:
                        self._before_write()
                        segment.replace(data)
                    set_aside(copy, self.data_dir)
            except CopyRefused as refused:
                self._refused[copy.path] = seen
                self.unmerged[copy.path] = refused.reason
            except FileNotFoundError:
                continue
            except (JournalError, OSError) as error:
                self.unmerged[copy.path] = str(error)
            else:
                self.unmerged.pop(copy.path, None)
                merged.append(copy.path)
        return merged

    def close(self) -> None:
        with self._thread_lock:
            for segment in self._segments.values():
                segment.forget()
            self._segments.clear()
