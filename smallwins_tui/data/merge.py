"""Two versions of one journal file made into one: the rule that sync conflict copies and
imports share, so that two computers end up with the same records.

Records are matched by id (in any case). When both sides hold a record, the one changed last
(the newer ``updated``) is kept; a record only one side holds is always kept, unless the other
side holds its tombstone from at or after its last change (see
:data:`~smallwins_tui.data.schema.TOMBSTONE`): then it was deleted, and stays deleted. A record
changed after it was deleted elsewhere is kept, and its tombstone dropped.

"Newer" trusts the two computers' clocks. A clock running behind can make its edits lose to
older ones from the other side, but never makes a record disappear that only one side has.
Tombstones older than :data:`TOMBSTONE_DAYS` are dropped: by then both sides have long met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from smallwins_tui.data.schema import TOMBSTONES
from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION

TOMBSTONE_DAYS = 400
"""How long a deletion is remembered: over a year, so a laptop left in a drawer for months
still cannot bring back what was deleted on the other computer."""

Records = dict[str, dict[str, dict[str, Any]]]
"""table -> lower-case id -> record."""


def _moment(stamp: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def newer(incoming: Any, existing: Any) -> bool:
    """Whether the time ``incoming`` is after ``existing`` (ISO 8601, any offset)."""
    try:
        return _moment(str(incoming)) > _moment(str(existing))
    except ValueError:
        return str(incoming) > str(existing)


def later_than(stamp: str, other: str) -> str:
    """``stamp``, or a millisecond after ``other`` when ``stamp`` is not after it (an undo in
    the same millisecond as the delete, or a clock set back between them)."""
    if newer(stamp, other):
        return stamp
    try:
        return (_moment(other) + dt.timedelta(milliseconds=1)).isoformat(timespec="milliseconds")
    except ValueError:
        return stamp


def tombstone(table: str, record: Mapping[str, Any], month: str, now: str) -> dict[str, Any]:
    """The tombstone left when ``record`` (kept in ``month``'s file) is deleted at ``now``."""
    return {
        "id": str(record["id"]).lower(),
        "created": now,
        "updated": now,
        "table": table,
        "month": month,
        "deleted": True,
    }


def expired(stone: Mapping[str, Any], now: dt.datetime) -> bool:
    """Whether a tombstone is old enough to forget."""
    try:
        return _moment(str(stone.get("updated"))) < now - dt.timedelta(days=TOMBSTONE_DAYS)
    except ValueError:
        return False


def by_id(data: Mapping[str, Any] | None) -> Records:
    """A file's tables keyed by lower-case id (the meta table left out); of two copies under
    one id, the newer."""
    tables: Records = {}
    for name, docs in (data or {}).items():
        if name == META_TABLE:
            continue
        table = tables.setdefault(name, {})
        for record in docs.values():
            key = str(record.get("id")).lower()
            kept = table.get(key)
            if kept is None or newer(record.get("updated"), kept.get("updated")):
                table[key] = record
    return tables


def merge_records(current: Records, incoming: Records, now: dt.datetime) -> Records:
    """``current`` and ``incoming`` made one, by the rules in the module docstring."""
    merged: Records = {name: dict(table) for name, table in current.items()}
    for name, table in incoming.items():
        mine = merged.setdefault(name, {})
        for key, record in table.items():
            kept = mine.get(key)
            if kept is None or newer(record.get("updated"), kept.get("updated")):
                mine[key] = record
    stones = merged.get(TOMBSTONES, {})
    for key, stone in list(stones.items()):
        owner = merged.get(str(stone.get("table")), {})
        alive = owner.get(key)
        if alive is not None and newer(alive.get("updated"), stone.get("updated")):
            del stones[key]  # changed after the delete: the change is kept
        elif alive is not None:
            del owner[key]
        if expired(stone, now):
            stones.pop(key, None)
    return {name: table for name, table in merged.items() if table}


def merge_files(
    current: Mapping[str, Any] | None, incoming: Mapping[str, Any], now: dt.datetime
) -> tuple[dict[str, Any], bool]:
    """Two versions of one file made into one, in the file's own shape (TinyDB doc ids, the
    current file's kept where it had the record); and whether that differs from ``current``."""
    before = by_id(current)
    merged = merge_records(before, by_id(incoming), now)
    if merged == {name: table for name, table in before.items() if table}:
        return dict(current or {}), False
    data: dict[str, Any] = {
        META_TABLE: (current or {}).get(META_TABLE) or {"1": {"schema_version": SCHEMA_VERSION}}
    }
    for name, table in merged.items():
        old = {
            str(record.get("id")).lower(): doc_id
            for doc_id, record in (current or {}).get(name, {}).items()
        }
        used = {int(doc_id) for doc_id in old.values() if doc_id.isdigit()}
        next_id = max(used, default=0) + 1
        docs: dict[str, Any] = {}
        for key, record in table.items():
            doc_id = old.get(key)
            if doc_id is None or doc_id in docs:
                doc_id, next_id = str(next_id), next_id + 1
            docs[doc_id] = record
        data[name] = docs
    return data, True
