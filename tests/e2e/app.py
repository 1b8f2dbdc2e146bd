"""smallwins as a person meets it in a terminal: starting the installed command, telling its
screens apart by what they show, and reading the journal back through its own command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.e2e.terminal import Terminal

COLUMNS, ROWS = 100, 30
TIMEZONE = "Europe/London"
SMALLWINS = Path(sys.executable).with_name("smallwins")
"""The console script installed beside this Python (``pip install -e .`` puts it there)."""

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SCREENS: Mapping[str, re.Pattern[str]] = {
    "today": re.compile(rf"^\s*Today, {WEEKDAY} \d{{1,2}} \w+", re.MULTILINE),
    "ground": re.compile(r"^\s*Ground: 5-4-3-2-1", re.MULTILINE),
    "breathe": re.compile(r"^\s*Breathe · ", re.MULTILINE),
    "reflect": re.compile(r"^\s*Reflect: which measuring stick", re.MULTILINE),
    "week": re.compile(r"^\s*This week\s+·", re.MULTILINE),
    "support": re.compile(r"^  Support$", re.MULTILINE),
    "settings": re.compile(r"^  Settings$", re.MULTILINE),
    "welcome": re.compile(r"Welcome to smallwins"),
}
"""What each screen shows at its top, so a test can tell where the person is."""

_LEAKY_VARIABLES = (
    "NO_COLOR",
    "FORCE_COLOR",
    "COLORTERM",
    "COLUMNS",
    "LINES",
    "TMUX",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
    "LANGUAGE",
)
_LEAKY_PREFIXES = ("TEXTUAL", "SMALLWINS_")
_CLOCK_VARIABLES = ("LD_PRELOAD", "FAKETIME")
"""How libfaketime moves a process's clock. A clock moved for the whole test run (CI runs the
suite at chosen dates) reaches the app; a test that sets its own clock replaces it."""


def on(name: str) -> Callable[[str], bool]:
    """A test of the screen text: is this the ``name`` screen?"""

    def showing(text: str) -> bool:
        return SCREENS[name].search(text) is not None

    showing.__name__ = f"the {name} screen"
    return showing


def only(name: str) -> Callable[[str], bool]:
    """The ``name`` screen, with no welcome dialog over it."""

    def showing(text: str) -> bool:
        return on(name)(text) and not on("welcome")(text)

    showing.__name__ = f"the {name} screen with no welcome"
    return showing


def typing_on_today(text: str) -> bool:
    """Today, with its field taking the keys (its footer offers Esc to stop typing)."""
    return only("today")(text) and "esc Done typing" in text.rstrip("\n").rsplit("\n", 1)[-1]


def screens_shown(text: str) -> list[str]:
    return [name for name, pattern in SCREENS.items() if pattern.search(text)]


def app_env(
    home: Path, extra: Mapping[str, str] | None = None, *, own_clock: bool = False
) -> dict[str, str]:
    """The environment of a person's terminal, with nothing from the test run leaking in.

    The machine's clock and time zone are the person's, so a clock moved for the whole run
    reaches the app (Europe/London when no zone is set); ``own_clock`` drops both for a test
    that sets them itself.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in _LEAKY_VARIABLES
        and not key.startswith(_LEAKY_PREFIXES)
        and not (own_clock and key.startswith(_CLOCK_VARIABLES))
    }
    env.update(
        TERM="xterm-256color",
        LANG="en_GB.UTF-8",
        TZ=TIMEZONE if own_clock else os.environ.get("TZ", TIMEZONE),
        # If --data-dir were ever ignored, the default folder is still a temporary one.
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
    )
    env.update(extra or {})
    return env


def faketime(start: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The command prefix and environment that run a program with its wall clock starting at
    ``start`` (libfaketime: ``YYYY-MM-DD HH:MM:SS`` local, or seconds since the epoch), in
    :data:`TIMEZONE`. The monotonic clock stays real, so Textual's timers run as usual."""
    command = shutil.which("faketime")
    assert command, (
        "this test needs libfaketime's faketime command: apt-get install faketime "
        "(CI installs it; the test fails rather than skips so it is never silently lost)"
    )
    env = {"FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    if start.isdigit():
        env["FAKETIME_FMT"] = "%s"  # an exact instant: 01:30 happens twice when clocks go back
    return (command, "-f", f"@{start}"), env


def smallwins_command() -> str:
    assert SMALLWINS.exists(), (
        f"no smallwins command beside {sys.executable}: install the package into this Python "
        "first (pip install -e '.[test]')"
    )
    return str(SMALLWINS)


def start(
    data_dir: Path,
    *args: str,
    home: Path,
    clock: str | None = None,
    columns: int = COLUMNS,
    rows: int = ROWS,
) -> Terminal:
    """Run ``smallwins ARGS --data-dir DATA_DIR`` in a fresh terminal, with the wall clock
    starting at ``clock`` (see :func:`faketime`) if given."""
    prefix: tuple[str, ...] = ()
    env = app_env(home)
    if clock is not None:
        prefix, clock_env = faketime(clock)
        env = app_env(home, clock_env, own_clock=True)
    command = [*prefix, smallwins_command(), *args, "--data-dir", str(data_dir)]
    return Terminal(command, env, columns=columns, rows=rows, cwd=home)


def cli(data_dir: Path, *args: str, home: Path) -> str:
    """Run a command-line ``smallwins`` command that does not open the app; its output."""
    done = subprocess.run(
        [smallwins_command(), *args, "--data-dir", str(data_dir)],
        env=app_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=home,
    )
    assert done.returncode == 0, f"smallwins {' '.join(args)} failed: {done.stderr}"
    return done.stdout


KINDS = ("behavioural", "emotional", "relational", "cognitive", "therapy")
_KIND_SUFFIX = re.compile(rf"  \(({'|'.join(KINDS)})\)$")


def wins_on(data_dir: Path, day: str, *, home: Path) -> list[str]:
    """The texts of a day's wins, in the order ``smallwins list`` prints them."""
    lines = cli(data_dir, "list", "--day", day, home=home).splitlines()
    return [_KIND_SUFFIX.sub("", line[4:]) for line in lines if line.startswith("  • ")]
