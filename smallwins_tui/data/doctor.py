"""``smallwins doctor``: check that the journal is safe, in plain words, and mend what is safe.

Each check gives one line: ``ok``, ``note`` (worth knowing, nothing wrong) or ``fix`` (something
to act on, with what to do). ``--fix`` repairs only permissions and stale temp files, and only
in a journal of the user running it; it never touches the content of the journal or a backup,
never follows a link, and changes the mode of the data folder itself (which may be a shared
folder smallwins did not make) only when the person says yes.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import filelock

from smallwins_tui.data import posix
from smallwins_tui.data.backups import backup_dir, is_readable, list_backups
from smallwins_tui.data.errors import DamagedFileError, MalformedRecordsError, NewerSchemaError
from smallwins_tui.data.files import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    make_private,
    read_journal_file,
    stale_temp_files,
    stale_temps_in,
)
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.schema import HOME_TABLES, RECORD_TYPES, TOMBSTONES, WINS
from smallwins_tui.data.segments import (
    is_month_file,
    journal_files,
    table_dir,
    table_names,
    tables_dir,
)
from smallwins_tui.data.storage import SCHEMA_VERSION, validate
from smallwins_tui.data.sync import CopyRefused, conflict_copies, read_copy

Confirm = Callable[[str], bool]
"""Asks the person a yes/no question; False when nobody can answer."""


@dataclass(frozen=True)
class Finding:
    status: str  # "ok", "note" or "fix"
    what: str
    message: str
    repaired: bool = False


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _never(_question: str) -> bool:
    return False


def examine(
    data_dir: Path, fix: bool = False, confirm: Confirm = _never, today: dt.date | None = None
) -> Iterator[Finding]:
    """Run every check in order; safe to call while the app is open. ``today`` (from the
    caller's clock) lets it point out backups dated in the future."""
    if not data_dir.exists():
        yield Finding("note", "folder", f"{data_dir} does not exist yet; your first win creates it")
        return
    if not data_dir.is_dir():
        yield Finding("fix", "folder", f"{data_dir} is not a folder; move it or use --data-dir")
        return
    owner = data_dir.stat().st_uid
    if not posix.is_current_user(owner):
        yield Finding(
            "fix",
            "owner",
            f"{data_dir} belongs to another user (uid {owner}); "
            "smallwins only reads it. Run smallwins as that user; nothing was changed",
        )
        fix = False
    yield from _folder_checks(data_dir, fix, confirm)
    yield from _link_checks(data_dir)

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
        yield Finding(
            "ok",
            "temp files",
            f"removed {len(leftovers)} left by an interrupted save",
            repaired=True,
        )
    elif leftovers:
        yield Finding(
            "fix",
            "temp files",
            f"{len(leftovers)} left by an interrupted save "
            "(harmless; smallwins doctor --fix removes them)",
        )
    else:
        yield Finding("ok", "temp files", "none left over")

    lock_path = Path(str(path) + ".lock")
    if lock_path.is_file() and os.lstat(lock_path).st_uid != owner:
        yield Finding(
            "fix",
            "lock",
            f"{lock_path} belongs to another user (left by sudo?), so "
            f"smallwins cannot save; remove it: sudo rm '{lock_path}'",
        )
    elif _lock_is_free(path):
        yield Finding("ok", "lock", "free")
    else:
        yield Finding("note", "lock", "held: smallwins is open or saving somewhere; that is fine")
    yield from _backup_checks(data_dir, fix, today)
    yield from _sync_copy_checks(data_dir, path)
    for aside in sorted(
        [*data_dir.glob(path.name + ".corrupt-*"), *tables_dir(data_dir).glob("*/*.corrupt-*")]
    ):
        yield Finding(
            "note",
            "set aside",
            f"{aside} was damaged and kept; delete it when you no longer need it",
        )


def _folders_inside(data_dir: Path) -> list[Path]:
    """Every folder inside the data folder, not through links (those are reported apart), but
    not Syncthing's ``.stfolder``: an empty marker it makes 0755, which holds nothing."""
    return sorted(
        Path(root, name)
        for root, names, _ in os.walk(data_dir)
        for name in names
        if not os.path.islink(os.path.join(root, name))
        and not (name == ".stfolder" and root == str(data_dir))
    )


def _folder_checks(data_dir: Path, fix: bool, confirm: Confirm) -> Iterator[Finding]:
    """The data folder may be a folder someone shares (``--data-dir``): asked, never assumed.
    The folders inside it are smallwins' own, and ``--fix`` makes them private."""
    mode = _mode(data_dir) if not data_dir.is_symlink() else stat.S_IMODE(data_dir.stat().st_mode)
    if mode & 0o077 == 0:
        yield Finding("ok", "folder", f"private ({mode:04o})")
    elif fix and confirm(
        f"Others can open {data_dir} ({mode:04o}). smallwins did not "
        "necessarily make it; make it private (0700)?"
    ):
        os.chmod(data_dir, PRIVATE_DIR)
        yield Finding("ok", "folder", f"was {mode:04o}, now {PRIVATE_DIR:04o}", repaired=True)
    else:
        yield Finding(
            "fix",
            "folder",
            f"others can open {data_dir} ({mode:04o}); if it is "
            "yours alone, run smallwins doctor --fix in a terminal to be asked about "
            "making it private, or keep your journal in a folder of its own",
        )
    loose = [folder for folder in _folders_inside(data_dir) if _mode(folder) & 0o077]
    if loose and fix:
        for folder in loose:
            os.chmod(folder, PRIVATE_DIR)
        yield Finding("ok", "folders", f"made {len(loose)} inside it private", repaired=True)
    elif loose:
        yield Finding(
            "fix",
            "folders",
            f"{len(loose)} inside it others can open, such as "
            f"{loose[0]}; run smallwins doctor --fix",
        )


def _link_checks(data_dir: Path) -> Iterator[Finding]:
    """A link in the data folder could point anywhere; smallwins never follows one."""
    links = sorted(
        Path(root, name)
        for root, folders, files in os.walk(data_dir)
        for name in (*folders, *files)
        if os.path.islink(os.path.join(root, name))
    )
    for link in links:
        yield Finding(
            "fix",
            "link",
            f"{link} is a link (to {os.readlink(link)}); smallwins "
            "never follows links in its folder, so it is not used. Put the real "
            "file there instead, or remove the link",
        )


def _unreadable_advice(path: Path, error: OSError) -> str:
    if error.errno == errno.EISDIR:
        return (
            f"{path}: a folder is where this file should be; move that folder out of "
            "your data folder"
        )
    if error.errno == errno.ELOOP:
        return f"{path}: it is a link, which smallwins does not follow; put the real file there"
    if error.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{path}: smallwins may not read it (permission denied); make it yours and "
            f"private again: chmod 600 '{path}' (and chown it to you if another user owns "
            "it), then run smallwins doctor again"
        )
    return (
        f"{path}: it cannot be read ({error.strerror or error}); try again, or copy it back "
        "from a backup"
    )


