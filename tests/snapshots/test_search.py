"""SVG snapshots of the Search screen: waiting for words, results found, nothing found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import FIXED_NOW, TODAY


def search_app(folder: Path) -> SmallWinsApp:
    clock = FixedClock(FIXED_NOW)
    journal = Journal(folder, clock)
    seed_demo(journal, TODAY)
    journal.add_win("Went to the [b]shop[/b] alone, first time", day=dt.date(2025, 11, 2))
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="search")


def typing(words: str):  # type: ignore[no-untyped-def]
    async def run(pilot: Pilot) -> None:
        await pilot.press(*words)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


class TestSearch:
    def test_waiting_for_words(self, snap_compare, tmp_path: Path) -> None:
        """You should see "Search", an empty field with "Words to look for", and a line saying
        what is searched and that capitals and accents do not matter."""
        assert snap_compare(search_app(tmp_path), terminal_size=(80, 24))

    def test_results(self, snap_compare, tmp_path: Path) -> None:
        """You should see "shop" in the field, "Found in 2 places. ↓ moves to them, ⏎ opens
        one.", then "Today, Sunday 22 November" with "• Walked to the shop instead of ordering
        in", and "Sunday 2 November 2025" with "• Went to the [b]shop[/b] alone, first time"
        shown literally; each "shop" highlighted."""
        assert snap_compare(search_app(tmp_path), terminal_size=(80, 24), run_before=typing("shop"))

    def test_nothing_found(self, snap_compare, tmp_path: Path) -> None:
        """You should see "zebra" in the field and "Nothing found for “zebra”. Fewer or
        shorter words find more." with no results below."""
        assert snap_compare(
            search_app(tmp_path), terminal_size=(80, 24), run_before=typing("zebra")
        )
