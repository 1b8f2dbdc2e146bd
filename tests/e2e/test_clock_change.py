"""Wins within a day keep the order they were made in, even when the clocks go back.

On 25 October 2026 Europe/London leaves summer time: 01:59 BST is followed by 01:00 GMT. A win
noted just before and one just after must stay in that order; sorted by local clock text the
later one ("01:00") would jump ahead of the earlier ("01:59").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch

pytestmark = pytest.mark.e2e

UTC = dt.timezone.utc
BEFORE = dt.datetime(2026, 10, 25, 0, 59, 57, tzinfo=UTC)
"""01:59:57 BST, three seconds before the clocks go back."""
AFTER = dt.datetime(2026, 10, 25, 1, 0, 2, tzinfo=UTC)
"""01:00:02 GMT, five seconds later."""


def note_win(launch: Launch, data_dir: Path, moment: dt.datetime, text: str) -> str:
    terminal = launch(data_dir, env=app.clock_from(moment.isoformat()))
    terminal.wait_for("Today, Sunday 25 October", what="Today on the day the clocks go back")
    terminal.wait_for(app.typing_on_today)
    terminal.send(text, "enter")
    screen = terminal.wait_for(f"• {text}")
    terminal.send("ctrl+q")
    terminal.wait_exit()
    return screen


def test_wins_keep_their_order_when_the_clocks_go_back(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    note_win(launch, used_dir, BEFORE, "made tea before the change")
    screen = note_win(launch, used_dir, AFTER, "made tea after the change")
    first, second = screen.index("• made tea before"), screen.index("• made tea after")
    assert first < second, f"Today lists the later win first:\n{screen}"
    saved = app.wins_on(used_dir, "2026-10-25", home=home)
    assert saved == ["made tea before the change", "made tea after the change"]
