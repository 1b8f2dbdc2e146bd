"""The running app meets files it cannot use (issue 15, defects 6 and 7): it opens, says so in
plain words, and every screen still draws."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest
from textual.widgets import Input

from smallwins_tui.data.errors import ReadError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import RecoveryNotice, open_for_app
from smallwins_tui.tui.screens.notice import RecoveryNoticeScreen
from smallwins_tui.tui.widgets.win_list import WinList
from tests.files import month_file
from tests.functional.helpers import make_app, settle

SCREENS = ("today", "week", "reflect", "ground", "breathe", "support", "settings")


async def visit_every_screen(app, pilot) -> None:  # type: ignore[no-untyped-def]
    for mode in SCREENS:
        app.action_show(mode)
        await settle(pilot)


async def test_6_a_win_without_a_day_is_set_aside_and_the_app_opens(journal: Journal, clock):
    kept = journal.add_win("kept")
    path = month_file(journal)
    data = orjson.loads(path.read_bytes())
    data["wins"]["2"] = {
        "id": "b" * 8 + "-bbbb-bbbb-bbbb-" + "b" * 12,
        "text": "no day",
        "created": kept.created,
        "updated": kept.updated,
    }
    path.write_bytes(orjson.dumps(data))
    mended, _ = open_for_app(journal.data_dir, clock)
    app = make_app(mended, clock)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, RecoveryNoticeScreen)
        notice = app.screen.notice
        assert isinstance(notice, RecoveryNotice)
        assert notice.records_set_aside == 1
        await pilot.press("escape")
        await settle(pilot)
        assert [win.text for win in app.screen.query_one(WinList).wins] == ["kept"]
        await visit_every_screen(app, pilot)


@pytest.mark.parametrize("block", ["folder", "unreadable"])
async def test_7_a_month_file_that_cannot_be_read_is_told_not_raised(
    journal: Journal, clock, monkeypatch, block
):
    journal.add_win("kept in the home file's month", day=clock.now().date())
    path = month_file(journal)
    if block == "folder":
        path.unlink()
        path.mkdir()
    else:
        from smallwins_tui.data import files, storage

        def denied(where, tighten=False):  # type: ignore[no-untyped-def]
            if where == path:
                raise PermissionError(13, "Permission denied")
            return files.read_journal_file(where, tighten)

        monkeypatch.setattr(storage, "read_journal_file", denied)
    app_journal, _ = open_for_app(journal.data_dir, clock)
    app = make_app(app_journal, clock)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, RecoveryNoticeScreen)
        assert isinstance(app.screen.notice, ReadError)
        await pilot.press("escape")
        await visit_every_screen(app, pilot)
        app.action_show("today")
        await settle(pilot)
        await pilot.press(*"a win")
        await pilot.press("enter")
        await settle(pilot)  # the save fails and says so; the app stays
        assert app.is_running
        assert app.screen.query_one("#entry", Input).value == "a win"


async def test_8_a_notice_names_the_year_of_a_backup_from_another_year(journal: Journal, clock):
    from pathlib import Path

    from textual.widgets import Static

    from smallwins_tui.data.backups import Backup
    from smallwins_tui.data.recovery import RecoveryNotice

    relative = Path("tables/wins/2025-12.json")
    notice = RecoveryNotice(
        journal.data_dir / relative,
        Path("aside"),
        "not valid JSON",
        Backup(Path("backups/2025-12-21") / relative, dt.date(2025, 12, 21), relative),
    )
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        app.push_screen(RecoveryNoticeScreen(notice))
        await settle(pilot)
        text = " ".join(str(static.render()) for static in app.screen.query(Static))
        assert "from Sunday 21 December 2025:" in text
