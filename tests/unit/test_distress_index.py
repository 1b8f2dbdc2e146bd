"""The phrase index (tools/index_phrases.py): which words each risk phrase starts with, so a
line is read only against the phrases it could match, and ``smallwins add`` does not compile
all of them for every win."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallwins_tui.core import distress_phrases
from smallwins_tui.core.distress import distress_cue
from smallwins_tui.core.distress_phrases import RISK_SOURCES, normalise, risk_phrases

TOOL = Path(__file__).resolve().parents[2] / "tools" / "index_phrases.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("index_phrases", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("index_phrases", module)
    spec.loader.exec_module(module)
    return module


def test_the_committed_index_is_the_one_the_tool_writes_from_the_phrases() -> None:
    tool = _tool()
    assert tool.OUT.read_text(encoding="utf-8") == tool.render(), (
        "the phrase index is stale: run python tools/index_phrases.py"
    )


def test_every_phrase_has_needles_in_the_index() -> None:
    phrases = risk_phrases()
    assert len(phrases) == len(RISK_SOURCES)
    assert all(phrase.needles for phrase in phrases)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_text_a_phrase_matches_holds_one_of_its_needles(data: st.DataObject) -> None:
    phrase = data.draw(st.sampled_from(risk_phrases()))
    text = data.draw(st.from_regex(phrase.pattern))
    match = phrase.pattern.search(text)
    assert match is not None
    assert phrase.needles is not None
    assert any(needle in match.group() for needle in phrase.needles), (phrase.source, text)


@pytest.mark.parametrize(
    ("source", "needles"),
    [
        (r"\bwants? to die\b", {"want"}),
        (r"\b(my )?life (is|was) over", {"my ", "life "}),
        (r"\b(?!no\b)(kms|ctb)\b", {"kms", "ctb"}),
        (r"\b(want|wish)(es|ed)? to go|\bend it all", {"want", "wish", "end it all"}),
        (r"\b(so )*(tired|done)\b", {"so ", "tired", "done"}),
        (r"\b(\w+ )?pills", None),
        (r"\b[a-z]+ out", None),
    ],
)
def test_the_needles_are_read_from_the_start_of_every_alternative(
    source: str, needles: set[str] | None
) -> None:
    found = _tool().needles(source)
    assert (None if found is None else set(found)) == needles


def test_an_everyday_line_is_read_against_few_of_the_phrases() -> None:
    plain = normalise("Benchmark quick add")
    tried = [phrase for phrase in risk_phrases() if phrase.may_match(plain)]
    assert len(tried) < len(risk_phrases()) // 20


def test_a_stale_index_tries_every_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distress_phrases, "sources_digest", lambda: "changed")
    distress_phrases.risk_phrases.cache_clear()
    try:
        assert all(phrase.needles is None for phrase in distress_phrases.risk_phrases())
        assert distress_cue("I want to kill myself") is not None
        assert distress_cue("replied to Sam") is None
    finally:
        monkeypatch.undo()
        distress_phrases.risk_phrases.cache_clear()
