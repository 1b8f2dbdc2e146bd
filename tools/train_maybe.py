"""Train the "maybe" tier's weights (smallwins_tui/core/distress_maybe_weights.py).

    python tools/train_maybe.py            # train, write the weights, print the measures
    python tools/train_maybe.py --measure  # only print the measures of the committed weights

Logistic regression over the features of :func:`smallwins_tui.core.distress_maybe.features`,
fitted by plain gradient descent (deterministic: full batches, fixed order, no randomness).
Trained on the labelled lines of dev, ours, wide, held-out batches 1-3 and 5-7 and the twelve
training files train-a to train-l (each about a thousand lines by another writer, with a brief
of its own: warning signs, slang, young people, adults in recovery, very short and very long
lines, English from many places, risk without keywords, everyday look-alikes, a win then a
risk, behaviours with no feeling named, hard days that are not risk, the calm decided tone),
plus ordinary wins and the seed articles' sentences as everyday lines, weighed
``ORDINARY_WEIGHT`` times (see :func:`ordinary`). Held-out batches 4 and 8-19 are never read
for training: they are the measures. The threshold is chosen from five-fold out-of-fold scores
so that about ``TARGET_FLAG`` of the labelled everyday lines the phrases leave alone would be
offered support.
"""

from __future__ import annotations

import math
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smallwins_tui.core.distress import clear_concern, concern  # noqa: E402
from smallwins_tui.core.distress_maybe import features  # noqa: E402

DATA = ROOT / "tests" / "unit" / "data"
TRAIN = [
    "dev",
    "ours",
    "wide",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout5",
    "heldout6",
    "heldout7",
    "train-a",
    "train-b",
    "train-c",
    "train-d",
    "train-e",
    "train-f",
    "train-g",
    "train-h",
    "train-i",
    "train-j",
    "train-k",
    "train-l",
]
MEASURES = [
    "dev",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
]
OUT = ROOT / "smallwins_tui" / "core" / "distress_maybe_weights.py"
TARGET_FLAG = 0.08
L2 = 0.0005
EPOCHS = 300
RATE = 0.5
KEEP = 0.1
ORDINARY_WEIGHT = 3


def labelled(name: str) -> list[tuple[str, int]]:
    path = DATA / f"risk-phrases-{name}.tsv"
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line or line.startswith("label\t"):
            continue
        label, text = line.split("\t", 1)
        rows.append((text, 1 if label == "risk" else 0))
    return rows


def ordinary() -> list[tuple[str, int]]:
    """Everyday lines: tests/unit/data/ordinary-wins.txt, the demo journal, Today's example
    wins, and the benchmark's generated wins, thoughts and answers (every fifth made-up win)."""
    from bench import dataset
    from smallwins_tui.core.wins import EXAMPLE_WINS
    from smallwins_tui.data.demo import DEMO_WINS

    lines = (DATA / "ordinary-wins.txt").read_text(encoding="utf-8").splitlines()
    texts = [line for line in lines if line.strip() and not line.startswith("#")]
    texts += [text for _days, _kind, text in DEMO_WINS] + list(EXAMPLE_WINS)
    made = [
        f"{done} {what}{how}"
        for done in dataset._DONE
        for what in dataset._WHAT
        for how in dataset._HOW
    ]
    texts += made[::5] + list(dataset._THOUGHTS)
    texts += [answer.format(what=what) for answer in dataset._ANSWERS for what in dataset._WHAT]
    texts += seed_sentences()
    return [(text, 0) for text in texts]


def seed_sentences() -> list[str]:
    """Sentences of the therapy seed articles (../shared/seeds beside the project, when there):
    read at training time only, never copied into the project."""
    folder = Path(os.environ.get("SMALLWINS_SEEDS", ROOT.parent / "shared" / "seeds"))
    if not folder.is_dir():
        return []
    found: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for part in re.split(r"(?<=[.!?])\s+|\n+", text):
            part = part.strip()
            if 4 <= len(part.split()) <= 40 and not part.startswith("•"):
                found.append(part)
    return found


