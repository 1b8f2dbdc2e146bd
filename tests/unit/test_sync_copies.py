"""Conflict copies a sync tool leaves beside a month file are merged by id, deletes included.

Each test plays two computers: two data folders that start from the same files, each changed
apart, then one computer's month file put beside the other's under a sync tool's conflict name.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import orjson
import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.doctor import examine
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.merge import TOMBSTONE_DAYS
from smallwins_tui.data.sync import STIGNORE, conflict_target
from tests.conftest import FIXED_NOW, TODAY

MONTH = "tables/wins/2026-11.json"
NAMES = {
    "syncthing": "2026-11.sync-conflict-20261122-200000-ABCDEF7.json",
    "dropbox": "2026-11 (Ana's conflicted copy 2026-11-22).json",
    "nextcloud": "2026-11 (conflicted copy 2026-11-22 200000).json",
}


def _texts(journal: Journal) -> list[str]:
    return sorted(win.text for win in journal.all_wins())


def _other_computer(data_dir: Path, tmp_path: Path) -> tuple[Path, Journal, FixedClock]:
    """A second folder starting from this one's files, with its own clock a minute on."""
    other = tmp_path / "other"
    shutil.copytree(
        data_dir, other, ignore=shutil.ignore_patterns("*.lock", "backups", "smallwins.local.json")
    )
    clock = FixedClock(FIXED_NOW + dt.timedelta(minutes=1))
    return other, Journal(other, clock), clock


def _copy_over(other: Path, data_dir: Path, name: str, relative: str = MONTH) -> Path:
    copy = (data_dir / relative).with_name(name)
    shutil.copyfile(other / relative, copy)
    return copy


