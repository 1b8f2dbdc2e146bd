"""Index the distress phrases by the words they start with (smallwins_tui/core/distress_index.py).

    python tools/index_phrases.py          # write the index
    python tools/index_phrases.py --check  # exit 1 when the committed index is stale

Compiling all ~480 risk phrases costs about 60 ms, on every ``smallwins add``. The index lists,
for each phrase, literal strings at least one of which is inside any text the phrase can match
(read from the start of the pattern: the first word of every alternative, through groups and
optional parts). A line holding none of them cannot match, so that phrase is neither compiled
nor tried. A phrase whose start cannot be read (it begins with ``\\w`` or ``[...]``) is always
tried. The index carries a digest of the phrases; if they change and the index is not written
again, the detector tries every phrase (slower, never wrong) and a unit test fails.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smallwins_tui.core.distress_phrases import RISK_SOURCES, sources_digest  # noqa: E402

OUT = ROOT / "smallwins_tui" / "core" / "distress_index.py"
_SPECIAL = re.compile(r"\\.|[()|\[\]]")
"""What matters when reading a pattern's structure: escapes, groups, bars and classes."""
_OPTIONAL = ("?", "*", "{0")


def _walk(source: str, start: int = 0) -> Iterator[tuple[str, int, int]]:
    """The structural tokens of ``source`` from ``start``, outside character classes: each
    token, the group depth before it, and where it is."""
    depth = 0
    in_class = False
    for token in _SPECIAL.finditer(source, start):
        char = token.group()
        if in_class:
            in_class = char != "]"
            continue
        if char == "[":
            in_class = True
            continue
        yield char, depth, token.start()
        depth += {"(": 1, ")": -1}.get(char, 0)


def _close(source: str, start: int) -> int:
    """Where the ``)`` closing the ``(`` at ``start`` is."""
    for char, depth, at in _walk(source, start):
        if char == ")" and depth == 1:
            return at
    raise ValueError(f"unbalanced pattern: {source!r}")


def _alternatives(source: str) -> list[str]:
    """``source`` split at its top-level ``|``."""
    bars = [at for char, depth, at in _walk(source) if char == "|" and depth == 0]
    starts, ends = [-1, *bars], [*bars, len(source)]
    return [source[begin + 1 : end] for begin, end in zip(starts, ends, strict=True)]


def needles(source: str) -> frozenset[str] | None:
    """Literal strings at least one of which is inside every match of ``source``, or None when
    the pattern's start cannot be read."""
    found: set[str] = set()
    for part in _alternatives(source):
        heads = _heads(part)
        if heads is None:
            return None
        found |= heads
    return frozenset(found)


def _heads(source: str) -> frozenset[str] | None:
    """The needles of one alternative, read from its start."""
    while source.startswith(("\\b", "^")):
        source = source[2:] if source.startswith("\\b") else source[1:]
    if not source:
        return None
    if source.startswith(("(?=", "(?!", "(?<")):  # looks around, consumes nothing
        return _heads(source[_close(source, 0) + 1 :])
    if source.startswith("("):
        return _group_heads(source)
    literal: list[str] = []
    for char in source:
        if char.isalnum() or char == " ":
            literal.append(char)
            continue
        if char in "?*{" and literal:
            literal.pop()  # the last letter is optional ("wants?")
        break
    word = "".join(literal)
    return frozenset({word}) if word.strip() else None


def _group_heads(source: str) -> frozenset[str] | None:
    end = _close(source, 0)
    inner = source[1:end]
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?"):
        return None
    rest = source[end + 1 :]
    optional = rest.startswith(_OPTIONAL)
    repeated = optional or rest[:1] in ("+", "{")
    if repeated:
        rest = rest[rest.index("}") + 1 :] if rest[:1] == "{" else rest[1:]
        rest = rest.removeprefix("?")  # lazy
    found: set[str] = set()
    for alternative in _alternatives(inner):
        heads = _heads(alternative)
        if heads is None and not repeated:
            heads = _heads(alternative + rest)
        if heads is None:
            return None
        found |= heads
    if optional:
        heads = _heads(rest)
        if heads is None:
            return None
        found |= heads
    return frozenset(found)


def index() -> list[tuple[str, ...] | None]:
    """The needles of every phrase, in order."""
    out: list[tuple[str, ...] | None] = []
    for source, _negatable in RISK_SOURCES:
        found = needles(source)
        out.append(None if found is None else tuple(sorted(found)))
    return out


def render() -> str:
    """One phrase a line, its needles joined by ``|``, ``*`` for a phrase always tried: a
    string, far cheaper to load than a literal of tuples."""
    rows = "".join(("*" if row is None else "|".join(row)) + "\n" for row in index())
    return (
        '"""Which words each distress phrase starts with, written by tools/index_phrases.py: do\n'
        "not edit by hand. One phrase a line, in order: its needles joined by |, or * when the\n"
        "phrase is always tried.\n"
        '"""\n'
        "\n"
        f'DIGEST = "{sources_digest()}"\n'
        'NEEDLES = """\\\n' + rows + '"""\n'
    )


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text
        if stale:
            print("the phrase index is stale: run python tools/index_phrases.py")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    unread = sum(row is None for row in index())
    print(f"wrote {len(index())} phrases ({unread} always tried)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
