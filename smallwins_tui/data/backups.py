"""Daily backups: before the first save of each day, every journal file that changed since its
last copy is copied aside.

``backups/2026-11-22/`` mirrors the data folder (``smallwins.json``, ``tables/wins/2026-11.json``)
but holds only the files that changed since their previous copy, so a day's backup costs what
changed, not the whole journal. Together the folders give, for every file, its state at the
start of each of the last ``KEEP`` days of use; older folders keep only each file's newest copy
(so a month finished long ago keeps its last copy for good). Copies are 0600 and keep the
original's modification time, which is how "changed since" is told. Only a file that reads
cleanly is copied, so a damaged file never pushes out its last good copy. A day's folder is
built under a temporary name and renamed when complete; it is not fsynced file by file (a
copy cut short by a power cut fails the readability check and is copied again next day).

Before the journal was split by month (schema 1), each day's backup was one whole journal,
``backups/smallwins-YYYY-MM-DD.json``; those are still found, as copies of every file (the
part each file needs is taken out of them, see :func:`content_for`), until fourteen day
folders have replaced them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import orjson

from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import ensure_private_dir, read_journal_file
from smallwins_tui.data.paths import DATA_FILE_NAME

KEEP = 14
FOLDER = "backups"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEGACY = re.compile(r"smallwins-(\d{4}-\d{2}-\d{2})\.json")
_PARTIAL = ".partial-"


@dataclass(frozen=True)
class Backup:
    """One copy of one journal file, as it stood at the start of ``day``."""

    path: Path
    day: dt.date
    relative: Path
    """Where the file lives inside the data folder."""


def backup_dir(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _days(data_dir: Path) -> list[tuple[dt.date, Path]]:
    """The day folders, newest first."""
    folder = backup_dir(data_dir)
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            if entry.is_dir() and _DAY.fullmatch(entry.name):
                with contextlib.suppress(ValueError):
                    found.append((dt.date.fromisoformat(entry.name), Path(entry.path)))
    return sorted(found, reverse=True)


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        Path(root, name).relative_to(folder)
        for root, _, names in os.walk(folder)
        for name in names
        if name.endswith(".json") and not name.startswith(".")
    )


def _legacy(data_dir: Path) -> list[tuple[dt.date, Path]]:
    """Schema 1's whole-journal backups, newest first."""
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(backup_dir(data_dir)):
            match = _LEGACY.fullmatch(entry.name)
            if match and entry.is_file():
                with contextlib.suppress(ValueError):
                    found.append((dt.date.fromisoformat(match.group(1)), Path(entry.path)))
    return sorted(found, reverse=True)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every copy of every file, newest day first (a schema 1 backup as one whole journal)."""
    copies = [
        Backup(day_folder / relative, day, relative)
        for day, day_folder in _days(data_dir)
        for relative in _files_under(day_folder)
    ]
    copies += [Backup(path, day, Path(DATA_FILE_NAME)) for day, path in _legacy(data_dir)]
    return sorted(copies, key=lambda copy: copy.day, reverse=True)


def copies_of(data_dir: Path, relative: Path) -> list[Backup]:
    """The copies of one file (``relative`` to the data folder), newest first. A schema 1
    whole-journal backup counts as a copy of every file."""
    copies = [
        Backup(folder / relative, day, relative)
        for day, folder in _days(data_dir)
        if (folder / relative).is_file()
    ]
    copies += [Backup(path, day, relative) for day, path in _legacy(data_dir)]
    return sorted(copies, key=lambda copy: copy.day, reverse=True)


def content_for(backup: Backup, relative: Path, home_tables: frozenset[str]) -> bytes:
    """The bytes to put back at ``relative`` from ``backup``: the copy itself, or from a whole
    journal (schema 1) only the part that file holds, so restoring never brings back records
    that belong to other files (which would undo later changes to them)."""
    from smallwins_tui.data.schema import TOMBSTONES
    from smallwins_tui.data.segments import TABLES_FOLDER, month_of
    from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION, validate

    raw = read_journal_file(backup.path)[0]
    data = validate(backup.path, raw)
    parts = relative.parts
    if len(parts) == 3 and parts[0] == TABLES_FOLDER:
        table, month = parts[1], Path(parts[2]).stem
        wanted = {
            table: {
                key: record
                for key, record in data.get(table, {}).items()
                if month_of(record, table) == month
            }
        }
        stones = {
            key: stone
            for key, stone in data.get(TOMBSTONES, {}).items()
            if stone.get("table") == table and stone.get("month") == month
        }
    else:
        wanted = {name: docs for name, docs in data.items() if name in home_tables}
        stones = {
            key: stone
            for key, stone in data.get(TOMBSTONES, {}).items()
            if stone.get("table") in home_tables
        }
    if stones:
        wanted[TOMBSTONES] = stones
    if all(name in wanted or name == META_TABLE for name in data):
        return raw  # already exactly that file
    wanted[META_TABLE] = {"1": {"schema_version": SCHEMA_VERSION}}
    return orjson.dumps(wanted)


def is_readable(backup: Backup) -> bool:
    return _reads_cleanly(backup.path)


def _reads_cleanly(path: Path) -> bool:
    from smallwins_tui.data.storage import validate

    try:
        validate(path, read_journal_file(path)[0])
    except (DamagedFileError, OSError):
        return False
    return True


def newest_good_copy(data_dir: Path, relative: Path, today: dt.date | None = None) -> Backup | None:
    """The newest copy of a file that reads cleanly, every record fitting its type.

    A copy dated after ``today`` was made while the clock ran ahead, so its date says nothing
    about how new it is: it is used only when no copy dated today or earlier reads."""
    copies = copies_of(data_dir, relative)
    if today is not None:
        copies = [copy for copy in copies if copy.day <= today] + [
            copy for copy in copies if copy.day > today
        ]
    return next((copy for copy in copies if is_readable(copy)), None)


def has_backup_for(data_dir: Path, today: dt.date) -> bool:
    return (backup_dir(data_dir) / today.isoformat()).is_dir()


def _stamp(stat: os.stat_result) -> tuple[int, int]:
    return (stat.st_size, stat.st_mtime_ns)


def back_up_day(data_dir: Path, files: list[Path], today: dt.date) -> Path | None:
    """Make today's backup of ``files`` (paths inside ``data_dir``) unless it exists.

    Copies each file whose size or modification time differs from its newest copy. Returns
    the day's folder, or None when today already had one. Raises OSError if it cannot.
    """
    root = backup_dir(data_dir)
    target = root / today.isoformat()
    if target.is_dir():
        return None
    ensure_private_dir(root)
    for leftover in root.glob(_PARTIAL + "*"):  # from a backup that was interrupted
        shutil.rmtree(leftover, ignore_errors=True)
    newest: dict[Path, tuple[int, int]] = {}
    for _, folder in reversed(_days(data_dir)):  # oldest first: newer copies win
        for relative in _files_under(folder):
            with contextlib.suppress(OSError):
                newest[relative] = _stamp((folder / relative).stat())
    partial = root / f"{_PARTIAL}{today.isoformat()}-{os.getpid()}"
    try:
        partial.mkdir(mode=0o700)
        for path in files:
            relative = path.relative_to(data_dir)
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            if newest.get(relative) == _stamp(stat) or not _reads_cleanly(path):
                continue  # unchanged; or damaged, and its last good copy must stay the newest
            copy = partial / relative
            ensure_private_dir(copy.parent)  # every level 0700, not only the last
            _write_copy(copy, read_journal_file(path)[0])
            os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        os.rename(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    _prune(data_dir)
    return target


def _write_copy(path: Path, data: bytes) -> None:
    """A private file, no fsync (see the module docstring)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _prune(data_dir: Path) -> None:
    """Keep the newest ``KEEP`` days whole; before them, only each file's newest copy.
    Schema 1 whole-journal backups go once ``KEEP`` day folders have taken their place."""
    days = _days(data_dir)
    if len(days) >= KEEP:
        for _, path in _legacy(data_dir):
            with contextlib.suppress(OSError):
                path.unlink()
    seen: set[Path] = set()
    for index, (_, folder) in enumerate(days):
        for relative in _files_under(folder):
            if index >= KEEP and relative in seen:
                with contextlib.suppress(OSError):
                    (folder / relative).unlink()
            seen.add(relative)
        if index >= KEEP:
            for root, _, _ in sorted(os.walk(folder), reverse=True):  # deepest first
                with contextlib.suppress(OSError):
                    Path(root).rmdir()  # only succeeds when empty
