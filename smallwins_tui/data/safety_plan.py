"""The safety plan: one record in the home file's ``plan`` table, its parts by key.

Kept in the home file (with settings) because there is only ever one, it is small, and it has
no day. An import that brings a second record is harmless: the newest one is the plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smallwins_tui.core.safety_plan import cleaned_plan
from smallwins_tui.data.records import RecordStore
from smallwins_tui.data.schema import PLAN


def _current(store: RecordStore) -> dict[str, Any] | None:
    records = store.records(PLAN)
    return max(records, key=lambda r: str(r.get("updated", ""))) if records else None


def safety_plan(store: RecordStore) -> dict[str, str]:
    """The plan's written parts by key (empty parts absent); {} before anything is written."""
    record = _current(store)
    parts = record.get("parts") if record else None
    return cleaned_plan(parts) if isinstance(parts, dict) else {}


def save_safety_plan(store: RecordStore, parts: Mapping[str, str]) -> bool:
    """Store the plan (cleaned); True if anything changed on disk."""
    cleaned = cleaned_plan(parts)
    with store.transaction():
        record = _current(store)
        if record is None:
            if not cleaned:
                return False
            store.add(PLAN, {"parts": cleaned})
            return True
        if record.get("parts") == cleaned:
            return False
        store.update(PLAN, str(record["id"]), {"parts": cleaned})
        return True
