"""The grounding walk counted as fast as Enter can be pressed: the end view answers its keys.

Someone counting with Enter alone may press it fifteen times in quick succession (or the
keys arrive together over a slow link). When the walk ends, its last view must take ``s``
(save it as a win) and ``a`` (walk again) straight away, not a field that is no longer shown.
The race this guards against is timing-dependent, so the walk is done a few times over.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch
from tests.e2e.terminal import KEYS

pytestmark = pytest.mark.e2e

WALKS = 5
WIN = "Did a grounding exercise"


def test_walk_counted_in_a_burst_then_its_end_keys_work(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    terminal = launch(used_dir, "ground")
    for walk in range(1, WALKS + 1):
        terminal.wait_for("5 things you can see", what=f"the start of walk {walk}")
        terminal.write(KEYS["enter"] * (5 + 4 + 3 + 2 + 1))
        terminal.wait_for("That is all five", what=f"the end of walk {walk}")
        terminal.send("s")
        terminal.wait_for(
            "is in today's wins",
            what=f"s on the end view of walk {walk} to save the win (if the screen shows the "
            "end view, the key went to the walk's hidden field)",
        )
        terminal.send("a")
    terminal.wait_for("5 things you can see")
    terminal.send("ctrl+q")
    terminal.wait_exit()
    assert app.wins_on(used_dir, "today", home=home) == [WIN] * WALKS
