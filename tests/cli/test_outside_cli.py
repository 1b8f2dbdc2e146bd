"""The command line meets records, files and owners from outside (issue 15): one plain line,
never a traceback, nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from tests.cli.test_cli import run
from tests.conftest import FIXED_NOW, TODAY
from tests.files import month_file

STAMP = "2026-11-22T20:00:00.000+00:00"
AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give files to another user")
"""Like ``sudo smallwins``: these tests hand the journal to another user first."""


def a_journal(folder: Path) -> Journal:
    journal = Journal(folder, FixedClock(FIXED_NOW))
    journal.add_win("kept", day=TODAY)
    return journal


def one_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    return str(result.stderr)


def test_6_list_names_a_record_without_a_day(tmp_path: Path) -> None:
    journal = a_journal(tmp_path / "data")
    path = month_file(journal)
    data = orjson.loads(path.read_bytes())
    del data["wins"]["1"]["day"]
    path.write_bytes(orjson.dumps(data))
    message = one_line(run("list", "--day", TODAY.isoformat(), data_dir=journal.data_dir))
    assert "a win with no day" in message
    for command in (["export", "-f", "csv"], ["export", "-f", "json"]):
        one_line(run(*command, data_dir=journal.data_dir))
    doctor = run("doctor", data_dir=journal.data_dir)
    assert doctor.returncode == 1 and "Your journal is safe" not in doctor.stdout
    assert path.read_bytes() == orjson.dumps(data)


@AS_ROOT
def test_5_sudo_add_into_another_users_journal_is_refused(tmp_path: Path) -> None:
    journal = a_journal(tmp_path / "data")
    for root, folders, files in os.walk(journal.data_dir):
        for name in [".", *folders, *files]:
            os.chown(os.path.join(root, name), 65534, 65534)
    before = sorted(str(path) for path in journal.data_dir.rglob("*"))
    message = one_line(run("add", "as root", data_dir=journal.data_dir))
    assert "belongs to another user" in message and "Nothing was saved" in message
    assert sorted(str(path) for path in journal.data_dir.rglob("*")) == before
    listed = run("list", "--day", TODAY.isoformat(), data_dir=journal.data_dir)
    assert listed.returncode == 0 and "kept" in listed.stdout
    assert sorted(str(path) for path in journal.data_dir.rglob("*")) == before


def test_1_9_refused_imports_are_one_line(tmp_path: Path) -> None:
    journal = a_journal(tmp_path / "data")
    settings = {
        "id": "c" * 8 + "-cccc-cccc-cccc-" + "c" * 12,
        "created": STAMP,
        "updated": STAMP,
        "values": "dark",
    }
    files = {
        "settings.json": orjson.dumps(
            {"format": "smallwins-export", "schema_version": 1, "tables": {"settings": [settings]}}
        ),
        "deep.json": b'{"format": "smallwins-export", "schema_version": 1, "tables": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        message = one_line(run("import", str(tmp_path / name), data_dir=journal.data_dir))
        assert "nothing changed" in message
    assert "nested deeper" in message
    listed = run("list", "--day", TODAY.isoformat(), data_dir=journal.data_dir)
    assert listed.returncode == 0 and "kept" in listed.stdout