def _misplaced(data_dir: Path) -> list[Path]:
    """Things named like month files that are not files (a folder put in a month's place)."""
    found = []
    for table in table_names(data_dir):
        folder = table_dir(data_dir, table)
        try:
            with os.scandir(folder) as entries:
                found += [
                    folder / entry.name
                    for entry in entries
                    if is_month_file(Path(entry.name)) and not entry.is_file(follow_symlinks=False)
                ]
        except OSError:
            continue
    return sorted(found)


def _journal_checks(data_dir: Path, home: Path, fix: bool) -> Iterator[Finding]:
    files = journal_files(data_dir, home)
    wins = 0
    problems = []
    copies: dict[tuple[str, str], int] = {}
    for path in files:
        try:
            data = validate(path, read_journal_file(path)[0])
        except MalformedRecordsError as error:
            problems.append(
                f"{path}: {error.reason}; open smallwins to set those records "
                "aside (the file is kept as it was beside it, the rest stays)"
            )
            continue
        except NewerSchemaError as error:
            problems.append(f"{error}")
            continue
        except DamagedFileError as error:
            problems.append(
                f"{path}: {error.reason}; open smallwins to set it aside and "
                "carry on from its newest good backup"
            )
            continue
        except OSError as error:
            problems.append(_unreadable_advice(path, error))
            continue
        wins += len(data.get(WINS, {}))
        for table, docs in data.items():
            for record in docs.values():
                key = (table, str(record.get("id")).lower())
                copies[key] = copies.get(key, 0) + 1
    unreadable = [
        _unreadable_advice(path, IsADirectoryError(errno.EISDIR, "folder"))
        for path in _misplaced(data_dir)
        if not path.is_symlink()
    ]
    for problem in problems + unreadable:
        yield Finding("fix", "journal", problem)
    twice = sorted(
        key for key, count in copies.items() if count > 1 and key[0] not in ("_meta", TOMBSTONES)
    )
    if twice:
        yield Finding(
            "fix",
            "ids",
            f"{len(twice)} records are kept more than once under one "
            f"id (such as {twice[0][1]} in {twice[0][0]}); to keep one of each, run "
            "smallwins export -f json -o all.json, then smallwins import all.json",
        )
    if len(problems) == len(files):
        return
    readable = len(files) - len(problems)
    which = "the other" if problems else "all"
    yield Finding(
        "ok",
        "journal",
        f"{which} {readable} {'file' if readable == 1 else 'files'} "
        f"in {home.parent} read cleanly "
        f"({RECORD_TYPES[WINS].counted(wins)}, schema {SCHEMA_VERSION})",
    )
    regular = [path for path in files if not path.is_symlink()]
    yield from _files_private(regular, "file modes", fix) or [
        Finding("ok", "file modes", "private (0600)")
    ]
    if any(not posix.is_current_user(os.lstat(path).st_uid) for path in regular):
        yield Finding(
            "fix",
            "owner",
            "some journal files belong to another user; give them "
            f"back to you: chown -R you '{data_dir}'",
        )


