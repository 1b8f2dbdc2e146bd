"""``smallwins summary``: the page for therapy from the shell, private files, ``--since last``."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui.cli import main
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import STUCK_KEY, Week
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.reviews import save_review
from smallwins_tui.data.summary import last_summary_end
from tests.conftest import FIXED_NOW, TODAY


def smallwins(
    capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str, clock: FixedClock | None = None
) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data_dir)], clock=clock or FixedClock(FIXED_NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_markdown_to_stdout_and_remembers_where_it_ended(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    Journal(data_dir).add_win("went to the shop alone", day=TODAY, kind="behavioural")

    code, out, err = smallwins(capsys, data_dir, "summary")

    assert code == 0
    assert out.startswith("# Small wins: a summary for therapy\n")
    assert "- Sun 22 Nov: went to the shop alone" in out
    assert "Next time, --since last starts on Monday 23 November 2026." in err
    assert "Next time" not in out  # stdout is exactly the page
    assert last_summary_end(Journal(data_dir)) == TODAY


def test_dash_o_dash_is_stdout(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = smallwins(capsys, data_dir, "summary", "-o", "-")
    assert code == 0 and out.startswith("# Small wins")


def test_a_file_is_written_0600_and_never_replaced_without_force(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "for-therapy.md"
    code, out, err = smallwins(capsys, data_dir, "summary", "-o", str(target))
    assert code == 0 and out == "" and f"Wrote {target}" in err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text().startswith("# Small wins")

    target.write_text("my own notes")
    code, _, err = smallwins(capsys, data_dir, "summary", "-o", str(target))
    assert code == 1 and "already exists; use --force" in err
    assert target.read_text() == "my own notes"
    assert smallwins(capsys, data_dir, "summary", "-o", str(target), "--force")[0] == 0
    assert target.read_text().startswith("# Small wins")


def test_a_symlink_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("untouched")
    link = tmp_path / "summary.md"
    link.symlink_to(elsewhere)
    code, _, err = smallwins(capsys, data_dir, "summary", "-o", str(link), "--force")
    assert code == 1 and "symbolic link" in err
    assert elsewhere.read_text() == "untouched"


def test_since_last_starts_the_day_after_the_previous_summary(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    journal = Journal(data_dir)
    journal.add_win("before the last session", day=TODAY - dt.timedelta(days=10))
    journal.add_win("after the last session", day=TODAY - dt.timedelta(days=2))
    until = (TODAY - dt.timedelta(days=5)).isoformat()

    first = smallwins(capsys, data_dir, "summary", "--until", until)[1]
    assert "before the last session" in first and "after the last session" not in first

    code, later, _ = smallwins(capsys, data_dir, "summary", "--since", "last")
    assert code == 0
    assert "Wednesday 18 November – Sunday 22 November 2026" in later
    assert "after the last session" in later and "before the last session" not in later


def test_since_last_with_no_previous_summary_is_from_the_start(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    Journal(data_dir).add_win("the very first", day=dt.date(2026, 1, 5))
    code, out, _ = smallwins(capsys, data_dir, "summary", "--since", "last")
    assert code == 0 and "Monday 5 January – Sunday 22 November 2026" in out
    assert "the very first" in out


def test_since_last_with_nothing_new_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    smallwins(capsys, data_dir, "summary")
    code, out, err = smallwins(capsys, data_dir, "summary", "--since", "last")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "already reached Sunday 22 November 2026" in err


def test_notes_in_and_out(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    journal = Journal(data_dir)
    journal.add_win("a win", day=TODAY)
    journal.add_win("a very hard night", day=TODAY, note=True)

    out = smallwins(capsys, data_dir, "summary")[1]
    assert "a very hard night" not in out and "1 note written in a hard moment" in out
    out = smallwins(capsys, data_dir, "summary", "--include-notes")[1]
    assert "## Notes written in hard moments" in out and "a very hard night" in out


def test_hostile_text_stays_literal_and_harmless(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    journal = Journal(data_dir)
    journal.add_win("<script>x</script> [b]bold[/b] \x1b[31mred", day=TODAY)
    save_review(journal, Week(TODAY - dt.timedelta(days=6)), {STUCK_KEY: "## not a heading"})

    code, out, _ = smallwins(capsys, data_dir, "summary")

    assert code == 0
    assert "\x1b" not in out
    assert r"\<script\>x\</script\> \[b\]bold\[/b\] \[31mred" in out
    assert "\\#\\# not a heading" in out


def test_an_empty_range_is_a_calm_page(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = smallwins(capsys, data_dir, "summary", "--since", "-7")
    assert code == 0 and "Nothing was noted in these days." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "2026-11-20", "--until", "2026-11-01"), "--since is after --until"),
        (("--until", "2026-12-25"), "up to today"),
        (("--since", "someday"), ""),
    ],
)
def test_bad_dates_are_usage_errors(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = smallwins(capsys, data_dir, "summary", *args)
    assert code == 2 and out == "" and message in err
    assert last_summary_end(Journal(data_dir)) is None


def test_summary_does_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from smallwins_tui.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'summary', '-o', '-']); "
        "print('textual' in sys.modules, 'textual.app' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines()[-1] == "False False"
