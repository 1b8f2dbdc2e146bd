"""smallwins as a person meets it in a terminal: starting the installed command, telling its
screens apart by what they show, and reading the journal back through its own command line."""

from __future__ import annotations

import os
import re
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


def app_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a person's terminal, with nothing from the test run leaking in.

    The machine's clock and time zone are the person's: a clock moved by libfaketime for the
    whole run (CI runs the suite at chosen dates) reaches the app, in the run's time zone
    (Europe/London when none is set). ``extra`` comes last, e.g. a test's own clock.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in _LEAKY_VARIABLES and not key.startswith(_LEAKY_PREFIXES)
    }
    env.update(
        TERM="xterm-256color",
        LANG="en_GB.UTF-8",
        TZ=os.environ.get("TZ", TIMEZONE),
        # If --data-dir were ever ignored, the default folder is still a temporary one.
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
    )
    env.update(extra or {})
    return env


def clock_from(start: str) -> dict[str, str]:
    """Environment for an app whose clock starts at ``start`` (ISO; local to
    :data:`TIMEZONE` unless it has an offset) and runs on in real time."""
    return {"SMALLWINS_TEST_NOW": start, "TZ": TIMEZONE}


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
    env: Mapping[str, str] | None = None,
    columns: int = COLUMNS,
    rows: int = ROWS,
) -> Terminal:
    """Run ``smallwins ARGS --data-dir DATA_DIR`` in a fresh terminal; ``env`` adds to (or
    overrides) the environment of :func:`app_env`."""
    command = [smallwins_command(), *args, "--data-dir", str(data_dir)]
    return Terminal(command, app_env(home, env), columns=columns, rows=rows, cwd=home)


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
