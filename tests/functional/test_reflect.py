"""Pilot tests for Reflect: thought, baseline, answer and drafts reach the file and come back."""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events
from textual.widgets import Input, Static, TextArea

from smallwins_tui.core.baselines import FAIR_CURRENT, HISTORICAL, IDEAL_FUTURE
from smallwins_tui.core.text import clean_line
from smallwins_tui.data.reflections import (
    DRAFT_ANSWER,
    DRAFT_THOUGHT,
    add_reflection,
    reflections,
)
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen
from smallwins_tui.tui.screens.reflect import ReflectScreen
from smallwins_tui.tui.widgets.baseline_picker import BaselinePicker
from smallwins_tui.tui.widgets.past_reflections import PastReflections
from tests.conftest import TODAY
from tests.functional.helpers import make_app, settle

HOSTILE = [
    "[/]",
    "x [/bold]",
    "[@click=app.quit]click",
    "[link=http://x]y",
    "\x1b]0;PWNED\x07title",
    "y" * 10_000,
]


def reflect_app(journal, clock) -> SmallWinsApp:  # type: ignore[no-untyped-def]
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="reflect")


def text_of(screen: ReflectScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_r_opens_reflect_from_today(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "r")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        assert app.screen.query_one("#thought", Input).has_focus
        await pilot.press("escape")  # leaves the field for the panels
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press("escape")  # and back to where you were
        await settle(pilot)
        assert app.current_mode == "today"


async def test_write_accept_change_answer_save_and_read_back(journal, clock, reopen):
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        picker = screen.query_one(BaselinePicker)
        await pilot.press(*"I should be over this by now")
        await pilot.pause()
        assert picker.chosen == IDEAL_FUTURE
        assert '"should"' in text_of(screen, "#suggestion")
        await pilot.press("enter")  # to the panels
        assert picker.has_focus
        await pilot.press("2")
        assert picker.chosen == HISTORICAL
        assert "You chose historical" in text_of(screen, "#suggestion")
        await pilot.press("right", "left", "left")  # fair current, historical, ideal future
        assert picker.chosen == IDEAL_FUTURE
        await pilot.press("enter")  # accept: on to the answer
        assert screen.query_one("#answer", TextArea).has_focus
        await pilot.press(*"I walked to the shop", "enter", *"and replied to Sam")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.query_one("#thought", Input).value == ""
        assert screen.query_one("#answer", TextArea).text == ""
        assert "Saved" in text_of(screen, "#reflect-status")
    again = reopen()
    [saved] = reflections(again)
    assert (saved.thought, saved.baseline, saved.cue) == (
        "I should be over this by now",
        IDEAL_FUTURE,
        "should",
    )
    assert saved.answer == "I walked to the shop\nand replied to Sam"
    assert saved.day == TODAY
    assert again.draft(DRAFT_THOUGHT) is None and again.draft(DRAFT_ANSWER) is None


async def test_a_changed_baseline_is_stored_without_the_cue(journal, clock, reopen):
    app = reflect_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"I used to cope", "enter")
        assert app.screen.query_one(BaselinePicker).chosen == HISTORICAL
        await pilot.press("3", "ctrl+s")
        await settle(pilot)
    [saved] = reflections(reopen())
    assert (saved.baseline, saved.cue) == (FAIR_CURRENT, None)


async def test_past_reflections_list_and_open(journal, clock):
    add_reflection(journal, "I used to cope", HISTORICAL, "used to", "I asked for help")
    clock.advance(days=7)
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "p")
        await settle(pilot)
        past = app.screen.query_one(PastReflections)
        assert past.has_focus and len(past.reflections) == 1
        await pilot.press("enter")
        detail = text_of(app.screen, "#past-detail")
        assert "I used to cope" in detail and "Historical" in detail
        assert "I asked for help" in detail and "Sun 22 Nov 2026" in detail
        await pilot.press("escape", "n")
        assert app.screen.query_one("#thought", Input).has_focus


async def test_delete_asks_first(journal, clock, reopen):
    add_reflection(journal, "one", None, None, "")
    app = reflect_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "p", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDeleteScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert len(reflections(reopen())) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        assert reflections(reopen()) == []
        await pilot.press("u")
        await settle(pilot)
    assert [r.thought for r in reflections(reopen())] == ["one"]