def _sync_copy_checks(data_dir: Path, home: Path) -> Iterator[Finding]:
    """Conflict copies a sync tool left: smallwins merges them when it opens the journal; one
    it cannot trust is left as it is, and said here with the reason."""
    for copy in conflict_copies(data_dir, home):
        try:
            read_copy(copy, HOME_TABLES)
        except CopyRefused as refused:
            yield Finding(
                "fix",
                "sync copy",
                f"{copy.path} is a sync tool's copy of "
                f"{copy.target.name} that smallwins will not merge: {refused.reason}. "
                "Nothing in it was used and it is kept as it is; look at it, and "
                "move it out of the folder once you no longer need it",
            )
        else:
            yield Finding(
                "note",
                "sync copy",
                f"{copy.path} is a sync tool's copy of "
                f"{copy.target.name}; smallwins merges it the next time it opens",
            )


def _backup_checks(data_dir: Path, fix: bool, today: dt.date | None) -> Iterator[Finding]:
    backups = list_backups(data_dir)
    if not backups:
        yield Finding("note", "backups", "none yet; one is made at the first save of each day")
        return
    bad = [backup for backup in backups if not is_readable(backup)]
    good = len(backups) - len(bad)
    newest = backups[0]
    where = backup_dir(data_dir)
    yield Finding(
        "ok" if good else "fix",
        "backups",
        f"{good} readable copies in {where}, newest from {newest.day.isoformat()}",
    )
    for backup in bad:
        yield Finding("note", "backup", f"{backup.path} cannot be read, so it is never used")
    ahead = sorted({backup.day for backup in backups if today is not None and backup.day > today})
    if ahead:
        yield Finding(
            "note",
            "backup dates",
            f"{len(ahead)} backup days are after today, such "
            f"as {ahead[0].isoformat()} (the clock was once ahead); they are used only "
            "when no other copy of a file reads",
        )
    yield from _files_private(
        [backup.path for backup in backups if not backup.path.is_symlink()], "backup files", fix
    )


def _files_private(paths: list[Path], label: str, fix: bool) -> list[Finding]:
    """A finding about ``paths`` that others can read (made 0600 with ``fix``); none if none.
    Links are never followed (see :func:`make_private`)."""
    loose = [path for path in paths if _mode(path) & 0o077]
    if loose and fix:
        changed = sum(make_private(path) for path in loose)
        return [Finding("ok", label, f"made {changed} private", repaired=True)]
    if loose:
        return [
            Finding(
                "fix",
                label,
                f"{len(loose)} readable by others, such as {loose[0]}; run smallwins doctor --fix",
            )
        ]
    return []


def _lock_is_free(path: Path) -> bool:
    """Whether anyone holds the lock; never creates the lock file (doctor may be run by
    someone who does not own this journal) nor opens it through a link."""
    lock_path = Path(str(path) + ".lock")
    if not lock_path.is_file() or lock_path.is_symlink():
        return True
    lock = filelock.FileLock(str(path) + ".lock", timeout=0.2, mode=PRIVATE_FILE)
    try:
        with lock:
            return True
    except (filelock.Timeout, OSError):
        return False
