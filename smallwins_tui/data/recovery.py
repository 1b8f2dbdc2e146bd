"""What to do with a journal that cannot be read: set it aside, never overwrite it."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from smallwins_tui.core.clock import Clock
from smallwins_tui.data.backups import Backup, newest_good_backup
from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import atomic_write
from smallwins_tui.data.journal import Journal


@dataclass(frozen=True)
class RecoveryNotice:
    """Told to the person when the app had to set a damaged file aside."""

    damaged: Path
    moved_to: Path
    reason: str
    backup: Backup | None = None
    """The backup the new journal was started from, if there was a good one."""


def quarantine(path: Path, now: dt.datetime) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<timestamp>`` beside it and return the new path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, target)
    return target


def open_for_app(data_dir: Path, clock: Clock) -> tuple[Journal, RecoveryNotice | None]:
    """Open the journal; if it is damaged, move it aside and carry on from the newest good
    backup (or a fresh journal when there is none). The damaged file is never changed."""
    try:
        return Journal(data_dir, clock), None
    except DamagedFileError as error:
        moved = quarantine(error.path, clock.now())
        backup = newest_good_backup(data_dir)
        if backup is not None:
            atomic_write(error.path, backup.path.read_bytes())
        notice = RecoveryNotice(error.path, moved, error.reason, backup)
        return Journal(data_dir, clock), notice


def damaged_file_advice(error: DamagedFileError) -> str:
    """What the command line says about a damaged file (it changes nothing itself)."""
    backup = newest_good_backup(error.path.parent)
    advice = f"{error}. Nothing was changed. Open smallwins to set it aside"
    if backup is None:
        return advice + " and start a new journal (there is no backup yet)."
    return advice + (
        f" and carry on from the newest good backup, {backup.path} "
        f"(from {backup.day:%A %-d %B %Y})."
    )