async def test_typing_where_letters_are_commands_deletes_nothing(journal, clock, reopen):
    """The path from the issue: save, p, t, Esc, r, then type "I dread everything"."""
    add_reflection(journal, "one", None, None, "")
    app = reflect_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "p", "t")
        await pilot.pause()
        await pilot.press("escape", "r")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        assert app.screen.query_one("#thought", Input).has_focus
        await pilot.press(*"I dread everything")
        await pilot.pause()
        assert app.screen.query_one("#thought", Input).value == "I dread everything"
        await pilot.press("escape", "p", *"d everything")  # letters on the Past list
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDeleteScreen)  # d asked; the letters did nothing
        await pilot.press("escape")
        await settle(pilot)
    assert [r.thought for r in reflections(reopen())] == ["one"]


async def test_a_paused_draft_is_on_disk_and_back_after_a_restart(journal, clock, reopen):
    app = reflect_app(journal, clock)
    async with app.run_test() as pilot:
        screen = app.screen
        await pilot.press(*"I should be further on", "enter", "2", "enter")
        await pilot.press(*"I went out", "enter", *"twice")
        assert screen.drafts.pending
        screen.drafts.due()  # what the pause timer calls
        await settle(pilot)
        assert not screen.drafts.pending
        on_disk = reopen()
        assert on_disk.draft(DRAFT_THOUGHT) == "I should be further on"
        assert on_disk.draft(DRAFT_ANSWER) == "I went out\ntwice"
    restarted = reflect_app(reopen(), clock)
    async with restarted.run_test() as pilot:
        screen = restarted.screen
        assert screen.query_one("#thought", Input).value == "I should be further on"
        assert screen.query_one("#answer", TextArea).text == "I went out\ntwice"
        assert screen.query_one(BaselinePicker).chosen == HISTORICAL
        assert "back" in text_of(screen, "#reflect-status")


async def test_quitting_mid_answer_keeps_the_draft(journal, clock, reopen):
    app = reflect_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("enter", "enter", *"half a thought")
        assert app.screen.query_one("#answer", TextArea).has_focus
        await pilot.press("ctrl+q")
    assert reopen().draft(DRAFT_ANSWER) == "half a thought"


@pytest.mark.parametrize("field", ["#thought", "#answer"])
async def test_risk_words_bring_up_support_lines_without_blocking(journal, clock, reopen, field):
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = app.screen
        assert not screen.query_one("#reflect-support").shown
        screen.query_one(field).focus()
        await pilot.press(*"I don't want to live like this")
        await pilot.pause()
        assert screen.query_one("#reflect-support").shown
        assert "116 123" in text_of(screen, "#reflect-support .offer-lines")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert len(reflections(reopen())) == 1


@pytest.mark.parametrize("hostile", HOSTILE, ids=["close", "bold", "click", "link", "osc", "long"])
async def test_hostile_text_renders_literally_and_round_trips(journal, clock, reopen, hostile):
    answer = hostile + "\n" + hostile
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        app.post_message(events.Paste(hostile))  # as the terminal sends a paste
        await pilot.pause()
        screen.query_one("#answer", TextArea).focus()
        app.post_message(events.Paste(answer))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape", "p")
        await settle(pilot)
        detail = text_of(screen, "#past-detail")
        assert clean_line(hostile)[:60] in detail
        assert "\x1b" not in app.export_screenshot()
        assert app.is_running
    [saved] = reflections(reopen())
    assert saved.thought == clean_line(hostile, 500)
    assert (
        saved.answer
        == (answer if "\x1b" not in answer else answer.replace("\x1b", "").replace("\x07", ""))[
            :5000
        ]
    )


async def test_evidence_shows_recent_wins_and_updates(journal, clock):
    journal.add_win("Walked round the block", day=TODAY - dt.timedelta(days=3), kind="behavioural")
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        assert "Walked round the block" in text_of(app.screen, "#evidence-wins")
        journal.add_win("Phoned Mum", kind="relational")
        app.journal_changed()
        await pilot.pause()
        wins = text_of(app.screen, "#evidence-wins")
        assert "Phoned Mum" in wins and "relational" in wins
        assert "2 wins, on 2 days" in text_of(app.screen, "#evidence-compare")


async def test_no_wins_is_said_kindly(journal, clock):
    app = reflect_app(journal, clock)
    async with app.run_test(size=(100, 32)):
        compare = text_of(app.screen, "#evidence-compare")
        assert "that is all right" in compare and "nothing written down" in compare
