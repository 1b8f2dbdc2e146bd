"""Esc always leads back towards Today and never loops: from wherever the person went, each
press goes back along the way they came (or first leaves the field they are typing in) until
Today, and on Today it stays.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch
from tests.e2e.terminal import KEYS, Terminal

pytestmark = pytest.mark.e2e

FIELD_LEFT = {
    "today": "a Add",
    "reflect": "1-3 Baseline",
}
"""What the footer shows on a screen once Esc has left its text field."""

WALK_DONE = "That is all five"
YESTERDAY = re.compile(r"^\s*Yesterday, ", re.MULTILINE)


def footer(text: str) -> str:
    return text.rstrip("\n").rsplit("\n", 1)[-1]


def leave_today_field(terminal: Terminal) -> None:
    """Today opens typing in its field; Esc leaves it, so single keys work.

    The first frame of Today can show its keys before the field has focus: wait for the
    field's own footer first, or the Esc would be sent against a stale picture.
    """
    terminal.wait_for(app.typing_on_today)
    terminal.send("escape")
    terminal.wait_for(
        lambda text: FIELD_LEFT["today"] in footer(text),
        what="Today's keys once Esc left the field",
    )


def go(terminal: Terminal, key: str, screen: str) -> None:
    terminal.send(key)
    terminal.wait_for(app.only(screen))


SENSES = ((5, "see"), (4, "touch"), (3, "hear"), (2, "smell"), (1, "taste"))


def walk_counts() -> list[str]:
    """What the walk says after each Enter: "4 more things you can see", ..., then the end."""
    shown = []
    for index, (count, verb) in enumerate(SENSES):
        shown += [
            f"{left} more {'thing' if left == 1 else 'things'} you can {verb}"
            for left in range(count - 1, 0, -1)
        ]
        if index + 1 < len(SENSES):
            following, next_verb = SENSES[index + 1]
            shown.append(
                f"{following} {'thing' if following == 1 else 'things'} you can {next_verb}"
            )
    return [*shown, WALK_DONE]


def finish_walk(terminal: Terminal) -> None:
    """Count every thing of every sense with Enter, as someone too tired to type would, one
    Enter at a time (see test_ground.py for Enter pressed in a burst)."""
    for shown in walk_counts():
        terminal.send("enter")
        terminal.wait_for(shown)


def escape_back_to_today(terminal: Terminal, trail: list[str]) -> None:
    """Press Esc until Today. Each press must go back to a screen earlier in ``trail`` (the
    screens visited, in order) or, once per screen, leave its field; never forward again."""
    position = len(trail) - 1
    fields_left: set[str] = set()
    presses = 0
    while trail[position] != "today":
        presses += 1
        assert presses <= len(trail) + len(FIELD_LEFT), terminal.describe(
            f"{presses - 1} presses of Esc after {' → '.join(trail)} did not reach Today"
        )
        here, earlier = trail[position], trail[:position]

        def moved_on(text: str, here: str = here, earlier: list[str] = earlier) -> bool:
            back = any(app.only(name)(text) for name in earlier)
            left_field = (
                here not in fields_left
                and app.only(here)(text)
                and FIELD_LEFT.get(here, "\0") in footer(text)
            )
            return back or left_field

        terminal.send("escape")
        text = terminal.wait_for(
            moved_on,
            what=f"Esc #{presses} on {here} (after {' → '.join(trail)}) to go back "
            f"to {' or '.join(earlier)}" + (" or leave its field" if here in FIELD_LEFT else ""),
        )
        shown = [index for index, name in enumerate(earlier) if app.only(name)(text)]
        if shown:
            position = shown[-1]
        else:
            fields_left.add(here)


def assert_esc_stays_on_today(terminal: Terminal, presses: int = 3) -> None:
    """Esc pressed again and again on Today leaves the person on Today.

    ← follows the Escs in the same write: on Today it shows the day before, so seeing
    "Yesterday" proves every Esc was handled and Today was still there to take the ←.
    """
    terminal.wait_for(app.only("today"))
    terminal.write(KEYS["escape"] * presses + KEYS["left"])
    terminal.wait_for(
        lambda text: YESTERDAY.search(text) is not None,
        what=f"Today's day before, after {presses} more Escs and ←",
    )
    terminal.send("right")
    terminal.wait_for(app.only("today"))


def test_ground_finished_then_breathe_then_esc_ends_on_today(
    launch: Launch, used_dir: Path
) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    go(terminal, "g", "ground")
    finish_walk(terminal)
    go(terminal, "b", "breathe")
    escape_back_to_today(terminal, ["today", "ground", "breathe"])
    assert_esc_stays_on_today(terminal)
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_ground_started_then_esc_ends_on_today(launch: Launch, used_dir: Path) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    go(terminal, "g", "ground")
    terminal.send("enter")
    terminal.wait_for("4 more things you can see")
    escape_back_to_today(terminal, ["today", "ground"])
    assert_esc_stays_on_today(terminal)
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_breathe_then_ground_then_esc_ends_on_today(launch: Launch, used_dir: Path) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    go(terminal, "b", "breathe")
    go(terminal, "g", "ground")
    escape_back_to_today(terminal, ["today", "breathe", "ground"])
    assert_esc_stays_on_today(terminal)
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_week_then_reflect_then_esc_ends_on_today(launch: Launch, used_dir: Path) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    go(terminal, "w", "week")
    go(terminal, "r", "reflect")
    escape_back_to_today(terminal, ["today", "week", "reflect"])
    assert_esc_stays_on_today(terminal)
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_support_then_settings_then_esc_ends_on_today(launch: Launch, used_dir: Path) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    go(terminal, "f1", "support")
    go(terminal, "s", "settings")
    escape_back_to_today(terminal, ["today", "support", "settings"])
    assert_esc_stays_on_today(terminal)
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_esc_on_today_at_start_stays_on_today(launch: Launch, used_dir: Path) -> None:
    terminal = launch(used_dir)
    terminal.wait_for(app.only("today"))
    assert_esc_stays_on_today(terminal, presses=4)
    terminal.send("ctrl+q")
    terminal.wait_exit()
