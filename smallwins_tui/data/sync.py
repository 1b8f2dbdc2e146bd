"""A journal folder kept in a sync tool: the copies it makes on a conflict, and what it must
leave alone.

When two computers change the same month file before they meet, Syncthing, Dropbox and
Nextcloud keep both versions: the file, and a *conflict copy* beside it under a telling name.
Smallwins never reads such a copy as a month (its name is not one), so left alone its wins
would be invisible. Here each copy is found, checked like an import (every field against its
declaration in :mod:`~smallwins_tui.data.schema`, every record in the file it belongs to), and
either handed back for merging (see ``RecordStore.merge_conflict_copies``) and then kept in
``backups/merged/``, or refused with a reason, and left where it is for ``smallwins doctor``
to report. A copy is never deleted.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smallwins_tui.data.backups import backup_dir
from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.files import (
    atomic_write,
    describe_os_error,
    ensure_private_dir,
    make_private,
    read_journal_file,
)
from smallwins_tui.data.schema import TOMBSTONES, RecordProblem, record_type
from smallwins_tui.data.segments import (
    TABLES_FOLDER,
    is_month_file,
    month_of,
    table_dir,
    table_names,
)
from smallwins_tui.data.storage import META_TABLE, validate

_SYNCTHING = re.compile(r"(?P<stem>[^ /]+?)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?\.json")
_BRACKETED = re.compile(
    r"(?P<stem>[^ /]+) \((?:[^()]|\(\d+\))*conflicted copy(?:[^()]|\(\d+\))*\)\.json", re.IGNORECASE
)
"""Syncthing: ``2026-11.sync-conflict-20261130-101500-ABCDEF7.json``. Dropbox:
``2026-11 (Ana's conflicted copy 2026-11-30).json``; Nextcloud and ownCloud:
``2026-11 (conflicted copy 2026-11-30 101500).json``."""

MERGED_FOLDER = "merged"
MAX_COPY_BYTES = 64 * 1024 * 1024

STIGNORE = """\
// Written by smallwins. These files belong to this computer only: the lock, its own
// settings (theme, bell), the day its prompt nudge last spoke, half-written temp files,
// the daily backups (and the merged conflict copies kept there), files set aside as damaged.
/smallwins.json.lock
/smallwins.local.json
/smallwins.nudge.json
/backups
.*.tmp
*.corrupt-*
"""
"""Syncthing's ignore list for the data folder (Syncthing reads ``.stignore`` at the root of a
shared folder and never syncs it). Other tools need the same exclusions by hand."""


@dataclass(frozen=True)
class ConflictCopy:
    """A copy a sync tool made of ``target`` (the home file or a month file)."""

    path: Path
    target: Path


class CopyRefused(ValueError):
    """The copy cannot be merged; ``reason`` says why in words (nothing was changed)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} was not merged: {reason}")
        self.path = path
        self.reason = reason


def conflict_target(path: Path) -> Path | None:
    """The journal file that ``path`` is a sync tool's conflict copy of, if it is one."""
    match = _SYNCTHING.fullmatch(path.name) or _BRACKETED.fullmatch(path.name)
    return None if match is None else path.with_name(match.group("stem") + ".json")


def _files(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [
                folder / entry.name for entry in entries if entry.is_file(follow_symlinks=False)
            ]  # a link is never read
    except (FileNotFoundError, NotADirectoryError):
        return []


def conflict_copies(data_dir: Path, home: Path) -> list[ConflictCopy]:
    """Every conflict copy of a journal file in the folder, oldest name first: of the home
    file in the data folder, of a month file in its table's folder."""
    found = []
    for folder in (data_dir, *(table_dir(data_dir, t) for t in table_names(data_dir))):
        for path in _files(folder):
            target = conflict_target(path)
            if target is None:
                continue
            if target == home if folder == data_dir else is_month_file(target):
                found.append(ConflictCopy(path, target))
    return sorted(found, key=lambda copy: copy.path)


def _belongs(
    name: str, record: dict[str, Any], copy: ConflictCopy, home_tables: frozenset[str]
) -> bool:
    """Whether the record may live in the copy's file, as smallwins files records."""
    owner = str(record["table"]) if name == TOMBSTONES else name
    if copy.target.parent.parent.name != TABLES_FOLDER:
        return owner in home_tables
    month = record.get("month") if name == TOMBSTONES else month_of(record, name)
    return owner == copy.target.parent.name and month == copy.target.stem


def read_copy(copy: ConflictCopy, home_tables: frozenset[str]) -> dict[str, Any]:
    """The copy's content, every record checked and its text cleaned as if typed; raise
    :class:`CopyRefused` saying why it cannot be trusted."""
    try:
        if os.lstat(copy.path).st_size > MAX_COPY_BYTES:
            raise CopyRefused(copy.path, "it is far larger than a journal file")
        data = validate(copy.path, read_journal_file(copy.path)[0])
    except DamagedFileError as error:
        raise CopyRefused(copy.path, error.reason) from None
    except OSError as error:
        raise CopyRefused(copy.path, f"it cannot be read ({describe_os_error(error)})") from None
    for name, docs in data.items():
        if name == META_TABLE:
            continue
        declared = record_type(name)
        if declared is None:
            raise CopyRefused(copy.path, f"it holds a table smallwins does not keep, {name!r}")
        for doc_id, record in docs.items():
            try:
                cleaned = declared.clean(record, lambda _limit: None)
            except RecordProblem as problem:
                raise CopyRefused(copy.path, f"a {declared.noun} in it {problem}") from None
            if not _belongs(name, cleaned, copy, home_tables):
                raise CopyRefused(copy.path, f"a {declared.noun} in it belongs in another file")
            docs[doc_id] = cleaned
    return data


def set_aside(copy: ConflictCopy, data_dir: Path) -> Path:
    """Move a merged copy into ``backups/merged/`` (same place inside), never over another."""
    relative = copy.path.parent.relative_to(data_dir)
    folder = backup_dir(data_dir) / MERGED_FOLDER / relative
    ensure_private_dir(folder)
    target = folder / copy.path.name
    counter = 1
    while os.path.lexists(target):
        counter += 1
        target = folder / f"{copy.path.stem}-{counter}{copy.path.suffix}"
    os.rename(copy.path, target)
    make_private(target)
    return target


def write_sync_ignore(data_dir: Path) -> bool:
    """Write ``.stignore`` unless there is one (the person's own is kept); True if written."""
    path = data_dir / ".stignore"
    if os.path.lexists(path):
        return False
    atomic_write(path, STIGNORE.encode())
    return True
