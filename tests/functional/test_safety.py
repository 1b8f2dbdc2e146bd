"""Pilot tests for safety: the support offer wherever distress is written, notes that are not
wins, the safety plan on Support, and deletes that typed text cannot confirm."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from smallwins_tui.data.safety_plan import safety_plan, save_safety_plan
from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen
from smallwins_tui.tui.screens.safety_plan import SafetyPlanScreen
from smallwins_tui.tui.screens.support import SupportScreen
from smallwins_tui.tui.widgets.support_offer import SupportOffer
from smallwins_tui.tui.widgets.win_list import WinList
from tests.conftest import TODAY
from tests.functional.helpers import make_app, settle


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_a_distress_line_on_today_is_a_note_until_m_counts_it(journal, clock, reopen):
    journal.add_win("replied to Sam")
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press(*"I want to unalive myself", "enter")
        await settle(pilot)
        screen = app.screen
        offer = screen.query_one(SupportOffer)
        assert offer.shown and "as a note" in text_of(screen, "#support-offer .offer-line")
        assert "1 win noted" in text_of(screen, "#progress")
        notes = [w for w in reopen().wins_on(TODAY) if w.note]
        assert [w.text for w in notes] == ["I want to unalive myself"]
        assert "a note, kept as written" in str(
            screen.query_one(WinList).get_option_at_index(1).prompt
        )
        await pilot.press("escape")
        screen.query_one(WinList).highlighted = 1
        await pilot.press("m")
        await settle(pilot)
        assert "2 wins noted" in text_of(screen, "#progress")
    assert not any(w.note for w in reopen().wins_on(TODAY))


async def test_the_offer_comes_once_an_entry_and_closes(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press(*"kms", "enter")
        await settle(pilot)
        offer = app.screen.query_one(SupportOffer)
        assert offer.shown
        offer.query_one(".offer-close").press()
        await pilot.pause()
        assert not offer.shown
        await pilot.press(*"went for a walk", "enter")
        await settle(pilot)
        assert not offer.shown


async def test_worry_for_someone_else_on_today_gets_its_own_offer_and_stays_a_win(
    journal, clock, reopen
):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press(*"worried my brother might hurt himself", "enter")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one(SupportOffer).shown
        line = text_of(screen, "#support-offer .offer-line")
        assert "worried about someone" in line and "as a note" not in line
        assert "emergency number" in text_of(screen, "#support-offer .offer-plan")
        assert "1 win noted" in text_of(screen, "#progress")
    [win] = reopen().wins_on(TODAY)
    assert win.text == "worried my brother might hurt himself" and not win.note


async def test_a_maybe_line_on_today_gets_the_softer_offer_and_stays_a_counted_win(
    journal, clock, reopen
):
    journal.add_win("replied to Sam")
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press(*"I have a date picked", "enter")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one(SupportOffer).shown
        line = text_of(screen, "#support-offer .offer-line")
        assert "weighing on you" in line and "stays a win" in line and "as a note" not in line
        assert "2 wins noted" in text_of(screen, "#progress")
        assert "a note" not in str(screen.query_one(WinList).get_option_at_index(1).prompt)
    wins = reopen().wins_on(TODAY)
    assert [(w.text, w.note) for w in wins] == [
        ("replied to Sam", False),
        ("I have a date picked", False),
    ]


async def test_the_small_step_is_heard_too(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("escape", "i", *"get through today, I keep thinking about dying", "enter")
        await settle(pilot)
        assert app.screen.query_one(SupportOffer).shown


async def test_the_offer_shows_the_plan_once_there_is_one(journal, clock):
    save_safety_plan(journal, {"ask_for_help": "Call Jo [on 0123]"})
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press(*"I'm not safe right now", "enter")
        await settle(pilot)
        plan = text_of(app.screen, "#support-offer .offer-plan")
        assert "People I can ask for help" in plan and "Call Jo [on 0123]" in plan


async def test_a_weekly_review_answer_is_heard(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("escape", "w")
        await pilot.pause()
        await pilot.press("a", *"honestly I wish I wasn't alive")
        await pilot.pause()
        assert app.screen.query_one("#review-support", SupportOffer).shown
        app.screen.flush()
        await settle(pilot)
    assert "wasn't alive" in str(reopen().snapshot()["reviews"][0]["answers"])


async def test_a_grounding_item_is_heard(journal, clock):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("escape", "g")
        await pilot.pause()
        await pilot.press("enter", *"the bridge I want to jump off", "enter")
        await pilot.pause()
        assert app.screen.query_one("#ground-support", SupportOffer).shown


async def test_the_plan_is_written_on_support_and_shown_first(journal, clock, reopen):
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert "p writes one" in text_of(app.screen, "#plan-invite")
        assert not app.screen.query_one("#plan-shown").display
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, SafetyPlanScreen)
        await pilot.press(*"I stop replying [b]to[/b] people")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SupportScreen)
        shown = text_of(app.screen, "#plan-shown")
        assert shown.startswith("Your safety plan") and "I stop replying [b]to[/b]" in shown
    assert safety_plan(reopen()) == {"warning_signs": "I stop replying [b]to[/b] people"}


async def test_a_typed_letter_never_confirms_a_delete(journal, clock, reopen):
    journal.add_win("made breakfast")
    app = make_app(journal, clock)
    async with app.run_test() as pilot:
        await pilot.press("escape", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDeleteScreen)
        await pilot.press(*"yes, d everything")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDeleteScreen)  # letters do nothing here
        assert "Typing does nothing" in str(app.screen.query_one("#confirm-hint").render())
        await pilot.press("enter")  # the focused button keeps it
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDeleteScreen)
    assert [w.text for w in reopen().wins_on(TODAY)] == ["made breakfast"]


async def test_the_minimiser_note_shows_for_pasted_and_edited_text(journal, clock):
    from textual import events
    from textual.widgets import Input

    journal.add_win("I still cried at the appointment")
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        entry = app.screen.query_one("#entry", Input)
        entry.post_message(events.Paste("just replied to one email"))
        await pilot.pause()
        assert "take the credit away" in text_of(app.screen, "#minimiser-note")
        entry.value = ""
        await pilot.press("escape", "e")  # edit the highlighted win
        await pilot.pause()
        assert "nothing moved" in text_of(app.screen, "#minimiser-note")


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_review_offer_comes_beside_the_answer_and_the_answer_stays_in_sight(
    journal, clock, size
):
    """Heard in the first answer, the offer sits right under it: the field being typed in
    stays on screen (the offer at the foot of the form once scrolled it out of sight, and the
    words went on being typed where they could not be seen)."""
    app = make_app(journal, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("escape", "w")
        await pilot.pause()
        await pilot.press("a", *"honestly I just want to disappear forever")
        await settle(pilot)
        screen = app.screen
        offer = screen.query_one("#review-support", SupportOffer)
        area = screen.focused
        assert offer.shown and area is not None and area.id == "answer-hard-but-useful"
        body = screen.query_one("#week-body")
        seen = body.content_region
        assert seen.contains_region(area.region), "the answer being typed is out of sight"
        assert offer.region.y > area.region.y
        assert offer.region.y - area.region.bottom <= 2, "the offer is not beside the answer"


async def test_on_a_small_terminal_todays_field_stays_in_sight_under_the_offer(journal, clock):
    """At 80x24 the offer is taller than the screen: it used to scroll the field being typed
    in out of sight, and the next win was typed where it could not be seen."""
    app = make_app(journal, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"I just want it all to stop", "enter")
        await settle(pilot)
        screen = app.screen
        offer = screen.query_one(SupportOffer)
        entry = screen.query_one("#entry")
        assert offer.shown and screen.focused is entry
        seen = screen.query_one("#today-body").content_region
        assert seen.contains_region(entry.region), "the field being typed in is out of sight"
        assert seen.overlaps(offer.region), "the offer is out of sight"


@pytest.mark.parametrize("where", ["small step", "reflect"])
async def test_the_softer_offer_calls_nothing_a_win_where_nothing_is_a_win(journal, clock, where):
    """'It stays a win' is said of a win on Today; a small step or a reflection is not one
    (the softer offer once said so wherever it came)."""
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        if where == "small step":
            await pilot.press("escape", "i", *"I have a date picked", "enter")
        else:
            await pilot.press("escape", "r")
            await pilot.pause()
            await pilot.press(*"I have a date picked")
        await settle(pilot)
        selector = "#support-offer" if where == "small step" else "#reflect-support"
        offer = app.screen.query_one(selector, SupportOffer)
        assert offer.shown
        line = str(offer.query_one(".offer-line", Static).render())
        assert "weighing on you" in line and "win" not in line
        assert "just as you wrote it" in line


async def test_the_plan_editor_opens_on_its_first_field(journal, clock, reopen):
    """p on Support, then typing: the words go into "My warning signs". The screen once took
    the focus itself (its scrolling body), so what was typed went nowhere."""
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape", "f1")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "plan-warning-signs"
        await pilot.press(*"I stop sleeping")
        await pilot.press("escape")
        await settle(pilot)
    assert safety_plan(reopen()) == {"warning_signs": "I stop sleeping"}


async def test_professionals_and_services_shows_the_regions_lines_until_written(journal, clock):
    """The plan's fifth part starts from the region's lines (as `smallwins plan` prints them):
    an empty field with only a prompt once gave no hint of them while the plan was written."""
    journal.set_setting("region", "IE")
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        area = app.screen.query_one("#plan-professionals", TextArea)
        assert area.text == ""  # nothing is written for the person
        prompt = text_of(app.screen, "#plan-professionals-prompt")
        assert "Until you write your own" in prompt
        assert "Samaritans: 116 123" in prompt and "50808" in prompt


async def test_the_entry_field_names_what_is_being_written(journal, clock):
    """Editing a note says note, not win; the small step's field asks for a step."""
    journal.add_win("kms")
    app = make_app(journal, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        screen = app.screen
        entry = screen.query_one("#entry")
        assert entry.placeholder == "Type a win, press Enter"
        await pilot.press("escape")
        screen.query_one(WinList).highlighted = 0
        await pilot.press("e")
        await settle(pilot)
        assert text_of(screen, "#entry-label").startswith("Change this note,")
        assert entry.placeholder == "Change the note, press Enter"
        await pilot.press("escape", "escape", "i")
        await settle(pilot)
        assert entry.placeholder == "Type one small step, press Enter"
