"""Finding words in text the way a person means them: case and accents do not matter.

"cafe" finds "Café" and "CAFÉ"; "strasse" finds "Straße". Text is folded (casefold, then NFKD
with the combining marks dropped) and the words are looked for in the folded text; every match
is mapped back to offsets in the ORIGINAL text, so a screen or a terminal can highlight exactly
the characters the person wrote, even where folding changed the length ("ß" -> "ss",
"ﬁ" -> "fi", "é" -> "e" + a dropped mark).

Pure logic: no I/O, no Textual, no storage.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

Span = tuple[int, int]
"""``[start, end)`` offsets in the original text."""


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: casefold, compatibility decomposition, combining marks gone."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold(text: str) -> str:
    """``text`` folded for matching (see the module docstring)."""
    if text.isascii():
        return text.lower()
    return "".join(map(fold_char, text))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the offset of the original character
    it came from (ASCII text maps one to one)."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a query, each once, longest first (blank words dropped)."""
    words: list[str] = []
    for word in query.split():
        folded = fold(word).strip()
        if folded and folded not in words:
            words.append(folded)
    return tuple(sorted(words, key=len, reverse=True))


def holds_all(folded_text: str, words: tuple[str, ...]) -> bool:
    """True when every (already folded) word is somewhere in the folded text."""
    return all(word in folded_text for word in words)


def match_spans(text: str, words: tuple[str, ...]) -> tuple[Span, ...]:
    """Where each of ``words`` (folded, see :func:`query_words`) occurs in ``text``, as
    ``[start, end)`` offsets in the original text, sorted and with overlaps merged; empty
    unless every word occurs."""
    folded, origins = fold_with_map(text)
    if not words or not holds_all(folded, words):
        return ()
    found: list[Span] = []
    for word in words:
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            first = origins[start]
            last = origins[end - 1] + 1
            while last < len(text) and not fold_char(text[last]):
                last += 1  # a combining mark (or other vanishing character) after the match
            found.append((first, last))
            start = folded.find(word, end)
    found.sort()
    merged: list[Span] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)
