"""Deletes travel through export and import as they do through a sync tool's copies."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.import_check import ImportFileError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.transfer import export_json, import_json
from tests.conftest import FIXED_NOW, TODAY


def _texts(journal: Journal) -> list[str]:
    return sorted(win.text for win in journal.all_wins())


def _two_computers(tmp_path, clock):  # type: ignore[no-untyped-def]
    here = Journal(tmp_path / "here", clock)
    there = Journal(tmp_path / "there", FixedClock(FIXED_NOW + dt.timedelta(minutes=1)))
    return here, there


def test_a_delete_there_is_made_here_by_import(tmp_path, clock) -> None:
    here, there = _two_computers(tmp_path, clock)
    win = here.add_win("deleted on the other computer", day=TODAY)
    here.add_win("kept", day=TODAY)
    import_json(there, export_json(here, "now"))
    there.delete_win(win.id, day=TODAY)

    report = import_json(here, export_json(there, "later"))

    assert _texts(here) == ["kept"]
    assert "Removed 1 win deleted on the other computer." in report.summary()
    assert [stone["id"] for stone in here.tombstones()] == [win.id]
    again = import_json(here, export_json(there, "later"))
    assert not again.changed


def test_a_delete_here_is_not_undone_by_importing_an_older_export(tmp_path, clock) -> None:
    here, there = _two_computers(tmp_path, clock)
    win = here.add_win("deleted here", day=TODAY)
    import_json(there, export_json(here, "now"))
    clock.advance(minutes=5)
    here.delete_win(win.id, day=TODAY)

    report = import_json(here, export_json(there, "later"))

    assert _texts(here) == []
    assert "Left out 1 win you deleted here." in report.summary()


def test_a_change_made_after_the_delete_wins(tmp_path, clock) -> None:
    here, there = _two_computers(tmp_path, clock)
    win = here.add_win("first words", day=TODAY)
    import_json(there, export_json(here, "now"))
    here.delete_win(win.id, day=TODAY)
    clock.advance(minutes=5)
    there_clock_edit = Journal(tmp_path / "there", clock)
    there_clock_edit.edit_win(win.id, "changed after the delete", day=TODAY)

    import_json(here, export_json(there_clock_edit, "later"))

    assert _texts(here) == ["changed after the delete"]
    assert here.tombstones() == []


def test_the_export_lists_deletions_apart_from_the_records(journal) -> None:
    win = journal.add_win("gone", day=TODAY)
    journal.delete_win(win.id, day=TODAY)
    exported = orjson.loads(export_json(journal, "now"))
    assert exported["tables"].get("wins", []) == []
    assert [(s["id"], s["table"], s["month"], s["deleted"]) for s in exported["deleted"]] == [
        (win.id, "wins", "2026-11", True)
    ]


def test_a_malformed_deletion_refuses_the_whole_file(journal) -> None:
    journal.add_win("kept", day=TODAY)
    payload = orjson.loads(export_json(journal, "now"))
    payload["deleted"] = [{"id": "not-an-id", "table": "wins", "deleted": True}]
    with pytest.raises(ImportFileError, match="deletion 1"):
        import_json(journal, orjson.dumps(payload))
    assert _texts(journal) == ["kept"]
