"""Exit codes a script can rely on: 0 done, 1 it could not be done, 2 a usage or value error.

Every option that takes a value refuses a bad one the same way: one line, exit 2, nothing
written. In-process through ``main`` (fast); the subprocess tests elsewhere check the real
entry point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.core.clock import FixedClock
from tests.cli.shell import smallwins

BAD_VALUES = [
    ["add", "x", "--day", "someday"],
    ["add", "x", "--day", "20261101"],  # compact ISO: taken by 3.11+'s fromisoformat, not ours
    ["add", "x", "--day", "2026-W48-1"],
    ["add", "x", "--day", "-99999999"],
    ["add", "x", "--day", "-" + "9" * 5000],  # int() of this is refused only on 3.11+
    ["add", "x", "--day", "1899-12-31"],
    ["add", "x", "--day", "2999-01-01"],  # the future
    ["add", "x", "--kind", "heroic"],
    ["add", "   "],
    ["list", "--day", "31/02/2026"],
    ["list", "--day", "2026-02-30"],
    ["export", "--since", "tomorrowish"],
    ["export", "--since", "2026-11-20", "--until", "2026-11-01"],
    ["export", "-f", "json", "--since", "-7"],
    ["export", "-f", "pdf"],
    ["breathe", "--pattern", "fast"],
    ["breathe", "--pattern", "9-9-9-9"],
    ["breathe", "--minutes", "nan"],
    ["breathe", "--minutes", "1e999"],
    ["breathe", "--minutes", "ten"],
    ["completion", "tcsh"],
    ["search"],
    ["search", "  "],
    ["search", "x", "--kind", "wins"],
    ["search", "x", "--since", "someday"],
    ["search", "x", "--since", "2026-11-20", "--until", "2026-11-01"],
    ["nudge", "extra"],
    ["no-such-command"],
]


def _exit_code(argv: list[str], clock: FixedClock) -> int:
    try:
        return cli.main(argv, clock=clock)
    except SystemExit as leaving:  # the parser's own usage errors
        return int(leaving.code or 0)


@pytest.mark.parametrize("argv", BAD_VALUES, ids=lambda argv: " ".join(argv)[:40])
def test_every_bad_value_is_a_usage_error_in_one_line_with_nothing_written(
    argv: list[str],
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "run_app", lambda *a, **k: pytest.fail("the app opened"))
    assert _exit_code([*argv, "--data-dir", str(tmp_path / "data")], clock) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    assert not (tmp_path / "data").exists()


def test_what_cannot_be_done_exits_1(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me")
    argv = ["export", "-o", str(target), "--data-dir", str(tmp_path / "data")]
    assert cli.main(argv, clock=clock) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "keep me"


def test_what_is_done_exits_0(tmp_path: Path, clock: FixedClock) -> None:
    assert cli.main(["add", "x", "--data-dir", str(tmp_path)], clock=clock) == 0
    assert cli.main(["list", "--day", "2026-11-22", "--data-dir", str(tmp_path)], clock=clock) == 0


def test_dashed_version_and_a_bad_day_through_the_real_entry_point(tmp_path: Path) -> None:
    assert smallwins("-V", data_dir=tmp_path).stdout.startswith("smallwins ")
    refused = smallwins("add", "x", "--day", "-99999999", data_dir=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr == (
        "smallwins: '-99999999' goes back before 1900; "
        f"use at most -{refused.stderr.split('-')[-1].strip()}\n"
    )
