"""The "maybe" tier: wording that might be distress, heard more broadly than the phrases.

Two tiers, two costs. The phrases in :mod:`smallwins_tui.core.distress` are the **clear** tier:
a line they hear is kept as a note, not a win. They are precise but hear only wording like
what they were written from. This module is the **maybe** tier: a small logistic model over
the words of a line, which hears new wording of the same ideas (endings, means, vanishing,
being a burden, no way on) at the price of some false alarms. A maybe line **stays a win**,
exactly as written and counted as before; all it earns is the same one calm, dismissible
offer of support. So a false maybe costs one gentle offer, never a misfiled win.

How it reads a line: the text is normalised as the phrases read it (contractions spelled
out, idioms blanked, clauses split), each word is cut to its first six letters (so "suicidal"
and "suicide", "overdosed" and "overdosing" meet), and the features are those stems, pairs of
stems in the same clause (next to each other, and one word apart, so "want to die" and "want 2
die" share "want _ die"), and a few hand-named concepts (an ending, a means, vanishing, a
burden, no way on, a goodbye, giving things away, a place to fall from, a last time, a
resolve, a fate welcomed) with whether the writer is in the same clause, and whether a word
that may settle it ("no longer", "used to", "resisted") comes first. The weights are data,
trained by ``tools/train_maybe.py`` from the labelled lines in ``tests/unit/data/`` (never the
held-out batches 4 and 8 to 19, which stay measures), among them twelve files of about a
thousand lines each written by other writers in many registers, plus ordinary journal wins
weighed three times (the demo journal, Today's examples, the benchmark's made-up wins and
thoughts, and a list of wins, many of them therapy wins that name hard thoughts: "noticed the
thought 'I am useless' and let it pass"), so ordinary wins are well represented. The threshold
is set, from out-of-fold scores, so that about 8% of the labelled everyday lines the phrases
leave alone get the offer (most of those lines were written to sound like risk).
Training is deterministic; the weights live in :mod:`smallwins_tui.core.distress_maybe_weights`
and are only imported on first use.

Pure Python, no dependencies, no randomness at run time: the same words always give the same
answer.
"""

from __future__ import annotations

import math
import re

STEM = 6
"""Letters kept of each word."""

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "end": (
        "die",
        "dying",
        "dead",
        "death",
        "suicid",
        "kill",
        "killin",
        "unaliv",
        "end",
        "ending",
        "ended",
        "over",
        "gone",
        "grave",
        "funera",
        "coffin",
        "heaven",
        "afterl",
        "forever",
        "perman",
        "exit",
        "check",
        "wake",
        "waking",
        "sleep",
        "rest",
        "peace",
        "finish",
    ),
    "means": (
        "pills",
        "pill",
        "tablet",
        "overdo",
        "rope",
        "noose",
        "bridge",
        "ledge",
        "jump",
        "train",
        "tracks",
        "razor",
        "blade",
        "blades",
        "knife",
        "gun",
        "cliff",
        "roof",
        "drown",
        "hang",
        "hangin",
        "poison",
        "bleach",
        "stash",
        "stockp",
        "meds",
        "cut",
        "cuttin",
        "burn",
        "bottle",
        "edge",
        "fall",
        "height",
        "motorw",
        "traffi",
        "water",
    ),
    "vanish": (
        "disapp",
        "vanish",
        "exist",
        "erase",
        "nothin",
        "nobody",
        "away",
        "invisi",
        "fade",
        "fading",
        "gone",
        "missed",
        "notice",
    ),
    "burden": ("burden", "better", "withou", "miss", "relief", "easier", "weight", "useles"),
    "noway": (
        "hopele",
        "pointl",
        "point",
        "trappe",
        "escape",
        "way",
        "cannot",
        "anymor",
        "longer",
        "enough",
        "done",
        "tired",
        "give",
        "giving",
        "last",
        "final",
        "worthl",
        "empty",
    ),
    "goodbye": (
        "goodby",
        "bye",
        "letter",
        "letters",
        "note",
        "notes",
        "will",
        "affair",
        "loose",
        "sorted",
        "say",
        "farewe",
        "last",
        "final",
        "give",
        "whoeve",
        "finds",
    ),
    "giveaway": (
        "gave",
        "give",
        "giving",
        "given",
        "donate",
        "belong",
        "posses",
        "stuff",
        "passwo",
        "will",
        "affair",
        "insura",
        "subscr",
        "cancel",
        "delete",
        "deleti",
        "photos",
        "accoun",
        "card",
        "cards",
        "sorted",
        "order",
        "tidied",
        "look",
        "after",
        "feed",
        "keep",
    ),
    "place": (
        "bridge",
        "balcon",
        "train",
        "tracks",
        "platfo",
        "rail",
        "railwa",
        "canal",
        "river",
        "multis",
        "car",
        "park",
        "roof",
        "rooftop",
        "cliff",
        "cliffs",
        "ledge",
        "edge",
        "woods",
        "motorw",
        "overpa",
        "pier",
        "tower",
        "top",
        "drop",
        "high",
        "height",
        "lorry",
        "bus",
        "traffi",
        "sea",
        "lake",
    ),
    "last": (
        "last",
        "final",
        "goodby",
        "bye",
        "later",
        "anymor",
        "longer",
        "graduat",
        "christ",
        "birthd",
        "future",
        "next",
        "soon",
        "tomorr",
        "tonigh",
        "friday",
        "weekend",
        "month",
    ),
    "resolve": (
        "decide",
        "decidi",
        "decisi",
        "ready",
        "calm",
        "peace",
        "peacef",
        "lighte",
        "relief",
        "reliev",
        "plan",
        "planne",
        "planni",
        "date",
        "secret",
        "tellin",
        "anyone",
        "nobody",
        "hidden",
        "hide",
        "hiding",
        "waitin",
        "settle",
    ),
    "fate": (
        "accide",
        "cancer",
        "illnes",
        "scan",
        "crash",
        "hit",
        "plane",
        "tumour",
        "tumor",
        "diseas",
        "welcom",
        "hope",
        "hoping",
        "wish",
        "pray",
        "prayin",
        "win",
        "fight",
    ),
}
_SELF = frozenset({"i", "me", "my", "myself", "mine", "im"})
_SETTLED = frozenset(
    {"not", "never", "no", "longer", "used", "stoppe", "resist", "ago", "withou", "free", "clean"}
)
"""Words that, before an idea, may settle it ("no longer", "used to", "resisted", "clean")."""
_THOUGHT_FRAME = re.compile(r"['\"\u2018\u201c]")

