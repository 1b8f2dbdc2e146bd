"""Search in a real terminal: / on Today, a word typed, the result shown with the word
highlighted (bold on a tint) and the rest of the line plain."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch

pytestmark = pytest.mark.e2e

RESULT = "• Walked to the shop alone"


def left_the_field(text: str) -> bool:
    """Today with the list, not the field, taking the keys (Esc is no longer offered)."""
    return app.only("today")(text) and "esc Done typing" not in text.rstrip("\n").rsplit("\n")[-1]


def test_slash_and_a_word_show_the_result_with_the_word_highlighted(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    app.cli(used_dir, "add", "Walked to the shop alone", "--day", "yesterday", home=home)
    app.cli(used_dir, "add", "Made tea", home=home)
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.send("escape")
    terminal.wait_for(left_the_field)
    terminal.send("/")
    terminal.wait_for("Words to look for", what="the search field")
    terminal.send("shop")
    terminal.wait_for(RESULT, what="the win found")
    terminal.wait_for("Found in 1 place", what="the search finished")

    row = next(y for y, line in enumerate(terminal.screen.display) if RESULT in line)
    line = terminal.screen.display[row]
    start = line.index("shop", line.index(RESULT))
    cells = terminal.screen.buffer[row]
    word = [cells[x] for x in range(start, start + 4)]
    walked = [cells[x] for x in range(line.index("Walked"), line.index("Walked") + 6)]
    assert all(cell.bold for cell in word), terminal.describe("the word is not bold")
    assert not any(cell.bold for cell in walked), terminal.describe("the rest is bold too")
    assert word[0].bg != walked[0].bg, terminal.describe("the word has no tint behind it")

    terminal.send("enter", "enter")
    terminal.wait_for("Yesterday, ", what="Today moved to the day of the result")
    terminal.send("ctrl+q")
    terminal.wait_exit()


def test_down_pressed_quickly_from_the_field_walks_the_results_without_losing_a_press(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    """↓ from the field moves to the results at once: the next ↓, already on its way (a held
    key, a quick hand), moves the highlight on instead of being swallowed by the field."""
    for days_ago, text in ((1, "shop one"), (2, "shop two"), (3, "shop three")):
        app.cli(used_dir, "add", text, "--day", f"-{days_ago}", home=home)
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.send("escape")
    terminal.wait_for(left_the_field)
    terminal.send("/")
    terminal.wait_for("Words to look for", what="the search field")
    terminal.send("shop")
    terminal.wait_for("Found in 3 places", what="the search finished")
    terminal.write("\x1b[B" * 3)  # three ↓ in one burst: onto the first, then two further
    terminal.send("enter")
    terminal.wait_for(
        lambda text: "What did you do on " in text and "shop three" in text,
        what="Today on the day of the third result",
    )
    terminal.send("ctrl+q")
    terminal.wait_exit()
