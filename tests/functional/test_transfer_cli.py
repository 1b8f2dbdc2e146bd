"""The export and import commands, run as a person runs them: a real process, real files."""

from __future__ import annotations

import datetime as dt
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import Week
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.reviews import save_review
from tests.conftest import FIXED_NOW, TODAY

HOSTILE = "[/] x [/bold] [@click=app.quit]click [link=http://x]y"


def smallwins(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smallwins_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def full_journal(tmp_path: Path) -> Path:
    """A journal with something in every kind of table the app writes."""
    folder = tmp_path / "source"
    journal = Journal(folder, FixedClock(FIXED_NOW))
    seed_demo(journal, TODAY)
    journal.add_win(HOSTILE, day=TODAY, kind="therapy")
    journal.set_intention(TODAY, "Call the GP")
    journal.toggle_intention(TODAY)
    journal.set_setting("week_start", "sunday")
    journal.save_draft("reflect", "half a thought\nsecond line")
    save_review(
        journal,
        Week(dt.date(2026, 11, 15)),  # weeks start on Sunday here
        {"hard_but_useful": "Said no.\nTwice.", "friend": "No."},
    )
    journal.close()
    return folder


def test_export_then_import_into_an_empty_folder_gives_the_same_journal(
    full_journal: Path, tmp_path: Path
) -> None:
    export = tmp_path / "all.json"
    done = smallwins(
        "--data-dir", str(full_journal), "export", "--format", "json", "-o", str(export)
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    assert json.loads(export.read_text())["schema_version"] == 1

    target = tmp_path / "target"
    done = smallwins("--data-dir", str(target), "import", str(export))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Added 19 wins, 1 draft, 1 small step, 1 weekly review")

    original = Journal(full_journal).snapshot()
    copy = Journal(target).snapshot()
    assert set(original) == {"drafts", "intentions", "reviews", "settings", "wins"}
    assert copy == original


def test_importing_twice_changes_nothing(full_journal: Path, tmp_path: Path) -> None:
    export = tmp_path / "all.json"
    smallwins("--data-dir", str(full_journal), "export", "-f", "json", "-o", str(export))
    target = tmp_path / "target"
    assert smallwins("--data-dir", str(target), "import", str(export)).returncode == 0
    before = data_file(target).read_bytes()
    again = smallwins("--data-dir", str(target), "import", str(export))
    assert again.returncode == 0
    assert "Nothing new" in again.stdout
    assert data_file(target).read_bytes() == before


def _cut_short(text: str) -> str:
    return text[: len(text) // 2]


def _wrong_shape(text: str) -> str:
    data = json.loads(text)
    data["tables"]["wins"][3] = {"text": "no id"}
    return json.dumps(data)


def _not_an_export(text: str) -> str:
    return json.dumps([1, 2, 3])


def _newer_schema(text: str) -> str:
    data = json.loads(text)
    data["schema_version"] = 99
    return json.dumps(data)


@pytest.mark.parametrize("damage", [_cut_short, _wrong_shape, _not_an_export, _newer_schema])
def test_a_damaged_file_is_refused_and_the_journal_is_untouched(
    full_journal: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "all.json"
    smallwins("--data-dir", str(full_journal), "export", "-f", "json", "-o", str(export))
    bad = tmp_path / "bad.json"
    bad.write_text(damage(export.read_text()))
    before = data_file(full_journal).read_bytes()

    done = smallwins("--data-dir", str(full_journal), "import", str(bad))

    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith(f"smallwins: {bad} was not imported, nothing changed: ")
    assert data_file(full_journal).read_bytes() == before


def test_markdown_and_csv_exports(full_journal: Path, tmp_path: Path) -> None:
    md = smallwins(
        "--data-dir",
        str(full_journal),
        "export",
        "--format",
        "md",
        "--since",
        "2026-11-16",
        "--until",
        "2026-11-22",
    )
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Small wins: ")
    assert "\\[/\\] x \\[/bold\\]" in md.stdout
    assert "**What did you do this week that was hard, but worth doing?**" in md.stdout

    out = tmp_path / "wins.csv"
    done = smallwins(
        "--data-dir",
        str(full_journal),
        "export",
        "-f",
        "csv",
        "-o",
        str(out),
        "--since",
        "2026-11-20",
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = out.read_text().splitlines()
    assert rows[0] == "day,weekday,kind,text,source,id,created,updated,entry"
    assert len(rows) == 1 + 8  # Friday to Sunday: 1 + 2 + 3 demo wins, the hostile one, the step
    again = smallwins("--data-dir", str(full_journal), "export", "-f", "csv", "-o", str(out))
    assert again.returncode != 0 and "already exists" in again.stderr


def test_json_export_refuses_a_date_range(full_journal: Path) -> None:
    done = smallwins("--data-dir", str(full_journal), "export", "-f", "json", "--since", "-3")
    assert done.returncode != 0
    assert "whole journal" in done.stderr
