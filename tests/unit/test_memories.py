"""Which earlier win Today shows: exact day first, a year before a month, stable in a day."""

from __future__ import annotations

import datetime as dt

from smallwins_tui.core.memories import memory_label, month_before, pick_memory, year_before
from smallwins_tui.core.models import Win

TODAY = dt.date(2026, 11, 22)


def win(day: dt.date, text: str = "walked", note: bool = False, n: int = 0) -> Win:
    stamp = f"{day.isoformat()}T09:0{n}:00+00:00"
    return Win(f"id-{day}-{n}", text, day, None, stamp, stamp, note=note)


def source(*wins: Win):  # type: ignore[no-untyped-def]
    def between(first: dt.date, last: dt.date) -> list[Win]:
        return [w for w in wins if first <= w.day <= last]

    return between


def test_anchors_handle_short_months_and_leap_days() -> None:
    assert year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    assert month_before(dt.date(2026, 3, 31)) == dt.date(2026, 2, 28)
    assert month_before(dt.date(2026, 1, 15)) == dt.date(2025, 12, 15)


def test_the_exact_day_a_year_ago_comes_first() -> None:
    exact = win(dt.date(2025, 11, 22), "shop alone")
    near = win(dt.date(2025, 11, 21), "near")
    month = win(dt.date(2026, 10, 22), "month")
    memory = pick_memory(TODAY, source(near, month, exact))
    assert memory is not None and memory.win == exact and memory.exact
    assert memory_label(memory, TODAY) == "A year ago today you noted: "


def test_a_nearby_day_then_a_month_ago_and_never_a_note() -> None:
    near = win(dt.date(2025, 11, 20), "near")
    memory = pick_memory(TODAY, source(near, win(dt.date(2025, 11, 22), "heavy", note=True)))
    assert memory is not None and memory.win == near and not memory.exact
    assert memory_label(memory, TODAY) == (
        "About a year ago, on Thursday 20 November 2025, you noted: "
    )
    month = win(dt.date(2026, 10, 22), "month")
    memory = pick_memory(TODAY, source(month, win(dt.date(2025, 11, 10), "too far")))
    assert memory is not None and memory.win == month and memory.span == "month"
    assert pick_memory(TODAY, source(win(dt.date(2025, 6, 1)))) is None


def test_the_choice_is_the_same_all_day_whatever_order_the_wins_come_in() -> None:
    wins = [win(dt.date(2025, 11, 22), f"win {n}", n=n) for n in range(5)]
    first = pick_memory(TODAY, source(*wins))
    again = pick_memory(TODAY, source(*reversed(wins)))
    assert first is not None and again is not None and first.win == again.win
