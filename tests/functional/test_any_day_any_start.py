"""Issue 13 in the app: hard moments first, Esc never loops, Today follows the date.

The clock is injected everywhere: "midnight" is the fixed clock moved on, and the app's date
check (which a timer runs every second) is called directly rather than waited for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.breathe import BreatheScreen
from smallwins_tui.tui.screens.ground import GroundScreen
from smallwins_tui.tui.screens.settings import SettingsScreen
from smallwins_tui.tui.screens.today import TodayScreen
from smallwins_tui.tui.screens.welcome import WelcomeScreen
from tests.dates import LONDON, NEW_YORK, TRICKY_MOMENTS
from tests.functional.helpers import settle


def first_run_app(journal: Journal, clock: FixedClock, mode: str) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode=mode, welcome=True)


def text_of(app: SmallWinsApp, widget_id: str) -> str:
    return str(app.screen.query_one(f"#{widget_id}", Static).render())


@pytest.mark.parametrize(("mode", "screen"), [("ground", GroundScreen), ("breathe", BreatheScreen)])
async def test_a_first_run_into_a_practice_asks_nothing_and_welcomes_on_today(
    journal, clock, mode, screen
):
    app = first_run_app(journal, clock, mode)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    assert journal.settings()["welcomed"] is True


@pytest.mark.parametrize(("key", "screen"), [("g", GroundScreen), ("b", BreatheScreen)])
async def test_g_or_b_on_the_welcome_opens_the_practice_at_once(journal, clock, key, screen):
    app = first_run_app(journal, clock, "today")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, screen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "today"
        assert isinstance(app.screen, WelcomeScreen)  # it waited for Today


async def walk_to_the_end(pilot) -> None:
    """Count every item of a walk with bare Enters."""
    for _ in range(15):
        await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize(
    "keys",
    [
        ("g", "escape"),
        ("w", "r"),
        ("r", "escape", "w"),
        ("b", "s"),
        ("s", "b", "w"),
        ("w", "escape", "g"),
    ],
)
async def test_esc_leads_back_to_today_and_never_loops(journal, clock, keys):
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press("escape", *keys)
        await pilot.pause()
        visited = [app.current_mode]
        for _ in range(6):
            await pilot.press("escape")
            await pilot.pause()
            if app.current_mode != visited[-1]:
                visited.append(app.current_mode)
        assert visited[-1] == "today", visited
        assert len(visited) == len(set(visited)), f"Esc went round in a loop: {visited}"


async def test_after_a_walk_b_then_esc_retraces_the_way_taken(journal, clock):
    """The reported loop: finish a walk, b, then Esc bounced between Ground and Breathe."""
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press("escape", "g")
        await walk_to_the_end(pilot)
        await pilot.press("b")
        await pilot.pause()
        assert app.current_mode == "breathe"
        seen = []
        for _ in range(3):
            await pilot.press("escape")
            await pilot.pause()
            seen.append(app.current_mode)
        assert seen == ["ground", "today", "today"]


MIDNIGHTS = [
    dt.datetime(2026, 11, 30, 23, 59, 30, tzinfo=LONDON),
    dt.datetime(2026, 12, 31, 23, 59, 30, tzinfo=LONDON),
    dt.datetime(2028, 2, 28, 23, 59, 30, tzinfo=LONDON),
    dt.datetime(2027, 3, 27, 23, 59, 30, tzinfo=LONDON),
    dt.datetime(2027, 11, 6, 23, 59, 30, tzinfo=NEW_YORK),
]


@pytest.mark.parametrize("before", MIDNIGHTS, ids=[m.date().isoformat() for m in MIDNIGHTS])
async def test_today_moves_on_at_midnight(data_dir, before):
    clock = FixedClock(before)
    journal = Journal(data_dir, clock)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press(*"before midnight", "enter")
        await settle(pilot)
        clock.advance(minutes=1)
        app.check_date()  # what the one-second timer does
        await pilot.pause()
        after = clock.now().date()
        assert text_of(app, "day-title").startswith(f"Today, {after:%A}")
        await pilot.press(*"after midnight", "enter")
        await settle(pilot)
    assert [w.text for w in journal.wins_on(before.date())] == ["before midnight"]
    assert [w.text for w in journal.wins_on(after)] == ["after midnight"]


async def test_a_win_typed_just_after_midnight_goes_to_the_new_day_before_any_timer(data_dir):
    clock = FixedClock(MIDNIGHTS[0])
    journal = Journal(data_dir, clock)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press(*"late", "enter")
        await settle(pilot)
        clock.advance(seconds=31)
        await pilot.press(*"early", "enter")  # no date check has run yet
        await settle(pilot)
        assert text_of(app, "day-title").startswith("Today, Tuesday 1 December")
    assert [w.text for w in journal.wins_on(dt.date(2026, 12, 1))] == ["early"]


async def test_a_day_chosen_by_hand_stays_put_at_midnight(data_dir):
    clock = FixedClock(MIDNIGHTS[0])
    journal = Journal(data_dir, clock)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press("escape", "left")
        await pilot.pause()
        clock.advance(minutes=1)
        app.check_date()
        await pilot.pause()
        assert text_of(app, "day-title").startswith("Sunday 29 November")
        await pilot.press("a", *"remembered late", "enter")
        await settle(pilot)
    assert [w.text for w in journal.wins_on(dt.date(2026, 11, 29))] == ["remembered late"]


@pytest.mark.parametrize("now", TRICKY_MOMENTS, ids=[m.isoformat() for m in TRICKY_MOMENTS])
async def test_the_prompt_names_the_day_shown(data_dir, now):
    clock = FixedClock(now)
    app = SmallWinsApp(Journal(data_dir, clock), clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        prompts = [text_of(app, "entry-label")]
        await pilot.press("escape")
        for _ in range(3):
            await pilot.press("left")
            await pilot.pause()
            prompts.append(text_of(app, "entry-label"))
    two_days_ago = now.date() - dt.timedelta(days=2)
    assert prompts[0] == "What did you do today that helped, even a little?"
    assert prompts[1] == "What did you do yesterday that helped, even a little?"
    assert prompts[2] == f"What did you do on {two_days_ago:%A} that helped, even a little?"


async def test_settings_opens_on_its_first_setting(journal, clock):
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test() as pilot:
        await pilot.press("escape", "s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert app.focused is not None and app.focused.id == "setting-theme"


async def test_a_support_offer_stays_when_midnight_moves_the_day_on(data_dir):
    clock = FixedClock(MIDNIGHTS[0])
    journal = Journal(data_dir, clock)
    app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"got through a night I wanted to die", "enter")
        await settle(pilot)
        offer = app.screen.query_one("#support-offer")
        assert offer.shown
        clock.advance(minutes=1)
        app.check_date()  # the day moves on by itself: the person is still reading
        await pilot.pause()
        assert text_of(app, "day-title").startswith("Today, Tuesday 1 December")
        assert offer.shown
        await pilot.press("escape", "t")  # already on today: the day does not change
        await settle(pilot)
        assert offer.shown
        await pilot.press("left")  # back by hand to the entry's own day: it stays
        await settle(pilot)
        assert offer.shown
        await pilot.press("left")  # by hand to another day than the entry's: it goes
        await settle(pilot)
        assert not offer.shown
