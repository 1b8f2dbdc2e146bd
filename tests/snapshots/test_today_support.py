"""SVG snapshots of Today, Support and the recovery notice, from fixed data and a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallwins_tui.data.backups import Backup
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.recovery import RecoveryNotice
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import TODAY

SIZE = (100, 32)


def app_for(journal, clock, **kwargs) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, **kwargs)


class TestToday:
    def test_empty_day_shows_example_wins(self, snap_compare, journal, clock):
        """You should see today's title, three empty dots, the field, and four example wins."""
        assert snap_compare(app_for(journal, clock), terminal_size=SIZE)

    def test_wins_of_several_kinds(self, snap_compare, journal, clock):
        """You should see three wins with their kinds as quiet tags and three filled dots."""
        seed_demo(journal, TODAY)
        assert snap_compare(app_for(journal, clock), terminal_size=SIZE)

    def test_minimiser_note(self, snap_compare, journal, clock):
        """You should see 'I only went for a short walk' typed and the note about "only"."""
        assert snap_compare(
            app_for(journal, clock),
            press=list("I only went for a short walk"),
            terminal_size=SIZE,
        )

    def test_small_step_ticked_off(self, snap_compare, journal, clock):
        """You should see the small step ticked (☑) and listed as a win."""
        journal.set_intention(TODAY, "Call the dentist")
        journal.toggle_intention(TODAY)
        assert snap_compare(app_for(journal, clock), terminal_size=SIZE)

    def test_small_terminal(self, snap_compare, journal, clock):
        """You should see the title, progress and field still readable at 40x12."""
        seed_demo(journal, TODAY)
        assert snap_compare(app_for(journal, clock), terminal_size=(40, 12))


class TestSupport:
    def test_uk_lines(self, snap_compare, journal, clock):
        """You should see 999, NHS 111 and Samaritans 116 123, the date checked, and what the
        app is and is not."""
        journal.set_setting("region", "GB")
        assert snap_compare(app_for(journal, clock), press=["f1"], terminal_size=SIZE)


class TestRecovery:
    def test_damaged_file_notice(self, snap_compare, journal, clock):
        """You should see a notice naming the moved-aside file and the new journal's path."""
        notice = RecoveryNotice(
            damaged=Path("/home/sam/.local/share/smallwins/smallwins.json"),
            moved_to=Path(
                "/home/sam/.local/share/smallwins/smallwins.json.corrupt-20261122-200000"
            ),
            reason="not valid JSON: unexpected end of data",
        )
        assert snap_compare(app_for(journal, clock, notice=notice), terminal_size=SIZE)

    def test_damaged_month_mended_from_a_backup(self, snap_compare, journal, clock):
        """You should see "Your wins for October 2026 could not be read", the moved-aside
        file, and the backup from Saturday 21 November copied back in its place."""
        home = Path("/home/sam/.local/share/smallwins")
        month = home / "tables" / "wins" / "2026-10.json"
        copy = home / "backups" / "2026-11-21" / "tables" / "wins" / "2026-10.json"
        notice = RecoveryNotice(
            damaged=month,
            moved_to=month.with_name("2026-10.json.corrupt-20261122-200000"),
            reason="not valid JSON: unexpected character",
            backup=Backup(
                copy, dt.date(2026, 11, 21), copy.relative_to(home / "backups" / "2026-11-21")
            ),
        )
        assert snap_compare(app_for(journal, clock, notice=notice), terminal_size=SIZE)
