"""SVG snapshots of the Month screen: this month at 80x24 and wide, and a month without wins."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import FIXED_NOW, TODAY


def month_app(folder: Path) -> SmallWinsApp:
    clock = FixedClock(FIXED_NOW)
    journal = Journal(folder, clock)
    seed_demo(journal, TODAY)
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="month")


class TestMonth:
    def test_this_month(self, snap_compare, tmp_path: Path) -> None:
        """You should see "This month · November 2026", six week rows from Monday, each day
        with a win showing •N beside its number and kind letters under it (Sunday 22 picked
        and underlined), days without a win just their number, "12 days with a win this
        month", the letters' legend, and a footer of f1 Support, ←↑↓→ Day, ,. Month, n Now,
        ⏎ Open, / Search, esc Back."""
        assert snap_compare(month_app(tmp_path), terminal_size=(80, 24))

    def test_wide(self, snap_compare, tmp_path: Path) -> None:
        """You should see the same month in roomier cells across 120 columns."""
        assert snap_compare(month_app(tmp_path), terminal_size=(120, 36))

    def test_a_month_with_no_wins(self, snap_compare, tmp_path: Path) -> None:
        """You should see "September 2026" with plain day numbers only, the 13th picked, and
        "Nothing noted in this month." (no marks, no red, nothing "missed")."""

        async def back_two_months(pilot: Pilot) -> None:
            await pilot.press("comma", "comma", "up")

        assert snap_compare(month_app(tmp_path), terminal_size=(80, 24), run_before=back_two_months)
