"""Pilot tests for the therapy summary from the app: S (or the palette) asks where, writes a
private Markdown page since the last summary, and the next one starts after today."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from smallwins_tui.data import summary
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.tui.screens.export_dialog import ExportPathScreen, ReplaceFileScreen
from smallwins_tui.tui.screens.week import WeekScreen
from tests.conftest import TODAY
from tests.functional.helpers import make_app, record_notifications, settle
from tests.functional.test_week import until_screen, week_app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, where ~ in the dialog leads."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


async def test_s_writes_a_private_summary_and_remembers_where_it_ended(journal, clock, home):
    seed_demo(journal, TODAY)
    journal.add_win("thinking about ending it all", day=TODAY)  # a note: left out
    app = week_app(journal, clock)
    shown = record_notifications(app)
    target = home / "smallwins-summary-2026-11-22.md"
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("S")
        await until_screen(pilot, ExportPathScreen)
        assert app.screen.query_one(Input).value == "~/smallwins-summary-2026-11-22.md"
        about = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Notes written in hard moments stay out." in about  # warm, as the README says
        assert "distress" not in about
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        page = target.read_text(encoding="utf-8")
        assert page == summary.summary_markdown(journal, since=None, until=TODAY)
        assert "Replied to Sam" in page and "ending it all" not in page
        assert summary.since_last(journal) == TODAY + dt.timedelta(days=1)
        assert shown[-1].startswith(f"Saved the summary to {target} (only you can read it).")

        target.write_text("my own notes", encoding="utf-8")
        await pilot.press("S", "enter")
        await until_screen(pilot, ReplaceFileScreen)
        question = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Replace it with this summary?" in question  # not "this week's page"
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "my own notes"


async def test_the_palette_offers_it_and_esc_writes_nothing(journal, clock, home):
    seed_demo(journal, TODAY)
    journal.set_setting("welcomed", True)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        commands = [command.title for command in app.get_system_commands(app.screen)]
        assert "Write a summary for therapy" in commands
        app.action_write_summary()
        await until_screen(pilot, ExportPathScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert list(home.glob("smallwins-summary-*")) == []
        assert summary.since_last(journal) is None


async def test_a_summary_whose_end_cannot_be_remembered_is_still_written_and_the_app_stays(
    journal, clock, home, monkeypatch: pytest.MonkeyPatch
):
    """The page is written; the journal being busy only means the next summary may start
    earlier. Said once, through the same writer as every save, never a crash."""
    from smallwins_tui.data.errors import LockTimeoutError
    from smallwins_tui.data.store import BUSY

    seed_demo(journal, TODAY)
    app = week_app(journal, clock)
    shown = record_notifications(app)
    target = home / "smallwins-summary-2026-11-22.md"

    def busy(*_args: object, **_kwargs: object) -> None:
        raise LockTimeoutError(BUSY)

    async with app.run_test(size=(100, 32)) as pilot:
        monkeypatch.setattr(journal, "set_setting", busy)
        await pilot.press("S")
        await until_screen(pilot, ExportPathScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert target.read_text(encoding="utf-8").startswith("# ")
        assert any(message.startswith(BUSY) for message in shown)
        assert any("the next one may start earlier" in message for message in shown)
    assert summary.since_last(journal) is None


async def test_a_journal_month_that_cannot_be_read_is_told_and_nothing_is_written(
    journal, clock, home, monkeypatch: pytest.MonkeyPatch
):
    from smallwins_tui.data.errors import ReadError

    seed_demo(journal, TODAY)
    app = week_app(journal, clock)
    shown = record_notifications(app)

    def unreadable(*_args: object, **_kwargs: object) -> str:
        raise ReadError(Path("wins/2026-11.json"), "permission denied")

    monkeypatch.setattr(summary, "summary_markdown", unreadable)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("S")
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, WeekScreen)  # no dialog: there is nothing to write
        assert shown == [
            "Could not gather the summary: could not read wins/2026-11.json (permission denied); "
            "nothing was changed (smallwins doctor says what to do)"
        ]
    assert list(home.glob("smallwins-summary-*")) == []
