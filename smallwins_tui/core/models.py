"""The records a journal holds, as typed values. Identity is always the UUID, never a row id."""

from __future__ import annotations

import datetime as dt
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
        )

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["day"] = self.day.isoformat()
        return record


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
