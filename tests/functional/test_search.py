"""Pilot tests for Search: / from Today, Week and Month, results newest day first with the
words highlighted and the text literal, Enter opening the day, reflection or review, a new
keystroke replacing the results of the last, and Esc walking back."""

from __future__ import annotations

import datetime as dt

from textual.widgets import ContentSwitcher, Static

from smallwins_tui.core.week import Week
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.data.reviews import save_review
from smallwins_tui.tui.screens.month import MonthScreen
from smallwins_tui.tui.screens.reflect import ReflectScreen
from smallwins_tui.tui.screens.search import SearchScreen
from smallwins_tui.tui.screens.today import TodayScreen
from smallwins_tui.tui.screens.week import WeekScreen
from smallwins_tui.tui.widgets.past_reflections import PastReflections
from smallwins_tui.tui.widgets.search_results import MATCH_STYLE, SearchResults
from tests.conftest import TODAY
from tests.functional.helpers import make_app, settle

HOSTILE = "[bold]went[/] to the Café [@click=app.quit]alone"


def results(app) -> SearchResults:  # type: ignore[no-untyped-def]
    return app.screen.query_one(SearchResults)


def status(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#search-status", Static).render())


async def search_for(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*words)
    await settle(pilot)


def journal_with_history(journal):  # type: ignore[no-untyped-def]
    journal.set_setting("welcomed", True)
    journal.add_win("Walked to the shop", day=TODAY - dt.timedelta(days=40))
    journal.add_win(HOSTILE, day=TODAY - dt.timedelta(days=2))
    journal.add_win("Shopping list written", day=TODAY)
    journal.add_win("thinking about ending it all at the shop", day=TODAY)  # a note


async def test_slash_finds_words_newest_day_first_highlighted_and_literal(journal, clock):
    journal_with_history(journal)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await search_for(pilot, "SHOP")
        found = results(app).hits
        assert [hit.day for hit in found] == [TODAY, TODAY, TODAY - dt.timedelta(days=40)]
        assert [hit.note for hit in found] == [False, True, False]
        assert status(app).startswith("Found in 3 places")

        await pilot.press(*["backspace"] * 4)
        await search_for(pilot, "cafe alone")
        (hit,) = results(app).hits
        assert hit.text == HOSTILE
        prompt = results(app).get_option_at_index(1).prompt
        assert HOSTILE in str(prompt)  # the brackets are text, not markup
        marked = [str(prompt)[span.start : span.end] for span in prompt.spans]  # type: ignore[union-attr]
        assert "Café" in marked and "alone" in marked
        assert all(
            str(span.style) == MATCH_STYLE for span in prompt.spans if span.end - span.start > 1
        )  # type: ignore[union-attr]

        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.day == TODAY - dt.timedelta(days=2)


async def test_nothing_found_says_so_kindly_and_a_new_word_replaces_the_results(journal, clock):
    journal_with_history(journal)
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "slash")
        await search_for(pilot, "walked")
        assert len(results(app).hits) == 1
        await search_for(pilot, " zebra")
        assert results(app).hits == []
        assert status(app) == "Nothing found for “walked zebra”. Fewer or shorter words find more."
        await pilot.press("escape")  # back to where it was opened
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_reflections_and_reviews_open_where_they_were_written(journal, clock):
    journal.set_setting("welcomed", True)
    reflection = add_reflection(journal, "I should be over this", None, None, "I went out twice")
    save_review(journal, Week(dt.date(2026, 10, 12)), {"recovered": "the dentist visit"})
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "slash")
        await search_for(pilot, "twice")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        past = app.screen.query_one(PastReflections)
        assert past.selected is not None and past.selected.id == reflection.id
        await pilot.press("escape")  # straight back to the results, as it came
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("down", "r")  # Reflect again: the writing field, not the past list
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        assert app.screen.query_one(ContentSwitcher).current == "write-view"
        await pilot.press("escape", "escape")  # out of the field, then back to Search
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)

        await pilot.press(*["backspace"] * 5)
        await search_for(pilot, "dentist")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)
        assert app.screen.week == Week(dt.date(2026, 10, 12))


async def test_slash_works_from_week_and_month_too(journal, clock):
    journal_with_history(journal)
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "w", "slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape", "m")
        await settle(pilot)
        assert isinstance(app.screen, MonthScreen)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MonthScreen)
