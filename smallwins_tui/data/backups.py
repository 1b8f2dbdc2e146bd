"""Daily backups: at the first write of each day the journal as it stood is copied aside.

They live in ``backups/`` beside the journal, one file per day, 0600, written atomically, the
newest ``KEEP`` kept. A backup is only useful if it can be read, so readers check each one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import atomic_write, ensure_private_dir

KEEP = 14
FOLDER = "backups"
_NAME = re.compile(r"^smallwins-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: dt.date


def backup_dir(data_dir: Path) -> Path:
    return data_dir / FOLDER


def list_backups(data_dir: Path) -> list[Backup]:
    """Backups, newest first."""
    found = []
    folder = backup_dir(data_dir)
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                with contextlib.suppress(ValueError):
                    found.append(Backup(path, dt.date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda backup: backup.day, reverse=True)


def is_readable(backup: Backup) -> bool:
    from smallwins_tui.data.storage import validate

    try:
        validate(backup.path, backup.path.read_bytes())
    except (DamagedFileError, OSError):
        return False
    return True


def newest_good_backup(data_dir: Path) -> Backup | None:
    return next((backup for backup in list_backups(data_dir) if is_readable(backup)), None)


def back_up_once_a_day(journal_file: Path, today: dt.date) -> Path | None:
    """Copy ``journal_file`` into today's backup unless today already has one.

    Called just before a write, so the copy is the last state of the previous day's work.
    Returns the new backup's path, or None when nothing was needed.
    """
    folder = backup_dir(journal_file.parent)
    target = folder / f"smallwins-{today.isoformat()}.json"
    if target.exists() or not journal_file.exists():
        return None
    ensure_private_dir(folder)
    atomic_write(target, journal_file.read_bytes())
    for old in list_backups(journal_file.parent)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target
