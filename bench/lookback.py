"""Rows 7 and 8: ``smallwins search`` against ``jrnl -contains``, ``smallwins nudge`` against
``python -c pass``. Each pair runs side by side, alternating, in one run.

7. Search: ``smallwins search WORD`` on the ten-year journal (20,000 wins, and every small
   step, reflection and review answer searched too) against ``jrnl -contains WORD`` on a
   plain-text jrnl journal of the same 20,000 wins as entries. jrnl runs from its own virtual
   environment (its dependencies stay out of smallwins'): the ``jrnl`` beside this Python or
   on PATH when there is one, else one installed into the run's temporary folder with
   ``pip install jrnl`` (from whatever index pip is set up with). Its config file and home are
   in the temporary folder, so it never reads or writes the real home and never asks anything.
   When it cannot be installed, the row says so.
8. Nudge: ``smallwins nudge`` on the ten-year journal in the evening, when it reads the most
   it ever reads: the settings, its own small state file and this month's wins (the data set
   has wins today, so it then prints nothing, as it does at every prompt but one a day),
   against ``python -c pass``, the least any Python command can cost.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench import dataset
from bench.procs import Child, python, run_child

SEARCH_WORD = "sister"
"""In about one win in twenty of the data set: a real list of results, not an empty one."""
JRNL_ENTRIES = 20_000


def smallwins_command() -> list[str]:
    script = Path(sys.executable).with_name("smallwins")
    return [str(script)] if script.exists() else python("-m", "smallwins_tui")


def write_jrnl(folder: Path, last_day: dt.date, entries: int = JRNL_ENTRIES) -> Path:
    """A jrnl journal of ``entries`` entries (the data set's wins) and its config file;
    returns the config file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    data = dataset.build(last_day, wins=entries)
    lines = []
    for record in data[dataset.WINS].values():
        stamp = dt.datetime.fromisoformat(record["created"])
        when = dt.datetime.combine(dt.date.fromisoformat(record["day"]), stamp.time())
        lines.append(f"[{when:%Y-%m-%d %I:%M %p}] {record['text']}\n\n")
    journal = folder / "journal.txt"
    journal.write_text("".join(lines), encoding="utf-8")
    config = folder / "jrnl.yaml"
    config.write_text(
        "\n".join(
            [
                "version: v4.6",
                "journals:",
                f"  default:\n    journal: {journal}",
                "editor: ''",
                "encrypt: false",
                "template: false",
                "default_hour: 9",
                "default_minute: 0",
                "timeformat: '%Y-%m-%d %I:%M %p'",
                "tagsymbols: '#@'",
                "highlight: false",
                "linewrap: 79",
                "indent_character: '|'",
                "colors:\n  body: none\n  date: none\n  tags: none\n  title: none",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return config


def find_jrnl(
    folder: Path, say: Callable[[str], None] = print, install: bool = True
) -> tuple[str | None, str]:
    """The jrnl program to compare with, installing it into ``folder`` when there is none
    (and ``install``); (None, why) when it cannot be had."""
    beside = Path(sys.executable).with_name("jrnl")
    if beside.exists():
        return str(beside), ""
    found = shutil.which("jrnl")
    if found:
        return found, ""
    if not install:
        return None, "jrnl not installed (pip install jrnl)"
    venv = folder / "jrnl-venv"
    say("Installing jrnl for the search comparison (its own virtual environment)...")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "jrnl"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"jrnl could not be installed here ({type(error).__name__})"
    return str(venv / "bin" / "jrnl"), ""


def jrnl_environment(folder: Path) -> dict[str, str]:
    """A home of its own for jrnl: nothing read from or written to the real one."""
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "NO_COLOR": "1",
    }


def search_times(
    ten: Path,
    folder: Path,
    rounds: int,
    say: Callable[[str], None] = print,
    entries: int = JRNL_ENTRIES,
    install: bool = True,
) -> tuple[float, float | None, str]:
    """Median seconds of ``smallwins search`` and of ``jrnl -contains`` (None, and why, when
    jrnl cannot be had)."""
    ours = [*smallwins_command(), "search", SEARCH_WORD, "--data-dir", str(ten)]
    runs: dict[str, Callable[[], Child]] = {
        "ours": lambda: run_child(ours, signals=False),
    }
    jrnl, why = find_jrnl(folder, say, install)
    if jrnl is not None:
        config = write_jrnl(folder / "jrnl", dt.date.today(), entries)
        theirs = [jrnl, "--config-file", str(config), "-contains", SEARCH_WORD]
        env = jrnl_environment(folder)
        runs["jrnl"] = lambda: run_child(theirs, signals=False, env=env)
    results = side_by_side(rounds, runs)
    ours_s = median([child.seconds for child in results["ours"]])
    if "jrnl" not in results:
        return ours_s, None, why
    return ours_s, median([child.seconds for child in results["jrnl"]]), ""


def nudge_times(ten: Path, rounds: int) -> tuple[float, float]:
    """Median seconds of ``smallwins nudge`` (in the evening, wins noted today) and of
    ``python -c pass``."""
    nudge = [*smallwins_command(), "nudge", "--data-dir", str(ten)]
    evening = dt.datetime.combine(dt.date.today(), dt.time(21, 0)).isoformat()
    env = {"SMALLWINS_TEST_NOW": evening}
    results = side_by_side(
        rounds,
        {
            "nudge": lambda: run_child(nudge, signals=False, env=env),
            "pass": lambda: run_child(python("-c", "pass"), signals=False),
        },
    )
    return (
        median([child.seconds for child in results["nudge"]]),
        median([child.seconds for child in results["pass"]]),
    )


def side_by_side(rounds: int, runs: dict[str, Callable[[], Child]]) -> dict[str, list[Child]]:
    results: dict[str, list[Child]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            results[name].append(run())
    return results


def median(values: list[float]) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


__all__ = ["find_jrnl", "nudge_times", "search_times", "write_jrnl"]
