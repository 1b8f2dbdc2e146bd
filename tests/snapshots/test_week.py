"""SVG snapshots of the Week screen: a full week, an empty one, the review, a small terminal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import Week
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.reviews import save_review
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import FIXED_NOW, TODAY


def week_app(
    folder: Path, demo: bool = True, answers: dict[str, str] | None = None
) -> SmallWinsApp:
    clock = FixedClock(FIXED_NOW)
    journal = Journal(folder, clock)
    if demo:
        seed_demo(journal, TODAY)
    if answers:
        save_review(journal, Week(dt.date(2026, 11, 16)), answers)
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="week")


async def show_review(pilot: Pilot) -> None:
    pilot.app.screen.query_one("#review").scroll_visible(animate=False, top=True)
    await pilot.pause()


class TestWeek:
    def test_full_week(self, snap_compare, tmp_path: Path) -> None:
        """You should see "This week · Monday 16 – Sunday 22 November 2026", a bar per day
        (Wednesday blank), "10 wins" with a count for each kind and "no kind 1",
        "Days with at least one win: 6 of 7", then the wins under each day's name; the footer
        shows ← Earlier, → Later, n This week, a Review, x Export."""
        assert snap_compare(week_app(tmp_path), terminal_size=(100, 32))

    def test_export_dialog(self, snap_compare, tmp_path: Path) -> None:
        """You should see the dialog box over Week: "Export this week as Markdown", what the
        page holds, a field with ~/smallwins-week-….md, "Enter saves · Esc cancels", and a
        footer with esc Cancel."""
        assert snap_compare(week_app(tmp_path), press=["x"], terminal_size=(100, 32))

    def test_empty_week(self, snap_compare, tmp_path: Path) -> None:
        """You should see "This week", seven day labels with no bars, "Kinds show here once you
        note a win.", "Days with at least one win: 0 of 7", a gentle line saying nothing is
        noted yet and how to add it on Today, and the empty weekly review below."""
        assert snap_compare(week_app(tmp_path, demo=False), terminal_size=(100, 32))

    def test_review_with_answers(self, snap_compare, tmp_path: Path) -> None:
        """You should see the "Weekly review" heading and the questions, with two answers
        shown literally: "Went to my session even though I was tired." over two lines, and
        "[/] is not nothing [@click=app.quit]x" under the friend question."""
        answers = {
            "hard_but_useful": "Went to my session\neven though I was tired.",
            "friend": "[/] is not nothing [@click=app.quit]x",
        }
        assert snap_compare(
            week_app(tmp_path, answers=answers), terminal_size=(100, 38), run_before=show_review
        )

    def test_small_terminal(self, snap_compare, tmp_path: Path) -> None:
        """You should see the week at 40x12: the title wrapping, the per-day bars and the
        start of the kind counts, with the footer's keys at the bottom; nothing overlaps."""
        assert snap_compare(week_app(tmp_path), terminal_size=(40, 12))

    def test_stuck_question_at_80x24(self, snap_compare, tmp_path: Path) -> None:
        """You should see, at 80x24, the last two review questions and their boxes whole:
        "What still feels stuck, and might need a different approach?" with "Mornings, still."
        in its box, then the friend question; nothing is cut off or overlaps."""
        answers = {"still_stuck": "Mornings, still.\nMaybe ask about a different time."}

        async def show_stuck(pilot: Pilot) -> None:
            questions = pilot.app.screen.query(".review-question")
            questions[len(questions) - 2].scroll_visible(animate=False, top=True)
            await pilot.pause()

        assert snap_compare(
            week_app(tmp_path, answers=answers), terminal_size=(80, 24), run_before=show_stuck
        )

    def test_earlier_week_at_80x24(self, snap_compare, tmp_path: Path) -> None:
        """A week spanning two months, three weeks back: its title is its dates, on one
        line."""
        assert snap_compare(
            week_app(tmp_path), press=["left", "left", "left"], terminal_size=(80, 24)
        )
