"""SVG snapshot of Today with an earlier win shown quietly under the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import FIXED_NOW, TODAY


def test_a_year_ago_today(snap_compare, tmp_path: Path) -> None:
    """You should see today's three demo wins, then, quietly under the list, "A year ago
    today you noted: Went to the [b]shop[/b] alone for the first time" with the brackets
    shown as typed."""
    clock = FixedClock(FIXED_NOW)
    journal = Journal(tmp_path, clock)
    seed_demo(journal, TODAY)
    journal.add_win("Went to the [b]shop[/b] alone for the first time", day=dt.date(2025, 11, 22))
    journal.set_setting("welcomed", True)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    assert snap_compare(app, terminal_size=(100, 32), press=["escape"])
