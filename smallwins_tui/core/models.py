"""The records a journal holds, as typed values. Identity is always the UUID, never a row id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Win:
    """One small win on one day."""

    id: str
    text: str
    day: dt.date
    kind: str | None
    created: str
    updated: str
    source: str | None = None
    """What made it, when not typed: ``intention``, ``grounding``, ``breathing``."""
    note: bool = False
    """Written in distress: kept exactly as written and shown under its day, but not counted
    as progress anywhere, until the person says it is a win after all."""

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Win:
        return cls(
            id=record["id"],
            text=record["text"],
            day=dt.date.fromisoformat(record["day"]),
            kind=record.get("kind"),
            created=record["created"],
            updated=record["updated"],
            source=record.get("source"),
            note=record.get("note") is True,
        )

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["day"] = self.day.isoformat()
        if not self.note:
            del record["note"]  # records from before notes existed look the same
        return record


def only_wins(wins: Iterable[Win]) -> list[Win]:
    """The wins that count as progress: distress notes are kept, but never counted."""
    return [win for win in wins if not win.note]


@dataclass(frozen=True)
class Intention:
    """The day's "one small step": ticking it off records a win (``win_id``)."""

    id: str
    day: dt.date
    text: str
    win_id: str | None
    created: str
    updated: str

    @property
    def done(self) -> bool:
        return self.win_id is not None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Intention:
        return cls(
            id=record["id"],
            day=dt.date.fromisoformat(record["day"]),
            text=record["text"],
            win_id=record.get("win_id"),
            created=record["created"],
            updated=record["updated"],
        )
