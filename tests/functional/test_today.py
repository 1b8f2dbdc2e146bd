"""Pilot tests for Today: what is typed reaches the journal file, and shows at once."""

from __future__ import annotations

from smallwins_tui.tui.widgets.win_list import WinList
from tests.conftest import TODAY
from tests.functional.helpers import make_app, settle


async def test_enter_saves_a_win_to_disk_and_shows_it(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"replied to Sam", "enter")
        await settle(pilot)
        assert [win.text for win in app.screen.query_one(WinList).wins] == ["replied to Sam"]
    assert [win.text for win in reopen().wins_on(TODAY)] == ["replied to Sam"]
