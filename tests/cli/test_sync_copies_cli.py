"""The command line merges a sync tool's conflict copy before it reads, and doctor names a
copy it will not merge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smallwins_tui.cli import main
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from tests.conftest import FIXED_NOW, TODAY

COPY = "2026-11 (conflicted copy 2026-11-22 200000).json"


def test_list_shows_the_wins_of_a_conflict_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(FIXED_NOW)
    here, there = tmp_path / "here", tmp_path / "there"
    Journal(here, clock).add_win("written here", day=TODAY)
    shutil.copytree(here, there, ignore=shutil.ignore_patterns("*.lock", "backups"))
    Journal(there, clock).add_win("written there", day=TODAY)
    shutil.copyfile(there / "tables/wins/2026-11.json", here / "tables/wins" / COPY)

    assert main(["list", "--data-dir", str(here)], clock=clock) == 0
    shown = capsys.readouterr().out
    assert "• written here" in shown and "• written there" in shown
    assert (here / "backups/merged/tables/wins" / COPY).is_file()


def test_doctor_names_a_copy_it_will_not_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(FIXED_NOW)
    Journal(tmp_path, clock).add_win("written here", day=TODAY)
    (tmp_path / "tables/wins" / COPY).write_bytes(b'{"wins": ')

    assert main(["list", "--data-dir", str(tmp_path)], clock=clock) == 0
    assert main(["doctor", "--data-dir", str(tmp_path)], clock=clock) == 1
    report = capsys.readouterr().out
    assert "sync copy" in report and COPY in report and "not valid JSON" in report
    assert (tmp_path / "tables/wins" / COPY).read_bytes() == b'{"wins": '
