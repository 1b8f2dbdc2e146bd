"""The distress detector, held to the labelled lines: most risk heard, few everyday lines flagged.

``risk-phrases-dev.tsv`` is the shared development set. ``risk-phrases-ours.tsv`` holds lines we
wrote ourselves, added in batches of 20 to 80: each batch was first run unseen, to see how well
the phrases generalise (the unseen catch rate rose from about 70% to 92-96% as they did), and
then kept here so a later change cannot quietly lose what was learned.
``risk-phrases-heldout.tsv`` was written in one go, before the phrases were broadened, in
phrasings unlike the other two (slang, typos, passive wishes, risk buried mid-sentence); it held
only 71% before and holds the generalised phrases to at least 92%.
``risk-phrases-heldout5.tsv`` (84% caught, 4% flagged untuned) was then tuned against for general
constructions; ``risk-phrases-heldout6.tsv`` was written after that round and scored once
(55% caught, 3% flagged), then tuned against in turn; ``risk-phrases-heldout7.tsv`` was written
after that, scored once (51%, 7%) and tuned against too; ``risk-phrases-heldout8.tsv`` was
written after that round and scored once; ``risk-phrases-heldout10.tsv`` was written blind later
(without reading the phrases or any training line) and scored once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smallwins_tui.core.distress import (
    Listener,
    clear_concern,
    concern,
    distress_cue,
    is_distress,
    normalise,
)

DATA = Path(__file__).parent / "data"


def _labelled(name: str) -> tuple[list[str], list[str]]:
    risk: list[str] = []
    everyday: list[str] = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line or line.startswith("label\t"):
            continue
        label, text = line.split("\t", 1)
        (risk if label == "risk" else everyday).append(text)
    return risk, everyday


@pytest.mark.parametrize(
    ("name", "least_caught"),
    [
        ("risk-phrases-dev.tsv", 0.95),
        ("risk-phrases-ours.tsv", 0.95),
        ("risk-phrases-heldout.tsv", 0.92),
        ("risk-phrases-heldout2.tsv", 0.92),
        ("risk-phrases-heldout3.tsv", 0.92),
        ("risk-phrases-heldout5.tsv", 0.95),
        ("risk-phrases-heldout6.tsv", 0.95),
        ("risk-phrases-heldout7.tsv", 0.92),
    ],
)
def test_most_risk_is_heard_and_few_everyday_lines_are_flagged(
    name: str, least_caught: float
) -> None:
    risk, everyday = _labelled(name)
    assert len(risk) >= 40 and len(everyday) >= 30
    missed = [text for text in risk if not is_distress(text)]
    flagged = [text for text in everyday if is_distress(text)]
    assert len(missed) <= (1 - least_caught) * len(risk), missed
    assert len(flagged) <= 0.10 * len(everyday), flagged


@pytest.mark.parametrize(
    ("name", "least_caught", "most_flagged"),
    [
        # Scored once untuned: 44/50 caught (88%), 4/40 flagged (10%).
        ("risk-phrases-heldout4.tsv", 0.88, 0.10),
        # Scored once untuned, after the seventh batch's round: 21/50 (42%), 1/50 (2%).
        ("risk-phrases-heldout8.tsv", 0.40, 0.10),
        # Written blind, scored once untuned: 76/100 (76%), 4/100 (4%).
        ("risk-phrases-heldout10.tsv", 0.74, 0.06),
        # Written blind and scored once (see each file's header); the phrases did not change.
        ("risk-phrases-heldout11.tsv", 0.40, 0.05),
        ("risk-phrases-heldout12.tsv", 0.69, 0.07),
        ("risk-phrases-heldout13.tsv", 0.70, 0.06),
        ("risk-phrases-heldout14.tsv", 0.64, 0.04),
        ("risk-phrases-heldout15.tsv", 0.26, 0.15),
        ("risk-phrases-heldout16.tsv", 0.55, 0.07),
        ("risk-phrases-heldout17.tsv", 0.37, 0.11),
        ("risk-phrases-heldout18.tsv", 0.68, 0.04),
        ("risk-phrases-heldout19.tsv", 0.60, 0.07),
    ],
)
def test_the_untuned_heldout_batch_does_not_slip(
    name: str, least_caught: float, most_flagged: float
) -> None:
    """Batches scored once and never tuned against: a floor a little under that honest measure
    of unseen phrasing (so a later change cannot lose ground unnoticed), not a target."""
    risk, everyday = _labelled(name)
    missed = [text for text in risk if not is_distress(text)]
    flagged = [text for text in everyday if is_distress(text)]
    assert len(missed) <= (1 - least_caught) * len(risk), missed
    assert len(flagged) <= most_flagged * len(everyday), flagged


@pytest.mark.parametrize(
    "text",
    [
        "cut myself some slack today",
        "left work on time to end my day with a walk",
        "killing it at work today",
        "I didn't hurt myself today",
        "resisted the urge to self harm",
        "I'd rather die than sing karaoke but I clapped along",
        "safe trip home",
    ],
)
def test_idioms_and_negations_are_everyday(text: str) -> None:
    assert distress_cue(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("kms", "kms"),
        ("I want to unalive myself", "want to unalive"),
        ("I can\u2019t keep myself safe", "can not keep myself safe"),
        ("I\u2019m a burden to everyone", "am a burden"),
    ],
)
def test_the_cue_names_the_words_that_were_heard(text: str, cue: str) -> None:
    assert distress_cue(text) == cue


def test_normalising_spells_out_contractions_and_chat_words() -> None:
    assert normalise("I'm NOT ok, I wanna go") == "i am not ok | i want to go"
    assert normalise("i dont want to be here") == "i do not want to be here"
    assert normalise("if I were there") == "if i were there"  # "were" is not "we're"


def test_the_listener_reads_only_the_new_tail_while_text_grows() -> None:
    listener = Listener()
    text = "went for a walk. " * 200
    assert not listener.heard(text)
    assert listener.heard(text + "I want to die")
    assert not listener.heard("a new answer")  # not a continuation: read whole
    assert listener.heard("kms")


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("risk-phrases-*.tsv")))
def test_the_phrase_index_never_hides_a_line_the_phrases_hear(name: str) -> None:
    risk, everyday = _labelled(name)
    for text in risk + everyday:
        assert distress_cue(text) == distress_cue(text, prefilter=False), text


@pytest.mark.parametrize(
    "text",
    [
        "my friend said she wants to die",
        "worried my brother might hurt himself",
        "my sister has been cutting again",
        "my son told me he doesn't want to live anymore",
        "I'm scared my friend will kill herself",
        "my best friend is suicidal and I don't know what to do",
        "dad keeps saying he's a burden",
        "my partner is not safe tonight",
    ],
)
def test_worry_for_someone_else_is_heard_apart_and_is_not_a_note(text: str) -> None:
    assert concern(text) == "other"
    assert not is_distress(text)  # not about the writer: the line stays a win


@pytest.mark.parametrize(
    "text",
    [
        "my friend said she wants to die and honestly so do i",
        "my kids would be better off with me out of the picture",
        "wrote notes for mum and dad tonight just in case",
        "my mum doesn't know I keep thinking about killing myself",
    ],
)
def test_words_that_also_speak_for_the_writer_are_theirs(text: str) -> None:
    assert concern(text) == "self" and is_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "my friend's dog died",
        "he hurt himself playing football",
        "mum had a fall and hurt herself",
        "my friend is doing better, she doesn't want to die anymore",
        "the hero wants to kill himself in the last chapter of the book",
        "the news said a man jumped from a bridge",
        "my brother killed it at his exam",
        "my colleague said the deadline is killing him",
        "she's dying to see the film",
        "my friend overdosed on coffee lol",
    ],
)
def test_someone_else_in_everyday_words_stories_or_accidents_is_no_worry(text: str) -> None:
    # The phrases (the clear tier) hear no worry; the broader "maybe" tier may still offer
    # once, and the line stays a win whatever it says.
    assert clear_concern(text) is None
    assert concern(text) in (None, "maybe") and not is_distress(text)


def test_the_listener_and_several_fields_keep_the_writers_own_safety_first() -> None:
    from smallwins_tui.core.distress import strongest

    listener = Listener()
    assert listener.worry("my brother said he wants to die") == "other"
    assert listener.heard("my brother said he wants to die, and I want to die too")
    assert strongest("other", None, "self") == "self"
    assert strongest(None, "other") == "other" and strongest(None, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "tidied the shed today",
        "shed a few tears at the film and felt better",
        "hid his birthday present in the shed",
        "i shd go to bed earlier",
    ],
)
def test_a_shed_is_not_the_shorthand_for_self_harm(text: str) -> None:
    assert concern(text) is None and not is_distress(text)


@pytest.mark.parametrize("text", ["sh'd again last night", "sh urges bad tonight", "shing again"])
def test_the_shorthand_for_self_harm_is_still_heard(text: str) -> None:
    assert is_distress(text)


@pytest.mark.parametrize(
    ("everyday", "risk"),
    [
        (
            "won't be here next week, off to spain with the family",
            "won't be here next week. off to a better place",
        ),
        ("i'm gonna die if i don't get a coffee", "I want to die"),
        (
            "counted my pills with the pharmacist to make sure the refill is right",
            "counted my pills again, there's enough now",
        ),
        ("bought a rope for the tyre swing in the garden", "bought a rope today"),
        (
            "said my goodbyes at the airport, cried, then ate a muffin",
            "said my goodbyes to everyone",
        ),
        (
            "burned my arm on the oven tray, ran it under cold water",
            "burnt my arm with the iron on purpose",
        ),
        (
            "nobody would notice if i skipped the meeting, so i did",
            "nobody would notice if i was gone",
        ),
        ("i'm hopeless at cooking but the omelette was edible", "i feel hopeless about everything"),
    ],
)
def test_everyday_twins_of_risk_wording_are_left_alone(everyday: str, risk: str) -> None:
    """Idioms heard in the training files' everyday lines, each beside a risk twin that must
    still be heard."""
    assert not is_distress(everyday)
    assert concern(risk) is not None
