"""The command line as a person uses it: separate processes, real files, one-line errors."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui.cli import main
from smallwins_tui.core.clock import FixedClock
from tests.dates import TRICKY_MOMENTS


def run(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None):
    command = [sys.executable, "-m", "smallwins_tui", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})}
    )


def test_add_then_list_round_trip_in_separate_processes(tmp_path: Path) -> None:
    """Whatever today is, a win added now is listed for today, in its own week."""
    added = run("add", "replied", "to", "Sam", "--kind", "rel", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Noted: replied to Sam"
    listed = run("list", "--week", data_dir=tmp_path)
    assert listed.returncode == 0
    assert "• replied to Sam  (relational)" in listed.stdout
    assert "1 win this week." in listed.stdout


@pytest.mark.parametrize("now", TRICKY_MOMENTS, ids=[m.isoformat() for m in TRICKY_MOMENTS])
def test_yesterday_lands_in_yesterdays_week_on_any_date(
    now: dt.datetime, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a Monday yesterday belongs to last week; on 1 January, to last year."""
    clock = FixedClock(now)
    assert (
        main(
            ["add", "went to my session", "--day", "yesterday", "--data-dir", str(tmp_path)],
            clock=clock,
        )
        == 0
    )
    yesterday = now.date() - dt.timedelta(days=1)
    noted = capsys.readouterr().out.strip()
    assert noted.startswith(f"Noted for Yesterday, {yesterday:%A} {yesterday.day} {yesterday:%B}")
    assert noted.endswith(": went to my session")
    main(["list", "--week", "--day", "yesterday", "--data-dir", str(tmp_path)], clock=clock)
    last_week = capsys.readouterr().out
    assert "• went to my session" in last_week
    main(["list", "--week", "--data-dir", str(tmp_path)], clock=clock)
    this_week = capsys.readouterr().out
    starts_week = now.weekday() == 0  # the default week starts on Monday
    assert ("• went to my session" in this_week) is not starts_week


def test_the_environment_variable_chooses_the_folder(tmp_path: Path) -> None:
    result = run("path", env={"SMALLWINS_DATA_DIR": str(tmp_path / "env")})
    assert result.stdout.strip() == str(tmp_path / "env" / "smallwins.json")


def test_a_bad_date_is_one_clear_line_and_a_usage_error(tmp_path: Path) -> None:
    result = run("add", "x", "--day", "31/02/2026", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "smallwins: cannot read the date '31/02/2026'; "
        "use YYYY-MM-DD, today, yesterday or -N (N days ago)"
    )


def test_a_future_day_is_refused(tmp_path: Path) -> None:
    result = run("add", "x", "--day", "2999-01-01", data_dir=tmp_path)
    assert result.returncode == 2 and "future" in result.stderr


def test_an_unknown_kind_is_refused_with_the_choices(tmp_path: Path) -> None:
    result = run("add", "x", "--kind", "heroic", data_dir=tmp_path)
    assert result.returncode == 2
    assert "unknown kind 'heroic'; choose one of: behavioural" in result.stderr
    assert "Traceback" not in result.stderr


def _unwritable_parent(tmp_path: Path) -> Path:
    """A folder this process cannot create anything in, even as root (sysfs refuses)."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        return locked
    if not Path("/sys/kernel").is_dir():
        pytest.skip("needs a non-root user or Linux sysfs")
    return Path("/sys/kernel")


def test_an_unwritable_folder_is_one_clear_line(tmp_path: Path) -> None:
    result = run("add", "x", data_dir=_unwritable_parent(tmp_path) / "smallwins-data")
    assert result.returncode == 1
    assert result.stderr.startswith("smallwins: cannot use the data folder")


def test_a_folder_that_is_a_file_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    result = run("add", "x", data_dir=blocker / "data")
    assert result.returncode == 1
    assert result.stderr.startswith("smallwins: cannot use the data folder")
    assert "Traceback" not in result.stderr


def test_a_damaged_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o700)
    (tmp_path / "smallwins.json").write_bytes(b'{"wins": {"1": ')
    result = run("add", "x", data_dir=tmp_path)
    assert result.returncode == 1
    assert "cannot be read" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "smallwins.json").read_bytes() == b'{"wins": {"1": '


def test_add_does_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from smallwins_tui.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'add', 'quick']); "
        "print('textual' in sys.modules, 'textual.app' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines()[-1] == "False False"


def test_version_and_help(tmp_path: Path) -> None:
    assert run("--version").stdout.startswith("smallwins ")
    helped = run("--help")
    for command in ("add", "list", "path", "demo", "ground", "breathe"):
        assert command in helped.stdout


def test_hostile_text_from_the_shell_is_cleaned_before_it_reaches_the_terminal(tmp_path):
    run("add", "\x1b]0;PWNED\x07title", data_dir=tmp_path)
    listed = run("list", data_dir=tmp_path)
    assert "\x1b" not in listed.stdout and "]0;PWNEDtitle" in listed.stdout


def test_a_damaged_file_with_a_backup_names_the_backup_and_its_date(tmp_path: Path) -> None:
    backups = tmp_path / "backups" / "2026-11-20"
    backups.mkdir(parents=True)
    good = b'{"_meta": {"1": {"schema_version": 2}}, "settings": {}}'
    (backups / "smallwins.json").write_bytes(good)
    (tmp_path / "smallwins.json").write_bytes(b"\x00\x00")
    result = run("list", data_dir=tmp_path)
    assert result.returncode == 1
    assert str(backups / "smallwins.json") in result.stderr
    assert "Friday 20 November 2026" in result.stderr
    assert (tmp_path / "smallwins.json").read_bytes() == b"\x00\x00"
