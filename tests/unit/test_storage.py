"""The storage promises: atomic writes, loud failure on damage, private files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import orjson
import pytest

from smallwins_tui.data import files
from smallwins_tui.data.errors import DamagedFileError, NewerSchemaError, ReadError, SaveError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import open_for_app
from smallwins_tui.data.storage import SCHEMA_VERSION, SafeJSONStorage
from tests.files import month_file


def test_a_failed_write_leaves_the_old_file_byte_identical(journal, monkeypatch) -> None:
    journal.add_win("first")
    wins = month_file(journal)
    before = wins.read_bytes()

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(SaveError, match="the disk is full"):
        journal.add_win("second")
    monkeypatch.undo()
    assert wins.read_bytes() == before
    assert files.stale_temp_files(wins) == []
    assert [win.text for win in journal.all_wins()] == ["first"]
    journal.add_win("third")
    assert [win.text for win in journal.all_wins()] == ["first", "third"]


def test_interrupt_mid_write_removes_the_temp_file(journal, monkeypatch) -> None:
    journal.add_win("kept")
    wins = month_file(journal)
    before = wins.read_bytes()
    monkeypatch.setattr(files.os, "replace", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        journal.add_win("lost")
    monkeypatch.undo()
    assert wins.read_bytes() == before
    assert files.stale_temp_files(wins) == []


CORRUPT = {
    "truncated": b'{"_meta": {"1": {"schema_version": 1}}, "wins": {"1": {"id": "a", "te',
    "trailing garbage": b'{"_meta": {"1": {"schema_version": 1}}}garbage',
    "nul bytes": b"\x00\x00\x00\x00",
    "empty": b"",
    "not an object": b"[1, 2, 3]",
    "table not an object": b'{"_meta": {"1": {"schema_version": 1}}, "wins": [1]}',
    "no schema version": b'{"wins": {"1": {"id": "a"}}}',
    "invalid utf-8": b'{"_meta": {"1": {"schema_version": 1}}, "wins": {"1": {"t": "\xff\xfe"}}}',
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_a_damaged_file_raises_and_is_never_overwritten(data_dir, clock, name) -> None:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "smallwins.json"
    path.write_bytes(CORRUPT[name])
    with pytest.raises(DamagedFileError):
        Journal(data_dir, clock)
    assert path.read_bytes() == CORRUPT[name]


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_the_app_sets_a_damaged_file_aside_and_starts_afresh(data_dir, clock, name) -> None:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "smallwins.json"
    path.write_bytes(CORRUPT[name])
    journal, notice = open_for_app(data_dir, clock)
    assert notice is not None
    assert notice.moved_to.read_bytes() == CORRUPT[name]
    assert notice.moved_to.name.startswith("smallwins.json.corrupt-")
    journal.add_win("a fresh start")
    assert notice.moved_to.read_bytes() == CORRUPT[name]


def test_a_file_from_a_newer_smallwins_is_never_set_aside(data_dir, clock) -> None:
    data_dir.mkdir(mode=0o700)
    newer = orjson.dumps({"_meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}})
    (data_dir / "smallwins.json").write_bytes(newer)
    with pytest.raises(NewerSchemaError, match="please upgrade"):
        open_for_app(data_dir, clock)
    assert (data_dir / "smallwins.json").read_bytes() == newer
    assert sorted(path.name for path in data_dir.iterdir()) == [
        "smallwins.json",
        "smallwins.json.lock",
    ]


def test_a_read_error_is_not_damage(journal, clock, monkeypatch) -> None:
    journal.add_win("kept")

    def no_more_files(*_args: object, **_kwargs: object) -> None:
        raise OSError(24, "Too many open files")

    app = Journal(journal.data_dir, clock, repair=lambda error: pytest.fail("mended"))
    command_line = Journal(journal.data_dir, clock)
    monkeypatch.setattr("smallwins_tui.data.storage.read_journal_file", no_more_files)
    with pytest.raises(ReadError, match="Too many open files"):
        command_line.all_wins()
    assert app.all_wins() == []  # the app carries on and says so, once
    assert app.all_wins() == []
    assert [type(notice) for notice in app.repairs] == [ReadError]
    with pytest.raises(ReadError):
        app.add_win("not over a file that could not be read")
    monkeypatch.undo()
    assert [w.text for w in app.all_wins()] == ["kept"]


def test_the_schema_version_lives_in_every_file(journal) -> None:
    journal.add_win("x")
    for path in (journal.path, month_file(journal)):
        data = orjson.loads(path.read_bytes())
        assert data["_meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_reads_come_from_memory_until_the_file_changes(tmp_path: Path) -> None:
    storage = SafeJSONStorage(tmp_path / "s.json")
    storage.write({"wins": {}})
    first = storage.read()
    assert storage.read() is first
    other = SafeJSONStorage(tmp_path / "s.json")
    other.write({"things": {"1": {"id": "x"}}})
    assert storage.read() == {
        "things": {"1": {"id": "x"}},
        "_meta": {"1": {"schema_version": SCHEMA_VERSION}},
    }


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_folder_and_files_are_private_whatever_the_umask(tmp_path, clock, umask) -> None:
    old = os.umask(umask)
    try:
        data_dir = tmp_path / "nested" / "data"
        journal = Journal(data_dir, clock)
        journal.add_win("private")
    finally:
        os.umask(old)
    wins = month_file(journal)
    assert [
        stat.S_IMODE(folder.stat().st_mode)
        for folder in (data_dir, data_dir / "tables", wins.parent)
    ] == [0o700] * 3
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(wins.stat().st_mode) == 0o600
    lock = Path(str(journal.path) + ".lock")
    assert not lock.exists() or stat.S_IMODE(lock.stat().st_mode) & 0o077 == 0


def test_a_readable_data_file_is_made_private_on_open(journal, data_dir, clock) -> None:
    journal.add_win("x")
    journal.path.chmod(0o644)
    reopened = Journal(data_dir, clock)
    assert reopened.permissions_fixed
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_a_readable_month_file_is_made_private_when_read(journal, data_dir, clock) -> None:
    journal.add_win("x")
    month_file(journal).chmod(0o644)
    assert [win.text for win in Journal(data_dir, clock).all_wins()] == ["x"]
    assert stat.S_IMODE(month_file(journal).stat().st_mode) == 0o600


def test_stale_temp_files_are_removed_at_start(journal, data_dir, clock) -> None:
    journal.add_win("x")
    leftovers = [
        data_dir / ".smallwins.json.abc123.tmp",
        month_file(journal).parent / ".2026-11.json.def456.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a write")
    Journal(data_dir, clock)
    assert not any(leftover.exists() for leftover in leftovers)


def test_a_read_only_folder_gives_a_clear_message_and_changes_nothing(journal, monkeypatch):
    journal.add_win("kept")
    wins = month_file(journal)
    before = wins.read_bytes()

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    with pytest.raises(SaveError, match="the disk is read-only"):
        journal.add_win("not saved")
    monkeypatch.undo()
    assert wins.read_bytes() == before
    assert files.stale_temp_files(wins) == []
    journal.add_win("saved once writable again")
    assert [w.text for w in journal.all_wins()] == ["kept", "saved once writable again"]


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_backups_and_exports_are_private_whatever_the_umask(tmp_path, clock, umask) -> None:
    from smallwins_tui.data.backups import list_backups
    from smallwins_tui.data.transfer import export_json, write_private

    old = os.umask(umask)
    try:
        journal = Journal(tmp_path / "data", clock)
        journal.add_win("day one")
        clock.advance(days=1)
        journal.add_win("day two")
        exported = tmp_path / "export.json"
        write_private(exported, export_json(journal, "2026-11-23T20:00:00+00:00"))
    finally:
        os.umask(old)
    backups = list_backups(journal.data_dir)
    assert backups and all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in backups)
    assert stat.S_IMODE(backups[0].path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
