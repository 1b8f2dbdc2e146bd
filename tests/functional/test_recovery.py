"""A damaged month file met mid-session is mended and the person is told, in the running app."""

from __future__ import annotations

import datetime as dt

from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import RecoveryNotice, open_for_app
from smallwins_tui.tui.screens.notice import RecoveryNoticeScreen
from smallwins_tui.tui.widgets.win_list import WinList
from tests.files import month_file
from tests.functional.helpers import make_app, settle

HALLOWEEN = dt.date(2026, 10, 31)


async def test_browsing_into_a_damaged_month_mends_it_and_says_so(journal: Journal, clock):
    # Today's earlier win would read the month before at start-up; this is about browsing.
    journal.set_setting("show_memories", False)
    journal.add_win("carved a pumpkin", day=HALLOWEEN)
    clock.advance(days=1)
    journal.add_win("written after the backup", day=HALLOWEEN)
    damaged = month_file(journal, month="2026-10")
    damaged.write_bytes(b"\x00not json")
    mended, notice = open_for_app(journal.data_dir, clock)
    assert notice is None  # October is not read at start-up
    app = make_app(mended, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.press(*["left"] * 23)  # back from 23 November to 31 October
        await settle(pilot)
        await app.check_outside_changes()
        await settle(pilot)
        assert isinstance(app.screen, RecoveryNoticeScreen)
        told = app.screen.notice
        assert isinstance(told, RecoveryNotice)
        assert told.damaged == damaged
        assert told.what == "Your wins for October 2026"
        await pilot.press("escape")
        await settle(pilot)
        assert [win.text for win in app.screen.query_one(WinList).wins] == ["carved a pumpkin"]
    assert damaged.with_name(mended.repairs[0].moved_to.name).read_bytes() == b"\x00not json"
