"""Two computers, one journal, kept in sync by the real Syncthing (two instances on loopback).

Both computers change the same month while the folder is paused (so Syncthing must make a
conflict copy): one edits a win, the other deletes one, and each adds a win of its own. Once
the folder runs again, the command line on each side (which merges conflict copies before it
reads) must show the same wins: the edit, both new wins, no duplicate, the deleted win gone
for good, and no conflict copy left beside the month files.

Needs Debian's ``syncthing`` package. Without it the test is skipped with the reason, except
in CI (``CI=true``), where it fails: the proof must not quietly stop running.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.sync import conflict_target
from tests.sync.syncthing import Syncthing, wait_for

pytestmark = pytest.mark.slow

CLI_TIMEOUT = 60
SYNC_TIMEOUT = 120
"""Seconds allowed for each stage; on loopback each takes a few."""


def _need_syncthing() -> None:
    if shutil.which("syncthing"):
        return
    reason = "syncthing is not installed (Debian/Ubuntu: apt-get install -y syncthing)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must install it, or the two-computer proof does not run")
    print(f"skipped: {reason}")
    pytest.skip(reason)


def _export(data_dir: Path) -> dict[str, Any]:
    """The journal as the command line reads it (merging any conflict copy first)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "smallwins_tui",
            "export",
            "-f",
            "json",
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        timeout=CLI_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return dict(json.loads(done.stdout))


def _wins(export: dict[str, Any]) -> dict[str, str]:
    rows = export["tables"].get("wins", [])
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), f"a win is there twice: {rows}"
    return {row["id"]: row["text"] for row in rows}


def _copies_left(data_dir: Path) -> list[Path]:
    """Conflict copies beside the journal's files (merged ones are kept in backups/). Not
    Syncthing's own half-fetched ``.syncthing.*.tmp`` files, which it tidies itself: one is
    left when a copy is merged and moved away on one side while the other still fetches it."""
    folders = [data_dir, *(data_dir / "tables").iterdir()]
    return [
        path
        for folder in folders
        for path in folder.iterdir()
        if conflict_target(path) is not None
        or ("conflict" in path.name and not path.name.startswith(".syncthing."))
    ]


def test_edits_deletes_and_new_wins_on_two_computers_converge(tmp_path: Path) -> None:
    _need_syncthing()
    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(hours=1)
    day = start.date()
    dir_a, dir_b = tmp_path / "a" / "journal", tmp_path / "b" / "journal"
    first = Journal(dir_a, FixedClock(start))
    kept, edited, deleted = (
        first.add_win(text, day=day) for text in ("kept", "to be edited on A", "to be deleted on B")
    )
    first.close()
    dir_b.mkdir(parents=True, mode=0o700)
    a = Syncthing("a", tmp_path / "st-a", dir_a)
    b = Syncthing("b", tmp_path / "st-b", dir_b)
    a.configure([b])
    b.configure([a])
    try:
        a.start()
        b.start()
        wait_for(
            lambda: a.connected_to(b) and b.connected_to(a),
            SYNC_TIMEOUT,
            "the two Syncthings to connect on 127.0.0.1",
        )
        month = f"tables/wins/{day:%Y-%m}.json"
        wait_for(
            lambda: (
                (dir_b / month).is_file()
                and (dir_b / "smallwins.json").is_file()
                and a.in_sync_with(b)
                and b.in_sync_with(a)
            ),
            SYNC_TIMEOUT,
            "B to receive A's journal",
        )
        assert _wins(_export(dir_b)) == {w.id: w.text for w in (kept, edited, deleted)}

        for side in (a, b):
            side.set_paused(True)
        on_a = Journal(dir_a, FixedClock(start + dt.timedelta(minutes=10)))
        on_a.edit_win(edited.id, "edited on A while apart", day=day)
        new_a = on_a.add_win("new on A", day=day)
        on_a.close()
        on_b = Journal(dir_b, FixedClock(start + dt.timedelta(minutes=20)))
        assert on_b.delete_win(deleted.id, day=day) is not None
        new_b = on_b.add_win("new on B", day=day)
        on_b.close()
        for side in (a, b):
            side.set_paused(False)
            side.scan()

        expected = {
            kept.id: "kept",
            edited.id: "edited on A while apart",
            new_a.id: "new on A",
            new_b.id: "new on B",
        }

        seen: dict[str, Any] = {}

        def converged() -> list[dict[str, Any]] | None:
            exports = [_export(dir_a), _export(dir_b)]
            seen.update(
                wins=[_wins(export) for export in exports],
                copies=_copies_left(dir_a) + _copies_left(dir_b),
                synced=a.in_sync_with(b) and b.in_sync_with(a),
            )
            same = seen["wins"][0] == seen["wins"][1] == expected
            return exports if same and not seen["copies"] and seen["synced"] else None

        try:
            exports = wait_for(
                converged,
                SYNC_TIMEOUT,
                "both journals to hold the same wins with no conflict copy left",
            )
        except AssertionError as failure:
            raise AssertionError(f"{failure}; expected {expected}, saw {seen}") from None
    except AssertionError as failure:
        raise AssertionError(
            f"{failure}\n--- Syncthing a ---\n{a.log_tail()}\n--- Syncthing b ---\n{b.log_tail()}"
        ) from None
    finally:
        b.stop()
        a.stop()

    assert exports is not None  # wait_for returns only once converged() gave them
    for export in exports:
        assert [stone["id"] for stone in export["deleted"]] == [deleted.id]
    merged = [
        path
        for side in (dir_a, dir_b)
        for path in (side / "backups/merged").rglob("*")
        if ".sync-conflict-" in path.name
    ]
    assert merged, "Syncthing made no conflict copy, so the merge was not tested"
