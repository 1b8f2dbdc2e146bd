"""A TinyDB storage that never loses or half-writes a journal file.

TinyDB's stock ``JSONStorage`` rewrites the file in place and treats unreadable content as an
empty database; both can destroy a person's writing. This storage:

* writes atomically (temp file, fsync, rename, folder fsync) with mode 0600;
* raises :class:`DamagedFileError` for anything that is not a valid journal, so nothing is
  ever saved over a file it could not read;
* keeps the parsed data in memory and re-reads only when the file's identity changes
  (inode, size, mtime), so reads are free and another process's writes are noticed.

Locking, backups and which file holds what are the caller's job (see
:mod:`smallwins_tui.data.records` and :mod:`smallwins_tui.data.segments`).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from smallwins_tui.data.errors import (
    DamagedFileError,
    MalformedRecordsError,
    NewerSchemaError,
    ReadError,
    SaveError,
)
from smallwins_tui.data.files import atomic_write, describe_os_error, read_journal_file
from smallwins_tui.data.schema import record_type

SCHEMA_VERSION = 2
"""1: everything in one file. 2: the home tables in it, the rest in month files."""
META_TABLE = "_meta"

Signature = tuple[int, int, int]


def _signature(stat: os.stat_result) -> Signature:
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def validate(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse ``raw`` as a journal or raise :class:`DamagedFileError` saying why."""
    if not raw.strip():
        raise DamagedFileError(path, "the file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise DamagedFileError(path, f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise DamagedFileError(path, "the top level is not an object")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise DamagedFileError(path, f"the table {name!r} is not a set of records")
    meta = data.get(META_TABLE) or {}
    versions = [doc.get("schema_version") for doc in meta.values()]
    if data and not versions:
        raise DamagedFileError(path, "no schema version; this is not a smallwins journal")
    version = versions[0] if versions else SCHEMA_VERSION
    if not isinstance(version, int) or version < 1:
        raise DamagedFileError(path, f"the schema version {version!r} is not valid")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version)
    bad = malformed_records(data)
    if bad:
        unusable = {(table, doc_id) for table, doc_id, _ in bad}
        good = {
            name: {
                doc_id: record for doc_id, record in table.items() if (name, doc_id) not in unusable
            }
            for name, table in data.items()
        }
        table, _, why = bad[0]
        declared = record_type(table)
        noun = declared.noun if declared else "record"
        count = "1 record" if len(bad) == 1 else f"{len(bad)} records"
        reason = f"{count} in it cannot be used, such as a {noun} {why}"
        raise MalformedRecordsError(path, reason, good, bad)
    return data


def malformed_records(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(table, doc id, why) for each record that does not fit its declared type; checked on
    every read, so no screen or command is ever handed a record it cannot use."""
    bad = []
    for name, table in data.items():
        declared = record_type(name)
        if declared is None:
            continue
        for doc_id, record in table.items():
            why = declared.problem(record)
            if why is not None:
                bad.append((name, doc_id, why))
    return bad


def _parse_quietly(path: Path, raw: bytes) -> dict[str, Any]:
    """Validate ``raw`` without the cyclic garbage collector running through the parse.

    Ten years of journal are ~150,000 new dicts and strings, all trees freed by reference
    counting; without the pause the collector would run hundreds of times mid-parse.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return validate(path, raw)
    finally:
        if enabled:
            gc.enable()


class SafeJSONStorage(Storage):
    """Crash-safe JSON storage with an in-memory copy; see the module docstring."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] | None = None
        self._signature: Signature | None = None
        self._loaded = False

    def _disk_signature(self) -> Signature | None:
        try:
            return _signature(os.lstat(self.path))
        except (FileNotFoundError, NotADirectoryError):
            return None

    def changed_on_disk(self) -> bool:
        """True when the file is not the one this storage last read or wrote."""
        return not self._loaded or self._disk_signature() != self._signature

    def invalidate(self) -> None:
        self._loaded = False
        self._data = None

    def read(self) -> dict[str, Any] | None:
        if self._loaded and not self.changed_on_disk():
            return self._data
        return self._load()

    def _load(self) -> dict[str, Any] | None:
        try:
            raw, stat = read_journal_file(self.path, tighten=True)
            signature = _signature(stat)
        except (FileNotFoundError, NotADirectoryError):  # no such file (yet)
            self._data, self._signature = None, None
        except OSError as error:  # the disk or the system, not the file: never "damaged"
            raise ReadError(self.path, describe_os_error(error)) from None
        else:
            self._data, self._signature = _parse_quietly(self.path, raw), signature
        self._loaded = True
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        data.setdefault(META_TABLE, {"1": {"schema_version": SCHEMA_VERSION}})
        try:
            payload = orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)
            atomic_write(self.path, payload)
            self._signature = self._disk_signature()
        except OSError as error:
            # TinyDB changed ``data`` in place before calling us: forget it and re-read.
            self.invalidate()
            raise SaveError(f"Could not save: {describe_os_error(error)}.") from error
        except TypeError as error:
            self.invalidate()
            raise SaveError(f"Could not save: {error}.") from error
        self._data = data
        self._loaded = True

    def close(self) -> None:
        self.invalidate()
