"""The therapy summary: what it gathers from a stretch of days, and how it writes it down."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from smallwins_tui.core.breathing import BOX, practice_record
from smallwins_tui.core.week import STUCK_KEY, Week
from smallwins_tui.data.journal import PRACTICES, Journal
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.data.reviews import save_review
from smallwins_tui.data.summary import (
    first_day,
    last_summary_end,
    remember_summary,
    since_last,
    summary_markdown,
    write_private,
)
from tests.conftest import TODAY

MONDAY = dt.date(2026, 11, 16)  # TODAY is Sunday 22 November 2026


def test_wins_are_grouped_by_kind_newest_first_with_a_count(journal: Journal) -> None:
    for i in range(5):
        journal.add_win(f"walk number {i}", day=MONDAY + dt.timedelta(days=i), kind="behavioural")
    journal.add_win("named the feeling", day=MONDAY, kind="emotional")
    journal.add_win("no label", day=MONDAY)

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert "### Behavioural (5)" in page and "### Emotional (1)" in page
    assert "### Without a kind (1)" in page
    behavioural = page.split("### Behavioural (5)")[1].split("###")[0]
    assert behavioural.index("walk number 4") < behavioural.index("walk number 3")
    assert "walk number 1" not in behavioural and "and 2 more before these" in behavioural
    assert "7 wins noted, on 5 days" in page


def test_the_header_names_the_range_and_nothing_scores(journal: Journal) -> None:
    journal.add_win("replied to Sam", day=MONDAY)

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert page.startswith("# Small wins: a summary for therapy\n\n")
    assert "Monday 16 November – Sunday 22 November 2026 (7 days)." in page
    for word in ("score", "streak", "%", "missed", "failed"):
        assert word not in page.lower()


def test_small_steps_done_are_listed_once(journal: Journal) -> None:
    journal.set_intention(MONDAY, "call the dentist")
    journal.toggle_intention(MONDAY)
    journal.set_intention(MONDAY + dt.timedelta(days=1), "not ticked")

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert "## Small steps done (1)" in page
    assert page.count("call the dentist") == 1
    assert "not ticked" not in page


def test_practices_are_counted_with_minutes(journal: Journal) -> None:
    journal.add(PRACTICES, practice_record(BOX, 10, 160.0, MONDAY.isoformat()))
    journal.add(PRACTICES, practice_record(BOX, 10, 80.0, TODAY.isoformat()))
    journal.add(PRACTICES, {"type": "grounding", "day": TODAY.isoformat(), "completed": True})

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert "- Grounding walks (5-4-3-2-1): 1" in page
    assert "- Breathing sessions: 2, about 4 minutes in all" in page


def test_reflections_show_the_fair_current_answer(journal: Journal) -> None:
    add_reflection(journal, "I should be better by now", "ideal_future", None, "I went out\ntwice")

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert "## Reflections (1)" in page
    assert "The thought: I should be better by now" in page
    assert "Measured against: the ideal future baseline" in page
    assert "I went out  \ntwice" in page


def test_stuck_answers_have_their_own_section(journal: Journal) -> None:
    save_review(journal, Week(MONDAY), {STUCK_KEY: "mornings", "avoided_less": "the phone"})

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    stuck = page.split("## What still feels stuck")[1].split("## Weekly reviews")[0]
    assert "### Week of Monday 16 November 2026" in stuck and "mornings" in stuck
    reviews = page.split("## Weekly reviews")[1]
    assert "the phone" in reviews and "mornings" not in reviews


def test_a_review_of_a_week_overlapping_the_range_is_included(journal: Journal) -> None:
    save_review(journal, Week(MONDAY), {"understood": "I rush"})
    save_review(journal, Week(MONDAY - dt.timedelta(days=14)), {"understood": "long ago"})

    page = summary_markdown(journal, since=TODAY, until=TODAY)

    assert "I rush" in page and "long ago" not in page


def test_notes_stay_out_unless_asked_for(journal: Journal) -> None:
    journal.add_win("a win", day=MONDAY)
    journal.add_win("a hard evening", day=MONDAY, note=True)

    without = summary_markdown(journal, since=MONDAY, until=TODAY)
    with_notes = summary_markdown(journal, since=MONDAY, until=TODAY, include_notes=True)

    assert "a hard evening" not in without
    assert "1 note written in a hard moment was left out of this page." in without
    assert "## Notes written in hard moments" in with_notes and "a hard evening" in with_notes
    assert "1 win noted" in with_notes  # a note never counts as a win


def test_no_notes_means_no_line_about_them(journal: Journal) -> None:
    journal.add_win("a win", day=MONDAY)
    assert "hard moment" not in summary_markdown(journal, since=MONDAY, until=TODAY)


def test_hostile_text_is_escaped_and_kept_literally(journal: Journal) -> None:
    journal.add_win("# heading [link](http://x) <b>bold</b> *not em*", day=MONDAY)
    save_review(journal, Week(MONDAY), {STUCK_KEY: "- a list?\n1. numbered\n[red]x[/red]"})

    page = summary_markdown(journal, since=MONDAY, until=TODAY)

    assert r"\# heading \[link\](http://x) \<b\>bold\</b\> \*not em\*" in page
    assert "\\- a list?" in page and "1\\. numbered" in page and r"\[red\]x\[/red\]" in page
    assert "\n# heading" not in page


def test_an_empty_range_says_so_calmly(journal: Journal) -> None:
    page = summary_markdown(journal, since=MONDAY, until=TODAY)
    assert "Nothing was noted in these days." in page
    assert "## " not in page


def test_since_none_starts_at_the_first_record(journal: Journal) -> None:
    journal.add_win("early", day=dt.date(2025, 3, 4))
    journal.add_win("late", day=TODAY)

    assert first_day(journal) == dt.date(2025, 3, 4)
    page = summary_markdown(journal, since=None, until=TODAY)
    assert "Tuesday 4 March 2025 – Sunday 22 November 2026" in page
    assert "Tue 4 Mar 2025: early" in page  # a range across years shows years on each day


def test_since_none_with_an_empty_journal_is_just_the_day(journal: Journal) -> None:
    assert first_day(journal) is None
    assert "Sunday 22 November 2026 (1 day)." in summary_markdown(journal, since=None, until=TODAY)


def test_the_last_summary_is_remembered_and_never_moves_back(journal: Journal, reopen) -> None:
    assert last_summary_end(journal) is None and since_last(journal) is None
    remember_summary(journal, until=MONDAY)
    assert last_summary_end(reopen()) == MONDAY
    assert since_last(reopen()) == MONDAY + dt.timedelta(days=1)
    remember_summary(journal, until=MONDAY - dt.timedelta(days=30))
    assert last_summary_end(reopen()) == MONDAY


def test_write_private_is_0600_and_refuses_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    write_private(target, "hello\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text() == "hello\n"
    with pytest.raises(FileExistsError):
        write_private(target, "again\n")
    write_private(target, "again\n", overwrite=True)
    assert target.read_text() == "again\n"

    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("keep me")
    link = tmp_path / "link.md"
    link.symlink_to(elsewhere)
    with pytest.raises(OSError, match="symbolic link"):
        write_private(link, "steal", overwrite=True)
    assert elsewhere.read_text() == "keep me"
