"""UUID-keyed records over TinyDB, safe across threads and processes.

Every change is a read-modify-write of the whole file, so each runs inside a transaction that
holds a thread lock and a file lock, re-reads the file if another process changed it, and lets
the storage write atomically. Records are found by UUID; TinyDB's integer ids are reused and
never leave this module.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from smallwins_tui.core.clock import Clock, SystemClock, timestamp
from smallwins_tui.data.errors import DataDirError, LockTimeoutError
from smallwins_tui.data.files import (
    PRIVATE_FILE,
    ensure_private_dir,
    make_private,
    stale_temp_files,
)
from smallwins_tui.data.lock import FileLock, LockTimeout
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.storage import META_TABLE, SafeJSONStorage

LOCK_TIMEOUT = 10.0


class RecordStore:
    """Generic, UUID-keyed records in named tables, safe across threads and processes."""

    def __init__(self, data_dir: Path, clock: Clock | None = None) -> None:
        self.data_dir = data_dir
        self.path = data_file(data_dir)
        self.clock: Clock = clock or SystemClock()
        try:
            ensure_private_dir(data_dir)
        except OSError as error:
            reason = error.strerror or str(error)
            raise DataDirError(f"cannot use the data folder {data_dir}: {reason}") from None
        self._thread_lock = threading.RLock()
        self._file_lock = FileLock(
            str(self.path) + ".lock", timeout=LOCK_TIMEOUT, mode=PRIVATE_FILE
        )
        self._db = TinyDB(
            self.path, storage=SafeJSONStorage, today=lambda: self.clock.now().date()
        )
        self._storage: SafeJSONStorage = self._db.storage  # type: ignore[assignment]
        self.permissions_fixed = False
        self._indexed: dict[str, Any] | None = None
        self._id_maps: dict[str, dict[str, str]] = {}
        self._next_ids: dict[str, int] = {}
        with self.transaction():
            for leftover in stale_temp_files(self.path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            self.permissions_fixed = make_private(self.path)
            self._storage.read()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold both locks and make sure the in-memory copy matches the file."""
        with self._thread_lock:
            try:
                self._file_lock.acquire()
            except LockTimeout:
                raise LockTimeoutError(
                    "another smallwins is holding the data file; try again in a moment"
                ) from None
            except OSError as error:
                raise DataDirError(
                    f"cannot lock the data file in {self.data_dir}: {error.strerror}"
                ) from None
            try:
                self._refresh_locked()
                yield
            finally:
                self._file_lock.release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Reads need no file lock: writes are atomic renames, so the file is always whole."""
        with self._thread_lock:
            self._refresh_locked()
            yield

    def _refresh_locked(self) -> bool:
        if not self._storage.changed_on_disk():
            return False
        self._storage.invalidate()
        self._storage.read()
        # TinyDB tables cache query results and their next id; both are stale now.
        for table in self._db._tables.values():
            table.clear_cache()
            table._next_id = None
        return True

    def refresh(self) -> bool:
        """Re-read the file if another process changed it; True when it did."""
        with self._thread_lock:
            return self._refresh_locked()

    @property
    def generation(self) -> int:
        return self._storage.generation

    def _check_table(self, name: str) -> None:
        if name == META_TABLE:
            raise ValueError("the meta table is not for records")

    def _raw(self, name: str) -> dict[str, dict[str, Any]]:
        data = self._storage.read() or {}
        return data.get(name, {})

    # Finding records by UUID without scanning --------------------------------------------------
    #
    # Each table gets a UUID -> doc id map and its next doc id, built once per loaded copy of
    # the file (a re-read gives a new dict, so ``is`` tells) and kept up to date by our writes.

    def _ids(self, table: str) -> dict[str, str]:
        data = self._storage.read()
        if data is None or data is not self._indexed:
            self._indexed = data
            self._id_maps, self._next_ids = {}, {}
        ids = self._id_maps.get(table)
        if ids is None:
            docs = self._raw(table)
            ids = {str(record.get("id")): doc_id for doc_id, record in docs.items()}
            self._id_maps[table] = ids
            self._next_ids[table] = max((int(doc_id) for doc_id in docs), default=0) + 1
        return ids

    def _doc_id(self, table: str, record_id: str) -> str | None:
        return self._ids(table).get(record_id)

    def _write(self, table: str, doc_id: str, record: dict[str, Any] | None) -> dict | None:
        """Set (or with None, remove) one document and save the whole file atomically.

        Returns the document it replaced. On any failure the in-memory copy is dropped, so the
        next read comes from the file, which is untouched.
        """
        self._check_table(table)
        ids = self._ids(table)
        data = self._storage.read()
        if data is None:
            data = {}
        docs = data.setdefault(table, {})
        before = docs.pop(doc_id, None) if record is None else docs.get(doc_id)
        if record is not None:
            docs[doc_id] = record
        try:
            self._storage.write(data)
        except BaseException:
            self._storage.invalidate()
            self._indexed = None
            raise
        if data is not self._indexed:  # the first write of a new file
            self._indexed, self._id_maps, self._next_ids = data, {}, {}
        else:
            if before is not None:
                ids.pop(str(before.get("id")), None)
            if record is not None:
                ids[str(record.get("id"))] = doc_id
        self._changed(table, before, record)
        return before

    def _new_doc_id(self, table: str) -> str:
        self._ids(table)
        doc_id = self._next_ids[table]
        self._next_ids[table] = doc_id + 1
        return str(doc_id)

    def _changed(
        self, table: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> None:
        """Called after each saved change, so subclasses can keep their own indexes current."""

    # Records -----------------------------------------------------------------------------------

    def records(self, table: str) -> list[dict[str, Any]]:
        """Copies of every record in ``table``, oldest first."""
        with self.reading():
            rows = [dict(record) for record in self._raw(table).values()]
        return sorted(rows, key=lambda record: record.get("created", ""))

    def get(self, table: str, record_id: str) -> dict[str, Any] | None:
        with self.reading():
            doc_id = self._doc_id(table, record_id)
            return None if doc_id is None else dict(self._raw(table)[doc_id])

    def add(self, table: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Insert a record with a new UUID and timestamps, unless ``fields`` carries its own."""
        now = timestamp(self.clock)
        record = {"id": str(uuid.uuid4()), "created": now, "updated": now, **fields}
        with self.transaction():
            self._check_table(table)
            if self._doc_id(table, record["id"]) is not None:
                raise ValueError(f"a record with id {record['id']} already exists")
            self._write(table, self._new_doc_id(table), record)
        return dict(record)

    def update(self, table: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of one record; raise KeyError if it is gone (deleted elsewhere)."""
        with self.transaction():
            doc_id = self._doc_id(table, record_id)
            if doc_id is None:
                raise KeyError(record_id)
            record = {**self._raw(table)[doc_id], **changes, "updated": timestamp(self.clock)}
            self._write(table, doc_id, record)
            return dict(record)

    def put(self, table: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record by its UUID, keeping its timestamps (import)."""
        with self.transaction():
            self._check_table(table)
            doc_id = self._doc_id(table, record["id"])
            self._write(table, doc_id or self._new_doc_id(table), dict(record))

    def delete(self, table: str, record_id: str) -> dict[str, Any] | None:
        """Remove one record and return it (for undo), or None if it was already gone."""
        with self.transaction():
            doc_id = self._doc_id(table, record_id)
            if doc_id is None:
                return None
            before = self._write(table, doc_id, None)
            return dict(before) if before is not None else None

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Copies of every record of every table (not the meta table), for a complete export."""
        with self.reading():
            data = self._storage.read() or {}
            return {
                name: sorted((dict(doc) for doc in table.values()),
                             key=lambda record: (record.get("created", ""), record.get("id", "")))
                for name, table in sorted(data.items())
                if name != META_TABLE
            }

    def put_many(self, items: Iterable[tuple[str, dict[str, Any]]]) -> int:
        """Insert or replace many whole records by UUID in one transaction and ONE write.

        Used by import, so a merge lands all at once or not at all. The tables are copied
        first, so a failed write leaves the in-memory copy as it was; the saved copy is a new
        dict, so every index (ours and the journal's) is rebuilt from it on the next read.
        Returns how many records were put.
        """
        with self.transaction():
            current = self._storage.read() or {}
            data = {name: dict(table) for name, table in current.items()}
            ids: dict[str, dict[str, str]] = {}
            next_ids: dict[str, int] = {}
            count = 0
            for table, record in items:
                self._check_table(table)
                docs = data.setdefault(table, {})
                if table not in ids:
                    ids[table] = {str(doc.get("id")): key for key, doc in docs.items()}
                    next_ids[table] = max((int(key) for key in docs), default=0) + 1
                doc_id = ids[table].get(record["id"])
                if doc_id is None:
                    doc_id = ids[table][record["id"]] = str(next_ids[table])
                    next_ids[table] += 1
                docs[doc_id] = dict(record)
                count += 1
            if not count:
                return 0
            try:
                self._storage.write(data)
            finally:
                self._indexed = None
            return count

    def close(self) -> None:
        with self._thread_lock:
            self._db.close()
