"""Files, links, owners and clocks from outside smallwins (issue 15, defects 4 to 9).

Each test names the defect it guards; each failed before the fix.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import orjson
import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data import lock
from smallwins_tui.data.backups import backup_dir, newest_good_copy
from smallwins_tui.data.doctor import examine
from smallwins_tui.data.errors import DamagedFileError, ReadError, SaveError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import open_for_app
from smallwins_tui.data.transfer import export_csv, export_json
from tests.conftest import FIXED_NOW, TODAY
from tests.files import month_file

NOBODY = 65534
AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give files to another user")
"""Like ``sudo smallwins``: these tests hand the journal to another user first."""


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def outside_file(tmp_path: Path) -> Path:
    """A file outside the data folder that a planted link points at."""
    target = tmp_path / "outside.json"
    target.write_bytes(orjson.dumps({"_meta": {"1": {"schema_version": 2}}}))
    target.chmod(0o644)
    return target


def messages(data_dir: Path, **options: object) -> list[tuple[str, str, str]]:
    return [(f.status, f.what, f.message) for f in examine(data_dir, **options)]  # type: ignore[arg-type]


def test_4_a_linked_home_file_is_neither_read_nor_chmodded(data_dir, clock, tmp_path) -> None:
    target = outside_file(tmp_path)
    data_dir.mkdir(mode=0o700)
    (data_dir / "smallwins.json").symlink_to(target)
    with pytest.raises(ReadError, match="link"):
        Journal(data_dir, clock)
    assert mode(target) == 0o644


def test_4_a_linked_month_file_is_neither_read_nor_chmodded(journal, clock, tmp_path) -> None:
    journal.add_win("mine", day=dt.date(2026, 10, 1))
    target = outside_file(tmp_path)
    month_file(journal).symlink_to(target)
    with pytest.raises(ReadError, match="link"):
        Journal(journal.data_dir, clock).wins_on(TODAY)
    assert mode(target) == 0o644
    findings = messages(journal.data_dir, fix=True, confirm=lambda _q: True)
    assert any(what == "link" and str(month_file(journal)) in text for _, what, text in findings)
    assert mode(target) == 0o644


def test_4_doctor_fix_never_chmods_through_a_link_in_the_backups(journal, clock, tmp_path) -> None:
    journal.add_win("mine")
    clock.advance(days=1)
    journal.add_win("the next day")
    target = outside_file(tmp_path)
    (backup_dir(journal.data_dir) / TODAY.isoformat() / "planted.json").symlink_to(target)
    list(examine(journal.data_dir, fix=True))
    assert mode(target) == 0o644


def test_5_a_shared_folder_keeps_its_mode(tmp_path, clock) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    Journal(shared, clock).wins_on(TODAY)
    journal = Journal(shared, clock)
    journal.add_win("in a folder I pointed at")
    assert mode(shared) == 0o1777
    assert ("fix", "folder") in [(status, what) for status, what, _ in messages(shared)]


def test_5_every_folder_smallwins_makes_is_private(tmp_path, clock) -> None:
    old = os.umask(0o022)
    try:
        journal = Journal(tmp_path / "a" / "b" / "data", clock)
        journal.add_win("x")
        clock.advance(days=1)
        journal.add_win("y")
    finally:
        os.umask(old)
    made = [tmp_path / "a", tmp_path / "a" / "b"]
    made += [Path(root) for root, _, _ in os.walk(tmp_path / "a" / "b" / "data")]
    next_day = (TODAY + dt.timedelta(days=1)).isoformat()
    assert backup_dir(journal.data_dir) / next_day / "tables" / "wins" in made
    assert {str(folder): mode(folder) for folder in made} == {str(f): 0o700 for f in made}


@AS_ROOT
def test_5_another_users_journal_is_read_but_never_written(journal, clock) -> None:
    journal.add_win("theirs")
    os.chown(journal.data_dir, NOBODY, NOBODY)
    before = sorted(path.name for path in journal.data_dir.iterdir())
    as_root = Journal(journal.data_dir, clock)
    assert [win.text for win in as_root.wins_on(TODAY)] == ["theirs"]
    assert "theirs" in export_json(as_root, "now")
    with pytest.raises(SaveError, match="belongs to another user"):
        as_root.add_win("mine")
    assert sorted(path.name for path in journal.data_dir.iterdir()) == before


def test_6_a_record_that_does_not_fit_is_set_aside_alone(journal, clock) -> None:
    kept = journal.add_win("kept")
    path = month_file(journal)
    data = orjson.loads(path.read_bytes())
    data["wins"]["2"] = {**kept.to_record(), "id": "a" * 8 + "-aaaa-aaaa-aaaa-" + "a" * 12}
    del data["wins"]["2"]["day"]
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(
        DamagedFileError, match="1 record in it cannot be used, such as a win with no day"
    ):
        Journal(journal.data_dir, clock).wins_on(TODAY)
    found = messages(journal.data_dir)
    assert any(status == "fix" and "with no day" in text for status, _, text in found)
    mended, _ = open_for_app(journal.data_dir, clock)
    assert [win.text for win in mended.wins_on(TODAY)] == ["kept"]
    notice = mended.repairs[0]
    assert notice.records_set_aside == 1 and notice.backup is None
    assert orjson.loads(notice.moved_to.read_bytes()) == data  # kept, as it was


@pytest.mark.parametrize("settings", ["dark", ["x"], {"week_start": 5, "theme": 3}])
def test_6_settings_that_do_not_fit_never_reach_a_screen(journal, clock, settings) -> None:
    journal.set_setting("week_start", "sunday")
    data = orjson.loads(journal.path.read_bytes())
    data["settings"]["1"]["values"] = settings
    journal.path.write_bytes(orjson.dumps(data))
    mended, _ = open_for_app(journal.data_dir, clock)
    assert mended.settings()["week_start"] == "monday"
    assert mended.settings()["theme"] == "smallwins"


def test_7_a_folder_in_place_of_a_month_file(journal, clock) -> None:
    journal.add_win("earlier", day=dt.date(2026, 10, 1))
    month_file(journal).mkdir()
    with pytest.raises(ReadError, match="a folder is where the file should be"):
        Journal(journal.data_dir, clock).wins_on(TODAY)
    app_journal, _ = open_for_app(journal.data_dir, clock)
    assert app_journal.wins_on(TODAY) == []
    assert [type(notice) for notice in app_journal.repairs] == [ReadError]
    advice = [text for status, what, text in messages(journal.data_dir) if what == "journal"]
    assert any("a folder is where this file should be; move that folder" in a for a in advice)
    assert not any("open smallwins" in a for a in advice)


def test_7_a_file_smallwins_may_not_read(journal, clock, monkeypatch) -> None:
    journal.add_win("x")
    from smallwins_tui.data import doctor, files, storage

    def denied(path: Path, tighten: bool = False) -> tuple[bytes, os.stat_result]:
        if path == month_file(journal):  # mode 0000 (root could read it anyway)
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return files.read_journal_file(path, tighten)

    monkeypatch.setattr(storage, "read_journal_file", denied)
    monkeypatch.setattr(doctor, "read_journal_file", denied)
    app_journal, _ = open_for_app(journal.data_dir, clock)
    assert app_journal.wins_on(TODAY) == []
    assert "permission was denied" in str(app_journal.repairs[0])
    advice = [text for status, what, text in messages(journal.data_dir) if status == "fix"]
    assert any("chmod 600" in text for text in advice)
    assert not any("open smallwins" in text for text in advice)


def test_8_a_backup_dated_in_the_future_is_not_preferred(journal, clock) -> None:
    ahead = FixedClock(FIXED_NOW + dt.timedelta(days=200))
    journal.add_win("from before the clock jumped", day=TODAY)
    Journal(journal.data_dir, ahead).add_win("written while the clock was ahead", day=TODAY)
    clock.advance(days=2)
    journal.add_win("written once the clock was right", day=TODAY)
    clock.advance(days=1)
    journal.add_win("the last", day=TODAY)  # today's backup holds the three before
    relative = month_file(journal).relative_to(journal.data_dir)
    chosen = newest_good_copy(journal.data_dir, relative, clock.now().date())
    assert chosen is not None and chosen.day == clock.now().date()
    month_file(journal).write_bytes(b"damaged")
    mended, _ = open_for_app(journal.data_dir, clock)
    assert len(mended.wins_on(TODAY)) == 3
    findings = messages(journal.data_dir, today=clock.now().date())
    assert any(what == "backup dates" and "2027-06-10" in text for _, what, text in findings)


def test_9_a_journal_that_cannot_be_locked_can_be_listed_and_exported(
    journal, clock, monkeypatch
) -> None:
    journal.add_win("on a read-only disk")

    def read_only(self: lock.FileLock) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lock.FileLock, "acquire", read_only)
    reader = Journal(journal.data_dir, clock)
    assert [win.text for win in reader.wins_on(TODAY)] == ["on a read-only disk"]
    assert "on a read-only disk" in export_csv(reader, None, None)
    assert "on a read-only disk" in export_json(reader, "now")
    with pytest.raises(SaveError, match="the disk is read-only"):
        reader.add_win("not saved")


@AS_ROOT
def test_5_doctor_names_a_lock_file_left_by_another_user(journal) -> None:
    journal.add_win("x")
    lock_file = Path(str(journal.path) + ".lock")
    os.chown(lock_file, NOBODY, NOBODY)
    found = messages(journal.data_dir)
    assert ("fix", "lock") in [(status, what) for status, what, _ in found]
