"""Every way of opening smallwins, on a first run and later: it opens on its own screen, the
hard-moment screens start at once with nothing to dismiss, and ctrl+q leaves cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.conftest import Launch
from tests.e2e.terminal import Terminal

pytestmark = pytest.mark.e2e

WINS_NOTED = re.compile(r"\b\d+ wins? noted\b")
ENTRY_POINTS = {
    "smallwins": ((), "today"),
    "demo": (("demo",), "today"),
    "ground": (("ground",), "ground"),
    "breathe": (("breathe",), "breathe"),
    "reflect": (("reflect",), "reflect"),
    "week": (("week",), "week"),
}


def starts_at_once(terminal: Terminal, screen: str) -> None:
    """Ground and Breathe answer their first key straight away: no dialog is in the way."""
    if screen == "ground":
        terminal.wait_for("5 things you can see")
        terminal.send("enter")
        terminal.wait_for("4 more things you can see", what="Enter to count the first thing")
    else:
        terminal.send("space")
        terminal.wait_for("space pauses", what="space to begin the pacer")
    assert not app.on("welcome")(terminal.screen_text()), terminal.describe("a welcome appeared")


def quit_cleanly(terminal: Terminal) -> None:
    terminal.send("ctrl+q")
    terminal.wait_exit()


@pytest.mark.parametrize("entry", ["ground", "breathe"])
def test_first_run_hard_moment_opens_straight_on_its_screen(
    launch: Launch, fresh_dir: Path, entry: str
) -> None:
    args, screen = ENTRY_POINTS[entry]
    terminal = launch(fresh_dir, *args)
    terminal.wait_for(app.only(screen))
    starts_at_once(terminal, screen)
    quit_cleanly(terminal)


@pytest.mark.parametrize("entry", ["ground", "breathe"])
def test_first_run_welcome_waits_until_today(launch: Launch, fresh_dir: Path, entry: str) -> None:
    """Leaving the walk or the pacer of a first run opens Today, and only then the welcome."""
    args, screen = ENTRY_POINTS[entry]
    terminal = launch(fresh_dir, *args)
    terminal.wait_for(app.only(screen))
    terminal.send("escape")
    terminal.wait_for(app.on("welcome"), what="the welcome, once Today opens")
    terminal.send("enter")
    terminal.wait_for(app.only("today"))
    quit_cleanly(terminal)


def test_first_run_of_smallwins_welcomes_then_opens_today(launch: Launch, fresh_dir: Path) -> None:
    terminal = launch(fresh_dir)
    terminal.wait_for(app.on("welcome"))
    terminal.send("enter")
    terminal.wait_for(app.only("today"))
    quit_cleanly(terminal)


def test_first_run_of_demo_opens_today_on_sample_wins_and_leaves_real_data_alone(
    launch: Launch, fresh_dir: Path, home: Path
) -> None:
    terminal = launch(fresh_dir, "demo")
    terminal.wait_for(app.only("today"))
    terminal.wait_for(lambda text: WINS_NOTED.search(text) is not None, what="the sample wins")
    quit_cleanly(terminal)
    assert app.wins_on(fresh_dir, "today", home=home) == []


@pytest.mark.parametrize("entry", ["reflect", "week"])
def test_first_run_opens_on_its_screen(launch: Launch, fresh_dir: Path, entry: str) -> None:
    """The welcome may be shown over these (it waits only for the hard-moment screens)."""
    args, screen = ENTRY_POINTS[entry]
    terminal = launch(fresh_dir, *args)
    text = terminal.wait_for(
        lambda text: app.on(screen)(text) or app.on("welcome")(text),
        what=f"the {screen} screen or the welcome",
    )
    if app.on("welcome")(text):
        terminal.send("enter")
    terminal.wait_for(app.only(screen))
    quit_cleanly(terminal)


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_later_run_opens_on_its_screen_and_quits(
    launch: Launch, used_dir: Path, entry: str
) -> None:
    args, screen = ENTRY_POINTS[entry]
    terminal = launch(used_dir, *args)
    terminal.wait_for(app.only(screen))
    if screen in ("ground", "breathe"):
        starts_at_once(terminal, screen)
    quit_cleanly(terminal)


@pytest.mark.parametrize("key,screen", [("g", "ground"), ("b", "breathe")])
def test_hard_moment_key_before_the_welcome_goes_straight_there(
    launch: Launch, fresh_dir: Path, key: str, screen: str
) -> None:
    """The welcome waits: pressed over it, g and b open the walk and the pacer at once, and
    the welcome is shown when Today opens again."""
    terminal = launch(fresh_dir)
    terminal.wait_for(app.on("welcome"))
    terminal.send(key)
    terminal.wait_for(app.only(screen))
    starts_at_once(terminal, screen)
    # Back towards Today (on Ground a letter would be typed): Esc leaves the walk; on Breathe
    # the first Esc stops the breathing that space began, the second leaves.
    terminal.send(*(["escape"] if screen == "ground" else ["escape", "escape"]))
    terminal.wait_for(app.on("welcome"), what="the welcome, once Today opens")
    terminal.send("enter")
    terminal.wait_for(app.only("today"))
    quit_cleanly(terminal)
