"""Every record type the journal holds, declared once: its fields, what each may hold, and
which field files a record under a month.

Import cleans every incoming record against this declaration and refuses the whole file at
the first field that does not fit; reading checks every record of every file against it (a
record that does not fit is set aside, never handed to a screen); recovery and the import
summary take their words from it; ``smallwins doctor`` reports what does not fit. A typed
journal facade can be built on :data:`RECORD_TYPES` without changing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from smallwins_tui.core.baselines import BASELINES
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.reflection import ANSWER_MAX, THOUGHT_MAX
from smallwins_tui.core.text import INTENTION_MAX, NOTE_MAX, WIN_MAX
from smallwins_tui.data.fields import (
    Choice,
    Cut,
    Day,
    FieldProblem,
    Flag,
    Free,
    Id,
    Kind,
    Line,
    Lines,
    Number,
    SettingValues,
    Stamp,
    Text,
    TextsByKey,
)

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

WINS = "wins"
INTENTIONS = "intentions"
REFLECTIONS = "reflections"
REVIEWS = "reviews"
PRACTICES = "practices"
SETTINGS = "settings"
DRAFTS = "drafts"
PLAN = "plan"
"""The table names, each declared with its type in :data:`RECORD_TYPES` below."""


@dataclass(frozen=True)
class Field:
    """One field of a record: its name, what it may hold, and whether it must be there."""

    name: str
    kind: Kind
    required: bool = True


class RecordProblem(ValueError):
    """A record does not fit its type: ``field`` is the field at fault (or "" for the whole)."""

    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(f"its {field_name} {reason}" if field_name else reason)
        self.field = field_name
        self.reason = reason


COMMON = (Field("id", Id()), Field("created", Stamp()), Field("updated", Stamp()))
"""Every record has a UUID and the times it was made and last changed."""


@dataclass(frozen=True)
class RecordType:
    """One table's records. ``day_field`` names the field whose ``YYYY-MM`` picks the month
    file (``created`` for records that have no day of their own); ``home`` tables are kept
    whole in ``smallwins.json`` instead."""

    name: str
    noun: str
    plural: str
    day_field: str
    fields: tuple[Field, ...]
    home: bool = False
    by_name: Mapping[str, Field] = field(init=False, repr=False, compare=False)
    _checks: tuple[tuple[str, bool, Callable[[Any], bool]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        every = (*COMMON, *self.fields)
        object.__setattr__(self, "by_name", {f.name: f for f in every})
        object.__setattr__(self, "_checks", tuple((f.name, f.required, f.kind.fits) for f in every))

    def counted(self, count: int) -> str:
        """``1 win``, ``3 small steps``."""
        return f"{count} {self.noun if count == 1 else self.plural}"

    def clean(self, record: Any, cut: Cut) -> dict[str, Any]:
        """A record from outside, every field checked and its text cleaned as if typed; raise
        :class:`RecordProblem` naming the first field that does not fit."""
        if not isinstance(record, dict):
            raise RecordProblem("", "is not a record (an object of fields)")
        cleaned: dict[str, Any] = {}
        for name, declared in self.by_name.items():
            value = record.get(name)
            if value is None:
                if declared.required:
                    raise RecordProblem("", f"has no {name}")
                if name in record:
                    cleaned[name] = None
                continue
            try:
                cleaned[name] = declared.kind.clean(value, cut)
            except FieldProblem as problem:
                raise RecordProblem(name, str(problem)) from None
        for name, value in record.items():
            if name in self.by_name:
                continue
            key = Line(200).clean(name, cut)
            if key in cleaned or key in self.by_name:  # "text\x1b" must not replace "text"
                raise RecordProblem(key, "is given twice (once with hidden characters)")
            try:
                cleaned[key] = Free().clean(value, cut)
            except FieldProblem as problem:
                raise RecordProblem(key, str(problem)) from None
        return cleaned

    def problem(self, record: Any) -> str | None:
        """Why a stored record cannot be used as it is (None when it can): a quick check of
        each declared field's type, run on every file as it is read."""
        if not isinstance(record, dict):
            return "is not a record"
        get = record.get
        for name, required, fits in self._checks:  # every read runs this: kept lean
            value = get(name)
            if value is None:
                if required:
                    return f"with no {name}"
            elif not fits(value):
                return f"whose {name} cannot be used"
        return None

    def month_of(self, record: Mapping[str, Any]) -> str | None:
        """``YYYY-MM`` of the record's day field, or None when it has none that reads."""
        value = record.get(self.day_field)
        if isinstance(value, str) and _MONTH.fullmatch(value[:7]):
            return value[:7]
        return None


