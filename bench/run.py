"""Every smallwins benchmark, one table: ``python -m bench`` (or ``python bench/run.py``).

Each figure is a ratio of two things measured side by side in the same run, alternating
(A, B, A, B, ...) so a busy machine slows both alike; each side is the median of ``--rounds``.

1. Start-up: spawn to "Today painted" (see :mod:`bench.child`) for ``smallwins`` on the
   ten-year journal, against a bare Textual app with the same widgets, stylesheet file and
   footer keys and no data (:mod:`bench.bare`). Textual with no stylesheet and no keys is
   shown on an extra line, for information.
2. Scale: the same start-up, and Enter-to-win-painted in the running app (time from the Enter
   key to the frame that shows the new win, after it is on disk), ten years against an empty
   journal.
3. Storage, in this process: adding a win (``Journal.add_win``: lock, write, fsync, rename) and
   reading one day's wins (``Journal.wins_on``), against TinyDB's stock ``JSONStorage`` on a
   copy of the same file (``insert`` and ``search(Query().day == ...)``). The reads go through
   many different days: TinyDB's query cache would answer a repeated identical query from
   memory, and so never see another process's writes, which smallwins must.
4. Quick add: ``smallwins add`` as a whole process on the ten-year journal, against
   ``python -c "import tinydb, platformdirs"``.
5. Memory: peak RSS (``ru_maxrss`` of the child, from ``wait4``) of the app child from item 2
   (start-up plus a dozen wins added), ten years against empty.
6. Breathing: the Breathe screen's own timing benchmark (``bench/breathing.py``), when present.
7. Search: ``smallwins search`` at ten years against ``jrnl -contains`` on a 20,000-entry jrnl
   journal (see :mod:`bench.lookback`).
8. Nudge: ``smallwins nudge``, as a shell prompt runs it, against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as ``python bench/run.py``
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import dataset, lookback  # noqa: E402
from bench.procs import ROOT, Child, python, run_child  # noqa: E402
from bench.storage import storage_ratios  # noqa: E402


@dataclass(frozen=True)
class Row:
    """One line of the table: what, our figure, the baseline's, the ratio and its target."""

    name: str
    ours: str
    baseline: str
    ratio: float
    target: str
    ok: bool | None

    def cells(self) -> list[str]:
        verdict = {True: "yes", False: "NO", None: "-"}[self.ok]
        return [self.name, self.ours, self.baseline, f"{self.ratio:.2f}x", self.target, verdict]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _side_by_side(rounds: int, runs: dict[str, Callable[[], Child]]) -> dict[str, list[Child]]:
    results: dict[str, list[Child]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            results[name].append(run())
    return results


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def startup_rows(ten: Path, empty: Path, rounds: int) -> tuple[list[Row], dict[str, list[Child]]]:
    def app(folder: Path) -> Callable[[], Child]:
        return lambda: run_child(python("-m", "bench.child", "app", str(folder), "{fd}"))

    results = _side_by_side(
        rounds,
        {
            "ten": app(ten),
            "empty": app(empty),
            "bare": lambda: run_child(python("-m", "bench.child", "bare", "{fd}")),
            "plain": lambda: run_child(python("-m", "bench.child", "bare-plain", "{fd}")),
        },
    )
    times = {name: _median([child.seconds for child in runs]) for name, runs in results.items()}
    rows = [
        Row(
            "1 start-up, 10 years vs bare Textual",
            _ms(times["ten"]),
            _ms(times["bare"]),
            times["ten"] / times["bare"],
            "<= 1.15x",
            times["ten"] / times["bare"] <= 1.15,
        ),
        Row(
            "  (info) vs Textual, no CSS or keys",
            _ms(times["ten"]),
            _ms(times["plain"]),
            times["ten"] / times["plain"],
            "-",
            None,
        ),
        Row(
            "2a start-up, 10 years vs empty",
            _ms(times["ten"]),
            _ms(times["empty"]),
            times["ten"] / times["empty"],
            "<= 1.2x",
            times["ten"] / times["empty"] <= 1.2,
        ),
    ]
    return rows, results


def enter_rows(ten: Path, empty: Path, rounds: int, count: int) -> list[Row]:
    def enter(folder: Path) -> Callable[[], Child]:
        return lambda: run_child(
            python("-m", "bench.child", "enter", str(folder), "{fd}", str(count))
        )

    results = _side_by_side(rounds, {"ten": enter(ten), "empty": enter(empty)})
    latency = {
        name: _median([float(value) for child in runs for value in child.message.split()])
        for name, runs in results.items()
    }
    memory = {
        name: _median([child.peak_rss_mb for child in runs]) for name, runs in results.items()
    }
    ratio = latency["ten"] / latency["empty"]
    memory_ratio = memory["ten"] / memory["empty"]
    return [
        Row(
            "2b Enter to win shown, 10y vs empty",
            f"{latency['ten']:.1f} ms",
            f"{latency['empty']:.1f} ms",
            ratio,
            "<= 1.2x",
            ratio <= 1.2,
        ),
        Row(
            "5 peak RSS, 10 years vs empty",
            f"{memory['ten']:.1f} MB",
            f"{memory['empty']:.1f} MB",
            memory_ratio,
            "<= 1.3x",
            memory_ratio <= 1.3,
        ),
    ]


def quick_add_rows(ten: Path, rounds: int) -> list[Row]:
    script = Path(sys.executable).with_name("smallwins")
    command = [str(script)] if script.exists() else python("-m", "smallwins_tui")
    results = _side_by_side(
        rounds,
        {
            "add": lambda: run_child(
                [*command, "add", "--data-dir", str(ten), "Benchmark quick add"], signals=False
            ),
            "import": lambda: run_child(python("-c", "import tinydb, platformdirs"), signals=False),
        },
    )
    times = {name: _median([child.seconds for child in runs]) for name, runs in results.items()}
    ratio = times["add"] / times["import"]
    return [
        Row(
            "4 `smallwins add` vs import tinydb",
            _ms(times["add"]),
            _ms(times["import"]),
            ratio,
            "<= 3x",
            ratio <= 3,
        )
    ]


def lookback_rows(
    ten: Path, folder: Path, rounds: int, small: bool, out: Callable[[str], None]
) -> list[Row]:
    entries = 60 if small else lookback.JRNL_ENTRIES
    ours, jrnl, why = lookback.search_times(ten, folder, rounds, out, entries, install=not small)
    if jrnl is None:
        search = Row("7 `search` vs jrnl -contains", _ms(ours), why, 0.0, "<= 0.33x", None)
    else:
        ratio = ours / jrnl
        search = Row(
            "7 `search` vs jrnl -contains", _ms(ours), _ms(jrnl), ratio, "<= 0.33x", ratio <= 1 / 3
        )
    nudge, bare = lookback.nudge_times(ten, rounds)
    ratio = nudge / bare
    return [
        search,
        Row("8 `nudge` vs python -c pass", _ms(nudge), _ms(bare), ratio, "<= 2x", ratio <= 2),
    ]


def breathing_rows(seconds: float) -> list[Row]:
    """Hook for the Breathe screen's benchmark (``bench/breathing.py``, branch ``breathe``)."""
    try:
        from bench import breathing  # type: ignore[attr-defined]
    except ImportError:
        return [Row("6 breathing timing", "not on main yet", "-", 0.0, "-", None)]
    result = breathing.run(seconds)
    ok = result.worst_gap_ms <= 50 and result.cpu_percent < 5
    return [
        Row(
            "6 breathing: worst phase gap, CPU",
            f"{result.worst_gap_ms:.1f} ms",
            f"{result.cpu_percent:.2f}% CPU",
            result.worst_gap_ms / 50,
            "<= 50 ms, < 5%",
            ok,
        )
    ]


def render(rows: list[Row]) -> str:
    header = ["benchmark", "smallwins", "baseline", "ratio", "target", "ok"]
    table = [header, *(row.cells() for row in rows)]
    widths = [max(len(line[index]) for line in table) for index in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def run_all(
    rounds: int = 7,
    small: bool = False,
    enter_count: int = 10,
    breathing_seconds: float = 20.0,
    out: Callable[[str], None] = print,
) -> list[Row]:
    sizes = {"days": 30, "wins": 60, "reflections": 3, "reviews": 4} if small else {}
    with tempfile.TemporaryDirectory(prefix="smallwins-bench-") as folder:
        base = Path(folder)
        ten, empty = base / "ten-years", base / "empty"
        dataset.generate(ten, dt.date.today(), **sizes)
        # No history at all, only the settings (already welcomed, like the ten-year user).
        dataset.generate(empty, dt.date.today(), days=1, wins=0, reflections=0, reviews=0)
        size = dataset.size(ten) / 1e6
        out(
            f"Data set: {size:.1f} MB ({'small' if small else 'ten years'}); "
            f"{rounds} rounds, medians; Python {sys.version.split()[0]}"
        )
        copy = base / "copy"
        shutil.copytree(ten, copy)
        rows, _ = startup_rows(ten, empty, rounds)
        rows += enter_rows(copy, empty, max(1, rounds // 2), enter_count)
        rows += storage_ratios(ten, base / "storage", repeats=3 if small else 15)
        rows += quick_add_rows(copy, rounds)
        rows += lookback_rows(ten, base / "lookback", rounds, small, out)
        rows += breathing_rows(breathing_seconds)
    order = ["1", " ", "2a", "2b", "3", "4", "5", "6", "7", "8"]
    rows.sort(key=lambda row: next(i for i, p in enumerate(order) if row.name.startswith(p)))
    out(render(rows))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every smallwins benchmark.")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each side (median)")
    parser.add_argument("--small", action="store_true", help="a tiny data set (smoke test)")
    parser.add_argument("--breathing-seconds", type=float, default=20.0)
    args = parser.parse_args(argv)
    rows = run_all(args.rounds, args.small, breathing_seconds=args.breathing_seconds)
    return 0 if all(row.ok is not False for row in rows) else 1


__all__ = ["ROOT", "main", "run_all"]

if __name__ == "__main__":
    raise SystemExit(main())
