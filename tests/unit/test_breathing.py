"""The pacing arithmetic: phases at their boundaries, pauses, the end, and what is rejected."""

from __future__ import annotations

import pytest

from smallwins_tui.core.breathing import (
    BOX,
    FOUR_SEVEN_EIGHT,
    SLOW,
    SessionClock,
    custom_pattern,
    lead_in_left,
    parse_minutes,
    parse_pattern,
    phase_boundaries,
    plan_rounds,
    practice_record,
    round_cap_note,
    state_at,
    win_text,
)
from smallwins_tui.core.clock import ManualMonotonic

TINY = 1e-6


def test_box_starts_breathing_in_with_the_full_count():
    state = state_at(BOX, 15, 0.0)
    assert (state.round, state.phase, state.seconds_left, state.fraction) == (1, 0, 4, 0.0)
    assert state.word == "Breathe in" and not state.finished


@pytest.mark.parametrize(
    ("boundary", "before", "after"),
    [
        (4.0, 0, 1),
        (8.0, 1, 2),
        (12.0, 2, 3),
        (16.0, 3, 0),
        (20.0, 0, 1),
    ],
)
def test_box_phase_at_just_before_and_just_after_each_boundary(boundary, before, after):
    just_before = state_at(BOX, 15, boundary - TINY)
    assert just_before.phase == before and just_before.seconds_left == 1
    assert just_before.fraction == pytest.approx(1.0, abs=1e-5)
    exactly = state_at(BOX, 15, boundary)
    assert exactly.phase == after and exactly.seconds_left == 4 and exactly.fraction == 0.0
    assert state_at(BOX, 15, boundary + TINY).phase == after


def test_the_count_goes_down_one_whole_second_at_a_time():
    counts = [state_at(BOX, 15, t / 10).seconds_left for t in range(0, 40)]
    assert counts == [4] * 10 + [3] * 10 + [2] * 10 + [1] * 10


def test_rounds_count_from_one():
    assert state_at(BOX, 15, 15.9).round == 1
    assert state_at(BOX, 15, 16.0).round == 2
    assert state_at(BOX, 15, 239.9).round == 15


def test_zero_holds_are_skipped():
    assert [state_at(SLOW, 24, t).phase for t in (0, 4.99, 5, 9.99, 10)] == [0, 0, 2, 2, 0]
    assert state_at(FOUR_SEVEN_EIGHT, 4, 11.0).phase == 2
    assert state_at(FOUR_SEVEN_EIGHT, 4, 19.0).phase == 0
    pattern = custom_pattern(3, 0, 6, 2)
    assert [state_at(pattern, 2, t).phase for t in (2.99, 3, 8.99, 9, 10.99, 11)] == [
        0,
        2,
        2,
        3,
        3,
        0,
    ]


def test_the_session_ends_exactly_on_time_and_stays_ended():
    assert not state_at(BOX, 2, 32 - TINY).finished
    for elapsed in (32.0, 32 + TINY, 1000.0):
        end = state_at(BOX, 2, elapsed)
        assert end.finished and end.round == 2 and end.seconds_left == 0 and end.fraction == 1.0
    assert state_at(SLOW, 1, 10.0).phase == 2  # ends on its last real phase, not a zero hold


def test_negative_elapsed_is_the_start():
    assert state_at(BOX, 1, -3.0) == state_at(BOX, 1, 0.0)


def test_phase_boundaries_list_every_change():
    assert phase_boundaries(SLOW, 2) == [5.0, 10.0, 15.0, 20.0]
    assert len(phase_boundaries(BOX, 15)) == 60


def test_lead_in_counts_three_two_one():
    assert [lead_in_left(t) for t in (0, 0.5, 1, 2.5, 2.999, 3, 4)] == [3, 3, 2, 1, 1, 0, 0]


def test_default_lengths():
    assert plan_rounds(BOX) == 15  # 4 minutes of 16-second rounds
    assert plan_rounds(SLOW) == 24
    assert plan_rounds(FOUR_SEVEN_EIGHT) == 4  # its beginner limit
    assert plan_rounds(FOUR_SEVEN_EIGHT, minutes=4) == 4  # the limit holds, whatever is asked
    assert plan_rounds(FOUR_SEVEN_EIGHT, minutes=0.5) == 2
    assert plan_rounds(BOX, minutes=0.1) == 1


