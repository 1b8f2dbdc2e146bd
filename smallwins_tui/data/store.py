"""The journal's files under its locks: which file holds what, reading (and mending) each one,
and the daily backup before a write. :class:`~smallwins_tui.data.records.RecordStore` builds
the record API on this.

Small tables (``home_tables``: settings, drafts) live in the home file ``smallwins.json``; every
other table is kept one file per month (see :mod:`smallwins_tui.data.segments`). Each change
runs inside a transaction that holds a thread lock and a file lock, and every file is re-read
when another process changed it. A journal that belongs to another user, or whose lock cannot
be taken (a read-only disk), is opened read-only: it can be read and exported, never written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from smallwins_tui.core.clock import Clock, SystemClock
from smallwins_tui.data import posix
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
from smallwins_tui.data.migrate import file_reviews_by_monday, migrate_if_needed, new_home
from smallwins_tui.data.paths import data_file, local_file
from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.segments import (
    UNDATED,
    Segment,
    journal_files,
    month_files,
    month_of,
    segment_path,
    table_dir,
    table_names,
)
from smallwins_tui.data.storage import META_TABLE
from smallwins_tui.data.sync import write_sync_ignore

LOCK_TIMEOUT = 10.0
BUSY = "another smallwins is holding the data file; try again in a moment"
KEEP_IN_MEMORY = 48
"""Month files kept read in memory at most; the least recently used beyond this are dropped,
so browsing years back does not make a long session grow."""

Repair = Callable[[DamagedFileError], object]
"""Called with a damaged file's error; sets the file aside (and restores a copy) so a retry
can read what is there now, and returns a notice for the person (kept in ``repairs``).
Without one, damage is raised to the caller (the command line changes nothing on disk)."""


class FileStore:
    """The files and locks under :class:`~smallwins_tui.data.records.RecordStore`; see the
    module docstring."""

    home_tables: ClassVar[frozenset[str]] = frozenset()
    """Tables kept whole in the home file; every other table is split by month."""

    def __init__(
        self, data_dir: Path, clock: Clock | None = None, repair: Repair | None = None
    ) -> None:
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
                self.read_only = (
                    f"the data file in {data_dir} cannot be locked ({describe_os_error(error)})"
                )
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
        if posix.is_current_user(owner):
            return None
        return (
            f"the journal in {self.data_dir} belongs to another user (uid {owner}); "
            "smallwins does not write into someone else's journal: run it as that user"
        )

    def _tidy_up(self) -> None:
        """At start, under the lock: remove what killed writers left, make the home file
        private, give a sync tool its ignore list (see :mod:`~smallwins_tui.data.sync`), and
        upgrade an older journal."""
        with self._thread_lock:
            folders = [table_dir(self.data_dir, table) for table in table_names(self.data_dir)]
            leftovers = stale_temp_files(self.path) + stale_temp_files(local_file(self.data_dir))
            for folder in folders:
                leftovers += stale_temps_in(folder)
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            self.permissions_fixed = make_private(self.path)
            self._data(self._home())  # a home file that cannot be read stops the start
            if migrate_if_needed(self):
                self._generation += 1
            if file_reviews_by_monday(self):
                self._generation += 1
            with contextlib.suppress(OSError):
                write_sync_ignore(self.data_dir)

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
                raise SaveError(
                    f"Nothing was saved: the data file in {self.data_dir} cannot "
                    f"be locked ({describe_os_error(error)})."
                ) from None
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
        if table == TOMBSTONES:  # a tombstone lives in the file its record lived in
            owner = str(record["table"])
            if owner in self.home_tables:
                return self._home()
            month = str(record.get("month") or UNDATED)
            return self._segment(segment_path(self.data_dir, owner, month))
        self._check_table(table)
        if table in self.home_tables:
            return self._home()
        return self._segment(segment_path(self.data_dir, table, month_of(record, table)))

    def _files_of(
        self, table: str, first: str | None = None, last: str | None = None
    ) -> list[Segment]:
        """The files holding ``table``, oldest first; only months from ``first`` to ``last``
        (``YYYY-MM``, inclusive) when given."""
        self._check_table(table)
        if table in self.home_tables:
            return [self._home()]
        files = month_files(table_dir(self.data_dir, table))
        return [
            self._segment(path)
            for path in files
            if (first is None or path.stem >= first) and (last is None or path.stem <= last)
        ]

    def month(self, table: str, month: str) -> Segment:
        """The file for ``table`` in ``month`` (``YYYY-MM``), read and ready (maybe empty)."""
        segment = self._segment(segment_path(self.data_dir, table, month))
        self._read(segment)
        return segment

    def _docs(self, segment: Segment, table: str) -> dict[str, dict[str, Any]]:
        data = self._read(segment)
        return data.get(table, {}) if data else {}

    def _check_table(self, name: str) -> None:
        if name in (META_TABLE, TOMBSTONES):
            raise ValueError(f"the table {name} is not for records")

    def _locate(
        self, table: str, record_id: str, month: str | None = None, reading: bool = False
    ) -> tuple[Segment, dict[str, Any]] | None:
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
            loaded = [
                segment for segment in self._segments.values() if segment.path.parent == folder
            ]
        for segments in (loaded, self._files_of(table)):
            for segment in segments:
                if load(segment) is None:
                    continue
                record = segment.find(table, record_id)
                if record is not None:
                    return segment, record
        return None

    def _write(
        self, segment: Segment, table: str, record_id: str, record: dict[str, Any] | None
    ) -> dict[str, Any] | None:
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
            home.replace(new_home(self))

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

    def _changed(
        self,
        table: str,
        segment: Segment,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        """Called after each saved change, so subclasses can keep their own indexes current."""
