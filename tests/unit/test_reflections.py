"""Reflections on disk: cleaned on the way in, read back exactly, newest first, deletable."""

from __future__ import annotations

import pytest

from smallwins_tui.core.baselines import HISTORICAL, IDEAL_FUTURE
from smallwins_tui.data.reflections import (
    REFLECTIONS,
    add_reflection,
    delete_reflection,
    get_reflection,
    reflections,
)
from tests.conftest import TODAY

HOSTILE = ["[/]", "x [/bold]", "[@click=app.quit]click", "[link=http://x]y"]


def test_a_reflection_round_trips_through_the_file(journal, reopen) -> None:
    saved = add_reflection(
        journal,
        "I should be over this by now",
        IDEAL_FUTURE,
        "should",
        "I went to the shop alone.\nTwice.",
    )
    again = reopen()
    [stored] = reflections(again)
    assert stored == saved
    assert stored.day == TODAY
    assert stored.answer == "I went to the shop alone.\nTwice."
    assert again.records(REFLECTIONS)[0]["created"] == again.records(REFLECTIONS)[0]["updated"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_kept_literally(journal, reopen, text: str) -> None:
    add_reflection(journal, text, None, None, text + "\n" + text)
    [stored] = reflections(reopen())
    assert (stored.thought, stored.answer) == (text, text + "\n" + text)


def test_control_characters_are_removed_and_lengths_capped(journal) -> None:
    saved = add_reflection(
        journal, "\x1b]0;PWNED\x07title" + "a" * 10_000, None, None, "b" * 10_000
    )
    assert "\x1b" not in saved.thought and "\x07" not in saved.thought
    assert saved.thought.startswith("]0;PWNEDtitle") and len(saved.thought) == 500
    assert len(saved.answer) == 5000


def test_empty_reflections_and_unknown_baselines_are_refused(journal) -> None:
    with pytest.raises(ValueError):
        add_reflection(journal, "  ", None, None, "\n\n")
    with pytest.raises(ValueError):
        add_reflection(journal, "x", "sideways", None, "")


def test_a_cue_without_a_baseline_is_not_kept(journal) -> None:
    assert add_reflection(journal, "x", None, "should", "").cue is None


def test_newest_first_and_delete(journal, clock, reopen) -> None:
    first = add_reflection(journal, "one", HISTORICAL, "used to", "")
    clock.advance(days=1)
    second = add_reflection(journal, "two", None, None, "")
    assert [r.id for r in reflections(journal)] == [second.id, first.id]
    assert delete_reflection(journal, first.id) == first
    assert delete_reflection(journal, first.id) is None
    assert get_reflection(reopen(), first.id) is None
    assert [r.id for r in reflections(reopen())] == [second.id]
