"""Cleaning of everything a person types, pastes or imports.

User text is stored and shown literally, so anything that could steer a terminal (escape
sequences, C1 controls, bidi overrides) is removed on the way in, and again before display.
"""

from __future__ import annotations

import re

WIN_MAX = 300
"""A win is one line: long enough for a sentence or two, short enough to read at a glance."""

INTENTION_MAX = 200
NOTE_MAX = 5000
"""Reflections and review answers: a few thousand characters."""

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI_CONTROLS + "\ufeff\ufff9-\ufffb]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t]+")


def clean_text(text: str, max_length: int = NOTE_MAX) -> str:
    """Return ``text`` safe to store and display, keeping newlines and tabs.

    Lone surrogates (which cannot be encoded as UTF-8) become U+FFFD, the replacement character.
    Carriage returns become newlines so pasted Windows text keeps its lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    text = _UNSAFE.sub("", text)
    return text[:max_length]


def clean_line(text: str, max_length: int = WIN_MAX) -> str:
    """Return ``text`` as one clean line: newlines and runs of spaces fold into one space."""
    text = clean_text(text.replace("\n", " ").replace("\r", " "), max_length=len(text) + 1)
    return _SPACES.sub(" ", text).strip()[:max_length]
