"""What the benchmark's child processes run; each prints its result on a pipe the parent gave.

Start-up is timed by the parent, from spawning the process to reading ``ready`` on that pipe,
so interpreter start, every import, opening the journal, composing and the first paint of the
screen all count. The child is the real entry point (``smallwins_tui.cli.main``, exactly what
the ``smallwins`` command runs) with two changes only: the app runs headless (there is no
terminal, so the command line's check for one is told there is), and once the Today screen
has mounted *and been painted* (its first ``call_after_refresh``) the child writes ``ready``
and exits. The bare app gets the same hook on
its one screen. Nothing is imported here at module level, so both sides pay the same.

    python -m bench.child app DATA_DIR FD      # smallwins, to Today ready
    python -m bench.child bare FD              # a bare Textual app with Today's widgets
    python -m bench.child bare-plain FD        # the same without stylesheet or footer keys
    python -m bench.child enter DATA_DIR FD N  # N wins typed + Enter; ms until each is shown
"""

from __future__ import annotations

import os
import sys
from typing import Any


def _signal(fd: int, message: str) -> None:
    os.write(fd, (message + "\n").encode())


def _headless() -> None:
    from textual.app import App

    run = App.run

    def run_headless(self: App[Any], *args: Any, **kwargs: Any) -> Any:
        kwargs["headless"] = True
        return run(self, *args, **kwargs)

    App.run = run_headless  # type: ignore[method-assign]
    from smallwins_tui.shell import terminal

    terminal.has_terminal = lambda: True


def app(data_dir: str, fd: int) -> None:
    """The real ``smallwins --data-dir DATA_DIR``, exiting once Today is painted."""
    _headless()
    from smallwins_tui.cli import main
    from smallwins_tui.tui.screens.today import TodayScreen

    mount = TodayScreen.on_mount

    def on_mount(self: TodayScreen) -> None:
        mount(self)

        def ready() -> None:
            _signal(fd, "ready")
            self.app.exit()

        self.call_after_refresh(ready)

    TodayScreen.on_mount = on_mount  # type: ignore[method-assign]
    main(["--data-dir", data_dir])


def bare(fd: int, styled: bool = True) -> None:
    """Textual alone: the same widgets as Today (see :mod:`bench.bare`), no data, no journal."""
    from bench.bare import BareApp

    BareApp(lambda: _signal(fd, "ready"), styled=styled).run(headless=True)


def enter(data_dir: str, fd: int, count: int) -> None:
    """Type a win and press Enter ``count`` times; report ms from Enter to the win painted."""
    import asyncio
    import time

    from smallwins_tui.core.clock import SystemClock
    from smallwins_tui.data.recovery import open_for_app
    from smallwins_tui.tui.app import SmallWinsApp
    from smallwins_tui.tui.screens.today import TodayScreen
    from smallwins_tui.tui.widgets.win_list import WinList

    waiting: dict[str, asyncio.Future[float]] = {}
    refresh_day = TodayScreen.refresh_day

    def watched(self: TodayScreen, keep: str | None = None) -> None:
        refresh_day(self, keep)
        for win in self.query_one(WinList).wins:
            future = waiting.pop(win.text, None)
            if future is not None:
                self.call_after_refresh(future.set_result, time.perf_counter())

    TodayScreen.refresh_day = watched  # type: ignore[method-assign]

    async def measure() -> list[float]:
        journal, _ = open_for_app(__import__("pathlib").Path(data_dir), SystemClock())
        app = SmallWinsApp(journal)
        times: list[float] = []
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            entry = app.screen.query_one("#entry")
            for index in range(count + 2):  # two to warm up (the first write makes the backup)
                text = f"Benchmark win {index} {time.time_ns()}"
                entry.value = text  # type: ignore[attr-defined]
                shown = asyncio.get_running_loop().create_future()
                waiting[text] = shown
                started = time.perf_counter()
                await pilot.press("enter")
                if index >= 2:
                    times.append((await shown - started) * 1000)
                else:
                    await shown
                await app.workers.wait_for_complete()
        return times

    times = asyncio.run(measure())
    _signal(fd, " ".join(f"{value:.3f}" for value in times))


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "app":
        app(rest[0], int(rest[1]))
    elif mode in ("bare", "bare-plain"):
        bare(int(rest[0]), styled=mode == "bare")
    elif mode == "enter":
        enter(rest[0], int(rest[1]), int(rest[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
