"""Reflections on disk: the ``reflections`` table, through the generic :class:`RecordStore`."""

from __future__ import annotations

from smallwins_tui.core.reflection import Reflection, reflection_fields
from smallwins_tui.data.records import RecordStore
from smallwins_tui.data.schema import REFLECTIONS

DRAFT_THOUGHT = "reflect.thought"
DRAFT_ANSWER = "reflect.answer"
DRAFT_BASELINE = "reflect.baseline"
"""Draft keys: the unsaved reflection survives a closed terminal, part by part."""


def add_reflection(
    store: RecordStore, thought: str, baseline: str | None, cue: str | None, answer: str
) -> Reflection:
    """Save a new reflection (created/updated stamped by the store)."""
    fields = reflection_fields(thought, baseline, cue, answer)
    return Reflection.from_record(store.add(REFLECTIONS, fields))


def reflections(store: RecordStore) -> list[Reflection]:
    """Every reflection, newest first."""
    rows = [Reflection.from_record(record) for record in store.records(REFLECTIONS)]
    return sorted(rows, key=lambda reflection: reflection.created, reverse=True)


def get_reflection(store: RecordStore, reflection_id: str) -> Reflection | None:
    record = store.get(REFLECTIONS, reflection_id)
    return Reflection.from_record(record) if record else None


def delete_reflection(store: RecordStore, reflection_id: str) -> Reflection | None:
    record = store.delete(REFLECTIONS, reflection_id)
    return Reflection.from_record(record) if record else None
