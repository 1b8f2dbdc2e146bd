"""Upgrading an older journal file in place, once, under the journal's lock.

Schema 1 kept everything in ``smallwins.json``. Schema 2 keeps the home tables (settings,
drafts, the safety plan) there and
splits every other table by month (see :mod:`smallwins_tui.data.segments`). The upgrade first
takes the day's backup (so the old file is kept as it was), writes every month file, and only
then rewrites the home file; if it is interrupted, the old home file is still whole and the
next start repeats the upgrade, which puts the same records by UUID again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from smallwins_tui.core.week import filed_monday
from smallwins_tui.data.schema import REVIEWS, TOMBSTONES
from smallwins_tui.data.segments import (
    UNDATED,
    Segment,
    month_files,
    month_of,
    segment_path,
    table_dir,
)
from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION


def migrate_if_needed(
    home: Segment,
    home_tables: Collection[str],
    month_file: Callable[[str, str], Segment],
    back_up: Callable[[], None],
) -> bool:
    """Move split tables out of the ``home`` file; True if anything was moved.

    ``home_tables`` stay in the home file; ``month_file(table, month)`` is the file a split
    table's month goes to; ``back_up`` takes the day's backup first. The store passes these
    in (under its lock), so this module needs nothing else from it.
    """
    data = home.data()
    if not data:
        return False
    moving = {
        name: docs
        for name, docs in data.items()
        if name not in (META_TABLE, TOMBSTONES) and name not in home_tables
    }
    if not moving:
        return False
    back_up()
    for table, docs in moving.items():
        months: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for record in docs.values():
            months.setdefault(month_of(record, table), []).append((table, dict(record)))
        for month, records in sorted(months.items()):
            month_file(table, month).write_many(records)
    kept: dict[str, Any] = {
        name: docs for name, docs in data.items() if name in home_tables or name == TOMBSTONES
    }
    kept[META_TABLE] = {"1": {"schema_version": SCHEMA_VERSION}}
    home.replace(kept)
    return True


REVIEWS_BY_MONDAY = "reviews_by_monday"
"""Set in the home file's ``_meta`` once every review is filed under its week's Monday."""


def file_reviews_by_monday(
    home: Segment,
    data_dir: Path,
    open_segment: Callable[[Path], Segment],
    docs: Callable[[Segment, str], dict[str, dict[str, Any]]],
    back_up: Callable[[], None],
) -> int:
    """File each weekly review kept under another day (a Sunday) under the Monday inside its
    week, once per journal; return how many moved.

    ``open_segment`` gives a month file ready to write, ``docs`` one table's records in a file,
    ``back_up`` takes the day's backup first; the store passes these in, under its lock.

    Not a new schema version: a journal upgraded this way is still one an older smallwins
    opens (on a second computer sharing the folder, say), and reading maps old keys anyway
    (see :mod:`smallwins_tui.data.reviews`), so a record that arrives later under an old key
    (an old export, an older computer) still shows in its week. A record keeps its id and its
    ``updated`` time: this changes how it is filed, not what was written, so another copy of
    it is neither older nor newer. If the new month file is written but the old copy not yet
    removed, the next start (the mark is set only at the end) finishes the move.
    """
    data = home.data() or {}
    meta = data.get(META_TABLE) or {}
    if any(isinstance(doc, dict) and doc.get(REVIEWS_BY_MONDAY) for doc in meta.values()):
        return 0
    files = month_files(table_dir(data_dir, REVIEWS))
    if not files:
        return 0  # nothing to file; a review written from now on is filed by its Monday
    gaining: dict[Path, list[tuple[str, dict[str, Any]]]] = {}
    losing: dict[Path, list[tuple[str, str]]] = {}
    for path in files:
        if path.stem == UNDATED:
            continue
        for record in docs(open_segment(path), REVIEWS).values():
            monday = filed_monday(record)
            if monday is None or record.get("week") == monday.isoformat():
                continue
            moved = {**record, "week": monday.isoformat()}
            target = segment_path(data_dir, REVIEWS, monday.isoformat()[:7])
            gaining.setdefault(target, []).append((REVIEWS, moved))
            if target != path:
                losing.setdefault(path, []).append((REVIEWS, str(record["id"])))
    if gaining:
        back_up()
        for path, records in sorted(gaining.items()):  # files gaining first: never lose one
            open_segment(path).write_many(records, losing.pop(path, []))
        for path, gone in sorted(losing.items()):
            open_segment(path).write_many([], gone)
        data = home.data() or {}
        meta = data.get(META_TABLE) or {}
    first = next(iter(meta.values()), None)
    mark = {**(first if isinstance(first, dict) else {}), REVIEWS_BY_MONDAY: True}
    mark.setdefault("schema_version", SCHEMA_VERSION)
    home.replace({**data, META_TABLE: {"1": mark}})
    return sum(len(records) for records in gaining.values())


def new_home(data_dir: Path) -> dict[str, Any]:
    """What a journal's first home file holds: the schema version and, when no review was
    ever filed, the mark that reviews are filed by Monday (there are none to move)."""
    meta: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if not month_files(table_dir(data_dir, REVIEWS)):
        meta[REVIEWS_BY_MONDAY] = True
    return {META_TABLE: {"1": meta}}
