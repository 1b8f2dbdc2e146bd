"""The journal API: wins by UUID, undo, intentions, settings, and two processes at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from tests.conftest import FIXED_NOW, TODAY


def test_a_win_keeps_its_uuid_through_edit_delete_undo_and_restart(journal, reopen) -> None:
    win = journal.add_win("replied to Sam", kind="relational")
    edited = journal.edit_win(win.id, text="replied to Sam at last")
    assert edited.id == win.id and edited.created == win.created
    deleted = journal.delete_win(win.id)
    assert deleted is not None and journal.wins_on(TODAY) == []
    journal.restore_win(deleted)
    again = reopen().wins_on(TODAY)
    assert [(w.id, w.text, w.kind) for w in again] == [
        (win.id, "replied to Sam at last", "relational")
    ]


def test_edit_updates_the_timestamp_and_kind_can_be_cleared(journal, clock) -> None:
    win = journal.add_win("walked", kind="behavioural")
    clock.advance(minutes=5)
    edited = journal.edit_win(win.id, kind=None)
    assert edited.kind is None and edited.updated > win.updated


def test_empty_and_unknown_input_is_refused(journal) -> None:
    with pytest.raises(ValueError):
        journal.add_win("  \x1b \n ")
    with pytest.raises(ValueError):
        journal.add_win("x", kind="heroic")


def test_wins_are_grouped_by_day_and_range(journal) -> None:
    for days_ago in (0, 1, 1, 8):
        journal.add_win(f"win {days_ago}", day=TODAY - dt.timedelta(days=days_ago))
    assert len(journal.wins_on(TODAY - dt.timedelta(days=1))) == 2
    week = journal.wins_between(TODAY - dt.timedelta(days=6), TODAY)
    assert [w.text for w in week] == ["win 1", "win 1", "win 0"]


def test_ticking_the_small_step_records_a_win_and_unticking_removes_it(journal) -> None:
    journal.set_intention(TODAY, "call the dentist")
    intention, win = journal.toggle_intention(TODAY)
    assert intention.done and win is not None and win.source == "intention"
    assert [w.text for w in journal.wins_on(TODAY)] == ["call the dentist"]
    intention, win = journal.toggle_intention(TODAY)
    assert not intention.done and win is None and journal.wins_on(TODAY) == []
    assert journal.set_intention(TODAY, "") is None and journal.intention(TODAY) is None


def test_settings_persist_with_defaults_filled_in(journal, reopen) -> None:
    assert journal.settings()["week_start"] == "monday"
    journal.set_setting("week_start", "sunday")
    assert reopen().settings()["week_start"] == "sunday"


def test_drafts_are_kept_until_cleared(journal, reopen) -> None:
    journal.save_draft("reflect", "half a thought\nsecond line")
    assert reopen().draft("reflect") == "half a thought\nsecond line"
    journal.clear_draft("reflect")
    assert reopen().draft("reflect") is None


def test_another_process_writing_is_noticed(journal, data_dir, clock) -> None:
    journal.add_win("mine")
    Journal(data_dir, clock).add_win("from the shell")
    assert journal.refresh() is True
    assert [w.text for w in journal.wins_on(TODAY)] == ["mine", "from the shell"]
    assert journal.refresh() is False


def _add_many(data_dir: str, prefix: str, count: int) -> None:
    journal = Journal(Path(data_dir), FixedClock(FIXED_NOW))
    for index in range(count):
        journal.add_win(f"{prefix} {index}")


def test_two_processes_adding_at_once_lose_nothing(data_dir) -> None:
    Journal(data_dir, FixedClock(FIXED_NOW))
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(data_dir), name, 200)) for name in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    wins = Journal(data_dir, FixedClock(FIXED_NOW)).all_wins()
    assert len(wins) == 400
    assert len({w.id for w in wins}) == 400
    assert {w.text for w in wins} == {f"{p} {i}" for p in "ab" for i in range(200)}
