"""The full-screen app needs a terminal; without one it says so and never starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui.shell.terminal import NO_TERMINAL


@pytest.mark.parametrize("argv", [[], ["week"], ["breathe"], ["demo"]])
def test_no_terminal_is_one_line_exit_2_and_no_escape_codes(
    argv: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with open(out, "wb") as stdout:
        result = subprocess.run(
            [sys.executable, "-m", "smallwins_tui", "--data-dir", str(tmp_path / "d"), *argv],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr == f"smallwins: {NO_TERMINAL}\n"
    assert out.read_bytes() == b""
    assert not (tmp_path / "d").exists()


def test_a_closed_stdin_is_no_terminal_either(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smallwins_tui", "--data-dir", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: __import__("os").close(0),
    )
    assert result.returncode == 2 and NO_TERMINAL in result.stderr
