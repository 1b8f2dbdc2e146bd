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
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import filelock
from tinydb import TinyDB
from tinydb.table import Table

from smallwins_tui.core.clock import Clock, SystemClock, timestamp
from smallwins_tui.data.errors import DataDirError, LockTimeoutError
from smallwins_tui.data.files import (
    PRIVATE_FILE,
    ensure_private_dir,
    make_private,
    stale_temp_files,
)
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
        self._file_lock = filelock.FileLock(
            str(self.path) + ".lock", timeout=LOCK_TIMEOUT, mode=PRIVATE_FILE
        )
        self._db = TinyDB(
            self.path, storage=SafeJSONStorage, today=lambda: self.clock.now().date()
        )
        self._storage: SafeJSONStorage = self._db.storage  # type: ignore[assignment]
        self.permissions_fixed = False
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
            except filelock.Timeout:
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

    def _table(self, name: str) -> Table:
        if name == META_TABLE:
            raise ValueError("the meta table is not for records")
        return self._db.table(name)

    def _raw(self, name: str) -> dict[str, dict[str, Any]]:
        data = self._storage.read() or {}
        return data.get(name, {})

    def _doc_id(self, table: str, record_id: str) -> int | None:
        for doc_id, record in self._raw(table).items():
            if record.get("id") == record_id:
                return int(doc_id)
        return None

    def records(self, table: str) -> list[dict[str, Any]]:
        """Copies of every record in ``table``, oldest first."""
        with self.reading():
            rows = [dict(record) for record in self._raw(table).values()]
        return sorted(rows, key=lambda record: record.get("created", ""))

    def get(self, table: str, record_id: str) -> dict[str, Any] | None:
        with self.reading():
            for record in self._raw(table).values():
                if record.get("id") == record_id:
                    return dict(record)
        return None

    def add(self, table: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Insert a record with a new UUID and timestamps, unless ``fields`` carries its own."""
        now = timestamp(self.clock)
        record = {"id": str(uuid.uuid4()), "created": now, "updated": now, **fields}
        with self.transaction():
            if self._doc_id(table, record["id"]) is not None:
                raise ValueError(f"a record with id {record['id']} already exists")
            self._table(table).insert(record)
        return dict(record)

    def update(self, table: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of one record; raise KeyError if it is gone (deleted elsewhere)."""
        with self.transaction():
            doc_id = self._doc_id(table, record_id)
            if doc_id is None:
                raise KeyError(record_id)
            changes = {**changes, "updated": timestamp(self.clock)}
            self._table(table).update(changes, doc_ids=[doc_id])
            return dict(self._raw(table)[str(doc_id)])

    def put(self, table: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record by its UUID, keeping its timestamps (import)."""
        with self.transaction():
            doc_id = self._doc_id(table, record["id"])
            if doc_id is None:
                self._table(table).insert(dict(record))
            else:
                def replace(doc: MutableMapping[str, Any]) -> None:
                    doc.clear()
                    doc.update(record)

                self._table(table).update(replace, doc_ids=[doc_id])

    def delete(self, table: str, record_id: str) -> dict[str, Any] | None:
        """Remove one record and return it (for undo), or None if it was already gone."""
        with self.transaction():
            doc_id = self._doc_id(table, record_id)
            if doc_id is None:
                return None
            record = dict(self._raw(table)[str(doc_id)])
            self._table(table).remove(doc_ids=[doc_id])
            return record

    def close(self) -> None:
        with self._thread_lock:
            self._db.close()
