"""Benchmark (not a test): does the real Breathe screen keep time, and cheaply?

Runs the app headless on a throwaway journal with the real monotonic clock, starts a session,
and for every phase change notes when it was due and when the new phase had been drawn (after
the screen's refresh). Reports the largest and mean gap and the CPU used while breathing.

    python -m bench.breathing                 # 60 s of box breathing (the default)
    python -m bench.breathing --seconds 600 --pattern 2-0-2-0 --reduced-motion

Targets: every phase change within 50 ms of schedule; under 5% of one core.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from smallwins_tui.core.breathing import LEAD_IN_SECONDS, BreathState
from smallwins_tui.core.clock import SystemClock
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.screens.breathe import BreatheScreen


@dataclass(frozen=True)
class Result:
    """What one run measured."""

    seconds: float
    phase_changes: int
    worst_gap_ms: float
    mean_gap_ms: float
    cpu_percent: float

    def report(self) -> str:
        return (
            f"{self.phase_changes} phase changes in {self.seconds:.0f} s: "
            f"largest gap {self.worst_gap_ms:.1f} ms, mean {self.mean_gap_ms:.1f} ms; "
            f"CPU {self.cpu_percent:.2f}% of one core"
        )


async def measure(
    seconds: float,
    pattern: str = "box",
    reduced_motion: bool = False,
    size: tuple[int, int] = (100, 32),
) -> Result:
    """Breathe for ``seconds`` (after the start countdown) and measure the phase changes."""
    gaps: list[float] = []
    with tempfile.TemporaryDirectory(prefix="smallwins-bench-") as folder:
        journal = Journal(Path(folder), SystemClock())
        options = {"pattern": pattern, "minutes": 60.0, "reduced_motion": reduced_motion}
        app = SmallWinsApp(
            journal,
            watch_outside_changes=False,
            mode="breathe",
            launch_options=options,
            monotonic=time.monotonic,
        )
        async with app.run_test(size=size) as pilot:
            screen = app.screen
            assert isinstance(screen, BreatheScreen)

            def shown(state: BreathState) -> None:
                due = screen.scheduled_moment(state)
                screen.call_after_refresh(lambda: gaps.append(time.monotonic() - due))

            screen.phase_shown = shown
            await pilot.press("space")
            await asyncio.sleep(LEAD_IN_SECONDS)
            cpu_start, wall_start = time.process_time(), time.monotonic()
            await asyncio.sleep(seconds)
            cpu = time.process_time() - cpu_start
            wall = time.monotonic() - wall_start
            await pilot.press("escape")
            await app.workers.wait_for_complete()
    worst = max(gaps, default=0.0) * 1000
    mean = sum(gaps) / len(gaps) * 1000 if gaps else 0.0
    return Result(wall, len(gaps), worst, mean, 100 * cpu / wall if wall else 0.0)


def run(seconds: float, pattern: str = "box", reduced_motion: bool = False) -> Result:
    return asyncio.run(measure(seconds, pattern, reduced_motion))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--pattern", default="box")
    parser.add_argument("--reduced-motion", action="store_true")
    args = parser.parse_args()
    started = dt.datetime.now().isoformat(timespec="seconds")
    result = run(args.seconds, args.pattern, args.reduced_motion)
    motion = "reduced motion" if args.reduced_motion else "moving marker"
    print(f"{started}  {args.pattern}, {motion}: {result.report()}")


if __name__ == "__main__":
    main()
