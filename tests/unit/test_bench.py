"""The benchmarks keep working: the data set is a valid journal and the harness runs once.

No timing is asserted: benchmarks are measured with ``python -m bench``, not in the tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench import dataset
from bench.run import render, run_all
from smallwins_tui.data.journal import INTENTIONS, WINS, Journal
from tests.conftest import TODAY


def test_the_data_set_is_a_valid_journal_and_the_same_every_time(tmp_path: Path, clock) -> None:
    sizes = {"days": 20, "wins": 50, "reflections": 4, "reviews": 3}
    dataset.generate(tmp_path / "a", TODAY, **sizes)
    dataset.generate(tmp_path / "b", TODAY, **sizes)
    files = sorted(path.relative_to(tmp_path / "a") for path in (tmp_path / "a").rglob("*.json"))
    assert len(files) > 3  # the home file and month files
    assert all(
        (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
        for name in files
    )
    journal = Journal(tmp_path / "a", clock)
    wins = journal.all_wins()
    assert len(wins) == 50
    assert min(w.day for w in wins) >= TODAY - dt.timedelta(days=19)
    assert max(w.day for w in wins) <= TODAY
    assert len(journal.records(dataset.REFLECTIONS)) == 4
    reviews = journal.records(dataset.REVIEWS)
    assert len(reviews) == 3 and all(
        dt.date.fromisoformat(r["week"]).weekday() == 0 for r in reviews
    )
    assert {"thought", "baseline", "cue", "answer"} <= set(journal.records(dataset.REFLECTIONS)[0])
    assert journal.records(INTENTIONS)
    assert journal.add_win("still writable").day == TODAY
    assert len(journal.records(WINS)) == 51


def test_the_harness_runs_once_on_a_tiny_data_set() -> None:
    lines: list[str] = []
    rows = run_all(rounds=1, small=True, enter_count=1, breathing_seconds=0.3, out=lines.append)
    names = [row.name.split()[0] for row in rows]
    for number in ("1", "2a", "2b", "3a", "3b", "4", "5", "6", "7", "8"):
        assert number in names
    assert all(row.ratio >= 0 for row in rows)
    assert "benchmark" in lines[-1] and "2b Enter" in render(rows)
