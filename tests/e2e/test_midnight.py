"""Today follows the date: left open across midnight, its title and the day a new win goes to
both move on by themselves.

The app's clock starts a few seconds before midnight (``SMALLWINS_TEST_NOW``, the one test hook
of its system clock) and runs on in real time; Textual's timers are untouched. CI also runs the
whole e2e suite with the machine's clock moved by libfaketime.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch

pytestmark = pytest.mark.e2e

START = "2026-11-30T23:59:55"
"""A Monday evening, five seconds before midnight (in :data:`app.TIMEZONE`)."""


def test_today_moves_on_at_midnight_without_a_key(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    terminal = launch(used_dir, env=app.clock_from(START))
    terminal.wait_for(
        "Today, Monday 30 November",
        what="Today on Monday, before midnight (a slow start-up can miss it)",
    )
    terminal.wait_for(
        "Today, Tuesday 1 December",
        timeout=20,
        what="the title to move on to Tuesday after midnight, with no key pressed",
    )
    terminal.wait_for(app.typing_on_today)
    terminal.send("walked to the shop", "enter")
    text = terminal.wait_for("• walked to the shop")
    assert "Monday" not in text, terminal.describe("Monday is still on screen after midnight")
    terminal.send("ctrl+q")
    terminal.wait_exit()
    assert app.wins_on(used_dir, "2026-12-01", home=home) == ["walked to the shop"]
    assert app.wins_on(used_dir, "2026-11-30", home=home) == []
