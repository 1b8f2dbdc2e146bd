"""Pilot tests for Today: what is typed reaches the journal file, and shows at once."""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events
from textual.widgets import Input, OptionList, Static

from smallwins_tui.data import files
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.widgets.win_list import WinList
from tests.conftest import TODAY
from tests.functional.helpers import make_app, record_notifications, settle

YESTERDAY = TODAY - dt.timedelta(days=1)


def shown(app) -> list[str]:
    return [win.text for win in app.screen.query_one(WinList).wins]


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_enter_saves_a_win_to_disk_and_shows_it(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"replied to Sam", "enter")
        await settle(pilot)
        assert shown(app) == ["replied to Sam"]
        assert app.screen.query_one("#entry", Input).value == ""
        assert "1 win noted" in text_of(app, "#progress")
    assert [win.text for win in reopen().wins_on(TODAY)] == ["replied to Sam"]


async def test_a_kind_is_one_key_and_the_same_key_clears_it(journal, clock, reopen):
    journal.add_win("said no to the extra shift")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "3")
        await settle(pilot)
        assert reopen().wins_on(TODAY)[0].kind == "relational"
        await pilot.press("3")
        await settle(pilot)
        assert reopen().wins_on(TODAY)[0].kind is None


async def test_edit_changes_the_text_on_disk(journal, clock, reopen):
    win = journal.add_win("walkd to the shop")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "e")
        entry = app.screen.query_one("#entry", Input)
        assert entry.has_focus and entry.value == "walkd to the shop"
        entry.value = "walked to the shop"
        await pilot.press("enter")
        await settle(pilot)
        assert shown(app) == ["walked to the shop"]
    assert [(w.id, w.text) for w in reopen().wins_on(TODAY)] == [(win.id, "walked to the shop")]


async def test_escape_abandons_an_edit_without_saving(journal, clock, reopen):
    journal.add_win("original")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "e", "x", "escape")
        await settle(pilot)
        assert app.screen.query_one("#entry", Input).value == ""
    assert [w.text for w in reopen().wins_on(TODAY)] == ["original"]


async def test_delete_then_undo_brings_the_same_win_back(journal, clock, reopen):
    win = journal.add_win("made breakfast")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "d")
        await pilot.pause()
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert shown(app) == [] and reopen().wins_on(TODAY) == []
        await pilot.press("u")
        await settle(pilot)
        assert shown(app) == ["made breakfast"]
    assert [w.id for w in reopen().wins_on(TODAY)] == [win.id]


async def test_moving_back_a_day_fills_in_what_was_forgotten(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "left")
        assert "Yesterday" in text_of(app, "#day-title")
        await pilot.press("a", *"went to my session", "enter")
        await settle(pilot)
        await pilot.press("escape", "right")
        assert text_of(app, "#day-title").startswith("Today")
        await pilot.press("right")
        assert text_of(app, "#day-title").startswith("Today")
    assert [w.text for w in reopen().wins_on(YESTERDAY)] == ["went to my session"]
    assert reopen().wins_on(TODAY) == []


async def test_ticking_the_small_step_records_a_win(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "i", *"call the dentist", "enter")
        await settle(pilot)
        assert "call the dentist" in text_of(app, "#intention")
        await pilot.press("escape", "x")
        await settle(pilot)
        assert "☑" in text_of(app, "#intention")
        assert shown(app) == ["call the dentist"]
    disk = reopen()
    assert disk.intention(TODAY) is not None and disk.intention(TODAY).done
    assert [w.source for w in disk.wins_on(TODAY)] == ["intention"]


