"""Evidence for the fair-current question: the right days, newest first, never a grade."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from smallwins_tui.core.evidence import (
    comparison_lines,
    empty_message,
    gather_evidence,
    windows,
)
from smallwins_tui.core.models import Win

D = dt.date


def win(day: dt.date, kind: str | None = None, text: str = "a win", minute: int = 0) -> Win:
    stamp = f"{day.isoformat()}T09:{minute:02d}:00.000+00:00"
    return Win(
        id=f"{day}-{kind}-{minute}", text=text, day=day, kind=kind, created=stamp, updated=stamp
    )


@pytest.mark.parametrize(
    ("today", "recent", "earlier"),
    [
        (D(2026, 11, 22), (D(2026, 11, 9), D(2026, 11, 22)), (D(2026, 10, 26), D(2026, 11, 8))),
        # across a month boundary
        (D(2026, 3, 5), (D(2026, 2, 20), D(2026, 3, 5)), (D(2026, 2, 6), D(2026, 2, 19))),
        # across a year boundary
        (D(2027, 1, 3), (D(2026, 12, 21), D(2027, 1, 3)), (D(2026, 12, 7), D(2026, 12, 20))),
        # leap year February
        (D(2028, 3, 1), (D(2028, 2, 17), D(2028, 3, 1)), (D(2028, 2, 3), D(2028, 2, 16))),
    ],
)
def test_windows_are_two_touching_fortnights(today, recent, earlier) -> None:
    assert windows(today) == (recent, earlier)
    assert (recent[1] - recent[0]).days + 1 == 14
    assert (earlier[1] - earlier[0]).days + 1 == 14
    assert recent[0] - earlier[1] == dt.timedelta(days=1)


def test_evidence_across_the_new_year_counts_each_side() -> None:
    today = D(2027, 1, 3)
    wins = [
        win(D(2027, 1, 3)),
        win(D(2027, 1, 1)),
        win(D(2026, 12, 31)),
        win(D(2026, 12, 31), minute=5),
        win(D(2026, 12, 21)),  # first day of the recent window
        win(D(2026, 12, 20)),  # last day of the earlier window
        win(D(2026, 12, 7)),  # first day of the earlier window
        win(D(2026, 12, 6)),  # too old: ignored
        win(D(2027, 1, 4)),  # in the future: ignored
    ]
    evidence = gather_evidence(wins, today)
    assert (evidence.recent.wins, evidence.recent.days_with_a_win) == (5, 4)
    assert (evidence.earlier.wins, evidence.earlier.days_with_a_win) == (2, 2)
    lines = comparison_lines(evidence)
    assert lines[0] == "Last two weeks (21 Dec 2026 – 3 Jan 2027): 5 wins, on 4 days."
    assert lines[1] == "The two weeks before (7–20 Dec): 2 wins, on 2 days."


def test_evidence_across_a_month_boundary() -> None:
    evidence = gather_evidence([win(D(2026, 2, 20)), win(D(2026, 2, 19))], D(2026, 3, 5))
    assert (evidence.recent.wins, evidence.earlier.wins) == (1, 1)
    assert comparison_lines(evidence)[0] == "Last two weeks (20 Feb – 5 Mar): 1 win, on 1 day."


def test_groups_follow_kind_order_newest_first_a_handful_each() -> None:
    today = D(2026, 11, 22)
    wins = [win(today - dt.timedelta(days=n), "behavioural", f"walk {n}") for n in range(6)]
    wins += [
        win(today, None, "breakfast"),
        win(today - dt.timedelta(days=2), "relational", "no"),
        win(today, "relational", "call", minute=1),
        win(today, "relational", "text", minute=2),
    ]
    evidence = gather_evidence(wins, today)
    assert [group.kind for group in evidence.groups] == ["behavioural", "relational", "other"]
    behavioural = evidence.groups[0]
    assert behavioural.total == 6
    assert [w.text for w in behavioural.shown] == ["walk 0", "walk 1"]
    assert [w.text for w in evidence.groups[1].shown] == ["text", "call"]
    assert evidence.groups[1].total == 3
    assert evidence.groups[2].label == "no kind given"


def test_no_wins_at_all_is_said_kindly_and_the_question_still_stands() -> None:
    evidence = gather_evidence([], D(2026, 11, 22))
    assert evidence.groups == () and not evidence.has_recent_wins
    message = empty_message(evidence)
    assert message is not None and "all right" in message and "think of one thing" in message
    lines = comparison_lines(evidence)
    assert lines[0].endswith("nothing written down.")
    assert lines[1].endswith("nothing written down.")
    assert "from memory" in lines[2]


def test_an_empty_recent_fortnight_is_information_not_failure() -> None:
    today = D(2026, 11, 22)
    evidence = gather_evidence([win(D(2026, 11, 1)), win(D(2026, 11, 2))], today)
    assert empty_message(evidence) is not None
    lines = comparison_lines(evidence)
    assert lines[0].endswith("nothing written down.")
    assert lines[1].endswith("2 wins, on 2 days.")
    assert "not proof" in lines[2]


def test_an_empty_earlier_fortnight() -> None:
    evidence = gather_evidence([win(D(2026, 11, 20))], D(2026, 11, 22))
    assert empty_message(evidence) is None
    assert "first marks" in comparison_lines(evidence)[2]


@pytest.mark.parametrize(("recent", "earlier"), [(0, 0), (5, 0), (0, 5), (2, 9), (9, 2), (4, 4)])
def test_comparisons_never_grade(recent: int, earlier: int) -> None:
    today = D(2026, 11, 22)
    wins = [win(today, minute=n) for n in range(recent)]
    wins += [win(today - dt.timedelta(days=20), minute=n) for n in range(earlier)]
    text = " ".join(comparison_lines(gather_evidence(wins, today))).lower()
    assert not re.search(
        r"\b(better|worse|improv\w*|declin\w*|fail\w*|score|streak|"
        r"went (?:up|down)|(?:up|down) from|more than|fewer than|less than)\b",
        text,
    )
    assert "!" not in text
