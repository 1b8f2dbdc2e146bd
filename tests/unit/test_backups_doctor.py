"""Daily backups, recovery from the newest good one, and what ``doctor`` reports."""

from __future__ import annotations

import stat

from smallwins_tui.data.backups import KEEP, list_backups, newest_good_backup
from smallwins_tui.data.doctor import examine
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import open_for_app


def test_the_first_write_of_each_day_backs_up_the_previous_state(journal, clock) -> None:
    journal.add_win("day one")
    assert list_backups(journal.data_dir) == []  # no file existed before this save
    after_first = journal.path.read_bytes()
    journal.add_win("day one again")
    assert [b.path.read_bytes() for b in list_backups(journal.data_dir)] == [after_first]
    before_day_two = journal.path.read_bytes()
    clock.advance(days=1)
    journal.add_win("day two")
    backups = list_backups(journal.data_dir)
    assert [b.day for b in backups] == [clock.now().date(), clock.now().date().replace(day=22)]
    assert backups[0].path.read_bytes() == before_day_two
    assert stat.S_IMODE(backups[0].path.stat().st_mode) == 0o600
    journal.add_win("day two again")
    assert len(list_backups(journal.data_dir)) == 2


def test_only_the_newest_fourteen_backups_are_kept(journal, clock) -> None:
    journal.add_win("start")
    for _ in range(KEEP + 5):
        clock.advance(days=1)
        journal.add_win("another day")
    backups = list_backups(journal.data_dir)
    assert len(backups) == KEEP
    assert backups[0].day == clock.now().date()


def test_a_damaged_journal_carries_on_from_the_newest_good_backup(journal, clock) -> None:
    journal.add_win("safe in the backup")
    clock.advance(days=1)
    journal.add_win("written today")
    journal.path.write_bytes(b'{"_meta": {"1": {"schema_version": 1}}, "wins": {"1": ')
    reopened, notice = open_for_app(journal.data_dir, clock)
    assert notice is not None and notice.backup is not None
    assert notice.moved_to.read_bytes().endswith(b'"wins": {"1": ')
    assert [w.text for w in reopened.all_wins()] == ["safe in the backup"]


def test_an_unreadable_backup_is_skipped(journal, clock) -> None:
    journal.add_win("x")
    clock.advance(days=1)
    journal.add_win("y")
    good = newest_good_backup(journal.data_dir)
    assert good is not None
    clock.advance(days=1)
    journal.add_win("z")
    newest = list_backups(journal.data_dir)[0]
    newest.path.write_bytes(b"garbage")
    assert newest_good_backup(journal.data_dir) == good


def statuses(data_dir, fix=False) -> dict[str, str]:
    return {finding.what: finding.status for finding in examine(data_dir, fix=fix)}


def test_doctor_says_a_healthy_journal_is_fine(journal) -> None:
    journal.add_win("x")
    found = statuses(journal.data_dir)
    assert "fix" not in found.values()
    assert found["journal"] == "ok" and found["lock"] == "ok"


def test_doctor_fix_repairs_permissions_and_temp_files_only(journal) -> None:
    journal.add_win("x")
    content = journal.path.read_bytes()
    journal.path.chmod(0o644)
    journal.data_dir.chmod(0o755)
    leftover = journal.data_dir / ".smallwins.json.abc.tmp"
    leftover.write_bytes(b"partial")
    found = statuses(journal.data_dir)
    assert found["journal file"] == "fix" and found["temp files"] == "fix"
    assert found["folder"] == "fix"
    repaired = statuses(journal.data_dir, fix=True)
    assert "fix" not in repaired.values()
    assert not leftover.exists()
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert journal.path.read_bytes() == content


def test_doctor_reports_a_damaged_journal_without_touching_it(data_dir, clock) -> None:
    Journal(data_dir, clock).add_win("x")
    path = data_dir / "smallwins.json"
    path.write_bytes(b"[]")
    assert statuses(data_dir)["journal"] == "fix"
    assert statuses(data_dir, fix=True)["journal"] == "fix"
    assert path.read_bytes() == b"[]"


def test_doctor_on_a_new_machine(tmp_path) -> None:
    assert statuses(tmp_path / "nothing-here") == {"folder": "note"}
