"""UUID-keyed records in named tables, safe across threads and processes, split by month.

Small tables (``home_tables``: settings, drafts) live in the home file ``smallwins.json``; every
other table is kept one file per month (see :mod:`smallwins_tui.data.segments`), so a save
rewrites one small file and a read loads only the months it asks for, however many years the
journal holds. Each change runs inside a transaction that holds a thread lock and a file lock,
and every file is re-read when another process changed it. Records are found by UUID; the
integer doc ids TinyDB's format needs never leave this module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from smallwins_tui.core.clock import Clock, SystemClock, timestamp
from smallwins_tui.data.backups import back_up_day, has_backup_for
from smallwins_tui.data.errors import (
    DamagedFileError,
    DataDirError,
    JournalError,
    LockTimeoutError,
    SaveError,
)
from smallwins_tui.data.files import (
    PRIVATE_FILE,
    describe_os_error,
    ensure_private_dir,
    make_private,
    stale_temp_files,
    stale_temps_in,
)
from smallwins_tui.data.lock import FileLock, LockTimeout
from smallwins_tui.data.migrate import migrate_if_needed
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.segments import (
    Segment,
    journal_files,
    month_files,
    month_of,
    segment_path,
    table_dir,
    table_names,
)
from smallwins_tui.data.storage import META_TABLE

LOCK_TIMEOUT = 10.0
BUSY = "another smallwins is holding the data file; try again in a moment"
KEEP_IN_MEMORY = 48
"""Month files kept read in memory at most; the least recently used beyond this are dropped,
so browsing years back does not make a long session grow."""

Repair = Callable[[DamagedFileError], object]
"""Called with a damaged file's error; sets the file aside (and restores a copy) so a retry
can read what is there now, and returns a notice for the person (kept in ``repairs``).
Without one, damage is raised to the caller (the command line changes nothing on disk)."""


class RecordStore:
    """Generic, UUID-keyed records in named tables; see the module docstring."""

    home_tables: ClassVar[frozenset[str]] = frozenset()
    """Tables kept whole in the home file; every other table is split by month."""

    def __init__(self, data_dir: Path, clock: Clock | None = None,
                 repair: Repair | None = None) -> None:
        self.data_dir = data_dir
        self.path = data_file(data_dir)
        self.clock: Clock = clock or SystemClock()
        self.repair = repair
        self.repairs: list[Any] = []
        """What ``repair`` returned for each damaged file met so far, oldest first."""
        try:
            ensure_private_dir(data_dir)
        except OSError as error:
            reason = error.strerror or str(error)
            raise DataDirError(f"cannot use the data folder {data_dir}: {reason}") from None
        self._thread_lock = threading.RLock()
        self._file_lock = FileLock(
            str(self.path) + ".lock", timeout=LOCK_TIMEOUT, mode=PRIVATE_FILE
        )
        self._segments: dict[Path, Segment] = {}
        self._generation = 0
        self._backed_up_on: dt.date | None = None
        self.permissions_fixed = False
        self.read_only: str | None = self._foreign_owner()
        """Why nothing can be written here (None when it can): the journal belongs to another
        user, or no lock can be taken (a read-only disk). It can still be read."""
        if self.read_only is None:
            try:
                self._file_lock.acquire()
            except OSError as error:
                self.read_only = (f"the data file in {data_dir} cannot be locked "
                                  f"({describe_os_error(error)})")
            except LockTimeout:
                raise LockTimeoutError(BUSY) from None
        if self.read_only is not None:
            with self._thread_lock:
                self._data(self._home())  # a home file that cannot be read stops the start
            return
        try:
            self._tidy_up()
        finally:
            self._file_lock.release()

    def _foreign_owner(self) -> str | None:
        """Writing into another user's folder would leave files its owner cannot open."""
        owner = self.data_dir.stat().st_uid
        if owner == os.geteuid():
            return None
        return (f"the journal in {self.data_dir} belongs to another user (uid {owner}); "
                "smallwins does not write into someone else's journal: run it as that user")

    def _tidy_up(self) -> None:
        """At start, under the lock: remove what killed writers left, make the home file
        private, and upgrade an older journal."""
        with self._thread_lock:
            folders = [table_dir(self.data_dir, table) for table in table_names(self.data_dir)]
            leftovers = stale_temp_files(self.path)
            for folder in folders:
                leftovers += stale_temps_in(folder)
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            self.permissions_fixed = make_private(self.path)
            self._data(self._home())  # a home file that cannot be read stops the start
            if migrate_if_needed(self):
                self._generation += 1

    # Locks -------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold both locks: every read inside sees the files as they are, and nobody else
        writes until the block ends."""
        with self._thread_lock:
            if self.read_only is not None:
                raise SaveError(f"Nothing was saved: {self.read_only}.")
            try:
                self._file_lock.acquire()
            except LockTimeout:
                raise LockTimeoutError(BUSY) from None
            except OSError as error:
                raise SaveError(f"Nothing was saved: the data file in {self.data_dir} cannot "
                                f"be locked ({describe_os_error(error)}).") from None
            try:
                yield
            finally:
                self._file_lock.release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Reads need no file lock: writes are atomic renames, so each file is always whole."""
        with self._thread_lock:
            yield

    def refresh(self) -> bool:
        """Re-read every loaded file another process changed; True when any had."""
        with self._thread_lock:
            before = self._generation
            for segment in list(self._segments.values()):
                if segment.storage.changed_on_disk():
                    self._read(segment)
            return self._generation != before

    @property
    def generation(self) -> int:
        """Goes up whenever loaded records change (here or in another process)."""
        return self._generation

    def _bump(self) -> None:
        self._generation += 1

    # Files ---------------------------------------------------------------------------------------

    def _segment(self, path: Path) -> Segment:
        segment = self._segments.pop(path, None)
        if segment is None:
            segment = Segment(path, self._bump)
        self._segments[path] = segment  # most recently used last
        if len(self._segments) > KEEP_IN_MEMORY:
            oldest = next(key for key in self._segments if key != self.path)  # home stays
            del self._segments[oldest]
            self._forgotten(oldest)
        return segment

    def _forgotten(self, path: Path) -> None:
        """Called when a month file is dropped from memory; subclasses drop what they built."""

    def _home(self) -> Segment:
        return self._segment(self.path)

    def _data(self, segment: Segment) -> dict[str, Any] | None:
        """The segment's records, mending a damaged file when a repair is set (once)."""
        try:
            return segment.data()
        except DamagedFileError as error:
            if self.repair is None:
                raise
            with self.transaction():
                segment.forget()
                try:
                    return segment.data()  # another process may have mended it already
                except DamagedFileError:
                    segment.forget()
                    self.repairs.append(self.repair(error))
                    return segment.data()

    def _read(self, segment: Segment) -> dict[str, Any] | None:
        """For reading: as :meth:`_data`, but in the app (when a repair is set) a file that
        cannot be read or mended is told once (in ``repairs``) and shown as empty, never
        raised into a screen. Writes use :meth:`_data`, so they still refuse such a file."""
        try:
            return self._data(segment)
        except JournalError as error:
            if self.repair is None:
                raise
            if all(str(seen) != str(error) for seen in self.repairs):
                self.repairs.append(error)
            return None

    def _file_for(self, table: str, record: dict[str, Any]) -> Segment:
        self._check_table(table)
        if table in self.home_tables:
            return self._home()
        return self._segment(segment_path(self.data_dir, table, month_of(record, table)))

    def _files_of(self, table: str, first: str | None = None, last: str | None = None
                  ) -> list[Segment]:
        """The files holding ``table``, oldest first; only months from ``first`` to ``last``
        (``YYYY-MM``, inclusive) when given."""
        self._check_table(table)
        if table in self.home_tables:
            return [self._home()]
        files = month_files(table_dir(self.data_dir, table))
        return [self._segment(path) for path in files
                if (first is None or path.stem >= first) and (last is None or path.stem <= last)]

    def month(self, table: str, month: str) -> Segment:
        """The file for ``table`` in ``month`` (``YYYY-MM``), read and ready (maybe empty)."""
        segment = self._segment(segment_path(self.data_dir, table, month))
        self._read(segment)
        return segment

    def _docs(self, segment: Segment, table: str) -> dict[str, dict[str, Any]]:
        data = self._read(segment)
        return data.get(table, {}) if data else {}

    def _check_table(self, name: str) -> None:
        if name == META_TABLE:
            raise ValueError("the meta table is not for records")

    def _locate(self, table: str, record_id: str, month: str | None = None,
                reading: bool = False) -> tuple[Segment, dict[str, Any]] | None:
        """The file and record with this UUID: only ``month``'s file when the caller knows it
        (a record never leaves its month), else files in memory first, then every month.
        ``reading``: a file that cannot be read is passed over (see :meth:`_read`)."""
        load = self._read if reading else self._data
        if month is not None and table not in self.home_tables:
            segment = self.month(table, month)
            if load(segment) is None:
                return None
            record = segment.find(table, record_id)
            return None if record is None else (segment, record)
        if table in self.home_tables:
            loaded = [self._home()]
        else:
            folder = table_dir(self.data_dir, table)
            loaded = [segment for segment in self._segments.values()
                      if segment.path.parent == folder]
        for segments in (loaded, self._files_of(table)):
            for segment in segments:
                if load(segment) is None:
                    continue
                record = segment.find(table, record_id)
                if record is not None:
                    return segment, record
        return None

    def _write(self, segment: Segment, table: str, record_id: str,
               record: dict[str, Any] | None) -> dict[str, Any] | None:
        self._before_write()
        self._data(segment)
        before = segment.write(table, record_id, record)
        self._changed(table, segment, before, record)
        return before

    def _before_write(self) -> None:
        """The day's backup first; and the home file, which carries the schema version, is
        written before any month file, so a journal folder always has one."""
        self._daily_backup()
        home = self._home()
        if self._data(home) is None:
            home.replace({})

    def _daily_backup(self) -> None:
        """Before the first save of the day, copy aside every file changed since its last copy."""
        today = self.clock.now().date()
        if self._backed_up_on == today:
            return
        if not has_backup_for(self.data_dir, today):
            try:
                back_up_day(self.data_dir, journal_files(self.data_dir, self.path), today)
            except OSError as error:
                raise SaveError(
                    f"Could not make today's backup, so nothing was saved: "
                    f"{describe_os_error(error)}."
                ) from error
        self._backed_up_on = today

    def _changed(self, table: str, segment: Segment, before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> None:
        """Called after each saved change, so subclasses can keep their own indexes current."""

    # Records -----------------------------------------------------------------------------------

    def records(self, table: str, first: str | None = None, last: str | None = None
                ) -> list[dict[str, Any]]:
        """Copies of the records in ``table``, oldest first; for a split table, only the
        months from ``first`` to ``last`` (``YYYY-MM``) when given."""
        with self.reading():
            rows = [dict(record) for segment in self._files_of(table, first, last)
                    for record in self._docs(segment, table).values()]
        return sorted(rows, key=lambda record: record.get("created", ""))

    def get(self, table: str, record_id: str, month: str | None = None
            ) -> dict[str, Any] | None:
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

    def update(self, table: str, record_id: str, changes: dict[str, Any],
               month: str | None = None) -> dict[str, Any]:
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
        """
        with self.transaction():
            self._write(self._file_for(table, record), table, record["id"], dict(record))

    def delete(self, table: str, record_id: str, month: str | None = None
               ) -> dict[str, Any] | None:
        """Remove one record and return it (for undo), or None if it was already gone.
        ``month`` as for :meth:`get`."""
        with self.transaction():
            found = self._locate(table, record_id, month)
            if found is None:
                return None
            before = self._write(found[0], table, record_id, None)
            return dict(before) if before is not None else None

    def tables(self) -> list[str]:
        """Every table with records on disk (not the meta table)."""
        with self.reading():
            home = self._read(self._home()) or {}
            names = {name for name in home if name != META_TABLE}
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
                tables[name] = sorted(newest.values(), key=lambda record: (
                    str(record.get("created", "")), record["id"]))
            return tables

    def put_many(self, items: Iterable[tuple[str, dict[str, Any]]],
                 remove: Iterable[tuple[Path, str, str]] = ()) -> int:
        """Insert or replace many whole records by UUID, one write per file touched; and
        take out the copies in ``remove`` (file, table, id as stored), as import does when a
        record moved to another month.

        Used by import. Each file changes all at once or not at all; files gaining records
        are written before files losing them, so a failure part-way can leave a record twice
        but never lose one, and importing the same file again finishes the job (records are
        matched by UUID). Returns how many records were put.
        """
        with self.transaction():
            by_file: dict[Path, tuple[Segment, list[tuple[str, dict[str, Any]]],
                                      list[tuple[str, str]]]] = {}
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
            return [(segment.path, dict(record)) for segment in self._files_of(table)
                    for record in self._docs(segment, table).values()]

    def close(self) -> None:
        with self._thread_lock:
            for segment in self._segments.values():
                segment.forget()
            self._segments.clear()
