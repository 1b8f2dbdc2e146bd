"""Daily backups, mending from the newest good copy, the schema 1 upgrade, and ``doctor``."""

from __future__ import annotations

import datetime as dt
import stat

import orjson
import pytest
from tinydb import TinyDB

from smallwins_tui.data.backups import KEEP, backup_dir, list_backups, newest_good_copy
from smallwins_tui.data.doctor import examine
from smallwins_tui.data.errors import DamagedFileError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import open_for_app
from smallwins_tui.data.segments import Segment
from tests.files import month_file


def copies(journal: Journal) -> list[tuple[str, str]]:
    """(day, file inside the data folder) for every backup copy, newest day first."""
    return [(b.day.isoformat(), b.relative.as_posix()) for b in list_backups(journal.data_dir)]


def test_the_first_write_of_a_day_copies_each_file_changed_since_its_last_copy(journal, clock):
    journal.add_win("day one")
    assert copies(journal) == []  # no file existed before this save
    journal.set_setting("theme", "nord")
    journal.add_win("day one again")
    home, wins = journal.path.read_bytes(), month_file(journal).read_bytes()
    clock.advance(days=1)
    journal.add_win("day two")
    assert copies(journal) == [
        ("2026-11-23", "smallwins.json"),
        ("2026-11-23", "tables/wins/2026-11.json"),
    ]
    by_file = {b.relative.as_posix(): b.path for b in list_backups(journal.data_dir)}
    assert by_file["smallwins.json"].read_bytes() == home
    assert by_file["tables/wins/2026-11.json"].read_bytes() == wins
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in by_file.values())
    journal.add_win("day two again")
    assert len(copies(journal)) == 2
    clock.advance(days=1)
    journal.add_win("day three")  # only the wins changed since their copy
    assert copies(journal)[0] == ("2026-11-24", "tables/wins/2026-11.json")
    assert len(copies(journal)) == 3


def test_fourteen_days_are_kept_whole_and_every_file_keeps_its_newest_copy(journal, clock):
    journal.add_win("an October evening", day=dt.date(2026, 10, 31))
    journal.add_win("start")
    for _ in range(KEEP + 5):
        clock.advance(days=1)
        journal.add_win("another day", day=dt.date(2026, 11, 30))  # November's file each time
    days = sorted({day for day, _ in copies(journal)}, reverse=True)
    kept = [day for day, name in copies(journal) if name == "tables/wins/2026-11.json"]
    assert kept == days[:KEEP] and kept[0] == clock.now().date().isoformat()
    october = [day for day, name in copies(journal) if name == "tables/wins/2026-10.json"]
    assert october == ["2026-11-23"]  # its only copy, long past the fourteen days
    folders = [path.name for path in backup_dir(journal.data_dir).iterdir()]
    assert len(folders) == KEEP + 1  # the old folder that still holds October


def test_a_damaged_month_is_mended_from_its_newest_good_copy_when_first_read(journal, clock):
    journal.add_win("safe in the backup")
    clock.advance(days=1)
    journal.add_win("written today")
    damaged = month_file(journal)
    damaged.write_bytes(b'{"_meta": {"1": {"schema_version": 2}}, "wins": {"1": ')
    reopened, notice = open_for_app(journal.data_dir, clock)
    assert notice is None  # the month is not read until something needs it
    assert [w.text for w in reopened.all_wins()] == ["safe in the backup"]
    [mended] = reopened.repairs
    assert mended.damaged == damaged and mended.backup.day == dt.date(2026, 11, 23)
    assert mended.moved_to.read_bytes().endswith(b'"wins": {"1": ')
    assert mended.moved_to.parent == damaged.parent


def test_a_damaged_home_file_is_mended_at_open(journal, clock):
    journal.set_setting("week_start", "sunday")
    clock.advance(days=1)
    journal.set_setting("week_start", "monday")
    journal.path.write_bytes(b"\x00\x00")
    reopened, notice = open_for_app(journal.data_dir, clock)
    assert notice is not None and notice.backup is not None
    assert reopened.settings()["week_start"] == "sunday"


def test_without_a_repair_damage_is_raised_and_nothing_changes(journal, clock):
    journal.add_win("x")
    month_file(journal).write_bytes(b"[]")
    reopened = Journal(journal.data_dir, clock)
    with pytest.raises(DamagedFileError):
        reopened.all_wins()
    assert month_file(journal).read_bytes() == b"[]"


def test_an_unreadable_copy_is_skipped(journal, clock) -> None:
    journal.add_win("x")
    clock.advance(days=1)
    journal.add_win("y")
    relative = month_file(journal).relative_to(journal.data_dir)
    good = newest_good_copy(journal.data_dir, relative)
    assert good is not None
    clock.advance(days=1)
    journal.add_win("z")
    newest = list_backups(journal.data_dir)[0]
    assert newest.relative == relative
    newest.path.write_bytes(b"garbage")
    assert newest_good_copy(journal.data_dir, relative) == good


