"""Noting wins on Today in a real terminal: what is typed is saved once, as typed, and kept,
even when the keys arrive in a burst (a slow SSH link, a paste followed by Enter)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch

pytestmark = pytest.mark.e2e

_COUNT = re.compile(r"\b(\d+) wins? noted\b")


def at_least(count: int) -> Callable[[str], bool]:
    """A test of Today's screen: does it say at least ``count`` wins are noted?"""

    def noted(text: str) -> bool:
        found = _COUNT.search(text)
        return found is not None and int(found.group(1)) >= count

    noted.__name__ = f"Today to say {count} {'win' if count == 1 else 'wins'} noted"
    return noted


def test_a_saved_win_is_shown_and_still_there_after_a_restart(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.send("kept my appointment", "enter")
    terminal.wait_for("• kept my appointment")
    terminal.wait_for(at_least(1))
    terminal.send("ctrl+q")
    terminal.wait_exit()

    again = launch(used_dir)
    again.wait_for(app.only("today"))
    again.wait_for("• kept my appointment", what="the win, after a restart")
    again.send("ctrl+q")
    again.wait_exit()
    saved = app.wins_on(used_dir, "today", home=home)
    assert saved == ["kept my appointment"], again.describe(f"saved: {saved}")


def test_burst_of_lines_saves_each_line_once_in_order(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    lines = [f"{name}-{n}" for n in range(6) for name in ("first", "second")]
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.write("".join(f"{line}\r" for line in lines))
    terminal.wait_for(at_least(len(lines)))
    terminal.send("ctrl+q")
    terminal.wait_exit()
    saved = app.wins_on(used_dir, "today", home=home)
    assert saved == lines, terminal.describe(f"sent {len(lines)} lines, saved {saved}")


def test_paste_then_enter_saves_the_pasted_text_once(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.wait_for(
        lambda text: "\x1b[?2004h" in terminal.output.decode(errors="replace"),
        what="bracketed paste to be turned on",
    )
    terminal.write(terminal.paste_bytes("rang the GP surgery") + b"\r")
    terminal.wait_for(at_least(1))
    terminal.send("ctrl+q")
    terminal.wait_exit()
    saved = app.wins_on(used_dir, "today", home=home)
    assert saved == ["rang the GP surgery"], terminal.describe(f"saved: {saved}")


def test_lines_typed_just_before_ctrl_q_are_all_kept(
    launch: Launch, used_dir: Path, home: Path
) -> None:
    """Quit in the same burst as the typing: every line that ended in Enter is saved, in
    order, and the half-typed rest is kept as a draft for next time."""
    terminal = launch(used_dir)
    terminal.wait_for(app.typing_on_today)
    terminal.write("one\rtwo\rthree\rhalf typ\x11")  # \x11 is ctrl+q
    terminal.wait_exit()
    assert app.wins_on(used_dir, "today", home=home) == ["one", "two", "three"]
    again = launch(used_dir)
    again.wait_for("half typ", what="the half-typed words back in the field as a draft")
    again.send("ctrl+q")
    again.wait_exit()
