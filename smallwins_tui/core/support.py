"""Which crisis lines to offer, and the plain words the app uses when it offers them.

The lines themselves are checked data in :mod:`smallwins_tui.core.crisis_lines`; the region is
the person's choice in Settings, else a guess from the locale, then from the time zone, else
"Elsewhere" (which always has a number to call). Nothing here blocks or judges.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from smallwins_tui.core.crisis_lines import (
    CHECKED,
    INTERNATIONAL,
    REGIONS,
    TIME_ZONE_PREFIXES,
    TIME_ZONE_REGIONS,
    Line,
    Region,
)

__all__ = [
    "CARING_LINE",
    "SOMEONE_ELSE_AFTER",
    "SOMEONE_ELSE_LINE",
    "LINES_CHECKED",
    "MAYBE_LINE",
    "MAYBE_KEPT_LINE",
    "REGIONS",
    "WHAT_THIS_IS",
    "Line",
    "Region",
    "default_region_code",
    "lines_text",
    "mentions_risk",
    "region_for",
    "chosen_region",
    "worry_in",
]

LINES_CHECKED = CHECKED

WHAT_THIS_IS = (
    "smallwins helps you notice progress, steady yourself, and judge it fairly. "
    "It supports self-help and therapy. It does not diagnose or treat anything, "
    "and it is not for emergencies."
)

CARING_LINE = (
    "What you wrote sounds heavy. It is kept as you wrote it, as a note rather than a win. "
    "If you might not be safe, you do not have to manage this alone:"
)
"""Said once, calmly, wherever distress is heard: no lecture, no questions, no block."""

SOMEONE_ELSE_LINE = (
    "It sounds like you are worried about someone. That is a lot to carry. These lines "
    "also talk with people who are supporting someone else, about what might help:"
)
"""Said instead when the words are about someone else's safety: the same lines, for helping."""
MAYBE_LINE = (
    "If any of this is weighing on you, you do not have to carry it alone. It stays a win, "
    "just as you wrote it. These lines are there whenever you want them:"
)
"""Said when the words only might be distress (the "maybe" tier): softer, and nothing moves."""
MAYBE_KEPT_LINE = (
    "If any of this is weighing on you, you do not have to carry it alone. It stays just "
    "as you wrote it. These lines are there whenever you want them:"
)
"""The same, where what was written is not a win (a small step, a reflection, a review
answer, a grounding item): nothing there is called a win."""
SOMEONE_ELSE_AFTER = (
    "If they might be in danger right now, the emergency number is the quickest help. "
    "Looking after yourself matters too."
)

_LOCALE_ALIASES = {"UK": "GB"}
_LOCALTIME = Path("/etc/localtime")


def region_for(code: str | None) -> Region:
    return REGIONS.get((code or "").upper(), INTERNATIONAL)


def chosen_region(stored: str | None) -> Region:
    """The person's region: the one set in Settings (``stored``), else the guess from the
    locale and time zone (:func:`default_region_code`)."""
    return region_for(stored or default_region_code())


def _zone_region(zone: str) -> str | None:
    zone = zone.strip().lstrip(":")
    if zone in TIME_ZONE_REGIONS:
        return TIME_ZONE_REGIONS[zone]
    for prefix, code in TIME_ZONE_PREFIXES.items():
        if zone.startswith(prefix):
            return code
    return None


def _system_zone(localtime: Path) -> str:
    """``Europe/London`` from ``/etc/localtime -> /usr/share/zoneinfo/Europe/London``."""
    try:
        target = os.readlink(localtime)
    except OSError:
        return ""
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""


def default_region_code(
    environ: Mapping[str, str] | None = None, localtime: Path = _LOCALTIME
) -> str:
    """Guess the region: the locale first (``en_GB.UTF-8`` -> ``GB``), then the time zone
    (``TZ``, else the system's), else ``INT`` ("Elsewhere", which always has a number)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        match = re.match(r"^[a-zA-Z]{2,3}_([A-Za-z]{2})", env.get(var, ""))
        if match:
            code = match.group(1).upper()
            code = _LOCALE_ALIASES.get(code, code)
            if code in REGIONS:
                return code
            break
    zone = env.get("TZ") or _system_zone(localtime)
    return _zone_region(zone) or "INT"


def lines_text(region: Region) -> str:
    """The region's lines as plain text, for the command line and ``smallwins plan``."""
    rows = [f"{region.name}:"]
    rows += [f"  {line.service}: {line.reach} ({line.hours})" for line in region.lines]
    if region is not INTERNATIONAL:
        rows.append("  Elsewhere: 112 from most mobile phones; findahelpline.com lists more.")
    return "\n".join(rows)


def mentions_risk(text: str) -> bool:
    """Whether ``text`` sounds like distress: enough to offer the lines, never to judge or block.

    Kept under this name for the screens; the phrases live in :mod:`smallwins_tui.core.distress`.
    """
    from smallwins_tui.core.distress import is_distress

    return is_distress(text)


def worry_in(text: str) -> Literal["self", "other", "maybe"] | None:
    """Whose safety ``text`` sounds worried about, for choosing the one calm offer: the
    writer's own (``"self"``), someone they care for (``"other"``), maybe the writer's
    (``"maybe"``: the same offer, softer, and a win stays a win), or None."""
    from smallwins_tui.core.distress import concern

    return concern(text)
