"""Hostile text in every field of every screen: stored cleaned, read back exactly, shown inertly.

Each hostile string is pasted (as a person would) into each free-text field, saved the way that
screen saves, and read back from a freshly opened journal: the stored text must be exactly the
cleaned text (with that field's length cap), and the app must still be running. Then a journal
seeded with every hostile string in every kind of record is opened on every screen at four
terminal sizes: nothing may crash, and no ESC byte (nor the title-setting payload) from the
person's text may reach the rendered output.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from smallwins_tui.core.clock import Clock
from smallwins_tui.core.grounding import ITEM_MAX, GroundingWalk
from smallwins_tui.core.reflection import ANSWER_MAX, THOUGHT_MAX
from smallwins_tui.core.safety_plan import PART_KEYS
from smallwins_tui.core.text import INTENTION_MAX, NOTE_MAX, WIN_MAX, clean_line, clean_text
from smallwins_tui.core.week import QUESTION_KEYS, week_of
from smallwins_tui.data.journal import PRACTICES, Journal
from smallwins_tui.data.reflections import DRAFT_ANSWER, DRAFT_THOUGHT, add_reflection, reflections
from smallwins_tui.data.reviews import review_answers, save_review
from smallwins_tui.data.safety_plan import safety_plan, save_safety_plan
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.navigation import DESTINATIONS
from smallwins_tui.tui.screens.ground import KEEP_SETTING
from smallwins_tui.tui.screens.today import ENTRY_DRAFT
from tests.conftest import TODAY
from tests.functional.helpers import settle

pytestmark = pytest.mark.slow


def _big_paste() -> str:
    """A 100,000-character paste: one very long first line, then Windows-style lines with
    markup, escape sequences and bidi controls sprinkled through."""
    first = ("a long pasted line [b]not bold[/b] \x1b[2J\u202e " * 2_000)[:60_000]
    rest = "\r\n".join(f"line {n} [@click=app.quit]x \x1b]0;PWNED\x07 \x00" for n in range(2_000))
    return (first + "\r\n" + rest)[:100_000]


HOSTILE: dict[str, str] = {
    "close-tag": "[/]",
    "close-bold": "x [/bold]",
    "click": "[@click=app.quit]click",
    "link": "[link=http://x]y",
    "osc-title": "\x1b]0;PWNED\x07title",
    "long-line": "z" * 10_000,
    "emoji-family": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
    "nul": "nul\x00byte",
    "bidi": "bidi \u202eevil\u202c",
    "surrogate": "lone \ud800 surrogate",
    "paste-100k": _big_paste(),
}
assert len(HOSTILE["paste-100k"]) == 100_000

SIZES = [(20, 6), (40, 12), (80, 24), (300, 100)]
WEEK_START = "monday"


def first_line(text: str) -> str:
    """What a paste puts into a one-line Input: Textual keeps only the first line."""
    return text.splitlines()[0]


def app_on(journal: Journal, clock: Clock, mode: str) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode=mode)


async def paste(pilot: Pilot[Any], widget: Widget, text: str) -> None:
    """Replace what the field holds with a paste, as select-all then paste would."""
    widget.focus()
    if isinstance(widget, Input):
        widget.value = ""
    elif isinstance(widget, TextArea):
        widget.clear()
    await pilot.pause()
    # Sent to the app, as the terminal driver does: the app hands it to the focused widget.
    # (Posted to a TextArea directly, it would bubble up to the app and be pasted twice.)
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def assert_inert(app: SmallWinsApp) -> None:
    """The app survived and nothing the person wrote can steer the terminal."""
    assert app.is_running
    shot = app.export_screenshot()
    assert "\x1b" not in shot
    assert "PWNED\x07" not in shot


# Entering, saving and reading back ------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One free-text field: how to open it, type into it and save, and where it is stored."""

    mode: str
    enter: Callable[[Pilot[Any], str], Awaitable[None]]
    stored: Callable[[Journal], list[str]]
    """Every value this field has stored, so the one just saved shows up as the difference."""
    expected: Callable[[str], str]
    prepare: Callable[[Journal], None] = lambda _journal: None


async def enter_win(pilot: Pilot[Any], text: str) -> None:
    await paste(pilot, pilot.app.screen.query_one("#entry", Input), text)
    await pilot.press("enter")


