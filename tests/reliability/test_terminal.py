"""The app in a real terminal (tmux): closing it any way keeps saved wins and the draft."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from smallwins_tui.data.journal import Journal

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]
ROOT = Path(__file__).resolve().parents[2]


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=30).stdout


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Poll a condition until it holds (the app runs in another process)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def app_pid(session: str) -> int | None:
    shell = tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip()
    found = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True).stdout.split()
    return int(found[0]) if found else None


def pid_alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()


@pytest.mark.parametrize("how", ["ctrl+q", "SIGTERM", "SIGINT", "close the pane"])
def test_closing_keeps_saved_wins_and_the_draft(tmp_path: Path, how: str) -> None:
    session = f"sw-{uuid.uuid4().hex[:8]}"
    data_dir = tmp_path / "data"
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        "100",
        "-y",
        "30",
        "-c",
        str(ROOT),
        "bash --norc --noprofile",
    )
    try:
        tmux(
            "send-keys",
            "-t",
            session,
            f"{sys.executable} -m smallwins_tui --data-dir {data_dir}",
            "Enter",
        )
        wait_for(lambda: "Welcome" in tmux("capture-pane", "-p", "-t", session), "the welcome")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(lambda: "even a little" in tmux("capture-pane", "-p", "-t", session), "Today")
        tmux("send-keys", "-t", session, "-l", "kept my appointment")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(
            lambda: [w.text for w in Journal(data_dir).all_wins()] == ["kept my appointment"],
            "the win on disk",
        )
        tmux("send-keys", "-t", session, "-l", "half a thought")
        wait_for(lambda: "half a thought" in tmux("capture-pane", "-p", "-t", session), "typing")
        pid = app_pid(session)
        assert pid is not None
        if how == "ctrl+q":
            tmux("send-keys", "-t", session, "C-q")
        elif how == "close the pane":
            tmux("kill-pane", "-t", session)
        else:
            subprocess.run(["kill", f"-{how[3:]}", str(pid)], check=True)
        wait_for(lambda: not pid_alive(pid), "the app to exit")

        journal = Journal(data_dir)
        assert [w.text for w in journal.all_wins()] == ["kept my appointment"]
        assert journal.draft("today-entry") == "half a thought"
        if how != "close the pane":
            tmux("send-keys", "-t", session, "-l", "echo terminal-$((40+2))")
            tmux("send-keys", "-t", session, "Enter")
            wait_for(
                lambda: "terminal-42" in tmux("capture-pane", "-p", "-t", session), "a usable shell"
            )
    finally:
        tmux("kill-session", "-t", session)
