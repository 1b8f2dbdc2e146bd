"""A personal safety plan, in the six parts of the Stanley–Brown Safety Planning Intervention
(Stanley & Brown, 2012), plus what matters most.

The plan is written by the person, ahead of a hard moment, in their own words; the app only
keeps it, shows it first on Support once it has something in it, and offers it (with the crisis
lines) when it hears distress. "Professionals and services" falls back to the region's lines
while the person has not written their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from smallwins_tui.core.support import Region
from smallwins_tui.core.text import clean_text


@dataclass(frozen=True)
class PlanPart:
    """One part of the plan; ``key`` names it in storage, so never change it."""

    key: str
    title: str
    prompt: str


PLAN_PARTS: tuple[PlanPart, ...] = (
    PlanPart(
        "warning_signs",
        "My warning signs",
        "The thoughts, feelings or situations that tell you a hard time may be starting.",
    ),
    PlanPart(
        "on_my_own",
        "Things I can do on my own",
        "Small things that have helped you ride it out before, without anyone else.",
    ),
    PlanPart(
        "distractions",
        "People and places that take my mind off it",
        "Someone to be around, or somewhere to go, that helps the moment pass.",
    ),
    PlanPart(
        "ask_for_help",
        "People I can ask for help",
        "Names and numbers of people you could tell that you are struggling.",
    ),
    PlanPart(
        "professionals",
        "Professionals and services",
        "Your GP, therapist or crisis team, and the lines for your region.",
    ),
    PlanPart(
        "safer_surroundings",
        "Making my surroundings safer",
        "What you could put away, or ask someone to keep, while things are hard.",
    ),
    PlanPart(
        "matters_most",
        "What matters most to me",
        "The people, hopes or reasons that are worth holding on for.",
    ),
)
PART_KEYS: tuple[str, ...] = tuple(part.key for part in PLAN_PARTS)


def cleaned_plan(parts: Mapping[str, object]) -> dict[str, str]:
    """Only the known parts, as cleaned text; empty parts are left out."""
    plan = {key: clean_text(str(parts.get(key, "") or "")).strip() for key in PART_KEYS}
    return {key: text for key, text in plan.items() if text}


def has_content(parts: Mapping[str, str]) -> bool:
    return bool(cleaned_plan(parts))


def plan_text(parts: Mapping[str, str], region: Region) -> str:
    """The plan as plain text to print or copy to a phone; every part is listed, so the
    empty ones are an invitation rather than a gap."""
    plan = cleaned_plan(parts)
    out = ["My safety plan", ""]
    for number, part in enumerate(PLAN_PARTS, start=1):
        out.append(f"{number}. {part.title}")
        text = plan.get(part.key)
        if text:
            out += ["   " + line for line in text.split("\n")]
        elif part.key == "professionals":
            out += [f"   {line.service}: {line.reach} ({line.hours})" for line in region.lines]
        else:
            out.append(f"   (not written yet: {part.prompt[0].lower()}{part.prompt[1:]})")
        out.append("")
    out.append("If you are in danger now, call your local emergency number.")
    return "\n".join(out) + "\n"
