"""``smallwins doctor``: check that the journal is safe, in plain words, and mend what is safe.

Each check gives one line: ``ok``, ``note`` (worth knowing, nothing wrong) or ``fix`` (something
to act on, with what to do). ``--fix`` repairs only permissions and stale temp files; it never
touches the content of the journal or a backup.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import filelock

from smallwins_tui.data.backups import backup_dir, is_readable, list_backups
from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import PRIVATE_DIR, PRIVATE_FILE, stale_temp_files, stale_temps_in
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.segments import journal_files, table_dir, table_names, tables_dir
from smallwins_tui.data.storage import SCHEMA_VERSION, validate


@dataclass(frozen=True)
class Finding:
    status: str  # "ok", "note" or "fix"
    what: str
    message: str
    repaired: bool = False


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private(path: Path, wanted: int, label: str, fix: bool) -> Finding:
    mode = _mode(path)
    if mode & 0o077 == 0:
        return Finding("ok", label, f"private ({mode:04o})")
    if fix:
        path.chmod(wanted)
        return Finding("ok", label, f"was {mode:04o}, now {wanted:04o}", repaired=True)
    return Finding("fix", label, f"others can read it ({mode:04o}); run smallwins doctor --fix")


def examine(data_dir: Path, fix: bool = False) -> Iterator[Finding]:
    """Run every check in order; safe to call while the app is open."""
    if not data_dir.exists():
        yield Finding("note", "folder", f"{data_dir} does not exist yet; your first win creates it")
        return
    if not data_dir.is_dir():
        yield Finding("fix", "folder", f"{data_dir} is not a folder; move it or use --data-dir")
        return
    yield _private(data_dir, PRIVATE_DIR, "folder", fix)
    if data_dir.stat().st_uid != os.getuid():
        yield Finding("fix", "owner", f"{data_dir} belongs to another user")

    path = data_file(data_dir)
    if not path.exists():
        yield Finding("note", "journal", f"no journal at {path} yet; your first win creates it")
    else:
        yield from _journal_checks(data_dir, path, fix)

    leftovers = stale_temp_files(path)
    for table in table_names(data_dir):
        leftovers += stale_temps_in(table_dir(data_dir, table))
    if leftovers and fix and _lock_is_free(path):
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        yield Finding("ok", "temp files", f"removed {len(leftovers)} left by an interrupted save",
                      repaired=True)
    elif leftovers:
        yield Finding("fix", "temp files", f"{len(leftovers)} left by an interrupted save "
                      "(harmless; smallwins doctor --fix removes them)")
    else:
        yield Finding("ok", "temp files", "none left over")

    yield (Finding("ok", "lock", "free") if _lock_is_free(path) else
           Finding("note", "lock", "held: smallwins is open or saving somewhere; that is fine"))
    yield from _backup_checks(data_dir, fix)
    for aside in sorted([*data_dir.glob(path.name + ".corrupt-*"),
                         *tables_dir(data_dir).glob("*/*.corrupt-*")]):
        yield Finding("note", "set aside", f"{aside} was damaged and kept; delete it when "
                      "you no longer need it")


def _journal_checks(data_dir: Path, home: Path, fix: bool) -> Iterator[Finding]:
    files = journal_files(data_dir, home)
    wins = 0
    damaged = []
    for path in files:
        try:
            data = validate(path, path.read_bytes())
        except DamagedFileError as error:
            damaged.append(f"{path}: {error.reason}")
            continue
        except OSError as error:
            damaged.append(f"{path}: cannot read it ({error.strerror})")
            continue
        wins += len(data.get("wins", {}))
    for problem in damaged:
        yield Finding("fix", "journal", f"{problem}; open smallwins to set it aside and "
                      "carry on from its newest good backup")
    if len(damaged) == len(files):
        return
    noun = "win" if wins == 1 else "wins"
    readable = len(files) - len(damaged)
    which = "the other" if damaged else "all"
    yield Finding("ok", "journal", f"{which} {readable} {'file' if readable == 1 else 'files'} "
                  f"in {home.parent} read cleanly ({wins} {noun}, schema {SCHEMA_VERSION})")
    yield from _files_private(files, "file modes", fix) or [
        Finding("ok", "file modes", "private (0600)")]
    if any(path.stat().st_uid != os.getuid() for path in files):
        yield Finding("fix", "owner", "some journal files belong to another user")


def _backup_checks(data_dir: Path, fix: bool) -> Iterator[Finding]:
    backups = list_backups(data_dir)
    if not backups:
        yield Finding("note", "backups", "none yet; one is made at the first save of each day")
        return
    bad = [backup for backup in backups if not is_readable(backup)]
    good = len(backups) - len(bad)
    newest = backups[0]
    where = backup_dir(data_dir)
    yield Finding("ok" if good else "fix", "backups",
                  f"{good} readable copies in {where}, newest from {newest.day.isoformat()}")
    for backup in bad:
        yield Finding("note", "backup", f"{backup.path} cannot be read, so it is never used")
    yield from _files_private([backup.path for backup in backups], "backup files", fix)


def _files_private(paths: list[Path], label: str, fix: bool) -> list[Finding]:
    """A finding about ``paths`` that others can read (made 0600 with ``fix``); none if none."""
    loose = [path for path in paths if _mode(path) & 0o077]
    if loose and fix:
        for path in loose:
            path.chmod(PRIVATE_FILE)
        return [Finding("ok", label, f"made {len(loose)} private", repaired=True)]
    if loose:
        return [Finding("fix", label, f"{len(loose)} readable by others, such as {loose[0]}; "
                        "run smallwins doctor --fix")]
    return []


def _lock_is_free(path: Path) -> bool:
    lock = filelock.FileLock(str(path) + ".lock", timeout=0.2, mode=PRIVATE_FILE)
    try:
        with lock:
            return True
    except (filelock.Timeout, OSError):
        return False