_model: tuple[dict[str, float], float, float] | None = None
_by_stem: dict[str, tuple[str, ...]] | None = None


def _concepts() -> dict[str, tuple[str, ...]]:
    global _by_stem
    if _by_stem is None:
        index: dict[str, list[str]] = {}
        for name, stems in _CONCEPTS.items():
            for stem in stems:
                index.setdefault(stem, []).append(name)
        _by_stem = {stem: tuple(names) for stem, names in index.items()}
    return _by_stem


def features(text: str) -> set[str]:
    """The features of one line (see the module docstring): stems, pairs, concepts."""
    from smallwins_tui.core.distress_phrases import IDIOMS, normalise

    plain = IDIOMS.sub(" ~ ", normalise(text))
    by_stem = _concepts()
    found: set[str] = {"quoted"} if _THOUGHT_FRAME.search(text) else set()
    for clause in plain.split("|"):
        stems = [word[:STEM] for word in clause.split() if word != "~"]
        mine = any(stem in _SELF for stem in stems)
        named: set[str] = set()
        settled: set[str] = set()
        after_settling = False
        for index, stem in enumerate(stems):
            found.add(stem)
            if index:
                found.add(stems[index - 1] + " " + stem)
            if index > 1:
                found.add(stems[index - 2] + " _ " + stem)
            names = by_stem.get(stem, ())
            named.update(names)
            if after_settling:
                settled.update(names)
            after_settling = after_settling or stem in _SETTLED
        for name in named:
            found.add("c:" + name)
            if mine:
                found.add("c:i+" + name)
        for name in settled:
            found.add("c:settled+" + name)
        if len(named) > 1:
            found.add("c:" + "+".join(sorted(named)))
    return found


def _weights() -> tuple[dict[str, float], float, float]:
    global _model
    if _model is None:
        from smallwins_tui.core.distress_maybe_weights import BIAS, THRESHOLD, WEIGHTS

        table: dict[str, float] = {}
        for row in WEIGHTS.splitlines():
            feature, _tab, weight = row.rpartition("\t")
            table[feature] = float(weight)
        _model = (table, BIAS, THRESHOLD)
    return _model


def maybe_score(text: str) -> float:
    """How likely the model finds distress in ``text``, from 0 to 1."""
    weights, bias, _threshold = _weights()
    total = bias + sum(weights.get(feature, 0.0) for feature in features(text))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def sounds_maybe(text: str) -> bool:
    """Whether ``text`` might be distress: reason to offer support, never to make it a note."""
    if not text.strip():
        return False
    return maybe_score(text) >= _weights()[2]