@pytest.mark.parametrize("tool", sorted(NAMES))
def test_a_conflict_copy_in_each_tools_naming_is_merged_and_kept(
    tool, journal, data_dir, tmp_path, reopen
) -> None:
    kept = journal.add_win("walked to the shop", day=TODAY)
    edited = journal.add_win("called my sister", day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.add_win("cooked dinner", day=TODAY)
    there.edit_win(edited.id, "called my sister and laughed", day=TODAY)
    journal.add_win("slept eight hours", day=TODAY)  # this side changes the file too
    copy = _copy_over(other, data_dir, NAMES[tool])

    merged = reopen()

    assert _texts(merged) == [
        "called my sister and laughed",
        "cooked dinner",
        "slept eight hours",
        "walked to the shop",
    ]
    assert merged.get_win(kept.id, day=TODAY) is not None
    assert not copy.exists()
    assert (data_dir / "backups/merged/tables/wins" / NAMES[tool]).read_bytes() == (
        other / MONTH
    ).read_bytes()
    assert sorted(p.name for p in (data_dir / "tables/wins").iterdir()) == ["2026-11.json"]
    assert merged.unmerged == {}


def test_names_that_only_look_alike_are_not_copies() -> None:
    folder = Path("/d/tables/wins")
    assert conflict_target(folder / NAMES["dropbox"]) == folder / "2026-11.json"
    assert conflict_target(folder / "2026-11 (copy).json") is None
    assert conflict_target(folder / "2026-11.json") is None
    assert conflict_target(folder / "2026-11.sync-conflict-2026-x.json") is None


def test_a_delete_is_not_undone_by_the_other_computers_older_copy(
    journal, data_dir, tmp_path, reopen
) -> None:
    gone = journal.add_win("a win deleted here", day=TODAY)
    journal.add_win("a win kept", day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.add_win("a win from there", day=TODAY)
    journal.delete_win(gone.id, day=TODAY)
    _copy_over(other, data_dir, NAMES["syncthing"])

    assert _texts(reopen()) == ["a win from there", "a win kept"]


def test_a_delete_made_there_reaches_here(journal, data_dir, tmp_path, reopen) -> None:
    gone = journal.add_win("a win deleted there", day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.delete_win(gone.id, day=TODAY)
    journal.add_win("a win from here", day=TODAY)
    _copy_over(other, data_dir, NAMES["nextcloud"])

    merged = reopen()
    assert _texts(merged) == ["a win from here"]
    assert [stone["id"] for stone in merged.tombstones()] == [gone.id]


def test_a_change_made_after_the_delete_elsewhere_is_kept(
    journal, data_dir, tmp_path, reopen, clock
) -> None:
    win = journal.add_win("first words", day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.delete_win(win.id, day=TODAY)  # a minute on
    clock.advance(minutes=5)
    journal.edit_win(win.id, "better words", day=TODAY)
    _copy_over(other, data_dir, NAMES["dropbox"])

    assert _texts(reopen()) == ["better words"]


def test_a_clock_far_behind_never_loses_a_record_only_one_side_has(
    journal, data_dir, tmp_path, reopen
) -> None:
    journal.add_win("here", day=TODAY)
    other, _, _ = _other_computer(data_dir, tmp_path)
    behind = Journal(other, FixedClock(FIXED_NOW - dt.timedelta(days=300)))
    behind.add_win("there, written with a clock months behind", day=TODAY)
    _copy_over(other, data_dir, NAMES["syncthing"])

    assert _texts(reopen()) == ["here", "there, written with a clock months behind"]


def test_settings_and_drafts_in_a_copy_of_the_home_file_are_merged(
    journal, data_dir, tmp_path, reopen
) -> None:
    journal.save_draft("reflect", "half a thought")
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.save_draft("review", "a week's notes")
    there.set_setting("week_start", "sunday")
    _copy_over(
        other, data_dir, "smallwins.sync-conflict-20261122-200100-ABCDEF7.json", "smallwins.json"
    )

    merged = reopen()
    assert merged.draft("reflect") == "half a thought"
    assert merged.draft("review") == "a week's notes"
    assert merged.settings()["week_start"] == "sunday"


def test_the_open_journal_merges_a_copy_that_arrives_later(journal, data_dir, tmp_path) -> None:
    journal.add_win("here", day=TODAY)
    assert journal.wins_on(TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.add_win("there", day=TODAY)
    assert journal.refresh() is False
    _copy_over(other, data_dir, NAMES["syncthing"])

    assert journal.refresh() is True
    assert sorted(win.text for win in journal.wins_on(TODAY)) == ["here", "there"]
    assert journal.refresh() is False


@pytest.mark.parametrize(
    "content",
    [
        b'{"wins": {"1": {"id": "not-a-uuid"',
        orjson.dumps(
            {
                "_meta": {"1": {"schema_version": 2}},
                "wins": {
                    "1": {
                        "id": "8d4c3a57-3c5c-4cbe-9d0a-3e2b4b6f1a01",
                        "created": "2026-11-22T20:00:00+00:00",
                        "updated": "2026-11-22T20:00:00+00:00",
                        "day": "2026-11-22",
                        "text": "",
                    }
                },
            }
        ),
        orjson.dumps(
            {
                "_meta": {"1": {"schema_version": 2}},
                "wins": {
                    "1": {
                        "id": "8d4c3a57-3c5c-4cbe-9d0a-3e2b4b6f1a01",
                        "created": "2026-10-02T20:00:00+00:00",
                        "updated": "2026-10-02T20:00:00+00:00",
                        "day": "2026-10-02",
                        "text": "a win from October in November's file",
                    }
                },
            }
        ),
    ],
    ids=["cut-short", "empty-text", "wrong-month"],
)
def test_a_copy_that_cannot_be_trusted_is_refused_kept_and_reported(
    content, journal, data_dir, reopen
) -> None:
    journal.add_win("here", day=TODAY)
    before = (data_dir / MONTH).read_bytes()
    copy = data_dir / "tables/wins" / NAMES["syncthing"]
    copy.write_bytes(content)

    again = reopen()

    assert _texts(again) == ["here"]
    assert (data_dir / MONTH).read_bytes() == before
    assert copy.read_bytes() == content
    assert list(again.unmerged) == [copy]
    findings = [f for f in examine(data_dir) if f.what == "sync copy"]
    assert [f.status for f in findings] == ["fix"]
    assert str(copy) in findings[0].message
    assert again.unmerged[copy] in findings[0].message


def test_doctor_notes_a_good_copy_that_is_not_merged_yet(journal, data_dir, tmp_path) -> None:
    journal.add_win("here", day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)
    there.add_win("there", day=TODAY)
    _copy_over(other, data_dir, NAMES["dropbox"])

    findings = [f for f in examine(data_dir) if f.what == "sync copy"]
    assert [f.status for f in findings] == ["note"]
    assert "merges it the next time it opens" in findings[0].message


def test_tombstones_are_forgotten_after_a_long_while(journal, clock, reopen) -> None:
    win = journal.add_win("gone", day=TODAY)
    journal.delete_win(win.id, day=TODAY)
    assert len(journal.tombstones()) == 1
    clock.advance(days=TOMBSTONE_DAYS + 1)
    other = journal.add_win("much later", day=clock.now().date())
    journal.delete_win(other.id, day=clock.now().date())
    later = journal.add_win("and another", day=TODAY)
    journal.delete_win(later.id, day=TODAY)  # the old one shares this file and expires
    assert sorted(stone["id"] for stone in reopen().tombstones()) == sorted([other.id, later.id])


def test_undo_of_a_delete_takes_back_its_tombstone(journal, reopen) -> None:
    win = journal.add_win("back again", day=TODAY)
    journal.restore_win(journal.delete_win(win.id, day=TODAY))
    again = reopen()
    assert _texts(again) == ["back again"]
    assert again.tombstones() == []


def test_a_new_folder_gets_a_syncthing_ignore_list_and_keeps_its_own(data_dir, clock) -> None:
    Journal(data_dir, clock)
    ignore = (data_dir / ".stignore").read_text()
    assert ignore == STIGNORE
    for local in ("/smallwins.json.lock", "/backups", ".*.tmp"):
        assert local in ignore.splitlines()
    (data_dir / ".stignore").write_text("// mine\n")
    Journal(data_dir, clock)
    assert (data_dir / ".stignore").read_text() == "// mine\n"


def test_the_theme_and_bell_stay_on_their_computer_other_settings_travel(
    journal, data_dir, tmp_path
) -> None:
    journal.set_setting("theme", "nord")
    journal.set_setting("week_start", "sunday")
    other, there, _ = _other_computer(data_dir, tmp_path)  # what a sync tool carries
    assert (other / "smallwins.local.json").exists() is False
    there.set_setting("theme", "gruvbox")
    there.set_setting("bell", True)
    shutil.copyfile(other / "smallwins.json", data_dir / "smallwins.json")  # synced back

    here = Journal(data_dir, FixedClock(FIXED_NOW))
    assert here.settings()["theme"] == "nord"
    assert here.settings()["bell"] is False
    assert here.settings()["week_start"] == "sunday"
    assert there.settings()["theme"] == "gruvbox"
    assert "/smallwins.local.json" in STIGNORE.splitlines()


def test_a_theme_kept_in_the_journal_before_still_shows(journal, data_dir) -> None:
    journal.set_setting("week_start", "sunday")
    data = orjson.loads(journal.path.read_bytes())
    data["settings"]["1"]["values"]["theme"] = "nord"  # how older versions kept it
    journal.path.write_bytes(orjson.dumps(data))
    assert Journal(data_dir, FixedClock(FIXED_NOW)).settings()["theme"] == "nord"


def test_doctor_leaves_syncthings_empty_marker_folder_alone(journal, data_dir) -> None:
    journal.add_win("here", day=TODAY)
    (data_dir / ".stfolder").mkdir(mode=0o755)
    (data_dir / ".stfolder").chmod(0o755)
    (data_dir / "tables" / ".stfolder").mkdir(mode=0o755)  # not the marker: reported
    (data_dir / "tables" / ".stfolder").chmod(0o755)
    loose = [f.message for f in examine(data_dir) if f.what == "folders"]
    assert len(loose) == 1 and "1 inside it" in loose[0] and "tables/.stfolder" in loose[0]


def test_an_undone_delete_is_not_deleted_again_by_the_other_computers_tombstone(
    journal, data_dir, tmp_path, reopen
) -> None:
    win = journal.add_win("deleted, then undone", day=TODAY)
    gone = journal.delete_win(win.id, day=TODAY)
    other, there, _ = _other_computer(data_dir, tmp_path)  # the delete reached it
    there.add_win("written there meanwhile", day=TODAY)
    journal.restore_win(gone)  # in the same millisecond as the delete (a fixed clock)
    _copy_over(other, data_dir, NAMES["syncthing"])

    assert _texts(reopen()) == ["deleted, then undone", "written there meanwhile"]
