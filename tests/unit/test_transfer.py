"""Merging an export: newer versions win, text is cleaned, and it all lands in one write."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

import orjson
import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import Week
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.reviews import review_answers, save_review
from smallwins_tui.data.storage import SafeJSONStorage
from smallwins_tui.data.transfer import (
    ImportFileError,
    export_csv,
    export_json,
    export_markdown,
    import_json,
)
from tests.conftest import FIXED_NOW, TODAY


def exported(journal: Journal) -> bytes:
    return export_json(journal, "2026-11-22T20:00:00.000+00:00").encode()


def test_the_newer_update_wins_both_ways(journal: Journal, tmp_path, clock: FixedClock) -> None:
    win = journal.add_win("first words", day=TODAY)
    other = Journal(tmp_path / "other", FixedClock(FIXED_NOW))
    import_json(other, exported(journal))
    clock.advance(minutes=5)
    journal.edit_win(win.id, text="newer words")

    report = import_json(other, exported(journal))
    assert report.updated == {"wins": 1} and not report.added
    assert other.get_win(win.id).text == "newer words"  # type: ignore[union-attr]

    stale = exported(Journal(tmp_path / "stale", FixedClock(FIXED_NOW)))
    import_json(journal, stale)
    older = orjson.loads(exported(journal))
    older["tables"]["wins"][0]["text"] = "old words"
    older["tables"]["wins"][0]["updated"] = "2020-01-01T00:00:00.000+00:00"
    report = import_json(journal, orjson.dumps(older))
    assert not report.changed
    assert journal.get_win(win.id).text == "newer words"  # type: ignore[union-attr]


def test_the_merge_is_one_write_per_file(journal: Journal, tmp_path, monkeypatch) -> None:
    for n in range(5):
        journal.add_win(f"win {n}", day=TODAY)
    save_review(journal, Week(dt.date(2026, 11, 16)), {"friend": "No."})
    target = Journal(tmp_path / "target", FixedClock(FIXED_NOW))
    writes: list[str] = []
    original = SafeJSONStorage.write

    def counted(storage: SafeJSONStorage, data: dict) -> None:  # type: ignore[type-arg]
        writes.append(storage.path.relative_to(target.data_dir).as_posix())
        original(storage, data)

    monkeypatch.setattr(SafeJSONStorage, "write", counted)
    report = import_json(target, exported(journal))
    assert report.added == {"wins": 5, "reviews": 1}
    # One write per file touched: the home file is created first (it carries the version).
    assert sorted(writes) == [
        "smallwins.json",
        "tables/reviews/2026-11.json",
        "tables/wins/2026-11.json",
    ]
    assert sorted(w.text for w in target.all_wins()) == [f"win {n}" for n in range(5)]
    assert target.snapshot() == journal.snapshot()
    assert review_answers(target, Week(dt.date(2026, 11, 16))) == {"friend": "No."}


def test_imported_text_is_cleaned(journal: Journal, tmp_path) -> None:
    journal.add_win("plain", day=TODAY)
    data = orjson.loads(exported(journal))
    data["tables"]["wins"][0]["text"] = "\x1b]0;PWNED\x07title\nsecond   line"
    data["tables"]["reviews"] = [
        {
            "id": "0b9c4c0e-8f9e-4a39-9d6e-3f1e2b8d8f10",
            "created": "2026-11-22T20:00:00+00:00",
            "updated": "2026-11-22T20:00:00+00:00",
            "week": "2026-11-16",
            "answers": {"friend": "line one\n\x9bline two\u202e"},
        }
    ]
    target = Journal(tmp_path / "target", FixedClock(FIXED_NOW))
    import_json(target, orjson.dumps(data))
    assert target.all_wins()[0].text == "]0;PWNEDtitle second line"
    assert review_answers(target, Week(dt.date(2026, 11, 16))) == {"friend": "line one\nline two"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["wins"][0].update(kind="heroic"), "its kind is 'heroic'"),
        (lambda d: d["tables"]["wins"][0].update(day="someday"), "its day is not a day"),
        (lambda d: d["tables"]["wins"][0].update(updated=5), "its updated is a number"),
        (lambda d: d["tables"]["wins"].append(dict(d["tables"]["wins"][0])), "same id twice"),
        (lambda d: d["tables"].update(_meta=[]), "does not keep"),
        (lambda d: d.update(tables=[]), "no tables"),
    ],
)
def test_wrong_shapes_are_named(journal: Journal, change, message: str) -> None:  # type: ignore[no-untyped-def]
    journal.add_win("plain", day=TODAY)
    data = orjson.loads(exported(journal))
    change(data)
    with pytest.raises(ImportFileError, match=message):
        import_json(journal, orjson.dumps(data))


def test_csv_cells_cannot_become_spreadsheet_formulas(journal: Journal) -> None:
    journal.add_win('=HYPERLINK("http://x")', day=TODAY)
    rows = list(csv.reader(io.StringIO(export_csv(journal, None, None))))
    assert rows[1][3] == '\'=HYPERLINK("http://x")'


def test_export_and_import_never_import_textual(tmp_path) -> None:
    code = (
        "import sys; from smallwins_tui.cli import main;"
        f"main(['--data-dir', {str(tmp_path)!r}, 'export', '-f', 'json']);"
        "assert 'textual' not in sys.modules, 'textual was imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert '"tables"' in done.stdout


def test_markdown_for_a_range_skips_weeks_with_nothing_in_them(journal: Journal) -> None:
    journal.add_win("this week", day=TODAY)
    journal.add_win("a month ago", day=TODAY - dt.timedelta(days=30))
    page = export_markdown(journal, TODAY - dt.timedelta(days=60), TODAY, "monday")
    assert page.count("# Small wins:") == 2
    assert "Nothing was noted" not in page
    empty = export_markdown(journal, dt.date(2020, 1, 1), dt.date(2020, 1, 31), "monday")
    assert empty.count("# Small wins:") == 1 and "Nothing was noted this week." in empty


def test_a_table_name_with_a_trailing_newline_is_refused(journal: Journal) -> None:
    from smallwins_tui.data.import_check import ImportFileError

    journal.add_win("plain", day=TODAY)
    data = orjson.loads(exported(journal))
    data["tables"]["wins\n"] = data["tables"].pop("wins")
    with pytest.raises(ImportFileError):
        import_json(journal, orjson.dumps(data))
