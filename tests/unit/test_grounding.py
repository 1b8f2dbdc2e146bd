"""The grounding walk's state machine: counting, back, skip, finishing, and what it records."""

from __future__ import annotations

import pytest

from smallwins_tui.core.grounding import SENSES, GroundingWalk, keep_line


def walk_to(step: int) -> GroundingWalk:
    """A walk with every step before ``step`` counted through with empty Enters."""
    walk = GroundingWalk()
    for sense in SENSES[:step]:
        for _ in range(sense.count):
            walk.count()
    assert walk.index == step
    return walk


def test_the_senses_are_5_4_3_2_1_in_the_usual_order():
    assert [(sense.key, sense.count) for sense in SENSES] == [
        ("see", 5),
        ("touch", 4),
        ("hear", 3),
        ("smell", 2),
        ("taste", 1),
    ]


def test_smell_and_taste_offer_one_you_like_and_the_others_do_not_need_to():
    fallbacks = {sense.key: sense.fallback for sense in SENSES}
    assert "smell you like" in (fallbacks["smell"] or "")
    assert "taste you like" in (fallbacks["taste"] or "")
    assert fallbacks["see"] is None and fallbacks["touch"] is None and fallbacks["hear"] is None


def test_a_full_walk_counts_down_each_step_and_finishes():
    walk = GroundingWalk()
    assert not walk.started
    seen_left: list[int] = []
    for sense in SENSES:
        assert walk.current == sense
        for n in range(sense.count):
            seen_left.append(walk.left)
            finished_step = walk.count(f"{sense.key} {n}")
            assert finished_step == (n == sense.count - 1)
    assert seen_left == [5, 4, 3, 2, 1, 4, 3, 2, 1, 3, 2, 1, 2, 1, 1]
    assert walk.finished and walk.current is None and walk.left == 0
    assert walk.steps_done == 5 and walk.steps_skipped == 0
    assert walk.count("extra") is False


def test_empty_enters_count_as_much_as_typed_items():
    walk = walk_to(5)
    assert walk.finished and walk.steps_done == 5
    assert walk.typed_items() == {}


def test_count_lines_read_naturally():
    see, hear, taste = SENSES[0], SENSES[2], SENSES[4]
    assert see.left_line(5, 0) == "5 things you can see"
    assert hear.left_line(2, 1) == "2 more things you can hear"
    assert hear.left_line(1, 2) == "1 more thing you can hear"
    assert taste.left_line(1, 0) == "1 thing you can taste"


@pytest.mark.parametrize("step", range(5))
def test_skip_at_every_step_moves_on_and_marks_it_skipped(step):
    walk = walk_to(step)
    if SENSES[step].count > 1:
        walk.count("one thing")
    walk.skip()
    assert walk.index == step + 1
    assert walk.progress()[step][1] == "skipped"
    assert walk.steps_skipped == 1 and walk.steps_done == step
    assert walk.finished == (step == 4)


@pytest.mark.parametrize("step", range(1, 6))
def test_back_at_every_step_returns_to_the_step_before_and_starts_it_fresh(step):
    walk = walk_to(step)
    if not walk.finished and SENSES[step].count > 1:
        walk.count("half way")
    assert walk.back() is True
    assert walk.index == step - 1
    assert walk.counted == 0 and walk.left == SENSES[step - 1].count
    assert all(not items for items in walk.items[step - 1 :])
    assert walk.progress()[step - 1][1] == "current"


def test_back_at_the_first_step_stays_put():
    walk = GroundingWalk()
    walk.count("lamp")
    assert walk.back() is False
    assert walk.index == 0 and walk.items[0] == ["lamp"]


def test_back_clears_a_skip():
    walk = GroundingWalk()
    walk.skip()
    walk.back()
    assert walk.steps_skipped == 0 and walk.progress()[0][1] == "current"


def test_progress_marks_done_current_and_ahead():
    walk = walk_to(2)
    assert [state for _, state in walk.progress()] == ["done", "done", "current", "ahead", "ahead"]


def test_items_are_cleaned_on_the_way_in():
    walk = GroundingWalk()
    walk.count("  the \x1b]0;PWNED\x07lamp  ")
    walk.count("x" * 10_000)
    assert walk.items[0][0] == "the ]0;PWNEDlamp"
    assert len(walk.items[0][1]) == 200


def test_the_record_leaves_out_what_was_typed_by_default():
    walk = GroundingWalk()
    walk.count("the blue mug")
    walk.skip()
    record = walk.record(started="s", ended="e", day="2026-11-22", keep_items=False)
    assert record == {
        "type": "grounding",
        "day": "2026-11-22",
        "started": "s",
        "ended": "e",
        "completed": False,
        "steps_done": 0,
        "steps_skipped": 1,
        "steps_total": 5,
    }
    assert "blue mug" not in repr(record)


def test_the_record_keeps_typed_items_by_sense_when_asked():
    walk = GroundingWalk()
    walk.count("the blue mug")
    walk.count("")
    walk.skip()
    walk.count("cold tiles")
    record = walk.record(started="s", ended="e", day="d", keep_items=True)
    assert record["items"] == {"see": ["the blue mug"], "touch": ["cold tiles"]}


def test_started_only_once_something_happened():
    walk = GroundingWalk()
    assert not walk.started
    walk.count()
    assert walk.started


def test_the_keep_line_says_plainly_what_happens():
    assert "not kept" in keep_line(False)
    assert "kept in your journal" in keep_line(True)