def fit(rows: list[tuple[set[str], int]]) -> tuple[dict[str, float], float]:
    """Full-batch gradient descent (AdaGrad steps) with L2, classes weighted to count equally.
    Features are numbered once, so each epoch is list arithmetic rather than dict lookups."""
    positives = sum(label for _f, label in rows) or 1
    negatives = (len(rows) - positives) or 1
    scale = {1: len(rows) / (2 * positives), 0: len(rows) / (2 * negatives)}
    number: dict[str, int] = {}
    encoded = [
        ([number.setdefault(f, len(number)) for f in sorted(feats)], label) for feats, label in rows
    ]
    size = len(number)
    weights = [0.0] * size
    sq = [1e-8] * size
    bias = 0.0
    sq_bias = 1e-8
    for _epoch in range(EPOCHS):
        grad = [0.0] * size
        grad_bias = 0.0
        for indices, label in encoded:
            z = bias + sum(map(weights.__getitem__, indices))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - label) * scale[label] / len(rows)
            grad_bias += g
            for i in indices:
                grad[i] += g
        for i in range(size):
            g = grad[i] + L2 * weights[i]
            sq[i] += g * g
            weights[i] -= RATE * g / math.sqrt(sq[i])
        sq_bias += grad_bias * grad_bias
        bias -= RATE * grad_bias / math.sqrt(sq_bias)
    return {f: weights[i] for f, i in number.items()}, bias


def score(weights: dict[str, float], bias: float, feats: set[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose_threshold(rows: list[tuple[str, int]], labelled_rows: int) -> float:
    """Five folds (every fifth line): the score above which TARGET_FLAG of the out-of-fold
    labelled everyday lines (the first ``labelled_rows``; the made-up ordinary wins are too
    easy to set a threshold by) that the phrases leave alone would be offered support."""
    feats = [(features(text), label) for text, label in rows]
    everyday: list[float] = []
    for fold in range(5):
        train = [row for i, row in enumerate(feats) if i % 5 != fold]
        weights, bias = fit(train)
        for i, (text, label) in enumerate(rows):
            if i % 5 == fold and i < labelled_rows and label == 0 and clear_concern(text) is None:
                everyday.append(score(weights, bias, feats[i][0]))
    everyday.sort(reverse=True)
    return everyday[int(len(everyday) * TARGET_FLAG)]


def write(weights: dict[str, float], bias: float, threshold: float) -> None:
    """One feature and its weight a line, in a string: far cheaper to load than a dict literal."""
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= KEEP}
    body = "".join(f"{f}\t{w!r}\n" for f, w in kept.items())
    OUT.write_text(
        '"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.\n'
        "\n"
        "One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).\n"
        '"""\n'
        "\n"
        f"BIAS = {round(bias, 4)!r}\n"
        f"THRESHOLD = {round(threshold, 4)!r}\n"
        'WEIGHTS = """\\\n' + body + '"""\n',
        encoding="utf-8",
    )
    print(f"wrote {len(kept)} weights, threshold {threshold:.4f}")


def measure(names: list[str] | None = None) -> None:
    from smallwins_tui.core.distress import is_distress
    from smallwins_tui.core.distress_maybe import sounds_maybe

    print("set        risk  clear  +maybe | everyday clear flagged(any offer)")
    for name in names or MEASURES:
        rows = labelled(name)
        if not rows:
            continue
        risk = [t for t, label in rows if label]
        day = [t for t, label in rows if not label]
        clear_r = sum(is_distress(t) for t in risk)
        both_r = sum(concern(t) is not None or sounds_maybe(t) for t in risk)
        clear_d = sum(is_distress(t) for t in day)
        both_d = sum(concern(t) is not None or sounds_maybe(t) for t in day)
        print(
            f"{name:10} {len(risk):4} {clear_r / len(risk):6.1%} {both_r / len(risk):6.1%}"
            f" | {len(day):4} {clear_d / len(day):6.1%} {both_d / len(day):6.1%}"
        )


def main() -> None:
    if "--measure" not in sys.argv:
        tagged = [row for name in TRAIN for row in labelled(name)]
        rows = tagged + ordinary() * ORDINARY_WEIGHT
        threshold = choose_threshold(rows, len(tagged))
        weights, bias = fit([(features(text), label) for text, label in rows])
        write(weights, bias, threshold)
        import importlib

        import smallwins_tui.core.distress_maybe as module
        import smallwins_tui.core.distress_maybe_weights as stored

        importlib.reload(stored)
        module._model = None
    measure()


if __name__ == "__main__":
    main()
