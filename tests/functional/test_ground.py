"""Pilot tests for Ground: the walk by keyboard, what reaches the file, and what never does."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.screen import Screen
from textual.widgets import Static

from smallwins_tui.core.grounding import SENSES
from smallwins_tui.data.journal import PRACTICES
from smallwins_tui.tui import app as app_module
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.ground import GroundScreen
from smallwins_tui.tui.widgets.item_field import ItemField
from tests.conftest import TODAY
from tests.files import all_bytes
from tests.functional.helpers import make_app, settle

HOSTILE = [
    "[/]",
    "x [/bold]",
    "[@click=app.quit]click",
    "[link=http://x]y",
    "\x1b]0;PWNED\x07title",
    "z" * 10_000,
]


def ground_app(journal, clock) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="ground")


def screen_text(app: SmallWinsApp, widget_id: str) -> str:
    return str(app.screen.query_one(f"#{widget_id}", Static).render())


async def type_item(pilot, text: str) -> None:
    """Paste an item into the field and press Enter (a paste takes any text, keys cannot)."""
    pilot.app.screen.query_one(ItemField).post_message(events.Paste(text))
    await pilot.pause()
    await pilot.press("enter")


async def walk_through(pilot, typed: bool) -> list[str]:
    """Walk every step; return what was typed (nothing when ``typed`` is False)."""
    words: list[str] = []
    for sense in SENSES:
        for n in range(sense.count):
            if typed:
                word = f"secret-{sense.key}-{n}"
                words.append(word)
                await type_item(pilot, word)
            else:
                await pilot.press("enter")
    await settle(pilot)
    return words


async def test_g_opens_the_walk_from_today_and_it_asks_nothing_first(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "g")
        await pilot.pause()
        assert isinstance(app.screen, GroundScreen)
        assert app.screen.has_class("-intro")
        assert isinstance(app.focused, ItemField)
        assert screen_text(app, "ground-count") == "5 things you can see"
        assert "driving" in screen_text(app, "ground-intro")


async def test_smallwins_ground_opens_the_app_on_the_walk(monkeypatch, journal, data_dir, clock):
    from smallwins_tui import cli

    opened: dict[str, object] = {}
    monkeypatch.setattr(
        cli, "run_app", lambda _dir, _clock, mode="today", **_: opened.update(mode=mode) or 0
    )
    assert cli.main(["--data-dir", str(data_dir), "ground"], clock=clock) == 0
    assert opened["mode"] == "ground"
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, GroundScreen)


async def test_a_full_walk_with_typed_items_is_noted_without_the_items(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        words = await walk_through(pilot, typed=True)
        assert app.screen.has_class("-ended")
        assert "all five" in screen_text(app, "ground-closing")
    [record] = reopen().records(PRACTICES)
    assert record["type"] == "grounding" and record["completed"] is True
    assert record["steps_done"] == 5 and record["steps_skipped"] == 0
    assert record["day"] == TODAY.isoformat() and "items" not in record
    raw = all_bytes(journal)
    assert not [word for word in words if word.encode() in raw]
    assert b"secret" not in raw


async def test_a_walk_of_empty_enters_counts_down_and_finishes(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("enter", "enter")
        assert screen_text(app, "ground-count") == "3 more things you can see"
        assert not app.screen.has_class("-intro")
        await pilot.press("enter", "enter", "enter")
        assert screen_text(app, "ground-count") == "4 things you can touch"
        for _ in range(4 + 3):
            await pilot.press("enter")
        assert screen_text(app, "ground-count") == "2 things you can smell"
        assert "smell you like" in screen_text(app, "ground-fallback")
        for _ in range(2 + 1):
            await pilot.press("enter")
        await settle(pilot)
        assert app.screen.has_class("-ended")
    [record] = reopen().records(PRACTICES)
    assert record["completed"] is True and record["steps_done"] == 5


async def test_esc_leaves_early_in_one_press_even_with_text_typed(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await type_item(pilot, "secret-lamp")
        await pilot.press("enter")
        await pilot.press(*"half typed")
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "today"
    [record] = reopen().records(PRACTICES)
    assert record["completed"] is False and record["steps_done"] == 0
    assert b"secret-lamp" not in all_bytes(journal)


async def test_opening_and_leaving_at_once_notes_nothing(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "today"
    assert reopen().records(PRACTICES) == []


async def test_coming_back_after_leaving_starts_a_fresh_walk(journal, clock):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("enter", "enter", "escape")
        await settle(pilot)
        await pilot.press("escape", "g")
        await pilot.pause()
        assert isinstance(app.screen, GroundScreen)
        assert screen_text(app, "ground-count") == "5 things you can see"
        assert app.screen.has_class("-intro")


async def test_tab_skips_and_shift_tab_or_left_go_back(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, GroundScreen)
        await pilot.press("tab")
        assert screen.walk.index == 1
        assert screen_text(app, "ground-count") == "4 things you can touch"
        await pilot.press("shift+tab")
        assert screen.walk.index == 0
        await pilot.press("enter", "tab", "enter", "left")
        assert screen.walk.index == 0 and screen_text(app, "ground-count") == "5 things you can see"
        await pilot.press("x", "left")
        assert screen.walk.index == 0 and screen.query_one(ItemField).cursor_position == 0
        await pilot.press("tab", "tab", "tab", "tab", "tab")
        await settle(pilot)
        assert screen.has_class("-ended")
    [record] = reopen().records(PRACTICES)
    assert record["completed"] is True and record["steps_skipped"] == 5


async def test_with_the_keep_setting_typed_items_are_kept(journal, clock, reopen):
    journal.set_setting("keep_grounding_items", True)
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        assert "kept in your journal" in screen_text(app, "ground-keep")
        words = await walk_through(pilot, typed=True)
    [record] = reopen().records(PRACTICES)
    assert record["items"]["see"] == words[:5] and record["items"]["taste"] == words[-1:]
    raw = all_bytes(journal)
    assert all(word.encode() in raw for word in words)


async def test_ctrl_s_on_the_intro_turns_keeping_on_and_says_so(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        assert "not kept" in screen_text(app, "ground-keep")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "kept in your journal" in screen_text(app, "ground-keep")
    assert reopen().settings()["keep_grounding_items"] is True


async def test_turning_keeping_off_at_the_end_removes_this_walks_items(journal, clock, reopen):
    journal.set_setting("keep_grounding_items", True)
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await walk_through(pilot, typed=True)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "not kept" in screen_text(app, "ground-keep")
    [record] = reopen().records(PRACTICES)
    assert "items" not in record and record["completed"] is True
    assert b"secret" not in all_bytes(journal)


async def test_the_win_is_offered_at_the_end_and_recorded_only_when_chosen(journal, clock, reopen):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await walk_through(pilot, typed=False)
        assert reopen().wins_on(TODAY) == []
        assert "save" in screen_text(app, "ground-offers")
        await pilot.press("s")
        await settle(pilot)
        assert "is in today's wins" in screen_text(app, "ground-offers")
        await pilot.press("s")
        await settle(pilot)
    [win] = reopen().wins_on(TODAY)
    assert (win.text, win.kind, win.source) == (
        "Did a grounding exercise",
        "emotional",
        "grounding",
    )


async def test_the_real_app_offers_breaths_and_b_opens_breathe(journal, clock):
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        await walk_through(pilot, typed=False)
        assert "slow breaths" in screen_text(app, "ground-offers")
        await pilot.press("b")
        await settle(pilot)
        assert app.current_mode == "breathe"


class _Breathe(Screen[None]):
    """Stands in for the Breathe screen, which lives in another part of the app."""


class _AppWithBreathe(SmallWinsApp):
    CSS_PATH = str(Path(app_module.__file__).parent / "app.tcss")
    MODES = {**SmallWinsApp.MODES, "breathe": _Breathe}


async def test_b_at_the_end_opens_breathe_when_it_exists(journal, clock):
    app = _AppWithBreathe(journal, clock=clock, watch_outside_changes=False, mode="ground")
    async with app.run_test() as pilot:
        await walk_through(pilot, typed=False)
        assert "slow breaths" in screen_text(app, "ground-offers")
        await pilot.press("b")
        await settle(pilot)
        assert app.current_mode == "breathe"


async def test_hostile_items_are_harmless_and_kept_only_cleaned(journal, clock, reopen):
    journal.set_setting("keep_grounding_items", True)
    app = ground_app(journal, clock)
    async with app.run_test() as pilot:
        for text in HOSTILE[:5]:
            await type_item(pilot, text)
        await type_item(pilot, HOSTILE[5])
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, GroundScreen)
        await pilot.press("escape")
        await settle(pilot)
    [record] = reopen().records(PRACTICES)
    assert record["items"]["see"] == HOSTILE[:4] + ["]0;PWNEDtitle"]
    assert record["items"]["touch"] == ["z" * 200]
    assert b"\x1b" not in all_bytes(journal)


async def test_quitting_mid_walk_still_records_the_walk(journal, clock, data_dir):
    from smallwins_tui.data.journal import PRACTICES, Journal
    from tests.functional.helpers import make_app

    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "g", "enter", "enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    records = Journal(data_dir, clock).records(PRACTICES)
    assert len(records) == 1
    assert records[0]["type"] == "grounding" and records[0]["completed"] is False
