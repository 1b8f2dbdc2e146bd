"""Upgrading an older journal file in place, once, under the journal's lock.

Reviews filed under a Sunday (their week's first day, when weeks started on Sunday) are filed
again under the Monday inside that week, once (see :func:`file_reviews_by_monday`).

Schema 1 kept everything in ``smallwins.json``. Schema 2 keeps settings and drafts there and
splits every other table by month (see :mod:`smallwins_tui.data.segments`). The upgrade first
takes the day's backup (so the old file is kept as it was), writes every month file, and only
then rewrites the home file; if it is interrupted, the old home file is still whole and the
next start repeats the upgrade, which puts the same records by UUID again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.segments import (
    UNDATED,
    month_files,
    month_of,
    segment_path,
    table_dir,
)
from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION

if TYPE_CHECKING:
    from smallwins_tui.data.store import FileStore


def migrate_if_needed(store: FileStore) -> bool:
    """Move split tables out of the home file; True if anything was moved."""
    home = store._home()
    data = home.data()
    if not data:
        return False
    moving = {
        name: docs
        for name, docs in data.items()
        if name not in (META_TABLE, TOMBSTONES) and name not in store.home_tables
    }
    if not moving:
        return False
    store._daily_backup()
    for table, docs in moving.items():
        months: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for record in docs.values():
            months.setdefault(month_of(record, table), []).append((table, dict(record)))
        for month, records in sorted(months.items()):
            store._segment(segment_path(store.data_dir, table, month)).write_many(records)
    kept: dict[str, Any] = {
        name: docs for name, docs in data.items() if name in store.home_tables or name == TOMBSTONES
    }
    kept[META_TABLE] = {"1": {"schema_version": SCHEMA_VERSION}}
    home.replace(kept)
    return True


REVIEWS_BY_MONDAY = "reviews_by_monday"
"""Set in the home file's ``_meta`` once every review is filed under its week's Monday."""


def file_reviews_by_monday(store: FileStore) -> int:
    """File each weekly review kept under another day (a Sunday) under the Monday inside its
    week, once per journal; return how many moved.

    Not a new schema version: a journal upgraded this way is still one an older smallwins
    opens (on a second computer sharing the folder, say), and reading maps old keys anyway
    (see :mod:`smallwins_tui.data.reviews`), so a record that arrives later under an old key
    (an old export, an older computer) still shows in its week. A record keeps its id and its
    ``updated`` time: this changes how it is filed, not what was written, so another copy of
    it is neither older nor newer. If the new month file is written but the old copy not yet
    removed, the next start (the mark is set only at the end) finishes the move.
    """
    from smallwins_tui.data.reviews import REVIEWS, filed_monday

    home = store._home()
    data = home.data() or {}
    meta = data.get(META_TABLE) or {}
    if any(isinstance(doc, dict) and doc.get(REVIEWS_BY_MONDAY) for doc in meta.values()):
        return 0
    files = month_files(table_dir(store.data_dir, REVIEWS))
    if not files:
        return 0  # nothing to file; a review written from now on is filed by its Monday
    gaining: dict[Path, list[tuple[str, dict[str, Any]]]] = {}
    losing: dict[Path, list[tuple[str, str]]] = {}
    for path in files:
        if path.stem == UNDATED:
            continue
        for record in store._docs(store._segment(path), REVIEWS).values():
            monday = filed_monday(record)
            if monday is None or record.get("week") == monday.isoformat():
                continue
            moved = {**record, "week": monday.isoformat()}
            target = segment_path(store.data_dir, REVIEWS, monday.isoformat()[:7])
            gaining.setdefault(target, []).append((REVIEWS, moved))
            if target != path:
                losing.setdefault(path, []).append((REVIEWS, str(record["id"])))
    if gaining:
        store._daily_backup()
        for path, records in sorted(gaining.items()):  # files gaining first: never lose one
            segment = store._segment(path)
            store._data(segment)
            segment.write_many(records, losing.pop(path, []))
        for path, gone in sorted(losing.items()):
            segment = store._segment(path)
            store._data(segment)
            segment.write_many([], gone)
        data = home.data() or {}
        meta = data.get(META_TABLE) or {}
    first = next(iter(meta.values()), None)
    mark = {**(first if isinstance(first, dict) else {}), REVIEWS_BY_MONDAY: True}
    mark.setdefault("schema_version", SCHEMA_VERSION)
    home.replace({**data, META_TABLE: {"1": mark}})
    return sum(len(records) for records in gaining.values())


def new_home(store: FileStore) -> dict[str, Any]:
    """What a journal's first home file holds: the schema version and, when no review was
    ever filed, the mark that reviews are filed by Monday (there are none to move)."""
    from smallwins_tui.data.reviews import REVIEWS

    meta: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if not month_files(table_dir(store.data_dir, REVIEWS)):
        meta[REVIEWS_BY_MONDAY] = True
    return {META_TABLE: {"1": meta}}