async def test_choosing_an_example_fills_the_field_and_saves_nothing(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        examples = app.screen.query_one("#examples", OptionList)
        assert examples.option_count == 4
        await pilot.press("escape")
        assert examples.has_focus
        await pilot.press("enter")
        await settle(pilot)
        entry = app.screen.query_one("#entry", Input)
        assert entry.has_focus
        assert entry.value == str(examples.get_option_at_index(0).prompt)
    assert reopen().wins_on(TODAY) == []


async def test_the_examples_follow_the_day_shown(journal, clock):
    from smallwins_tui.core.wins import examples_for

    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        examples = app.screen.query_one("#examples", OptionList)

        def listed() -> list[str]:
            return [
                str(examples.get_option_at_index(i).prompt) for i in range(examples.option_count)
            ]

        assert listed() == examples_for(TODAY)
        await pilot.press("escape", "left")
        await settle(pilot)
        assert listed() == examples_for(YESTERDAY)
        assert examples.highlighted == 0
        await pilot.press("right")
        await settle(pilot)
        assert listed() == examples_for(TODAY)


async def test_a_minimiser_gets_a_kind_note_and_is_saved_as_written(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"just sent one email")
        note = app.screen.query_one("#minimiser-note", Static)
        assert note.display and '"just"' in str(note.render())
        await pilot.press("enter")
        await settle(pilot)
    assert [w.text for w in reopen().wins_on(TODAY)] == ["just sent one email"]


async def test_a_failed_save_keeps_the_text_and_says_why(journal, clock, reopen, monkeypatch):
    app = make_app(journal, clock)
    messages = record_notifications(app)
    async with app.run_test() as pilot:
        monkeypatch.setattr(
            files.os,
            "fsync",
            lambda _fd: (_ for _ in ()).throw(OSError(28, "No space left on device")),
        )
        await pilot.press(*"kept my appointment", "enter")
        await settle(pilot)
        assert app.screen.query_one("#entry", Input).value == "kept my appointment"
        assert any("disk is full" in m and "still in the field" in m for m in messages)
        monkeypatch.undo()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#entry", Input).value == ""
    assert [w.text for w in reopen().wins_on(TODAY)] == ["kept my appointment"]


async def test_wins_added_from_the_shell_appear_in_the_open_app(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        Journal(data_dir, clock).add_win("added with smallwins add")
        await app.check_outside_changes()
        await pilot.pause()
        assert shown(app) == ["added with smallwins add"]


async def test_a_separate_smallwins_add_process_shows_up(journal, clock, data_dir):
    import subprocess
    import sys

    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"typed in the app", "enter")
        await settle(pilot)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "smallwins_tui",
                "--data-dir",
                str(data_dir),
                "add",
                "from another terminal",
                "--day",
                TODAY.isoformat(),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        await app.check_outside_changes()
        await pilot.pause()
        assert sorted(shown(app)) == ["from another terminal", "typed in the app"]


async def test_risk_words_bring_up_the_support_lines_without_blocking(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"got through a night I wanted to die", "enter")
        await settle(pilot)
        offer = app.screen.query_one("#support-offer")
        assert offer.shown
        assert "116 123" in str(offer.query_one(".offer-lines", Static).render())
    assert len(reopen().wins_on(TODAY)) == 1


async def test_the_support_offer_goes_with_its_days_entry_when_the_day_changes(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"got through a night I wanted to die", "enter")
        await settle(pilot)
        offer = app.screen.query_one("#support-offer")
        assert offer.shown
        await pilot.press("escape", "t")  # still the entry's own day: the offer stays
        await settle(pilot)
        assert offer.shown
        await pilot.press("left")  # yesterday: the offer belonged to today's entry
        await settle(pilot)
        assert app.screen.day == TODAY - dt.timedelta(days=1)
        assert not offer.shown
        await pilot.press("right")  # back again: closed stays closed, once per entry
        await settle(pilot)
        assert not offer.shown


async def test_a_support_offer_for_an_earlier_day_stays_while_that_day_is_shown(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "comma", "a", *"I wanted to die", "enter")
        await settle(pilot)
        offer = app.screen.query_one("#support-offer")
        yesterday = TODAY - dt.timedelta(days=1)
        assert offer.shown and app.screen.day == yesterday
        app.screen.show_day(yesterday)  # as Month's Enter on that day does: still its day
        await settle(pilot)
        assert offer.shown
        await pilot.press("escape", "t")  # today: the offer went with yesterday's entry
        await settle(pilot)
        assert not offer.shown


HOSTILE = [
    "[/]",
    "x [/bold]",
    "[@click=app.quit]click",
    "[link=http://x]y",
    "\x1b]0;PWNED\x07title",
    "z" * 10_000,
    "family \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_text_renders_literally_and_crashes_nothing(journal, clock, reopen, text):
    from smallwins_tui.core.text import clean_line

    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        entry = app.screen.query_one("#entry", Input)
        entry.value = text
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert shown(app) == [clean_line(text)]
        rendered = app.export_screenshot()
        assert "\x1b]" not in rendered and "PWNED\x07" not in rendered
        if len(text) < 40:
            assert clean_line(text) in rendered.replace("&#160;", " ")
    assert [w.text for w in reopen().wins_on(TODAY)] == [clean_line(text)]


async def test_a_half_typed_win_is_kept_on_quit_and_back_next_time(journal, clock, data_dir):
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press(*"half a thought", "ctrl+q")
    assert Journal(data_dir, clock).draft("today-entry") == "half a thought"
    again = make_app(Journal(data_dir, clock), clock)
    async with again.run_test() as pilot:
        await pilot.pause()
        assert again.screen.query_one("#entry", Input).value == "half a thought"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+q")
    reopened = Journal(data_dir, clock)
    assert [w.text for w in reopened.wins_on(TODAY)] == ["half a thought"]
    assert reopened.draft("today-entry") is None


async def test_a_huge_paste_is_kept_trimmed_and_the_person_is_told(journal, clock, reopen):
    from textual import events

    from smallwins_tui.core.text import WIN_MAX

    app = make_app(journal, clock)
    messages = record_notifications(app)
    async with app.run_test() as pilot:
        app.screen.query_one("#entry", Input).post_message(events.Paste("p" * 100_000))
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert any("first 300 characters" in m for m in messages)
    assert [len(w.text) for w in reopen().wins_on(TODAY)] == [WIN_MAX]


async def test_lines_typed_in_the_same_burst_as_ctrl_q_are_saved(journal, clock, reopen):
    """Keys reach the app together (a slow link): ctrl+q waits for the lines before it."""
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        for char in "one\rtwo\rhalf":
            key = "enter" if char == "\r" else char
            app.post_message(events.Key(key, None if char == "\r" else char))
        app.post_message(events.Key("ctrl+q", None))
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert [w.text for w in reopen().wins_on(TODAY)] == ["one", "two"]
    assert reopen().draft("today-entry") == "half"


async def test_a_burst_of_lines_becomes_one_win_per_line_in_order(journal, clock, reopen):
    """Keys reach the app together: each Enter takes exactly the words before it."""
    app = make_app(journal, clock)
    lines = [f"{name}-{n}" for n in range(4) for name in ("first", "second")]
    async with app.run_test() as pilot:
        await pilot.pause()
        for char in "".join(f"{line}\r" for line in lines):
            app.post_message(events.Key("enter", None) if char == "\r" else events.Key(char, char))
        await settle(pilot)
        await settle(pilot)
    assert [w.text for w in reopen().wins_on(TODAY)] == lines
