"""Regenerate every SVG in ``screenshots/`` from the demo journal with a fixed clock.

Run from the repository root:  python screenshots/make_screenshots.py
Each shot is the real app, driven by key presses, so the pictures match what a person sees.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from smallwins_tui.core.clock import FixedClock, ManualMonotonic
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.tui.app import SmallWinsApp

HERE = Path(__file__).resolve().parent
FIXED_NOW = dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Shot:
    name: str
    press: tuple[str, ...] = ()
    size: tuple[int, int] = (100, 32)
    prepare: Callable[[Pilot], Awaitable[None]] | None = None
    region: str = field(default="GB")


async def breathe_mid_inhale(pilot: Pilot) -> None:
    """Box breathing two seconds into the first breath, on a clock that stands still."""
    monotonic = ManualMonotonic()
    pilot.app.monotonic = monotonic  # type: ignore[attr-defined]
    await pilot.press("escape", "b", "space")
    monotonic.advance(5)
    pilot.app.screen.show_now()  # type: ignore[attr-defined]


async def with_safety_plan(pilot: Pilot) -> None:
    """A plan written on a calmer day, so Support shows it first."""
    from smallwins_tui.data.safety_plan import save_safety_plan

    save_safety_plan(
        pilot.app.journal,
        {  # type: ignore[attr-defined]
            "warning_signs": "I stop answering messages and stay in bed past noon.",
            "on_my_own": "A hot shower. The breathing square. The playlist Sam made.",
            "ask_for_help": "Sam (sister), Jo from the running group.",
            "professionals": "Dr Patel at the surgery; my therapist on Thursdays.",
            "matters_most": "Sam, the dog, and seeing the sea again in spring.",
        },
    )


async def a_heavy_line(pilot: Pilot) -> None:
    """Distress written on Today: kept as a note, not counted, with one calm offer."""
    await pilot.press(*"thinking about ending it all", "enter")


async def a_year_ago(pilot: Pilot) -> None:
    """A win from last year, so search reaches back further than the demo's few weeks."""
    pilot.app.journal.add_win(  # type: ignore[attr-defined]
        "Went to the shop alone for the first time", day=dt.date(2025, 11, 20)
    )


SHOTS: tuple[Shot, ...] = (
    Shot("safety-plan", press=("f1",), size=(100, 40), prepare=with_safety_plan),
    Shot("today-note", size=(100, 40), prepare=a_heavy_line),
    Shot("today"),
    Shot("support", press=("f1",)),
    Shot("settings", press=("escape", "s")),
    Shot("ground", press=("escape", "g", *("enter",) * 10, *"a dog barking")),
    Shot("reflect", press=("escape", "r", *"I should be over this by now")),
    Shot("week", press=("escape", "w")),
    Shot("month", press=("escape", "w", "m")),
    Shot("search", press=("escape", "slash", *"shop"), prepare=a_year_ago),
    Shot("breathe", prepare=breathe_mid_inhale),
)


async def take(shot: Shot) -> str:
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(FIXED_NOW)
        journal = Journal(Path(folder), clock)
        seed_demo(journal, clock.now().date())
        journal.set_setting("region", shot.region)
        app = SmallWinsApp(journal, clock=clock, watch_outside_changes=False)
        async with app.run_test(size=shot.size) as pilot:
            await pilot.pause()
            if shot.prepare is not None:
                await shot.prepare(pilot)
            await pilot.press(*shot.press)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            return app.export_screenshot(title=f"smallwins: {shot.name}")


def main(names: list[str]) -> None:
    Input.cursor_blink._default = False  # type: ignore[attr-defined]
    TextArea.cursor_blink._default = False  # type: ignore[attr-defined]
    for shot in SHOTS:
        if names and shot.name not in names:
            continue
        svg = asyncio.run(take(shot))
        (HERE / f"{shot.name}.svg").write_text(svg, encoding="utf-8")
        print(f"wrote screenshots/{shot.name}.svg")


if __name__ == "__main__":
    main(sys.argv[1:])
