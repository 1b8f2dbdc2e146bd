"""The speed-ups keep their promises: indexes kept current match a fresh read, and the lock
still excludes other processes (including ``filelock``, which ``smallwins doctor`` uses)."""

from __future__ import annotations

import datetime as dt
import random

import filelock
import pytest

from smallwins_tui.data import files
from smallwins_tui.data.errors import DamagedFileError, LockTimeoutError, SaveError
from smallwins_tui.data.journal import WINS
from smallwins_tui.data.lock import FileLock, LockTimeout
from tests.conftest import TODAY
from tests.files import month_file


def _shape(journal) -> list[tuple[str, str, str | None, dt.date]]:  # type: ignore[no-untyped-def]
    return [(win.id, win.text, win.kind, win.day) for win in journal.all_wins()]


def test_day_index_kept_current_matches_a_fresh_read(journal, reopen, clock) -> None:
    rng = random.Random(3)
    days = [TODAY - dt.timedelta(days=ago) for ago in (0, 1, 2, 24)]  # the last is in October
    journal.wins_on(TODAY)  # build the index first, so every change below updates it
    for step in range(60):
        wins = journal.all_wins()
        choice = rng.random()
        if choice < 0.5 or not wins:
            journal.add_win(f"win {step}", day=rng.choice(days))
        elif choice < 0.7:
            journal.edit_win(rng.choice(wins).id, text=f"edited {step}")
        elif choice < 0.9:
            gone = journal.delete_win(rng.choice(wins).id)
            if gone and rng.random() < 0.5:
                journal.restore_win(gone)
        else:
            journal.toggle_intention(TODAY) if journal.intention(TODAY) else journal.set_intention(
                TODAY, f"step {step}"
            )
        clock.advance(seconds=rng.choice([0, 1]))
        for day in days:
            assert [w.id for w in journal.wins_on(day)] == [w.id for w in reopen().wins_on(day)]
    assert _shape(journal) == _shape(reopen())


def test_uuid_lookups_follow_another_process(journal, reopen) -> None:
    mine = journal.add_win("mine")
    other = reopen()
    theirs = other.add_win("theirs")
    other.delete_win(mine.id)
    assert journal.get_win(mine.id) is None
    assert journal.get_win(theirs.id) is not None
    journal.edit_win(theirs.id, text="changed here")
    assert reopen().get_win(theirs.id).text == "changed here"  # type: ignore[union-attr]
    fresh = journal.add_win("after")
    assert sorted(w.id for w in reopen().all_wins()) == sorted([theirs.id, fresh.id])


def test_only_the_months_asked_for_are_read(journal, reopen) -> None:
    journal.add_win("long ago", day=dt.date(2024, 2, 1))
    journal.add_win("today")
    month_file(journal, month="2024-02").write_bytes(b"damaged")
    other = reopen()  # no repair: reading the damaged month would raise
    assert [w.text for w in other.wins_on(TODAY)] == ["today"]
    other.add_win("and another")
    assert len(other.wins_between(TODAY - dt.timedelta(days=6), TODAY)) == 2
    with pytest.raises(DamagedFileError):
        other.all_wins()


def test_a_record_never_moves_to_another_month(journal) -> None:
    win = journal.add_win("x")
    journal.update(WINS, win.id, {"day": "2026-11-01"})
    with pytest.raises(ValueError, match="another month"):
        journal.update(WINS, win.id, {"day": "2026-10-31"})


def test_a_new_month_file_from_another_process_is_noticed(journal, reopen) -> None:
    december = dt.date(2026, 12, 1)
    assert journal.wins_on(december) == []
    reopen().add_win("written elsewhere", day=december)
    assert journal.refresh()
    assert [w.text for w in journal.wins_on(december)] == ["written elsewhere"]


def test_a_failed_write_forgets_the_index_too(journal, monkeypatch) -> None:
    kept = journal.add_win("kept")
    assert journal.wins_on(TODAY)
    monkeypatch.setattr(files.os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(28, "")))
    with pytest.raises(SaveError):
        journal.delete_win(kept.id)
    monkeypatch.undo()
    assert [win.id for win in journal.wins_on(TODAY)] == [kept.id]
    assert journal.get_win(kept.id) is not None
    assert journal.records(WINS)[0]["id"] == kept.id


def test_lock_is_reentrant_and_excludes_filelock(tmp_path) -> None:
    path = str(tmp_path / "x.lock")
    lock = FileLock(path, timeout=0.2, mode=0o600)
    lock.acquire()
    lock.acquire()
    lock.release()
    with pytest.raises(filelock.Timeout):
        filelock.FileLock(path, timeout=0.1).acquire()
    lock.release()
    with filelock.FileLock(path, timeout=0.1), pytest.raises(LockTimeout):
        FileLock(path, timeout=0.1, mode=0o600).acquire()
    FileLock(path, timeout=0.1, mode=0o600).acquire()


def test_a_held_lock_gives_the_plain_error(journal, monkeypatch) -> None:
    monkeypatch.setattr(journal._file_lock, "timeout", 0.1)
    with (
        filelock.FileLock(str(journal.path) + ".lock", timeout=0.1),
        pytest.raises(LockTimeoutError),
    ):
        journal.add_win("blocked")


def test_a_long_look_back_keeps_only_recent_months_in_memory(journal, reopen) -> None:
    from smallwins_tui.data.records import KEEP_IN_MEMORY

    first = dt.date(2020, 1, 15)
    months = [dt.date(2020 + m // 12, m % 12 + 1, 15) for m in range(KEEP_IN_MEMORY + 12)]
    for day in months:
        journal.add_win(f"win on {day}", day=day)
    other = reopen()
    for day in months:
        assert [w.text for w in other.wins_on(day)] == [f"win on {day}"]
    assert len(other._segments) <= KEEP_IN_MEMORY
    assert len(other._day_indexes) <= KEEP_IN_MEMORY
    assert [w.text for w in other.wins_on(first)] == [f"win on {first}"]  # read again
    assert len(other.all_wins()) == len(months)
    assert len(other._segments) <= KEEP_IN_MEMORY
    assert len(other._day_indexes) <= KEEP_IN_MEMORY
