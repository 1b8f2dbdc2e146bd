"""Upgrading an older journal file in place, once, under the journal's lock.

Schema 1 kept everything in ``smallwins.json``. Schema 2 keeps settings and drafts there and
splits every other table by month (see :mod:`smallwins_tui.data.segments`). The upgrade first
takes the day's backup (so the old file is kept as it was), writes every month file, and only
then rewrites the home file; if it is interrupted, the old home file is still whole and the
next start repeats the upgrade, which puts the same records by UUID again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.segments import month_of, segment_path
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
