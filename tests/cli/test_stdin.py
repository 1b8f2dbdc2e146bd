"""stdin and ``-``: wins piped to ``add``, exports through stdout and back in through stdin."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from smallwins_tui.data.journal import Journal
from smallwins_tui.shell.stdin import MAX_WINS
from tests.cli.shell import smallwins


def _texts(data_dir: Path) -> list[str]:
    """The wins noted by the processes just run (yesterday too: midnight may have passed)."""
    from smallwins_tui.core.clock import SystemClock

    journal = Journal(data_dir, SystemClock())
    today = SystemClock().now().date()
    days = (today - dt.timedelta(days=1), today)
    return [win.text for day in days for win in journal.wins_on(day)]


@pytest.mark.parametrize("dash", [[], ["-"]])
def test_each_non_empty_line_piped_to_add_is_one_win(dash: list[str], tmp_path: Path) -> None:
    result = smallwins(
        "add",
        *dash,
        "--kind",
        "beh",
        data_dir=tmp_path,
        input="walked\n\n   \nate lunch\r\n\x1b]0;t\x07called Mum",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Noted: walked\nNoted: ate lunch\nNoted: ]0;tcalled Mum\n"
    assert _texts(tmp_path) == ["walked", "ate lunch", "]0;tcalled Mum"]


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        (b"", "stdin held none"),
        (b"\n \n", "stdin held none"),
        (b"caf\xe9\n", "not UTF-8"),
        (b"x\n" * (MAX_WINS + 1), f"at most {MAX_WINS} wins"),
    ],
)
def test_stdin_that_cannot_be_wins_is_a_usage_error_and_notes_nothing(
    given: bytes, reason: str, tmp_path: Path
) -> None:
    result = subprocess.run(
        [*smallwins_argv(tmp_path), "add"], input=given, capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert reason in result.stderr.decode() and result.stderr.count(b"\n") == 1
    assert not (tmp_path / "tables").exists()


def smallwins_argv(data_dir: Path) -> list[str]:
    import sys

    return [sys.executable, "-m", "smallwins_tui", "--data-dir", str(data_dir)]


def test_words_on_the_command_line_are_one_win_and_stdin_is_not_read(tmp_path: Path) -> None:
    result = smallwins("add", "replied", "to", "Sam", data_dir=tmp_path, input="ignored\n")
    assert result.stdout == "Noted: replied to Sam\n"
    assert _texts(tmp_path) == ["replied to Sam"]


def test_export_to_dash_writes_stdout_and_import_dash_reads_stdin(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    smallwins("add", "walked", data_dir=source)
    exported = smallwins("export", "-f", "json", "-o", "-", data_dir=source)
    assert exported.returncode == 0 and exported.stderr == ""
    assert json.loads(exported.stdout)["format"] == "smallwins-export"
    assert not Path("-").exists() and not (tmp_path / "-").exists()
    imported = smallwins("import", "-", data_dir=target, input=exported.stdout)
    assert imported.returncode == 0, imported.stderr
    assert _texts(target) == ["walked"]


def test_import_dash_of_something_else_changes_nothing(tmp_path: Path) -> None:
    result = smallwins("import", "-", data_dir=tmp_path, input="not json")
    assert result.returncode == 1
    assert result.stderr.startswith("smallwins: stdin was not imported, nothing changed")
