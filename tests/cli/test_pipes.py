"""Output into pipes, narrow encodings and full disks, as a shell sets them up.

Each is a real process with a real file descriptor: a closed pipe, ``PYTHONIOENCODING=ascii``,
``/dev/full``. None may end in a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.core.clock import FixedClock
from tests.cli.shell import smallwins


@pytest.fixture
def full_week(tmp_path: Path, clock: FixedClock) -> Path:
    """A journal whose week listing is far longer than a pipe's buffer."""
    from smallwins_tui.data.journal import Journal

    journal = Journal(tmp_path, clock)
    for number in range(400):
        journal.add_win(f"win number {number} " + "é" * 200)
    return tmp_path


def _closed_pipe() -> int:
    """The write end of a pipe whose reader has already gone: every write fails with EPIPE."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["list", "--week", "--day", "2026-11-22"], 1),
        (["export", "-f", "json"], 1),
        (["export", "-f", "json", "-o", "-"], 1),
        (["completion", "bash"], 1),
        (["--help"], 1),
    ],
)
def test_a_closed_pipe_ends_quietly(argv: list[str], code: int, full_week: Path) -> None:
    writer = _closed_pipe()
    try:
        result = smallwins(
            *argv, data_dir=full_week, stdout=writer, stderr=subprocess.PIPE, capture_output=False
        )
    finally:
        os.close(writer)
    assert result.stderr == ""
    assert result.returncode == code  # 1: not all was delivered; quietly, as the reader chose


def test_head_takes_the_first_line_and_nothing_else_is_said(full_week: Path) -> None:
    command = (
        f"'{sys.executable}' -m smallwins_tui list --week --day 2026-11-22 "
        f"--data-dir '{full_week}' | head -1"
    )
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=60
    )
    # One line only; the year is shown too when the machine's clock is in another year.
    assert result.stdout.startswith("Monday 16 November") and result.stdout.count("\n") == 1
    assert result.stderr == ""


@pytest.mark.parametrize(
    "argv", [["list", "--day", "2026-11-22"], ["export", "-f", "json"], ["--help"]]
)
def test_a_full_disk_is_one_line_and_exit_1(argv: list[str], full_week: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    with open("/dev/full", "w") as full:
        result = smallwins(
            *argv, data_dir=full_week, stdout=full, stderr=subprocess.PIPE, capture_output=False
        )
    assert result.returncode == 1
    assert result.stderr == "smallwins: cannot write the output: No space left on device\n"


def test_an_ascii_terminal_gets_replacements_not_a_crash(tmp_path: Path) -> None:
    assert smallwins("add", "café ☀ done", data_dir=tmp_path).returncode == 0
    shown = smallwins("list", data_dir=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert shown.returncode == 0 and shown.stderr == ""
    assert "  ? caf? ? done" in shown.stdout


def test_an_export_keeps_every_character_whatever_the_terminal(tmp_path: Path) -> None:
    smallwins("add", "café ☀ done", data_dir=tmp_path)
    exported = subprocess.run(
        [
            sys.executable,
            "-m",
            "smallwins_tui",
            "export",
            "-f",
            "csv",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert exported.returncode == 0
    assert "café ☀ done" in exported.stdout.decode("utf-8")


def test_in_process_output_is_left_as_it_was(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The guard wraps stdout only while main runs."""
    before = sys.stdout
    assert cli.main(["path", "--data-dir", str(tmp_path)], clock=clock) == 0
    assert sys.stdout is before
    assert capsys.readouterr().out == f"{tmp_path / 'smallwins.json'}\n"
