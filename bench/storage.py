"""Storage benchmark: smallwins' journal against TinyDB's stock ``JSONStorage``, same data.

Both get their own copy of the same journal: smallwins as it lays it out (split by month),
stock TinyDB as one file holding everything (:func:`bench.dataset.one_file`). Adding is
``Journal.add_win`` (file lock, atomic write with fsync, the day index kept current) against
``TinyDB(path).table("wins").insert``
(stock: re-read and re-parse the file, rewrite it in place, no fsync). Reading is one day's
wins: ``Journal.wins_on(day)`` against ``table.search(Query().day == day)``, over many
different days, so TinyDB's query cache (which would also hide other processes' writes) is not
what is measured. One warm-up add each (smallwins makes its daily backup then).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.dataset import one_file
from smallwins_tui.core.clock import SystemClock
from smallwins_tui.data.journal import WINS, Journal

if TYPE_CHECKING:
    from bench.run import Row


def _timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _days(journal: Journal, count: int) -> list[dt.date]:
    days = sorted({win.day for win in journal.all_wins()})
    return random.Random(7).sample(days, min(count, len(days)))


def storage_ratios(source: Path, work: Path, repeats: int = 15) -> list[Row]:
    """Median add and read times for both, alternating, on copies of ``source``."""
    from tinydb import Query, TinyDB

    from bench.run import Row

    ours_dir = work / "smallwins"
    shutil.copytree(source, ours_dir)
    journal = Journal(ours_dir, SystemClock())
    stock = TinyDB(one_file(source, work / "tinydb" / "stock.json"))
    table = stock.table(WINS)
    today = dt.date.today().isoformat()
    record = {"text": "A benchmark win", "day": today, "kind": None}
    journal.add_win("warm-up")
    table.insert(dict(record, id="warm-up"))
    add_ours, add_stock = [], []
    for index in range(repeats):
        add_ours.append(_timed(lambda: journal.add_win("A benchmark win")))
        add_stock.append(_timed(lambda i=index: table.insert(dict(record, id=f"b{i}"))))
    read_ours, read_stock = [], []
    days = _days(journal, repeats * 3)
    for day in days:
        iso = day.isoformat()
        read_ours.append(_timed(lambda d=day: journal.wins_on(d)))
        read_stock.append(_timed(lambda d=iso: table.search(Query().day == d)))
    stock.close()
    journal.close()
    ours_add, stock_add = statistics.median(add_ours), statistics.median(add_stock)
    ours_read, stock_read = statistics.median(read_ours), statistics.median(read_stock)
    return [
        Row(
            "3a add a win: TinyDB stock / ours",
            f"{ours_add * 1000:.1f} ms",
            f"{stock_add * 1000:.1f} ms",
            stock_add / ours_add,
            ">= 5x faster",
            stock_add / ours_add >= 5,
        ),
        Row(
            "3b read a day: TinyDB stock / ours",
            f"{ours_read * 1e6:.0f} us",
            f"{stock_read * 1000:.1f} ms",
            stock_read / ours_read,
            ">= 10x faster",
            stock_read / ours_read >= 10,
        ),
    ]
