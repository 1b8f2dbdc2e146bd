"""The kinds of small win (seed 001): optional labels, never a required field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One kind of win: the stored key, the key that sets it, and what it covers."""

    key: str
    hotkey: str
    label: str
    hint: str


KINDS: tuple[Kind, ...] = (
    Kind("behavioural", "1", "behavioural", "something you did: a task, an appointment, a routine"),
    Kind("emotional", "2", "emotional", "a feeling named, allowed, or recovered from sooner"),
    Kind("relational", "3", "relational", "a no, an honest word, a repair with someone"),
    Kind("cognitive", "4", "cognitive", "a thinking pattern spotted or questioned"),
    Kind("therapy", "5", "therapy", "the therapy itself: raising something hard or stuck"),
)

KIND_KEYS: tuple[str, ...] = tuple(kind.key for kind in KINDS)


def parse_kind(value: str) -> str:
    """Accept a kind name or a unique prefix ("beh", "rel"); raise ValueError otherwise."""
    wanted = value.strip().lower()
    matches = [key for key in KIND_KEYS if key.startswith(wanted)] if wanted else []
    if wanted in KIND_KEYS:
        return wanted
    if len(matches) == 1:
        return matches[0]
    raise ValueError(f"unknown kind {value!r}; choose one of: {', '.join(KIND_KEYS)}")
