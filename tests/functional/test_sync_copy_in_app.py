"""A sync tool's conflict copy that arrives while the app is open is merged and shown."""

from __future__ import annotations

import shutil

from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.widgets.win_list import WinList
from tests.functional.helpers import make_app, settle


async def test_wins_in_a_conflict_copy_appear_in_the_open_app(journal, clock, data_dir, tmp_path):
    journal.add_win("written here")
    other = tmp_path / "other"
    shutil.copytree(data_dir, other, ignore=shutil.ignore_patterns("*.lock", "backups"))
    Journal(other, clock).add_win("written on the other computer")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await settle(pilot)
        month = data_dir / "tables" / "wins"
        shutil.copyfile(
            other / "tables/wins/2026-11.json",  # the fixed clock: November
            month / "2026-11.sync-conflict-20261122-200000-ABCDEF7.json",
        )
        await app.check_outside_changes()
        await pilot.pause()
        shown = [win.text for win in app.screen.query_one(WinList).wins]
        assert sorted(shown) == ["written here", "written on the other computer"]
        assert sorted(path.name for path in month.iterdir()) == ["2026-11.json"]
