"""Keys typed while a screen opens go to that screen once it is ready to take them.

A quick typist presses r and starts writing the thought at once. The letters arrive while
Reflect is still being put on screen, before its writing field has the focus: they used to
reach the screen itself, where letters are commands (w opened Week, m would set a win aside
as a note), and the thought was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch
from tests.e2e.test_escape import leave_today_field

pytestmark = pytest.mark.e2e

THOUGHT = "my week was bad, I should do more by now"
"""Full of letters that are commands somewhere: m, w, b, d, s, o."""


def test_a_thought_typed_straight_after_r_lands_in_reflects_field(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    app.cli(used_dir, "add", "replied to Sam", home=home)
    terminal = launch(used_dir)
    leave_today_field(terminal)
    terminal.write("r" + THOUGHT)  # one burst, as fast fingers send it
    terminal.wait_for(
        lambda text: app.only("reflect")(text) and THOUGHT in text,
        what="Reflect, with the thought in its writing field",
    )
    terminal.send("ctrl+q")
    terminal.wait_exit()
    assert app.wins_on(used_dir, "today", home=home) == ["replied to Sam"]


def test_r_on_the_past_list_then_typing_writes_the_thought_and_deletes_nothing(
    launch: Launch, used_dir: Path
) -> None:
    """The issue's own steps, typed fast: a saved reflection, p for the past list, then r and
    "I dread everything" in one burst. The letters once stayed on the list, where d asks to
    delete and g opens Ground; now they are the new thought."""
    terminal = launch(used_dir, "reflect")
    terminal.wait_for(app.only("reflect"))
    terminal.write("I should be calm by now")
    terminal.wait_for("I should be calm by now")
    terminal.send("ctrl+s")
    terminal.wait_for("Saved.")
    terminal.send("escape")  # out of the field, so p reads the past list
    terminal.wait_for(lambda text: "1-3 Baseline" in text.rstrip("\n").rsplit("\n", 1)[-1])
    terminal.send("p")
    terminal.wait_for("what you wrote before")
    terminal.write("rI dread everything")
    terminal.wait_for(
        lambda text: app.only("reflect")(text) and "I dread everything" in text,
        what="the new thought in Reflect's writing field",
    )
    assert "Delete this?" not in terminal.screen_text()
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_a_win_typed_straight_after_a_on_today_is_noted_whole(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    terminal = launch(used_dir)
    leave_today_field(terminal)
    terminal.write("amade breakfast with toast\r")
    terminal.wait_for(lambda text: "• made breakfast with toast" in text, what="the win")
    terminal.send("ctrl+q")
    terminal.wait_exit()
    assert app.wins_on(used_dir, "today", home=home) == ["made breakfast with toast"]


def test_ctrl_q_in_the_same_burst_keeps_the_thought_as_a_draft(
    launch: Launch, used_dir: Path
) -> None:
    """ctrl+q is never held back, but what was typed before it goes first: the thought typed
    after r, with ctrl+q in the same burst, is in Reflect's field again next time."""
    terminal = launch(used_dir)
    leave_today_field(terminal)
    terminal.write("r" + THOUGHT + "\x11")  # \x11 is ctrl+q
    terminal.wait_exit()
    again = launch(used_dir, "reflect")
    again.wait_for(THOUGHT, what="the thought back in Reflect's field as a draft")
    again.send("ctrl+q")
    again.wait_exit()
