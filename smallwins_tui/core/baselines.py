"""The three baselines (seed 001) and a transparent guess at which one a thought is using.

Progress can feel invisible when it is measured against the wrong point. A self-judging thought
usually gives its measuring stick away in a word or two ("should", "used to"); the app names
that word so the person can see why it guessed, and can always overrule it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IDEAL_FUTURE = "ideal_future"
HISTORICAL = "historical"
FAIR_CURRENT = "fair_current"


@dataclass(frozen=True)
class Baseline:
    """One measuring stick: its stored key, the key that picks it, and how to explain it."""

    key: str
    hotkey: str
    title: str
    summary: str
    examples: tuple[str, ...]


BASELINES: tuple[Baseline, ...] = (
    Baseline(
        IDEAL_FUTURE,
        "1",
        "Ideal future",
        "You against the person you hope to become.",
        (
            "I ought to be calm about this by now.",
            "I'm supposed to be fully better.",
            "I shouldn't still need help with this.",
        ),
    ),
    Baseline(
        HISTORICAL,
        "2",
        "Historical",
        "You against who you were before all this.",
        (
            "I used to handle all of this easily.",
            "I can't switch off anymore.",
            "Back when I was working, nothing fazed me.",
        ),
    ),
    Baseline(
        FAIR_CURRENT,
        "3",
        "Fair current",
        "You against where you were a few weeks ago.",
        (
            "What can I do now that was hard last month?",
            "What do I avoid a little less?",
            "What do I bounce back from sooner?",
        ),
    ),
)

_BY_KEY = {baseline.key: baseline for baseline in BASELINES}
_BY_HOTKEY = {baseline.hotkey: baseline for baseline in BASELINES}

FAIR_QUESTION = "Compared with where you were a few weeks ago, what has shifted, even a little?"
FAIR_PROMPTS: tuple[str, ...] = (
    "What can you do now that felt out of reach a few weeks ago?",
    "What are you avoiding slightly less?",
    "What do you recover from a little more quickly than you did recently?",
    "What are you practising, even though it still feels hard?",
)


def baseline_by_key(key: str | None) -> Baseline | None:
    return _BY_KEY.get(key) if key else None


def baseline_by_hotkey(hotkey: str) -> Baseline | None:
    return _BY_HOTKEY.get(hotkey)


_IDEAL_CUES = re.compile(
    r"\b(?:"
    r"should(?:n'?t|'?ve| not| have)?|"
    r"by now|ought(?:n'?t)? to|supposed to|"
    r"(?:not|n't) (?:better|fixed|over (?:it|this)|back to normal|healed|cured) yet|"
    r"(?:better|fixed|over (?:it|this)|back to normal|healed) yet|"
    r"still not (?:better|fixed|over (?:it|this)|back to normal)"
    r")\b",
    re.IGNORECASE,
)
_HISTORICAL_CUES = re.compile(
    r"\b(?:"
    r"used to|(?:didn'?t|did not|never) use to|anymore|any more(?=\s*(?:[.,;:!?)]|$))|"
    r"back when|before all (?:this|that)"
    r")\b",
    re.IGNORECASE,
)
_FAIR_CUES = re.compile(
    r"\b(?:"
    r"compared (?:with|to)|a (?:few|couple of) (?:weeks|days|months) ago|recently|lately|"
    r"(?:less|more|fewer) than (?:before|last (?:week|month)|recently|a (?:few|couple of) "
    r"(?:weeks|days|months) ago)|last (?:week|month)|"
    r"what has (?:shifted|changed)|what's (?:shifted|changed)|has shifted|"
    r"(?:a (?:little|bit)|slightly) (?:less|more|sooner|quicker|easier)|"
    r"sooner|more quickly"
    r")\b",
    re.IGNORECASE,
)
"""Fair-current wording (seed 001): measured against the recent past, not an ideal or old self."""

_ACCUSTOMED = re.compile(
    r"\b(?:am|'m|is|'s|are|'re|was|were|be|been|being|get|gets|got|"
    r"getting|gotten)\s+used to$",
    re.IGNORECASE,
)
"""'I'm used to it' means accustomed, not 'I once did'; the word before 'used to' tells."""


@dataclass(frozen=True)
class Suggestion:
    """The baseline a thought seems to use, and the words that gave it away.

    ``cue`` is the first cue in the thought, exactly as the person wrote it (so it can be quoted
    back). ``other`` names the second baseline when a thought mixes both, with its own cue.
    """

    baseline: str | None
    cue: str | None
    other: str | None = None
    other_cue: str | None = None


def _matches(text: str) -> list[tuple[int, str, str]]:
    """Every cue as (position, baseline key, the words), in reading order."""
    found: list[tuple[int, str, str]] = []
    for pattern, key in (
        (_IDEAL_CUES, IDEAL_FUTURE),
        (_HISTORICAL_CUES, HISTORICAL),
        (_FAIR_CUES, FAIR_CURRENT),
    ):
        for match in pattern.finditer(text):
            if key == HISTORICAL and _ACCUSTOMED.search(text[: match.end()]):
                continue
            found.append((match.start(), key, match.group(0)))
    return sorted(found)


def suggest_baseline(thought: str) -> Suggestion:
    """Guess the baseline from simple cue words; the first cue in the sentence decides.

    Curly apostrophes count as straight ones, so "shouldn’t" is read like "shouldn't". With no
    cue at all the answer is ``Suggestion(None, None)``: the app does not guess beyond its cues.
    """
    text = thought.replace("\u2019", "'").replace("\u2018", "'")
    found = _matches(text)
    if not found:
        return Suggestion(None, None)
    _, key, cue = found[0]
    other = next(((k, words) for _, k, words in found if k != key), None)
    if other is None:
        return Suggestion(key, cue)
    return Suggestion(key, cue, other[0], other[1])


def suggestion_text(suggestion: Suggestion) -> str:
    """One plain line saying what was guessed and why, for the screen."""
    baseline = baseline_by_key(suggestion.baseline)
    if baseline is None:
        return "No cue words spotted. Pick the baseline that fits, if any."
    line = f'You wrote "{suggestion.cue}": that often means the {baseline.title.lower()} baseline.'
    other = baseline_by_key(suggestion.other)
    if other is not None:
        line += f' "{suggestion.other_cue}" points to {other.title.lower()} too.'
    return line
