"""``smallwins nudge``: one quiet line for a shell prompt, in the evening, at most once a day.

It runs before every prompt, so it must cost little more than starting Python: it reads the
settings and today's month files with the ``json`` module (no TinyDB, no Textual, no lock, no
``pathlib``), and ``smallwins`` answers it from :mod:`smallwins_tui.launch` before the rest of
the command line is imported. It speaks only when all of these hold:

* it is at or after the person's evening hour (the ``nudge_hour`` setting, 19 by default);
* nothing is noted today: no win (notes included: writing anything down counts) and no
  small step chosen;
* it has not spoken yet today (the day it last did is kept in ``smallwins.nudge.json`` in the
  data folder, a file of this computer's own that sync tools are told to leave alone).

Anything unexpected (no journal, a damaged or half-synced file, a setting it cannot read, a
folder it cannot write) means: print nothing and exit 0. A prompt must never break, and a
nudge that cannot be sure is better left unsaid.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs each prompt ~5 ms
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path
    from typing import Any

    from smallwins_tui.core.clock import Clock

STATE_FILE = "smallwins.nudge.json"
"""The day the nudge last spoke, on this computer (see ``sync.STIGNORE``)."""
DEFAULT_HOUR = 19
MAX_FILE_BYTES = 16 * 1024 * 1024
"""A month file bigger than this is not a month file: say nothing rather than read it."""

LINES = (
    "A small thing from today is worth keeping, if you like: smallwins add",
    "If anything went even a little better today, smallwins add keeps it.",
    "One line about today, whenever you are ready: smallwins add",
)
"""What the nudge says, one a day in turn: an invitation, never a tally of what is missing."""


def line_for(data_dir: str, now: dt.datetime) -> str | None:
    """The line to show now, or None; records that it spoke. Raises on anything unreadable
    (the caller turns every error into silence)."""
    if not os.path.isfile(os.path.join(data_dir, "smallwins.json")):
        return None  # no journal here: nothing to invite into yet
    today = now.date()
    if now.hour < evening_hour(data_dir):
        return None
    state = os.path.join(data_dir, STATE_FILE)
    if _said_on(state) == today.isoformat():
        return None
    if _noted_today(data_dir, today):
        return None
    _remember(state, today)  # first: a nudge that cannot remember would repeat at every prompt
    return LINES[today.toordinal() % len(LINES)]


def evening_hour(data_dir: str) -> int:
    """The ``nudge_hour`` setting from the home file, or 19 when it is unset or unusable."""
    home = _read_json(os.path.join(data_dir, "smallwins.json"))
    if not isinstance(home, dict):
        raise ValueError("the home file is not a journal")
    docs = home.get("settings", {})
    if not isinstance(docs, dict):
        raise ValueError("the settings are not a table")
    records = [record for record in docs.values() if isinstance(record, dict)]
    records.sort(key=lambda record: str(record.get("created", "")))  # as the journal reads
    values = records[0].get("values") if records else None
    hour = values.get("nudge_hour") if isinstance(values, dict) else None
    if isinstance(hour, int) and not isinstance(hour, bool) and 0 <= hour <= 23:
        return hour
    return DEFAULT_HOUR


def _noted_today(data_dir: str, today: dt.date) -> bool:
    day, month = today.isoformat(), today.isoformat()[:7]
    for table in ("wins", "intentions"):
        path = os.path.join(data_dir, "tables", table, f"{month}.json")
        if not os.path.exists(path):
            continue
        data = _read_json(path)
        if not isinstance(data, dict):
            raise ValueError(f"{path} is not a journal file")
        docs = data.get(table, {})
        if not isinstance(docs, dict):
            raise ValueError(f"{path} has no {table} table")
        if any(isinstance(record, dict) and record.get("day") == day for record in docs.values()):
            return True
    return False


def _read_json(path: str) -> Any:
    with open(path, "rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"{path} is too big to be a journal file")
    return json.loads(raw)


def _said_on(state: str) -> str | None:
    try:
        data = _read_json(state)
    except FileNotFoundError:
        return None
    said = data.get("said") if isinstance(data, dict) else None
    return said if isinstance(said, str) else None


def _remember(state: str, today: dt.date) -> None:
    """Write the state file whole (temp file, then rename), private to this user."""
    temp = f"{os.path.join(os.path.dirname(state), '.' + STATE_FILE)}.{os.getpid()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump({"said": today.isoformat()}, file)
        os.replace(temp, state)
    except BaseException:
        try:  # noqa: SIM105 - contextlib is one more import at every prompt
            os.unlink(temp)
        except OSError:
            pass
        raise


def default_data_dir() -> str:
    """Where the journal lives when no folder is given: ``SMALLWINS_DATA_DIR``, else the
    platform's data folder (on Linux worked out here, as platformdirs does, to spare its
    import; elsewhere platformdirs itself)."""
    chosen = os.environ.get("SMALLWINS_DATA_DIR")
    if chosen:
        return os.path.expanduser(chosen)
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return os.path.join(base, "smallwins")
    import platformdirs

    return str(platformdirs.user_data_path("smallwins", appauthor=False))


TEST_NOW_VARIABLE = "SMALLWINS_TEST_NOW"
"""As :data:`smallwins_tui.core.clock.TEST_NOW_VARIABLE` (not imported: it imports typing)."""


def _now() -> dt.datetime:
    """Local time now; for end-to-end tests, ``SMALLWINS_TEST_NOW`` read as the app's clock
    reads it (a time without an offset is local wall-clock time)."""
    start = os.environ.get(TEST_NOW_VARIABLE)
    if start:
        try:
            moment = dt.datetime.fromisoformat(start)
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo else moment.astimezone()
    return dt.datetime.now().astimezone()


def say(data_dir: str, now: dt.datetime) -> int:
    """Print the line if there is one; whatever happens, exit 0 and never a traceback."""
    try:
        line = line_for(data_dir, now)
        if line:
            print(line)
            sys.stdout.flush()
    except Exception:  # noqa: BLE001 - a prompt must never break
        pass
    return 0


def quick(argv: Sequence[str]) -> int | None:
    """``smallwins nudge [--data-dir DIR]`` (the option before or after ``nudge``), answered
    without the command-line parser; None for any other form (help, a mistake), which the
    full parser then answers."""
    rest = list(argv)
    if "nudge" not in rest:
        return None
    rest.remove("nudge")
    folder: str | None = None
    if len(rest) == 2 and rest[0] == "--data-dir" and rest[1] and not rest[1].startswith("-"):
        folder = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--data-dir=") and len(rest[0]) > 11:
        folder = rest[0].removeprefix("--data-dir=")
    elif rest:
        return None
    try:
        data_dir = os.path.expanduser(folder) if folder else default_data_dir()
        now = _now()
    except Exception:  # noqa: BLE001
        return 0
    return say(data_dir, now)


def cmd_nudge(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    """The same, reached through the full parser (``smallwins -V``-style forms, tests)."""
    try:
        now = clock.now()
    except Exception:  # noqa: BLE001
        return 0
    return say(str(data_dir), now)
