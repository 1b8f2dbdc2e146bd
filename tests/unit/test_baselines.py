"""The baseline classifier: simple, visible cues, read the same way whatever the case or quotes."""

from __future__ import annotations

import pytest

from smallwins_tui.core.baselines import (
    BASELINES,
    FAIR_CURRENT,
    HISTORICAL,
    IDEAL_FUTURE,
    Suggestion,
    baseline_by_hotkey,
    baseline_by_key,
    suggest_baseline,
    suggestion_text,
)

IDEAL, PAST, FAIR, NONE = IDEAL_FUTURE, HISTORICAL, FAIR_CURRENT, None

# (thought, expected baseline, expected cue exactly as written)
TABLE: list[tuple[str, str | None, str | None]] = [
    # ideal future
    ("I should be over this by now", IDEAL, "should"),
    ("I should already be calm.", IDEAL, "should"),
    ("I SHOULD BE BACK TO NORMAL", IDEAL, "SHOULD"),
    ("Should be able to motivate myself like everyone else", IDEAL, "Should"),
    ("I shouldn't still be struggling with this", IDEAL, "shouldn't"),
    ("I shouldn\u2019t feel this anxious", IDEAL, "shouldn't"),
    ("I shouldnt need help for this", IDEAL, "shouldnt"),
    ("I should not find this so hard", IDEAL, "should not"),
    ("I should've got the hang of it", IDEAL, "should've"),
    ("I ought to be confident", IDEAL, "ought to"),
    ("I'm supposed to be fine at this point", IDEAL, "supposed to"),
    ("By now most people would have moved on", IDEAL, "By now"),
    ("why am I not better by now?", IDEAL, "by now"),
    ("Everyone else is sorted, I should be too...", IDEAL, "should"),
    ("I oughtn't to be this tired", IDEAL, "oughtn't to"),
    # historical
    ("I used to cope better than this", PAST, "used to"),
    ("I USED TO GO OUT ALL THE TIME", PAST, "USED TO"),
    ("Used to be able to work ten hours straight.", PAST, "Used to"),
    ("I can't concentrate anymore", PAST, "anymore"),
    ("I don't enjoy anything any more.", PAST, "any more"),
    ("Back when I was at uni I could do anything", PAST, "Back when"),
    ("I was so much stronger before all this", PAST, "before all this"),
    ("I didn't use to be this anxious", PAST, "didn't use to"),
    ("I never use to cry at work", PAST, "never use to"),
    ("I used to be more resilient!", PAST, "used to"),
    ("Why am I not better yet?", IDEAL, "not better yet"),
    ("I'm still not over it", IDEAL, "still not over it"),
    # fair current (seed 001's own wording)
    ("Compared with where I was recently, what has shifted?", FAIR, "Compared with"),
    ("I can do things I couldn't a few weeks ago", FAIR, "a few weeks ago"),
    ("Recently I've been sleeping a bit better", FAIR, "Recently"),
    ("I check my phone less than before", FAIR, "less than before"),
    ("What has shifted, even slightly?", FAIR, "What has shifted"),
    ("I avoid the shop a little less", FAIR, "a little less"),
    ("Compared to last month I'm getting out more", FAIR, "Compared to"),
    # neither
    ("I'm useless", NONE, None),
    ("Nobody would want to hear about this", NONE, None),
    ("", NONE, None),
    ("   ", NONE, None),
    ("I'm used to feeling like this", NONE, None),
    ("I got used to the noise", NONE, None),
    ("I don't want any more reminders", NONE, None),
    ("The shoulder still hurts", NONE, None),
    ("Nowhere feels safe to be myself", NONE, None),
    ("[/] x [/bold] [@click=app.quit]click", NONE, None),
    # mixed: the first cue in the sentence decides
    ("I used to manage everything and I should be able to now", PAST, "used to"),
    ("I should be coping like I used to", IDEAL, "should"),
    ("By now I'd have expected to be like I was back when", IDEAL, "By now"),
]


def test_the_table_is_big_enough() -> None:
    assert len(TABLE) >= 30
    assert {expected for _, expected, _ in TABLE} == {IDEAL, PAST, FAIR, NONE}


@pytest.mark.parametrize(("thought", "baseline", "cue"), TABLE)
def test_suggest_baseline(thought: str, baseline: str | None, cue: str | None) -> None:
    suggestion = suggest_baseline(thought)
    assert (suggestion.baseline, suggestion.cue) == (baseline, cue)


def test_a_mixed_thought_names_the_other_baseline_and_its_cue() -> None:
    suggestion = suggest_baseline("I should be coping like I used to")
    assert suggestion == Suggestion(IDEAL, "should", HISTORICAL, "used to")
    text = suggestion_text(suggestion)
    assert '"should"' in text and "ideal future" in text
    assert '"used to"' in text and "historical" in text


def test_a_single_cue_names_no_other_baseline() -> None:
    suggestion = suggest_baseline("I used to sleep fine; I don't anymore")
    assert suggestion == Suggestion(HISTORICAL, "used to")


def test_no_cue_says_so_without_guessing() -> None:
    assert "No cue words" in suggestion_text(suggest_baseline("I'm useless"))


def test_a_very_long_thought_is_classified() -> None:
    assert suggest_baseline("x" * 10_000 + " should").baseline == IDEAL


def test_each_baseline_has_a_summary_examples_and_a_hotkey() -> None:
    assert [b.key for b in BASELINES] == [IDEAL_FUTURE, HISTORICAL, FAIR_CURRENT]
    for baseline in BASELINES:
        assert baseline.summary and len(baseline.examples) >= 2
        assert baseline_by_hotkey(baseline.hotkey) is baseline
        assert baseline_by_key(baseline.key) is baseline
    assert baseline_by_key(None) is None and baseline_by_key("nope") is None


def test_the_examples_themselves_are_classified_as_their_own_baseline() -> None:
    for baseline in BASELINES[:2]:
        for example in baseline.examples:
            assert suggest_baseline(example).baseline == baseline.key