def test_every_file_is_an_ordinary_tinydb_document(journal) -> None:
    win = journal.add_win("read by stock TinyDB")
    with TinyDB(month_file(journal)) as db:
        assert [record["id"] for record in db.table("wins").all()] == [win.id]


# The schema 1 upgrade ----------------------------------------------------------------------------


def schema_one(data_dir) -> bytes:
    """A journal as schema 1 kept it: everything in smallwins.json."""

    def record(n: int, day: str) -> dict[str, str | None]:
        return {
            "id": f"00000000-0000-4000-8000-{n:012d}",
            "text": f"win {n}",
            "day": day,
            "kind": None,
            "created": f"{day}T10:00:0{n}.000+00:00",
            "updated": f"{day}T10:00:0{n}.000+00:00",
        }

    data = {
        "_meta": {"1": {"schema_version": 1}},
        "wins": {
            "1": record(1, "2025-03-02"),
            "2": record(2, "2026-11-22"),
            "3": record(3, "2026-11-22"),
        },
        "settings": {
            "1": {
                "id": "00000000-0000-4000-8000-0000000000aa",
                "created": "2025-03-01T09:00:00+00:00",
                "updated": "2025-03-01T09:00:00+00:00",
                "values": {"theme": "nord"},
            }
        },
    }
    data_dir.mkdir(mode=0o700)
    raw = orjson.dumps(data)
    (data_dir / "smallwins.json").write_bytes(raw)
    return raw


def test_a_schema_one_journal_is_split_into_months_once(data_dir, clock) -> None:
    raw = schema_one(data_dir)
    journal = Journal(data_dir, clock)
    assert [w.text for w in journal.all_wins()] == ["win 1", "win 2", "win 3"]
    assert journal.settings()["theme"] == "nord"
    home = orjson.loads(journal.path.read_bytes())
    assert sorted(home) == ["_meta", "settings"] and home["_meta"]["1"]["schema_version"] == 2
    assert month_file(journal, month="2025-03").exists()
    [backup] = list_backups(data_dir)
    assert backup.path.read_bytes() == raw  # the old file, kept as it was
    again = Journal(data_dir, clock)
    assert len(again.all_wins()) == 3


def test_an_interrupted_upgrade_is_finished_next_time_without_duplicates(
    data_dir, clock, monkeypatch
) -> None:
    raw = schema_one(data_dir)

    def power_cut(self: Segment, data: dict) -> None:  # type: ignore[type-arg]
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Segment, "replace", power_cut)
        with pytest.raises(KeyboardInterrupt):
            Journal(data_dir, clock)
    assert (data_dir / "smallwins.json").read_bytes() == raw  # still whole, still schema 1
    journal = Journal(data_dir, clock)
    assert [w.text for w in journal.all_wins()] == ["win 1", "win 2", "win 3"]


# doctor --------------------------------------------------------------------------------------


def statuses(data_dir, fix=False, answer=False) -> dict[str, str]:
    findings = examine(data_dir, fix=fix, confirm=lambda _question: answer)
    return {finding.what: finding.status for finding in findings}


def test_doctor_says_a_healthy_journal_is_fine(journal) -> None:
    journal.add_win("x")
    found = statuses(journal.data_dir)
    assert "fix" not in found.values()
    assert found["journal"] == "ok" and found["lock"] == "ok"


