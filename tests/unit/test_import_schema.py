"""Import checks every field against the record types (issue 15, defects 1, 2, 3 and 9).

Each test names the defect it guards; each failed before the schema existed.
"""

from __future__ import annotations

import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest

from smallwins_tui.data import import_check
from smallwins_tui.data.doctor import examine
from smallwins_tui.data.import_check import ImportFileError
from smallwins_tui.data.journal import WINS, Journal
from smallwins_tui.data.transfer import export_csv, export_json, import_file, import_json
from tests.conftest import TODAY

STAMP = "2026-11-22T20:00:00.000+00:00"
LATER = "2026-11-23T09:00:00.000+00:00"


def export_of(**tables: list[dict[str, Any]]) -> bytes:
    return orjson.dumps({"format": "smallwins-export", "schema_version": 1, "tables": tables})


def a_win(**fields: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "created": STAMP,
        "updated": STAMP,
        "text": "walked",
        "day": "2026-11-22",
        "kind": None,
        **fields,
    }


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def refused(journal: Journal, raw: bytes, *words: str) -> str:
    before = folder_bytes(journal.data_dir)
    with pytest.raises(ImportFileError) as caught:
        import_json(journal, raw)
    assert folder_bytes(journal.data_dir) == before
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message
    return message


@pytest.mark.parametrize("values", ["dark", 3, ["theme"], None])
def test_1_settings_whose_values_are_not_an_object_are_refused(journal, values) -> None:
    settings = {"id": str(uuid.uuid4()), "created": STAMP, "updated": STAMP, "values": values}
    refused(journal, export_of(settings=[settings]), "settings record 1", "values")
    assert journal.settings()["theme"] == "smallwins"


def test_1_a_setting_with_a_value_it_cannot_take_is_refused(journal) -> None:
    settings = {
        "id": str(uuid.uuid4()),
        "created": STAMP,
        "updated": STAMP,
        "values": {"week_start": 5},
    }
    refused(journal, export_of(settings=[settings]), "'week_start'")


@pytest.mark.parametrize("text", [5, ["a"], {"a": 1}, True, "   "])
def test_2_a_win_whose_text_is_not_words_is_refused(journal, text) -> None:
    refused(journal, export_of(wins=[a_win(text=text)]), "win 1 in 'wins'", "text")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", "20261122"),
        ("day", "0001-01-01"),
        ("day", 20261122),
        ("kind", 3),
        ("source", {"x": 1}),
        ("created", "yesterday"),
        ("id", "not-an-id"),
    ],
)
def test_every_declared_field_is_checked(journal, field, value) -> None:
    refused(journal, export_of(wins=[a_win(**{field: value})]), f"its {field}")


def test_a_field_hidden_behind_control_characters_cannot_replace_a_checked_one(journal) -> None:
    refused(journal, export_of(wins=[a_win(**{"text\x1b": ["not", "words"]})]), "twice")


def test_a_table_smallwins_does_not_keep_is_refused(journal) -> None:
    refused(journal, export_of(secrets=[a_win()]), "'secrets'")


def test_3_a_win_moved_to_another_month_leaves_one_copy(journal, data_dir, tmp_path) -> None:
    win = journal.add_win("first words", day=TODAY)
    moved = {**win.to_record(), "day": "2026-10-02", "updated": LATER, "text": "moved"}
    report = import_json(journal, export_of(wins=[moved]))
    assert "Updated 1 win" in report.summary()
    assert [(w.id, w.text, w.day.isoformat()) for w in journal.all_wins()] == [
        (win.id, "moved", "2026-10-02")
    ]
    again = Journal(tmp_path / "empty", journal.clock)
    import_json(again, export_json(journal, STAMP))  # the journal's own export goes back in
    assert len(again.all_wins()) == 1


def test_3_an_upper_case_id_is_the_same_record(journal) -> None:
    win = journal.add_win("walked", day=TODAY)
    shouted = {**win.to_record(), "id": win.id.upper(), "updated": LATER, "text": "ran"}
    import_json(journal, export_of(wins=[shouted]))
    assert [(w.id, w.text) for w in journal.all_wins()] == [(win.id, "ran")]
    twice = export_of(wins=[a_win(id=win.id), a_win(id=win.id.upper())])
    refused(journal, twice, "same id twice")


def test_3_an_id_kept_twice_on_disk_is_exported_once_and_tidied_by_import(journal) -> None:
    win = journal.add_win("walked", day=TODAY)
    journal.put(WINS, {**win.to_record(), "id": win.id.upper(), "day": "2026-10-01"})
    assert len(journal.all_wins()) == 2
    exported = orjson.loads(export_json(journal, STAMP))
    assert [record["id"] for record in exported["tables"]["wins"]] == [win.id]
    found = [(f.status, f.what) for f in examine(journal.data_dir)]
    assert ("fix", "ids") in found
    import_json(journal, orjson.dumps(exported))
    assert len(journal.all_wins()) == 1
    assert "ids" not in [f.what for f in examine(journal.data_dir)]


def test_9_deep_nesting_is_refused_in_one_line(journal) -> None:
    raw = (
        b'{"format": "smallwins-export", "schema_version": 1, "tables": {"wins": ['
        + b"[" * 3000
        + b"]" * 3000
        + b"]}}"
    )
    refused(journal, raw, "nested deeper")
    refused(journal, export_of(wins=[a_win(extra=[[[[[[["x"]]]]]]])]), "nested deeper")


def test_9_a_file_larger_than_import_takes_is_refused_unread(
    journal, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(import_check, "MAX_IMPORT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(export_of(wins=[a_win(text="x" * 2000)]))
    with pytest.raises(ImportFileError, match="larger than"):
        import_file(journal, big)
    assert journal.all_wins() == []


def test_9_memory_stays_within_a_few_times_the_file(journal, tmp_path) -> None:
    wins = [
        a_win(
            text=f"Walked to the shop instead of ordering in, day {n}",
            day=f"20{10 + n % 16}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        )
        for n in range(8000)
    ]
    path = tmp_path / "export.json"
    path.write_bytes(export_of(wins=wins))
    del wins
    tracemalloc.start()
    try:
        import_file(journal, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 6 * path.stat().st_size
    assert len(journal.all_wins()) == 8000


def test_9_shortened_texts_are_reported(journal) -> None:
    report = import_json(journal, export_of(wins=[a_win(text="x" * 1_000_000), a_win()]))
    assert (
        "1 text was longer than smallwins keeps and shortened (1 in wins to 300" in report.summary()
    )
    assert {len(win.text) for win in journal.all_wins()} == {300, 6}
    assert export_csv(journal, None, None).count("\n") == 3
