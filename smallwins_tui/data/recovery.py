"""What to do with a journal that cannot be read: set it aside, never overwrite it."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from smallwins_tui.core.clock import Clock
from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.journal import Journal


@dataclass(frozen=True)
class RecoveryNotice:
    """Told to the person when the app had to set a damaged file aside."""

    damaged: Path
    moved_to: Path
    reason: str


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
    """Open the journal; if it is damaged, move it aside and start a fresh one beside it."""
    try:
        return Journal(data_dir, clock), None
    except DamagedFileError as error:
        moved = quarantine(error.path, clock.now())
        return Journal(data_dir, clock), RecoveryNotice(error.path, moved, error.reason)
