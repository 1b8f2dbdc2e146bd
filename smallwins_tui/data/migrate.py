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
from typing import Any

from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.segments import Segment, month_of
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