_PRACTICE_FIELDS = (
    Field("day", Day()),
    Field("type", Choice(("breathing", "grounding"))),
    Field("pattern", Line(40), required=False),
    Field("timing", Line(40), required=False),
    Field("planned_rounds", Number(whole=True), required=False),
    Field("planned_seconds", Number(), required=False),
    Field("rounds_done", Number(whole=True), required=False),
    Field("actual_seconds", Number(), required=False),
    Field("outcome", Choice(("completed", "stopped")), required=False),
    Field("started", Stamp(), required=False),
    Field("ended", Stamp(), required=False),
    Field("completed", Flag(), required=False),
    Field("steps_done", Number(whole=True), required=False),
    Field("steps_skipped", Number(whole=True), required=False),
    Field("steps_total", Number(whole=True), required=False),
    Field("items", TextsByKey(Lines(Line(WIN_MAX))), required=False),
)

RECORD_TYPES: dict[str, RecordType] = {
    record_type.name: record_type
    for record_type in (
        RecordType(
            WINS,
            "win",
            "wins",
            "day",
            (
                Field("text", Line(WIN_MAX, needed=True)),
                Field("day", Day()),
                Field("kind", Choice(KIND_KEYS), required=False),
                Field("source", Line(40), required=False),
                Field("note", Flag(), required=False),  # written in distress: kept, not counted
            ),
        ),
        RecordType(
            INTENTIONS,
            "small step",
            "small steps",
            "day",
            (
                Field("day", Day()),
                Field("text", Line(INTENTION_MAX, needed=True)),
                Field("win_id", Id(), required=False),
            ),
        ),
        RecordType(
            REFLECTIONS,
            "reflection",
            "reflections",
            "created",
            (
                Field("thought", Line(THOUGHT_MAX), required=False),
                Field("baseline", Choice(tuple(b.key for b in BASELINES)), required=False),
                Field("cue", Line(40), required=False),
                Field("answer", Text(ANSWER_MAX), required=False),
            ),
        ),
        RecordType(
            REVIEWS,
            "weekly review",
            "weekly reviews",
            "week",
            (
                Field("week", Day()),
                Field("answers", TextsByKey(Text(NOTE_MAX))),
            ),
        ),
        RecordType(PRACTICES, "practice session", "practice sessions", "day", _PRACTICE_FIELDS),
        RecordType(
            SETTINGS,
            "settings record",
            "settings records",
            "created",
            (Field("values", SettingValues()),),
            home=True,
        ),
        RecordType(
            DRAFTS,
            "draft",
            "drafts",
            "created",
            (
                Field("key", Line(80, needed=True)),
                Field("text", Text(NOTE_MAX)),
            ),
            home=True,
        ),
        RecordType(
            PLAN,
            "safety plan",
            "safety plans",
            "created",
            (Field("parts", TextsByKey(Text(NOTE_MAX))),),
            home=True,
        ),
    )
}
"""Every table smallwins keeps, by name."""

HOME_TABLES = frozenset(name for name, record_type in RECORD_TYPES.items() if record_type.home)


@dataclass(frozen=True)
class Month(Kind):
    """``YYYY-MM``, or ``undated`` (the file of records whose day cannot be read)."""

    def clean(self, value: Any, cut: Cut) -> str:
        if not self.fits(value):
            raise FieldProblem("is not a month as YYYY-MM")
        return str(value)

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and (value == "undated" or bool(_MONTH.fullmatch(value)))


TOMBSTONES = "_deleted"
"""The table, in each journal file, of the records deleted from that file."""

TOMBSTONE = RecordType(
    TOMBSTONES,
    "deletion",
    "deletions",
    "created",
    (
        Field("table", Choice(tuple(RECORD_TYPES))),
        Field("month", Month(), required=False),
        Field("deleted", Flag()),
    ),
)
"""A deleted record's tombstone: its id, its ``table`` and ``month`` (so it lives in the file
the record lived in), and ``updated``, the moment of the delete. Kept for about a year so that
neither a sync tool's conflict copy nor an import from another computer brings the record back
(see :mod:`~smallwins_tui.data.merge`); never shown, never exported as a record."""


def record_type(table: str) -> RecordType | None:
    """The declared type of ``table``'s records (tombstones included); None if unknown."""
    return TOMBSTONE if table == TOMBSTONES else RECORD_TYPES.get(table)


def counted(table: str, count: int) -> str:
    """``2 wins``, or for a table smallwins does not know, ``2 <table> records``."""
    known = RECORD_TYPES.get(table)
    if known is not None:
        return known.counted(count)
    return f"{count} {table} record{'' if count == 1 else 's'}"
