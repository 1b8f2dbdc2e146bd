"""A realistic ten-year journal for the benchmarks: a heavy user, every table filled.

A person who notes 3-7 wins most days for ten years has about 20,000 wins; add a reflection
every week or so (500), a weekly review almost every week (520), a small step on about a third
of the days, and their settings. Everything comes from one seeded ``random.Random``, so the
same ``seed`` and ``last_day`` always give the same bytes.

The files are written directly, laid out exactly as the journal lays them out (settings in
``smallwins.json``, every other table one file per month, see ``smallwins_tui.data.segments``)
and in exactly the format :class:`SafeJSONStorage` writes (tables of ``{"<int doc id>": record}``
plus ``_meta`` with the schema version), through the same ``atomic_write``; going through
``RecordStore.put`` 20,000 times would take minutes and test nothing extra.
``python -m bench.dataset DIR`` writes one by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import uuid
from pathlib import Path
from typing import Any

import orjson

from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.data.files import atomic_write, ensure_private_dir
from smallwins_tui.data.journal import INTENTIONS, SETTINGS, WINS, Journal
from smallwins_tui.data.paths import data_file
from smallwins_tui.data.segments import journal_files, month_of, segment_path
from smallwins_tui.data.storage import META_TABLE, SCHEMA_VERSION

REFLECTIONS = "reflections"
REVIEWS = "reviews"
SEED = 20261122
TEN_YEARS = 3652
"""Days in ten years, leap days included."""

_DONE = (
    "Walked",
    "Phoned",
    "Cooked",
    "Answered",
    "Tidied",
    "Went to",
    "Asked",
    "Sat with",
    "Finished",
    "Started",
    "Booked",
    "Paid",
    "Wrote",
    "Read",
    "Rested",
    "Said no to",
)
_WHAT = (
    "the post",
    "my sister",
    "a proper lunch",
    "two emails",
    "the kitchen",
    "the shop",
    "my therapist about the homework",
    "the feeling for ten minutes",
    "the form",
    "the appointment",
    "the bill",
    "three lines in my notebook",
    "a chapter",
    "the extra shift",
    "the washing",
    "the dog round the block",
)
_HOW = (
    "",
    "",
    "",
    " even though I felt flat",
    " before ten",
    " without putting it off",
    " and noticed the 'should'",
    " after a rough morning",
    " instead of scrolling",
    " and let it be enough",
)
_THOUGHTS = (
    "I should be over this by now.",
    "I used to manage all of this easily.",
    "Everyone else copes better than me.",
    "I am still not back to normal.",
    "This is too small to count.",
)
_ANSWERS = (
    "A few weeks ago I could not have done {what}; this week I did it twice.",
    "Compared with last month I {what} more often and recover sooner.",
    "Measured against where I was in spring, {what} is new.",
)
_BASELINES = ("ideal_future", "historical", "fair_current", None)
_QUESTIONS = ("hard_but_useful", "avoided_less", "understood", "recovered", "too_small", "friend")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(day: dt.date, rng: random.Random) -> str:
    moment = dt.datetime.combine(day, dt.time(7, 0), tzinfo=dt.timezone.utc) + dt.timedelta(
        seconds=rng.randrange(15 * 3600), milliseconds=rng.randrange(1000)
    )
    return moment.isoformat(timespec="milliseconds")


def _win_text(rng: random.Random) -> str:
    return f"{rng.choice(_DONE)} {rng.choice(_WHAT)}{rng.choice(_HOW)}"


def _record(rng: random.Random, day: dt.date, fields: dict[str, Any]) -> dict[str, Any]:
    stamp = _stamp(day, rng)
    return {"id": _uuid(rng), "created": stamp, "updated": stamp, **fields}


def build(
    last_day: dt.date,
    *,
    days: int = TEN_YEARS,
    wins: int = 20_000,
    reflections: int = 500,
    reviews: int = 520,
    seed: int = SEED,
) -> dict[str, Any]:
    """The journal's tables, ending on ``last_day`` (today's wins included)."""
    rng = random.Random(seed)
    first = last_day - dt.timedelta(days=days - 1)
    win_days = sorted(first + dt.timedelta(days=rng.randrange(days)) for _ in range(wins))
    win_rows = []
    for day in win_days:
        fields: dict[str, Any] = {
            "text": _win_text(rng),
            "day": day.isoformat(),
            "kind": rng.choice((*KIND_KEYS, None, None)),
        }
        if rng.random() < 0.05:
            fields["source"] = rng.choice(("intention", "grounding", "breathing"))
        win_rows.append(_record(rng, day, fields))
    step_days = sorted(rng.sample(range(days), days // 3))
    step_rows = [
        _record(
            rng,
            first + dt.timedelta(days=offset),
            {
                "day": (first + dt.timedelta(days=offset)).isoformat(),
                "text": _win_text(rng),
                "win_id": None,
            },
        )
        for offset in step_days
    ]
    thought_rows = []
    for offset in sorted(rng.sample(range(days), reflections)):
        baseline = rng.choice(_BASELINES)
        thought_rows.append(
            _record(
                rng,
                first + dt.timedelta(days=offset),
                {
                    "thought": rng.choice(_THOUGHTS),
                    "baseline": baseline,
                    "cue": rng.choice(("should", "used to", "by now")) if baseline else None,
                    "answer": "\n".join(
                        rng.choice(_ANSWERS).format(what=rng.choice(_WHAT).lower())
                        for _ in range(rng.randint(1, 4))
                    ),
                },
            )
        )
    monday = last_day - dt.timedelta(days=last_day.weekday())
    review_rows = []
    for week in range(reviews, 0, -1):
        start = monday - dt.timedelta(weeks=week)
        answers = {
            key: " ".join(_win_text(rng) + "." for _ in range(rng.randint(1, 3)))
            for key in _QUESTIONS
            if rng.random() < 0.8
        }
        review_rows.append(
            _record(
                rng, start + dt.timedelta(days=6), {"week": start.isoformat(), "answers": answers}
            )
        )
    settings = [
        _record(rng, first, {"values": {"region": "GB", "week_start": "monday", "welcomed": True}})
    ]
    tables = {
        WINS: win_rows,
        INTENTIONS: step_rows,
        REFLECTIONS: thought_rows,
        REVIEWS: review_rows,
        SETTINGS: settings,
    }
    data: dict[str, Any] = {META_TABLE: {"1": {"schema_version": SCHEMA_VERSION}}}
    for name, rows in tables.items():
        data[name] = {str(index): row for index, row in enumerate(rows, start=1)}
    return data


def write(data_dir: Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as the journal in ``data_dir`` (0600, atomically): settings in the home
    file, every other table split by month. Returns the home file's path."""
    meta = data[META_TABLE]
    files: dict[Path, dict[str, Any]] = {data_file(data_dir): {META_TABLE: meta}}
    for name, docs in data.items():
        if name == META_TABLE:
            continue
        for doc_id, record in docs.items():
            path = (
                data_file(data_dir)
                if name in Journal.home_tables
                else segment_path(data_dir, name, month_of(record, name))
            )
            files.setdefault(path, {META_TABLE: meta}).setdefault(name, {})[doc_id] = record
    for path, content in files.items():
        for folder in (data_dir, path.parent.parent, path.parent):
            ensure_private_dir(folder)
        atomic_write(path, orjson.dumps(content))
    return data_file(data_dir)


def one_file(data_dir: Path, target: Path) -> Path:
    """The same journal as ONE TinyDB file, as a stock TinyDB app would keep it (the storage
    benchmark's baseline): every file's tables merged, doc ids renumbered."""
    merged: dict[str, Any] = {}
    for path in journal_files(data_dir, data_file(data_dir)):
        for name, docs in orjson.loads(path.read_bytes()).items():
            table = merged.setdefault(name, {})
            for record in docs.values():
                table[str(len(table) + 1)] = record
    ensure_private_dir(target.parent)
    atomic_write(target, orjson.dumps(merged))
    return target


def size(data_dir: Path) -> int:
    """Bytes in every journal file (not backups)."""
    return sum(path.stat().st_size for path in journal_files(data_dir, data_file(data_dir)))


def generate(data_dir: Path, last_day: dt.date | None = None, **sizes: int) -> Path:
    """Write a ten-year journal (or a smaller one, via ``sizes``) ending on ``last_day``."""
    return write(data_dir, build(last_day or dt.date.today(), **sizes))


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a ten-year smallwins journal.")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    path = generate(args.data_dir, seed=args.seed)
    print(f"{path.parent}: {size(path.parent) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
