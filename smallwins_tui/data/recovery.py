"""What to do with a journal file that cannot be read: set it aside, never overwrite it.

The app mends as it goes: whenever it meets a damaged file (the home file at start, a month
file when a screen first reads it), :class:`Mender` moves it aside and puts back that file's
newest good backup, and the app tells the person. The command line changes nothing; it says
what the app will do (:func:`damaged_file_advice`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import orjson

from smallwins_tui.core.clock import Clock
from smallwins_tui.data.backups import Backup, content_for, newest_good_copy
from smallwins_tui.data.errors import DamagedFileError, MalformedRecordsError, SaveError
from smallwins_tui.data.files import atomic_write, describe_os_error
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.schema import record_type
from smallwins_tui.data.segments import TABLES_FOLDER


@dataclass(frozen=True)
class RecoveryNotice:
    """Told to the person when the app had to set a damaged file aside."""

    damaged: Path
    moved_to: Path
    reason: str
    backup: Backup | None = None
    """The backup the new journal was started from, if there was a good one."""
    records_set_aside: int = 0
    """When only some records could not be used: how many. The rest of the file stays."""

    @property
    def what(self) -> str:
        """The file in plain words: "Your journal file", "Your wins for October 2026"."""
        folder = self.damaged.parent
        if folder.parent.name != TABLES_FOLDER:
            return "Your journal file"
        declared = record_type(folder.name)
        noun = declared.plural if declared else f"{folder.name} records"
        try:
            month = dt.datetime.strptime(self.damaged.stem, "%Y-%m").strftime("%B %Y")
        except ValueError:
            return f"Your undated {noun}"
        return f"Your {noun} for {month}"


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


def _relative(path: Path, data_dir: Path) -> Path:
    try:
        return path.relative_to(data_dir)
    except ValueError:
        return Path(path.name)


class Mender:
    """The app's repair for damaged files (see :class:`~smallwins_tui.data.records.Repair`)."""

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self.data_dir = data_dir
        self.clock = clock

    def __call__(self, error: DamagedFileError) -> RecoveryNotice:
        """Put the newest good copy in place and the damaged file aside, or change nothing.

        The copy is written beside the file first; only then are the two renamed, so a full
        disk leaves everything as it was (and says so) instead of an empty month.
        """
        relative = _relative(error.path, self.data_dir)
        backup, content, dropped = None, None, 0
        if isinstance(error, MalformedRecordsError):
            content, dropped = orjson.dumps(error.data), len(error.bad)
        else:
            backup = newest_good_copy(self.data_dir, relative, self.clock.now().date())
        fresh: Path | None = None
        try:
            if backup is not None:
                content = content_for(backup, relative, Journal.home_tables)
            if content is not None:
                fresh = error.path.with_name(f".{error.path.name}.restore.tmp")
                atomic_write(fresh, content)
            moved = quarantine(error.path, self.clock.now())
            if fresh is not None:
                os.replace(fresh, error.path)
        except (OSError, DamagedFileError) as problem:
            if fresh is not None:
                with contextlib.suppress(OSError):
                    fresh.unlink()
            reason = describe_os_error(problem) if isinstance(problem, OSError) else str(problem)
            raise SaveError(
                f"{error.path} cannot be read, and it could not be set aside "
                f"({reason}); nothing was changed"
            ) from None
        return RecoveryNotice(error.path, moved, error.reason, backup, dropped)


def open_for_app(data_dir: Path, clock: Clock) -> tuple[Journal, RecoveryNotice | None]:
    """Open the journal, mending any damaged file it reads (now or later; see
    ``Journal.repairs``). Returns the first thing mended while opening, if any."""
    journal = Journal(data_dir, clock, repair=Mender(data_dir, clock))
    return journal, (journal.repairs[0] if journal.repairs else None)


def damaged_file_advice(error: DamagedFileError, data_dir: Path, today: dt.date) -> str:
    """What the command line says about a damaged file (it changes nothing itself)."""
    if isinstance(error, MalformedRecordsError):
        return (
            f"{error}. Nothing was changed. Open smallwins to set those records aside "
            "(the file is kept as it is beside it, and everything else stays in place)."
        )
    backup = newest_good_copy(data_dir, _relative(error.path, data_dir), today)
    advice = f"{error}. Nothing was changed. Open smallwins to set it aside"
    if backup is None:
        return advice + " and start it afresh (there is no backup of it yet)."
    return advice + (
        f" and carry on from its newest good backup, {backup.path} "
        f"(from {backup.day:%A %-d %B %Y})."
    )
