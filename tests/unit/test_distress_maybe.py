"""The two tiers: the phrases (clear: kept as a note) and the broader "maybe" model (the same
calm offer, and the line stays a win).

The floors below are a little under the numbers measured on the held-out batches the model
never trained on (4 and 8 to 19; see tools/train_maybe.py), so a retrained model that hears less,
or offers more on everyday lines, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smallwins_tui.core.distress import (
    Listener,
    clear_concern,
    concern,
    is_distress,
    strongest,
)
from smallwins_tui.core.distress_maybe import features, maybe_score, sounds_maybe
from smallwins_tui.data.journal import Journal
from tests.conftest import TODAY

DATA = Path(__file__).parent / "data"
MAYBE = "I have a date picked"
"""Heard only by the maybe tier (the phrases miss it)."""


def _labelled(name: str) -> tuple[list[str], list[str]]:
    risk: list[str] = []
    everyday: list[str] = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line or line.startswith("label\t"):
            continue
        label, text = line.split("\t", 1)
        (risk if label == "risk" else everyday).append(text)
    return risk, everyday


def test_a_maybe_line_is_heard_only_by_the_broader_tier() -> None:
    assert clear_concern(MAYBE) is None and not is_distress(MAYBE)
    assert concern(MAYBE) == "maybe" and sounds_maybe(MAYBE)


@pytest.mark.parametrize(
    ("name", "least_caught", "most_offered"),
    [
        ("risk-phrases-dev.tsv", 0.95, 0.10),
        # Batches 4 and 8 hold everyday lines written as twins of their risk lines ("the
        # tablets have been in my bag for a week, forgot to take them out"): the price of the
        # broader model shows most there. Round three: 50/50 and 6/40; 48/50 and 10/50.
        ("risk-phrases-heldout4.tsv", 0.96, 0.20),
        ("risk-phrases-heldout8.tsv", 0.94, 0.22),
        # Round three: 76/80 and 3/80; 98/100 and 6/100.
        ("risk-phrases-heldout9.tsv", 0.93, 0.06),
        ("risk-phrases-heldout10.tsv", 0.96, 0.08),
        # Written blind and never trained on; the numbers of round three (see each file's
        # header: 18 and 19 were first scored then).
        ("risk-phrases-heldout11.tsv", 0.88, 0.07),
        ("risk-phrases-heldout12.tsv", 0.94, 0.09),
        ("risk-phrases-heldout13.tsv", 0.95, 0.09),
        ("risk-phrases-heldout14.tsv", 0.90, 0.05),
        ("risk-phrases-heldout15.tsv", 0.85, 0.18),
        ("risk-phrases-heldout16.tsv", 0.94, 0.13),
        ("risk-phrases-heldout17.tsv", 0.88, 0.15),
        ("risk-phrases-heldout18.tsv", 0.93, 0.05),
        ("risk-phrases-heldout19.tsv", 0.92, 0.09),
    ],
)
def test_clear_and_maybe_together_hear_unseen_wording(
    name: str, least_caught: float, most_offered: float
) -> None:
    risk, everyday = _labelled(name)
    caught = sum(concern(text) is not None for text in risk) / len(risk)
    offered = sum(concern(text) is not None for text in everyday) / len(everyday)
    assert caught >= least_caught and offered <= most_offered


def test_the_maybe_tier_hears_more_than_the_phrases_alone_on_unseen_batches() -> None:
    for name in ("risk-phrases-heldout8.tsv", "risk-phrases-heldout9.tsv"):
        risk, _ = _labelled(name)
        clear = sum(clear_concern(text) is not None for text in risk)
        both = sum(concern(text) is not None for text in risk)
        assert both >= clear + len(risk) // 5


def test_maybe_never_makes_a_note(data_dir: Path) -> None:
    """Every line of every set that only the maybe tier hears is saved as a win."""
    maybes = [
        text
        for name in ("risk-phrases-heldout8.tsv", "risk-phrases-heldout9.tsv")
        for part in _labelled(name)
        for text in part
        if concern(text) == "maybe"
    ]
    assert len(maybes) >= 30
    journal = Journal(data_dir)
    for text in maybes:
        win = journal.add_win(text, day=TODAY)
        assert not win.note and not is_distress(text)
    assert all(not win.note for win in journal.wins_on(TODAY))


@pytest.mark.parametrize(
    "text",
    [
        "Caught myself thinking 'I always mess up' and questioned it",
        'Noticed the thought "I\'m useless" and let it pass',
        "Went to the funeral and managed",
        "Talked about my dark days with my GP",
        "I am still not back to normal.",
        "Why am I not better yet?",
    ],
)
def test_therapy_wins_that_name_hard_thoughts_stay_wins_without_an_offer(text: str) -> None:
    # Some of these are among the ordinary wins the model trained on: this holds it to them.
    assert not is_distress(text)
    assert concern(text) is None


def test_the_strongest_of_several_fields_is_one_offer() -> None:
    assert strongest("maybe", None, "other") == "other"
    assert strongest("maybe", "self") == "self"
    assert strongest(None, "maybe") == "maybe"
    assert strongest(None, None) is None


def test_the_listener_hears_a_maybe_as_it_grows() -> None:
    listener = Listener()
    assert listener.worry("Today") is None
    assert listener.worry("Today " + MAYBE) == "maybe"
    assert not listener.heard("Today " + MAYBE)


@pytest.mark.parametrize("text", ["", "   ", "[bold]x[/]", "\u0000\u202e", "a" * 10_000, "🙂" * 50])
def test_odd_text_never_crashes_and_the_score_is_a_probability(text: str) -> None:
    assert 0.0 <= maybe_score(text) <= 1.0
    assert sounds_maybe(text) in (True, False)


def test_the_same_words_always_give_the_same_features() -> None:
    assert features(MAYBE) == features(MAYBE)
    assert "c:i+end" in features("I want it to end")


@pytest.mark.parametrize(
    "text",
    [
        "I felt like a burden asking for help but I asked anyway and it went fine",
        "urge to cut came up, held an ice cube instead and it passed in twenty minutes",
        "A year since my last overdose and I am proud of that",
        "felt like a burden asking for a lift but asked anyway and she was happy to help",
    ],
)
def test_a_hard_moment_got_through_stays_a_win_and_still_gets_the_offer(
    text: str, data_dir: Path
) -> None:
    assert clear_concern(text) == "self"  # the phrases hear it...
    assert not is_distress(text)  # ...but it is a therapy win, not a note
    assert concern(text) == "maybe"  # and the softer offer is still made
    win = Journal(data_dir).add_win(text, day=TODAY)
    assert not win.note


@pytest.mark.parametrize(
    "text",
    [
        "went for the walk my therapist suggested but kept wishing I could vanish for good",
        "wanted to scream so i hurt myself instead",
        "had a good session at the gym but I still feel like I shouldn't be here",
        "I used to be fine but now I want to die",
    ],
)
def test_risk_beside_words_of_therapy_or_the_past_is_still_a_note(text: str) -> None:
    assert is_distress(text) and concern(text) == "self"


@pytest.mark.parametrize(
    "text",
    [
        "get through today without hurting myself",
        "not hurt myself today",
        "stay alive today",
        "try not to cut tonight",
        "my aim is to not self harm this week",
    ],
)
def test_staying_safe_as_todays_aim_is_a_win_with_the_softer_offer(text: str) -> None:
    assert not is_distress(text) and concern(text) == "maybe"


@pytest.mark.parametrize(
    "text", ["stay safe on the roads", "finished the 'reasons to stay alive' book, underlined half"]
)
def test_staying_safe_in_other_senses_gets_no_offer(text: str) -> None:
    assert concern(text) is None
