"""Daily backups: before the first save of each day, every journal file that changed since its
last copy is copied aside.

``backups/2026-11-22/`` mirrors the data folder (``smallwins.json``, ``tables/wins/2026-11.json``)
but holds only the files that changed since their previous copy, so a day's backup costs what
changed, not the whole journal. Together the folders give, for every file, its state at the
start of each of the last ``KEEP`` days of use; older folders keep only each file's newest copy
(so a month finished long ago keeps its last copy for good). Copies are 0600, written
atomically, and keep the original's modification time, which is how "changed since" is told.
A day's folder is built under a temporary name and renamed when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import atomic_write, ensure_private_dir

KEEP = 14
FOLDER = "backups"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
            if entry.is_dir() and _DAY.match(entry.name):
                with contextlib.suppress(ValueError):
                    found.append((dt.date.fromisoformat(entry.name), Path(entry.path)))
    return sorted(found, reverse=True)


def _files_under(folder: Path) -> list[Path]:
    return sorted(Path(root, name).relative_to(folder)
                  for root, _, names in os.walk(folder) for name in names
                  if name.endswith(".json") and not name.startswith("."))


def list_backups(data_dir: Path) -> list[Backup]:
    """Every copy of every file, newest day first."""
    return [Backup(day_folder / relative, day, relative)
            for day, day_folder in _days(data_dir) for relative in _files_under(day_folder)]


def copies_of(data_dir: Path, relative: Path) -> list[Backup]:
    """The copies of one file (``relative`` to the data folder), newest first."""
    return [Backup(folder / relative, day, relative)
            for day, folder in _days(data_dir) if (folder / relative).is_file()]


def is_readable(backup: Backup) -> bool:
    from smallwins_tui.data.storage import validate

    try:
        validate(backup.path, backup.path.read_bytes())
    except (DamagedFileError, OSError):
        return False
    return True


def newest_good_copy(data_dir: Path, relative: Path) -> Backup | None:
    return next((copy for copy in copies_of(data_dir, relative) if is_readable(copy)), None)


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
            if newest.get(relative) == _stamp(stat):
                continue
            copy = partial / relative
            copy.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write(copy, path.read_bytes())
            os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        os.rename(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    _prune(data_dir)
    return target


def _prune(data_dir: Path) -> None:
    """Keep the newest ``KEEP`` days whole; before them, only each file's newest copy."""
    seen: set[Path] = set()
    for index, (_, folder) in enumerate(_days(data_dir)):
        for relative in _files_under(folder):
            if index >= KEEP and relative in seen:
                with contextlib.suppress(OSError):
                    (folder / relative).unlink()
            seen.add(relative)
        if index >= KEEP:
            for root, _, _ in sorted(os.walk(folder), reverse=True):  # deepest first
                with contextlib.suppress(OSError):
                    Path(root).rmdir()  # only succeeds when empty
