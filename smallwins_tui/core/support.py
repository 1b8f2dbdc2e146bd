"""Crisis lines by region, and the simple word match that offers them.

The numbers are public, national, and change rarely; ``LINES_CHECKED`` says when this list was
last reviewed. They are shown, never dialled, and never block anything.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

LINES_CHECKED = "November 2026"


@dataclass(frozen=True)
class Line:
    name: str
    number: str
    note: str


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    lines: tuple[Line, ...]


INTERNATIONAL = Region(
    "INT",
    "Elsewhere",
    (
        Line("Emergency services", "your local number", "if you or someone else is in danger now"),
        Line("Find A Helpline", "findahelpline.com", "free, confidential lines in many countries"),
        Line("IASP crisis centres", "iasp.info/crisis-centres", "a worldwide directory"),
    ),
)

REGIONS: dict[str, Region] = {
    region.code: region
    for region in (
        Region(
            "GB",
            "United Kingdom",
            (
                Line("Emergency", "999", "if you are in danger or cannot keep yourself safe"),
                Line("NHS", "111", "urgent advice; in England, choose the mental health option"),
                Line("Samaritans", "116 123", "free, any time, day or night"),
                Line("Shout", "text SHOUT to 85258", "free text support, any time"),
            ),
        ),
        Region(
            "US",
            "United States",
            (
                Line("Emergency", "911", "if you are in danger now"),
                Line("988 Suicide & Crisis Lifeline", "988", "call or text, any time"),
                Line("Crisis Text Line", "text HOME to 741741", "free text support, any time"),
            ),
        ),
        Region(
            "CA",
            "Canada",
            (
                Line("Emergency", "911", "if you are in danger now"),
                Line("9-8-8 Suicide Crisis Helpline", "988", "call or text, any time"),
            ),
        ),
        Region(
            "IE",
            "Ireland",
            (
                Line("Emergency", "112 or 999", "if you are in danger now"),
                Line("Samaritans", "116 123", "free, any time"),
                Line("Text About It", "text HELLO to 50808", "free text support, any time"),
            ),
        ),
        Region(
            "AU",
            "Australia",
            (
                Line("Emergency", "000", "if you are in danger now"),
                Line("Lifeline", "13 11 14", "call or text, any time"),
                Line("Beyond Blue", "1300 22 4636", "support by phone or online chat"),
            ),
        ),
        Region(
            "NZ",
            "New Zealand",
            (
                Line("Emergency", "111", "if you are in danger now"),
                Line("Need to talk?", "1737", "call or text, any time"),
                Line("Lifeline", "0800 543 354", "free, any time"),
            ),
        ),
        INTERNATIONAL,
    )
}

_LOCALE_TO_REGION = {code: code for code in ("GB", "US", "CA", "IE", "AU", "NZ")} | {"UK": "GB"}

WHAT_THIS_IS = (
    "smallwins helps you notice progress, steady yourself, and judge it fairly. "
    "It supports self-help and therapy. It does not diagnose or treat anything, "
    "and it is not for emergencies."
)


def region_for(code: str | None) -> Region:
    return REGIONS.get((code or "").upper(), INTERNATIONAL)


def default_region_code(environ: dict[str, str] | None = None) -> str:
    """Guess the region from the locale (``en_GB.UTF-8`` -> ``GB``), else the directory."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        match = re.match(r"^[a-zA-Z]{2,3}_([A-Za-z]{2})", value)
        if match:
            return _LOCALE_TO_REGION.get(match.group(1).upper(), "INT")
    return "INT"


def mentions_risk(text: str) -> bool:
    """Whether ``text`` sounds like distress: enough to offer the lines, never to judge or block.

    Kept under this name for the screens; the phrases live in :mod:`smallwins_tui.core.distress`.
    """
    from smallwins_tui.core.distress import is_distress

    return is_distress(text)