async def enter_step(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("escape", "i")  # leave the field, then the small-step key
    await paste(pilot, pilot.app.screen.query_one("#entry", Input), text)
    await pilot.press("enter")


async def enter_ground_item(pilot: Pilot[Any], text: str) -> None:
    app = pilot.app
    assert isinstance(app, SmallWinsApp)
    app.action_show("ground")  # leaving ended the last walk; this starts a fresh one
    await pilot.pause()
    await paste(pilot, app.screen.query_one("#ground-item", Input), text)
    await pilot.press("enter")
    await pilot.press("escape")  # leaving ends the walk and records it


async def enter_thought(pilot: Pilot[Any], text: str) -> None:
    await paste(pilot, pilot.app.screen.query_one("#thought", Input), text)
    await pilot.press("ctrl+s")


async def enter_answer(pilot: Pilot[Any], text: str) -> None:
    await paste(pilot, pilot.app.screen.query_one("#answer", TextArea), text)
    await pilot.press("ctrl+s")


async def enter_review(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("a")  # the first unanswered question (the first once all are answered)
    assert isinstance(pilot.app.focused, TextArea)
    await paste(pilot, pilot.app.focused, text)
    await pilot.press("escape")  # leaving the field saves


async def enter_plan(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("p")  # on Support: the plan editor, its first part focused
    await pilot.pause()
    area = pilot.app.focused
    assert isinstance(area, TextArea)
    area.load_text("")
    await paste(pilot, area, text)
    await pilot.press("escape")  # saves and goes back to Support


def stored_items(journal: Journal) -> list[str]:
    return [
        item
        for record in journal.records(PRACTICES)
        for items in record.get("items", {}).values()
        for item in items
    ]


def stored_intention(journal: Journal) -> list[str]:
    intention = journal.intention(TODAY)
    return [] if intention is None else [intention.text]


FIELDS: dict[str, Field] = {
    "today-win": Field(
        "today",
        enter_win,
        lambda j: [w.text for w in j.wins_on(TODAY)],
        lambda s: clean_line(first_line(s), WIN_MAX),
    ),
    "today-step": Field(
        "today", enter_step, stored_intention, lambda s: clean_line(first_line(s), INTENTION_MAX)
    ),
    "ground-item": Field(
        "today",
        enter_ground_item,
        stored_items,
        lambda s: clean_line(first_line(s), ITEM_MAX),
        prepare=lambda j: j.set_setting(KEEP_SETTING, True),
    ),
    "reflect-thought": Field(
        "reflect",
        enter_thought,
        lambda j: [r.thought for r in reflections(j)],
        lambda s: clean_line(first_line(s), THOUGHT_MAX),
    ),
    "reflect-answer": Field(
        "reflect",
        enter_answer,
        lambda j: [r.answer for r in reflections(j)],
        lambda s: clean_text(s, ANSWER_MAX).strip("\n"),
    ),
    "safety-plan": Field(
        "support",
        enter_plan,
        lambda j: list(safety_plan(j).values()),
        lambda s: clean_text(s, NOTE_MAX).strip(),
    ),
    "week-review": Field(
        "week",
        enter_review,
        lambda j: list(review_answers(j, week_of(TODAY, WEEK_START)).values()),
        lambda s: clean_text(s, NOTE_MAX),
    ),
}


@pytest.mark.parametrize("field", FIELDS.values(), ids=FIELDS.keys())
async def test_hostile_text_round_trips_cleaned(
    field: Field, journal: Journal, data_dir: Path, clock: Clock
) -> None:
    """One app session per field (to keep the module quick); each hostile string is entered,
    saved and read back from a freshly opened journal before the next."""
    field.prepare(journal)
    app = app_on(journal, clock, field.mode)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for name, hostile in HOSTILE.items():
            before = Counter(field.stored(Journal(data_dir, clock)))
            await field.enter(pilot, hostile)
            await settle(pilot)
            assert_inert(app)
            added = Counter(field.stored(Journal(data_dir, clock))) - before
            assert list(added.elements()) == [field.expected(hostile)], name


# Rendering a journal full of hostile text -----------------------------------------------------


def seed(journal: Journal) -> None:
    """Every hostile string in every kind of record the screens show (and the open drafts)."""
    week = week_of(TODAY, WEEK_START)
    texts = list(HOSTILE.values())
    for n, text in enumerate(texts):
        day = week.first + dt.timedelta(days=n % 7)
        journal.add_win(text, day=min(day, TODAY), kind="emotional" if n % 2 else None)
        add_reflection(journal, text, "historical", "used to", text)
        walk = GroundingWalk()
        walk.count(text)
        journal.add(
            PRACTICES,
            walk.record(
                started="2026-11-22T19:00:00+00:00",
                ended="2026-11-22T19:05:00+00:00",
                day=TODAY.isoformat(),
                keep_items=True,
            ),
        )
    journal.set_intention(TODAY, HOSTILE["osc-title"])
    save_review(journal, week, dict(zip(QUESTION_KEYS, texts, strict=False)))
    save_safety_plan(journal, dict(zip(PART_KEYS, texts, strict=False)))
    journal.save_draft(ENTRY_DRAFT, HOSTILE["click"])
    journal.save_draft(DRAFT_THOUGHT, HOSTILE["osc-title"])
    journal.save_draft(DRAFT_ANSWER, HOSTILE["paste-100k"])


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_every_screen_renders_hostile_records_inertly(
    size: tuple[int, int], journal: Journal, clock: Clock
) -> None:
    seed(journal)
    app = app_on(journal, clock, "today")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for destination in DESTINATIONS:
            app.action_show(destination.mode)
            await settle(pilot)
            assert_inert(app)
            if destination.mode == "reflect":
                app.screen.action_past()  # type: ignore[attr-defined]
                await settle(pilot)
                assert_inert(app)


# Breathe's own-pace field: not saved as text, but what was typed is shown back in the error ---


@pytest.mark.parametrize(
    "hostile", ["[/]", "x [/bold]", "[@click=app.quit]click"[:11], "[link=x]y", "\x1b]0;PWNED\x07"]
)
async def test_pace_field_shows_hostile_text_literally(
    hostile: str, journal: Journal, clock: Clock
) -> None:
    app = app_on(journal, clock, "breathe")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await paste(pilot, app.screen.query_one("#pace-input", Input), hostile)
        await pilot.press("enter")
        await settle(pilot)
        assert_inert(app)
        error = str(app.screen.query_one("#pace-error", Static).render())
        # The app cleans every paste, so the field (and the error quoting it) never holds ESC.
        assert clean_line(hostile).lower() in error.lower()
        assert "\x1b" not in app.screen.query_one("#pace-input", Input).value
