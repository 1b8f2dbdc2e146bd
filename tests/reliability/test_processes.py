"""Promise 1 of RELIABILITY.md under real processes: kills and concurrent writers lose nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smallwins_tui.data.files import stale_temp_files, stale_temps_in
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.segments import journal_files
from smallwins_tui.data.storage import validate

WRITER = [sys.executable, "-m", "tests.reliability.writer"]
ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, mode: str, prefix: str = "w", count: int = 100) -> subprocess.Popen:
    return subprocess.Popen(
        [*WRITER, str(data_dir), mode, prefix, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_kill_9_at_random_moments_never_loses_a_returned_write(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Journal(data_dir).add_win("before the kills")
    rng = random.Random(20261122)
    confirmed: set[str] = set()
    for round_number in range(50):
        writer = start(data_dir, "add", prefix=f"round{round_number}", count=10_000)
        assert writer.stdout is not None
        for _ in range(rng.randint(0, 6)):
            line = writer.stdout.readline().strip()
            if line:
                confirmed.add(line)
        time.sleep(rng.uniform(0, 0.004))  # kill-timing jitter, not a wait
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        confirmed.update(line for line in rest.split() if line)
        for path in journal_files(data_dir, data_dir / "smallwins.json"):
            validate(path, path.read_bytes())  # every file whole, whatever the moment
        ids = {win.id for win in Journal(data_dir).all_wins()}
        missing = confirmed - ids
        assert not missing, f"round {round_number}: {len(missing)} confirmed wins missing"
    Journal(data_dir)  # opening clears what the last kill left
    assert stale_temp_files(data_dir / "smallwins.json") == []
    assert stale_temps_in(data_dir / "tables" / "wins") == []
    assert not list((data_dir / "backups").glob(".partial-*"))


@pytest.mark.slow
def test_two_adders_and_an_editor_at_once_end_with_exactly_the_expected_wins(tmp_path):
    data_dir = tmp_path / "data"
    journal = Journal(data_dir)
    seeds = [journal.add_win(f"seed {index}") for index in range(30)]
    writers = [start(data_dir, "add", prefix=name, count=100) for name in ("left", "right")]
    churn = start(data_dir, "churn")
    added: set[str] = set()
    for writer in writers:
        out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err
        added.update(out.split())
    out, err = churn.communicate(timeout=180)
    assert churn.returncode == 0, err
    actions = [line.split() for line in out.splitlines()]
    deleted = {win_id for action, win_id in actions if action == "deleted"}
    edited = {win_id for action, win_id in actions if action == "edited"}
    assert len(deleted) + len(edited) == len(seeds)

    final = Journal(data_dir).all_wins()
    ids = [win.id for win in final]
    assert len(ids) == len(set(ids)), "duplicate records"
    assert set(ids) == added | edited
    assert len(added) == 200
    for win in final:
        if win.id in edited:
            assert win.text.endswith("(edited)")
