"""``smallwins nudge``: silent, or one quiet line in the evening when nothing is noted today,
at most once a day, never an error; and light enough for every shell prompt."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.cli_nudge import LINES, STATE_FILE, TEST_NOW_VARIABLE, default_data_dir, line_for
from smallwins_tui.core import clock as clock_module
from smallwins_tui.core.settings import DEFAULT_SETTINGS, valid_setting
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.sync import STIGNORE
from tests.cli.shell import smallwins
from tests.conftest import TODAY

EVENING = dt.datetime.combine(TODAY, dt.time(19, 0)).astimezone()
AFTERNOON = dt.datetime.combine(TODAY, dt.time(18, 59)).astimezone()


@pytest.fixture
def started(journal: Journal, data_dir: Path) -> Path:
    """A journal in use: settings saved, a win yesterday, nothing today."""
    journal.set_setting("welcomed", True)
    journal.add_win("walked to the shop", day=TODAY - dt.timedelta(days=1))
    return data_dir


def test_it_speaks_in_the_evening_when_nothing_is_noted_today(started: Path) -> None:
    assert line_for(str(started), AFTERNOON) is None
    assert line_for(str(started), EVENING) in LINES


def test_once_a_day_then_again_the_next_evening(started: Path) -> None:
    assert line_for(str(started), EVENING) is not None
    assert line_for(str(started), EVENING + dt.timedelta(hours=2)) is None
    state = json.loads((started / STATE_FILE).read_text())
    assert state == {"said": TODAY.isoformat()}
    assert oct((started / STATE_FILE).stat().st_mode & 0o777) == "0o600"
    assert line_for(str(started), EVENING + dt.timedelta(days=1)) is not None


@pytest.mark.parametrize("how", ["win", "note", "step"])
def test_anything_noted_today_keeps_it_quiet(journal: Journal, started: Path, how: str) -> None:
    if how == "step":
        journal.set_intention(TODAY, "one call")
    else:
        journal.add_win("could not face it" if how == "note" else "a walk", note=how == "note")
    assert line_for(str(started), EVENING) is None
    assert not (started / STATE_FILE).exists()


def test_the_evening_hour_is_a_setting(journal: Journal, started: Path) -> None:
    assert DEFAULT_SETTINGS["nudge_hour"] == 19
    assert valid_setting("nudge_hour", 0) and valid_setting("nudge_hour", 23)
    for bad in (24, -1, True, "19", 19.5):
        assert not valid_setting("nudge_hour", bad)
    journal.set_setting("nudge_hour", 21)
    assert line_for(str(started), EVENING + dt.timedelta(hours=1, minutes=59)) is None
    assert line_for(str(started), EVENING + dt.timedelta(hours=2)) is not None


@pytest.mark.parametrize("value", ["21", 99, None, True])
def test_an_unusable_hour_falls_back_to_19(journal: Journal, started: Path, value: object) -> None:
    journal.set_setting("nudge_hour", value)
    assert line_for(str(started), EVENING) is not None


def test_no_journal_means_no_nudge(tmp_path: Path) -> None:
    assert line_for(str(tmp_path / "nowhere"), EVENING) is None
    assert line_for(str(tmp_path), EVENING) is None
    assert not (tmp_path / STATE_FILE).exists()


@pytest.mark.parametrize(
    ("where", "content"),
    [
        ("smallwins.json", b"{not json"),
        ("smallwins.json", b"[]"),
        (f"tables/wins/{TODAY:%Y-%m}.json", b'{"wins": []}'),
        (f"tables/wins/{TODAY:%Y-%m}.json", b"\xff\xfe"),
        (STATE_FILE, b"nonsense"),
    ],
)
def test_anything_damaged_is_silence_and_exit_0(started: Path, where: str, content: bytes) -> None:
    path = started / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    result = _nudge(started, "21:00")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_folder_it_cannot_write_is_silence(started: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    started.chmod(0o500)
    try:
        result = _nudge(started, "21:00")
    finally:
        started.chmod(0o700)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def _nudge(data_dir: Path, at: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    moment = f"{TODAY.isoformat()}T{at}"
    return smallwins("nudge", *args, data_dir=data_dir, env={TEST_NOW_VARIABLE: moment, **env})


def test_the_real_command_speaks_once_then_is_quiet(started: Path) -> None:
    assert _nudge(started, "18:30").stdout == ""
    first = _nudge(started, "19:05")
    assert first.returncode == 0 and first.stdout.strip() in LINES and first.stderr == ""
    again = _nudge(started, "22:00")
    assert (again.returncode, again.stdout) == (0, "")


def test_the_data_folder_comes_from_the_environment_too(started: Path, tmp_path: Path) -> None:
    moment = f"{TODAY.isoformat()}T20:00"
    result = subprocess.run(
        [sys.executable, "-m", "smallwins_tui", "nudge"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SMALLWINS_DATA_DIR": str(started), TEST_NOW_VARIABLE: moment},
    )
    assert result.stdout.strip() in LINES


def test_the_default_folder_is_the_one_the_app_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    from smallwins_tui.data.paths import resolve_data_dir

    monkeypatch.delenv("SMALLWINS_DATA_DIR")
    assert default_data_dir() == str(resolve_data_dir())
    monkeypatch.setenv("XDG_DATA_HOME", "/tmp/xdg-somewhere")
    assert default_data_dir() == str(resolve_data_dir())
    assert TEST_NOW_VARIABLE == clock_module.TEST_NOW_VARIABLE


def test_through_the_parser_it_uses_the_injected_clock(
    started: Path, clock, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["nudge", "--data-dir", str(started)], clock=clock) == 0
    assert capsys.readouterr().out.strip() in LINES  # the fixed clock says 20:00


def test_nudge_imports_neither_textual_nor_tinydb(started: Path) -> None:
    moment = f"{TODAY.isoformat()}T20:00"
    code = (
        "import sys; sys.argv = ['smallwins', 'nudge', '--data-dir', sys.argv[1]]; "
        "from smallwins_tui.launch import main; code = main(); "
        "heavy = {'textual', 'rich', 'tinydb', 'orjson', 'filelock', 'platformdirs', "
        "'smallwins_tui.cli', 'argparse'}; "
        "print(sorted(heavy & set(sys.modules)), code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(started)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, TEST_NOW_VARIABLE: moment},
    )
    lines = result.stdout.splitlines()
    assert lines[0] in LINES and lines[-1] == "[] 0", result.stderr


def test_help_still_goes_through_the_parser(tmp_path: Path) -> None:
    result = smallwins("nudge", "--help", data_dir=tmp_path)
    assert result.returncode == 0 and "evening" in result.stdout


def test_sync_tools_are_told_to_leave_its_state_alone() -> None:
    assert f"/{STATE_FILE}\n" in STIGNORE


def test_a_state_it_cannot_read_or_write_is_silence(started: Path) -> None:
    (started / STATE_FILE).mkdir()
    result = _nudge(started, "21:00")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