def test_doctor_fix_repairs_permissions_and_temp_files_only(journal) -> None:
    journal.add_win("x")
    wins = month_file(journal)
    content = wins.read_bytes()
    wins.chmod(0o644)
    journal.data_dir.chmod(0o755)
    leftovers = [
        journal.data_dir / ".smallwins.json.abc.tmp",
        wins.parent / ".2026-11.json.def.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"partial")
    found = statuses(journal.data_dir)
    assert found["file modes"] == "fix" and found["temp files"] == "fix"
    assert found["folder"] == "fix"
    assert statuses(journal.data_dir, fix=True)["folder"] == "fix"  # asked; the answer was no
    assert stat.S_IMODE(journal.data_dir.stat().st_mode) == 0o755
    repaired = statuses(journal.data_dir, fix=True, answer=True)
    assert "fix" not in repaired.values()
    assert stat.S_IMODE(journal.data_dir.stat().st_mode) == 0o700
    assert not any(leftover.exists() for leftover in leftovers)
    assert stat.S_IMODE(wins.stat().st_mode) == 0o600
    assert wins.read_bytes() == content


def test_doctor_reports_a_damaged_month_without_touching_it(data_dir, clock) -> None:
    journal = Journal(data_dir, clock)
    journal.add_win("x")
    journal.add_win("long ago", day=dt.date(2024, 2, 1))
    path = month_file(journal, month="2024-02")
    path.write_bytes(b"[]")
    findings = list(examine(data_dir, fix=True))
    assert [f.status for f in findings if f.what == "journal"] == ["fix", "ok"]
    assert str(path) in findings[[f.what for f in findings].index("journal")].message
    assert path.read_bytes() == b"[]"


def test_doctor_on_a_new_machine(tmp_path) -> None:
    assert statuses(tmp_path / "nothing-here") == {"folder": "note"}


# What a review of the month split found ---------------------------------------------------------


def test_an_import_touching_more_months_than_are_kept_in_memory_lands_whole(
    journal, tmp_path, clock
) -> None:
    from smallwins_tui.data.records import KEEP_IN_MEMORY
    from smallwins_tui.data.transfer import export_json, import_json

    months = [dt.date(2019 + m // 12, m % 12 + 1, 3) for m in range(KEEP_IN_MEMORY + 12)]
    for day in months:
        journal.add_win(f"win on {day}", day=day)
    target = Journal(tmp_path / "target", clock)
    report = import_json(target, export_json(journal, "2026-11-22T20:00:00+00:00"))
    assert report.added == {"wins": len(months)}
    assert len(Journal(tmp_path / "target", clock).all_wins()) == len(months)


def test_schema_one_backups_still_mend_a_file_and_never_bring_back_other_files(
    data_dir, clock
) -> None:
    raw = schema_one(data_dir)
    legacy = backup_dir(data_dir) / "smallwins-2026-11-20.json"
    legacy.parent.mkdir(mode=0o700)
    legacy.write_bytes(raw)
    journal = Journal(data_dir, clock)  # the upgrade
    [win] = [w for w in journal.all_wins() if w.text == "win 2"]
    journal.edit_win(win.id, text="edited after the upgrade", day=win.day)
    journal.path.write_bytes(b"\x00")  # the settings file is damaged
    mended, notice = open_for_app(data_dir, clock)
    assert notice is not None and notice.backup is not None
    assert mended.settings()["theme"] == "nord"
    assert sorted(orjson.loads(journal.path.read_bytes())) == ["_meta", "settings"]
    assert "edited after the upgrade" in [w.text for w in mended.all_wins()]  # not undone
    month_file(journal, month="2025-03").write_bytes(b"\x00")
    assert [w.text for w in mended.wins_on(dt.date(2025, 3, 2))] == ["win 1"]
    assert any(copy.path == legacy for copy in list_backups(data_dir))


def test_a_damaged_file_is_not_copied_so_its_good_copy_outlives_the_fourteen_days(journal, clock):
    journal.add_win("worth keeping", day=dt.date(2026, 10, 31))
    clock.advance(days=1)
    journal.add_win("a new day")  # October's good copy is made now
    october = month_file(journal, month="2026-10")
    october.write_bytes(b"damaged")
    for _ in range(KEEP + 3):
        clock.advance(days=1)
        journal.add_win("another day", day=dt.date(2026, 11, 30))
    relative = october.relative_to(journal.data_dir)
    good = newest_good_copy(journal.data_dir, relative)
    assert good is not None and good.day == dt.date(2026, 11, 23)
    mended, _ = open_for_app(journal.data_dir, clock)
    assert [w.text for w in mended.wins_on(dt.date(2026, 10, 31))] == ["worth keeping"]


def test_a_full_disk_while_mending_changes_nothing_and_says_so(journal, clock, monkeypatch):
    from smallwins_tui.data import files
    from smallwins_tui.data.errors import SaveError

    journal.add_win("x")
    clock.advance(days=1)
    journal.add_win("y")
    damaged = month_file(journal)
    damaged.write_bytes(b"damaged")
    mended, _ = open_for_app(journal.data_dir, clock)

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    assert mended.all_wins() == []  # the app carries on without that month, and says so
    assert [type(notice) for notice in mended.repairs] == [SaveError]
    assert "the disk is full" in str(mended.repairs[0])
    monkeypatch.undo()
    assert damaged.read_bytes() == b"damaged"
    assert sorted(path.name for path in damaged.parent.iterdir()) == ["2026-11.json"]


def test_a_missing_win_with_its_day_reads_no_other_month(journal, reopen) -> None:
    journal.add_win("long ago", day=dt.date(2024, 2, 1))
    gone = journal.add_win("today")
    journal.delete_win(gone.id, day=gone.day)
    month_file(journal, month="2024-02").write_bytes(b"damaged")
    other = reopen()  # no repair: reading February 2024 would raise
    assert other.delete_win(gone.id, day=gone.day) is None
    assert other.get_win(gone.id, day=gone.day) is None


def test_odd_things_in_the_data_folder_do_not_crash_opening_or_doctor(data_dir, clock) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "tables").write_text("not a folder")
    journal = Journal(data_dir, clock)
    assert journal.wins_on(dt.date(2026, 11, 22)) == []
    assert statuses(data_dir)["folder"] == "ok"
