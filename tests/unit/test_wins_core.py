"""The Today screen's words: progress without grades, the minimiser note, example prompts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallwins_tui.core.dates import day_title, parse_day, week_start
from smallwins_tui.core.kinds import parse_kind
from smallwins_tui.core.support import default_region_code, mentions_risk, region_for
from smallwins_tui.core.wins import (
    EXAMPLE_WINS,
    examples_for,
    find_minimiser,
    minimiser_note,
    progress_marks,
    progress_message,
)

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("only went for a short walk", "only"),
        ("Just sent one email", "just"),
        ("barely got dressed", "barely"),
        ("I only did it because I had to", "only"),
        ("went for a walk", None),
        ("justice for the plants", None),
        ("I still felt anxious but went", "still"),
        ("still cried, and still went to the session", "still"),
        ("the café is still open", None),
    ],
)
def test_minimisers_are_found_as_whole_words(text: str, word: str | None) -> None:
    assert find_minimiser(text) == word


def test_a_still_dismissal_gets_its_own_kind_note() -> None:
    assert "still" in minimiser_note("still") and "!" not in minimiser_note("still")
    assert minimiser_note("still") != minimiser_note("only")


@pytest.mark.parametrize("count", range(0, 8))
def test_progress_never_scolds(count: int) -> None:
    message = progress_message(count, is_today=True).lower()
    for harsh in ("missed", "fail", "streak", "score", "only", "!"):
        assert harsh not in message


def test_progress_marks_fill_towards_three_and_keep_counting() -> None:
    assert progress_marks(0) == "○○○"
    assert progress_marks(2) == "●●○"
    assert progress_marks(5) == "●●●●●"


def test_examples_rotate_by_day_and_come_from_the_list() -> None:
    first, second = examples_for(TODAY), examples_for(TODAY + dt.timedelta(days=1))
    assert first != second
    assert set(first) <= set(EXAMPLE_WINS)
    assert examples_for(TODAY) == first


def test_parse_day_accepts_words_offsets_and_iso_dates() -> None:
    assert parse_day("today", TODAY) == TODAY
    assert parse_day("Yesterday", TODAY) == dt.date(2026, 11, 21)
    assert parse_day("-3", TODAY) == dt.date(2026, 11, 19)
    assert parse_day("2026-01-31", TODAY) == dt.date(2026, 1, 31)
    with pytest.raises(ValueError, match="cannot read the date"):
        parse_day("31/01/2026", TODAY)


def test_day_titles_name_today_and_yesterday() -> None:
    assert day_title(TODAY, TODAY) == "Today, Sunday 22 November"
    assert day_title(dt.date(2026, 11, 21), TODAY) == "Yesterday, Saturday 21 November"
    assert day_title(dt.date(2025, 11, 21), TODAY) == "Friday 21 November 2025"


def test_week_start_on_monday_or_sunday() -> None:
    assert week_start(TODAY) == dt.date(2026, 11, 16)
    assert week_start(TODAY, "sunday") == dt.date(2026, 11, 22)


def test_kind_prefixes_are_accepted_and_unknown_kinds_refused() -> None:
    assert parse_kind("rel") == "relational"
    assert parse_kind("Therapy") == "therapy"
    with pytest.raises(ValueError, match="unknown kind"):
        parse_kind("zz")


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "thinking about self-harm again",
        "I don't want to live like this",
        "I am not safe tonight",
        "Suicidal thoughts came back",
        "I wanted to hurt myself",
    ],
)
def test_risk_words_offer_support(text: str) -> None:
    assert mentions_risk(text)


@pytest.mark.parametrize("text", ["died laughing at the film", "safe trip home", "cut the grass"])
def test_ordinary_words_do_not(text: str) -> None:
    assert not mentions_risk(text)


def test_region_comes_from_the_locale_with_a_directory_otherwise() -> None:
    assert default_region_code({"LANG": "en_GB.UTF-8"}) == "GB"
    assert default_region_code({"LANG": "en_US.UTF-8"}) == "US"
    assert default_region_code({"LANG": "de_DE.UTF-8"}) == "DE"
    assert default_region_code({}, localtime=Path("/nonexistent")) == "INT"
    uk_numbers = [line.reach for line in region_for("GB").lines]
    assert {"999", "call 111, choose the mental health option", "116 123"} <= set(uk_numbers)
    assert "call or text 988" in [line.reach for line in region_for("US").lines]