def test_a_longer_478_session_says_why_it_stops_at_four():
    note = round_cap_note(FOUR_SEVEN_EIGHT, 4)
    assert note is not None and "4 rounds" in note and "light-headed" in note
    assert round_cap_note(FOUR_SEVEN_EIGHT, None) is None  # nothing asked, nothing to explain
    assert round_cap_note(FOUR_SEVEN_EIGHT, 1) is None  # 1 minute is within four rounds
    assert round_cap_note(BOX, 10) is None


@pytest.mark.parametrize(
    ("text", "timing"),
    [
        ("box", "4-4-4-4"),
        (" BOX ", "4-4-4-4"),
        ("478", "4-7-8-0"),
        ("4-7-8", "4-7-8-0"),
        ("55", "5-0-5-0"),
        ("slow", "5-0-5-0"),
        ("4-2-6-0", "4-2-6-0"),
        ("2-0-2-0", "2-0-2-0"),
        ("8-8-8-8", "8-8-8-8"),
    ],
)
def test_patterns_parse(text, timing):
    assert parse_pattern(text).timing == timing


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1-4-4-4", "breathing in must be 2 to 8 seconds, not 1"),
        ("4-9-4-4", "the first hold must be 0 to 8 seconds, not 9"),
        ("4-4-0-4", "breathing out must be 2 to 8 seconds, not 0"),
        ("4-4-4-12", "the second hold must be 0 to 8 seconds, not 12"),
        ("fast", "unknown breathing pattern 'fast'"),
        ("4-4-4", "four whole numbers"),
        ("4.5-4-4-4", "inhale-hold-exhale-hold"),
        ("", "'(empty)'"),
    ],
)
def test_invalid_patterns_say_why(text, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_pattern(text)


@pytest.mark.parametrize("minutes", [0, -1, 61, float("nan"), float("inf")])
def test_invalid_minutes_are_rejected(minutes):
    with pytest.raises(ValueError, match="minutes must be more than 0 and at most 60"):
        parse_minutes(minutes)


def test_session_clock_does_not_count_pauses():
    source = ManualMonotonic()
    session = SessionClock(source)
    assert session.elapsed() == 0.0 and not session.started
    session.start()
    source.advance(5)
    session.pause()
    source.advance(100)
    assert session.elapsed() == 5 and session.paused
    session.pause()  # pausing twice changes nothing
    source.advance(1)
    session.resume()
    source.advance(2.5)
    assert session.elapsed() == 7.5 and not session.paused
    session.resume()  # resuming twice changes nothing
    assert session.elapsed() == 7.5
    assert session.moment_of(10) == source() + 2.5
    session.pause()
    source.advance(3)
    session.resume()
    session.pause()
    assert session.elapsed() == 7.5


def test_session_clock_restarts_from_zero():
    source = ManualMonotonic()
    session = SessionClock(source)
    session.start()
    source.advance(9)
    session.pause()
    session.start()
    assert session.elapsed() == 0 and not session.paused


def test_practice_record_for_a_stopped_and_a_finished_session():
    stopped = practice_record(BOX, 15, 40.04, "2026-11-22")
    assert stopped["outcome"] == "stopped" and stopped["rounds_done"] == 2
    assert stopped["actual_seconds"] == 40.0 and stopped["planned_seconds"] == 240
    assert stopped["type"] == "breathing" and stopped["pattern"] == "box"
    done = practice_record(BOX, 15, 241.0, "2026-11-22")
    assert done["outcome"] == "completed" and done["actual_seconds"] == 240.0


def test_win_text_is_gentle_about_length():
    assert win_text(BOX, 240) == "Slowed my breathing for about 4 minutes (Box 4-4-4-4)"
    assert win_text(FOUR_SEVEN_EIGHT, 76) == "Slowed my breathing for 76 seconds (4-7-8)"
