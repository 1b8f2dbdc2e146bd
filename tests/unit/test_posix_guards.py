"""Where POSIX calls are missing (Windows), the package imports and files are still written.

The calls are taken away with monkeypatch, as Windows lacks them; smallwins must carry on
without them rather than fail at start or on every read.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data import posix


@pytest.fixture
def windows_like(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("fchmod", "geteuid"):
        monkeypatch.delattr(os, name, raising=False)
    monkeypatch.delattr(signal, "SIGHUP", raising=False)


def test_the_guards_report_absence_instead_of_failing(windows_like: None) -> None:
    assert posix.fchmod(0, 0o600) is False
    assert posix.current_uid() is None
    assert posix.is_current_user(12345) is True
    assert posix.exit_signals() == (signal.SIGTERM, signal.SIGINT)


def test_with_them_the_guards_are_the_real_calls() -> None:
    assert posix.current_uid() == os.geteuid()
    assert posix.is_current_user(os.geteuid()) and not posix.is_current_user(os.geteuid() + 1)
    assert posix.exit_signals() == (signal.SIGHUP, signal.SIGTERM, signal.SIGINT)


def test_the_cli_adds_lists_exports_and_doctors_without_them(
    windows_like: None,
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert cli.main(["add", "walked", *data], clock=clock) == 0
    assert cli.main(["list", *data], clock=clock) == 0
    assert "• walked" in capsys.readouterr().out
    assert cli.main(["export", "-o", str(tmp_path / "week.md"), *data], clock=clock) == 0
    assert "walked" in (tmp_path / "week.md").read_text()


def test_doctor_runs_without_user_ids(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only geteuid is taken here: doctor's filelock has its own Windows code, which does not
    call os.fchmod, so taking fchmod from its POSIX code would test nothing real."""
    monkeypatch.delattr(os, "geteuid")
    data = ["--data-dir", str(tmp_path / "data")]
    assert cli.main(["add", "walked", *data], clock=clock) == 0
    assert cli.main(["doctor", *data], clock=clock) == 0


def test_the_package_imports_without_them() -> None:
    code = (
        "import os, signal; del os.fchmod, os.geteuid, signal.SIGHUP; "
        "import smallwins_tui.cli, smallwins_tui.data.journal, smallwins_tui.data.doctor, "
        "smallwins_tui.tui.app; print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr
