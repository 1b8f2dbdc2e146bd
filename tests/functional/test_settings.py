"""Settings change what they name, persist, and the first-run welcome appears once."""

from __future__ import annotations

from textual.widgets import Select, Static, Switch

from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.help import HelpScreen
from smallwins_tui.tui.screens.welcome import WelcomeScreen
from tests.functional.helpers import make_app, settle


async def test_a_switch_saves_at_once(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "s")
        app.screen.query_one("#setting-reduced_motion", Switch).value = True
        await settle(pilot)
    assert Journal(data_dir, clock).settings()["reduced_motion"] is True


async def test_the_evening_nudge_hour_is_chosen_here(journal, clock, data_dir):
    from smallwins_tui.cli_nudge import evening_hour

    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "s")
        hours = app.screen.query_one("#setting-nudge_hour", Select)
        assert hours.value == 19
        hours.value = 21
        await settle(pilot)
    assert Journal(data_dir, clock).settings()["nudge_hour"] == 21
    assert evening_hour(str(data_dir)) == 21  # what smallwins nudge reads, without the journal


async def test_the_theme_is_remembered_across_restarts(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "s")
        app.screen.query_one("#setting-theme", Select).value = "nord"
        await settle(pilot)
        assert app.theme == "nord"
    again = make_app(Journal(data_dir, clock), clock)
    async with again.run_test() as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_a_theme_chosen_from_the_palette_is_remembered_too(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        app.theme = "gruvbox"
        await pilot.pause()
    assert Journal(data_dir, clock).settings()["theme"] == "gruvbox"


async def test_the_region_setting_changes_the_support_lines(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "s")
        app.screen.query_one("#setting-region", Select).value = "US"
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        lines = str(app.screen.query_one("#support-lines", Static).render())
        assert "988" in lines and "116 123" not in lines


async def test_the_welcome_shows_on_first_start_and_never_again(journal, clock, data_dir):
    app = SmallWinsApp(
        journal,
        clock=clock,
        watch_outside_changes=False,
        welcome=not journal.settings()["welcomed"],
    )
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, WelcomeScreen)
    assert Journal(data_dir, clock).settings()["welcomed"] is True


async def test_question_mark_lists_the_keys_of_the_screen(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.keys)
        assert "Undo" in keys and "Support" in keys and "Scroll Up" not in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_question_mark_is_typed_when_a_field_has_focus(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)
        assert app.screen.query_one("#entry").value == "?"


async def test_the_date_format_changes_how_days_are_written(journal, clock):
    from smallwins_tui.core.dates import day_title
    from tests.conftest import TODAY

    journal.add_win("x")
    journal.set_setting("date_format", "month-day")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#day-title", Static).render())
        assert title == day_title(TODAY, TODAY, "month-day") == "Today, Sunday, November 22"
        await pilot.press("escape", "w")
        await pilot.pause()
        assert "Sunday, November 22" in str(app.screen.query_one("#week-wins").render())


async def test_looking_at_support_and_settings_changes_nothing_on_disk(journal, clock, data_dir):
    journal.add_win("x")
    before = journal.path.read_bytes()
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "f1")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
    assert journal.path.read_bytes() == before
    assert Journal(data_dir, clock).settings()["region"] is None  # still follows the locale


async def test_arrows_move_between_settings_and_enter_opens_a_list(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "s")
        await pilot.pause()
        screen = app.screen
        theme = screen.query_one("#setting-theme", Select)
        assert screen.focused is theme
        await pilot.press("down")  # a closed list: ↓ goes to the next setting, not into it
        assert not theme.expanded
        assert screen.focused is screen.query_one("#setting-reduced_motion", Switch)
        await pilot.press("down", "down")  # past a switch too, to the next list
        pace = screen.query_one("#setting-breathing_pattern", Select)
        assert screen.focused is pace
        await pilot.press("up")
        assert screen.focused is screen.query_one("#setting-bell", Switch)
        await pilot.press("down", "enter")  # Enter opens the list; ↓ then moves in it
        await pilot.pause()
        assert pace.expanded
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not pace.expanded
        assert pace.value == "478"
        assert screen.focused is pace
        await pilot.press("up", "up", "up", "up")  # the first setting: ↑ stays there
        assert screen.focused is theme
    assert Journal(data_dir, clock).settings()["breathing_pattern"] == "478"
