"""SVG snapshots of the safety states: a note written in distress on Today, a "maybe" line that
stays a win with the softer offer, the safety plan on Support and in its editor, and the delete
question that typed letters cannot answer."""

from __future__ import annotations

from textual.pilot import Pilot

from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.safety_plan import save_safety_plan
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import TODAY

SIZE = (100, 40)
PLAN = {
    "warning_signs": "I stop answering messages and stay in bed past noon.",
    "on_my_own": "A hot shower. The breathing square. Music from the playlist Sam made.",
    "ask_for_help": "Sam (sister), Jo from the running group.",
    "professionals": "Dr Patel at the surgery; my therapist on Thursdays.",
    "matters_most": "Sam, the dog, and seeing the sea again in spring.",
}


def app_for(journal, clock) -> SmallWinsApp:
    journal.set_setting("region", "GB")
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False)


async def settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class TestSafety:
    def test_a_note_written_in_distress(self, snap_compare, journal, clock):
        """You should see two wins counted (not three), the new line listed quietly as a note
        with a dash, and one calm offer with the UK lines and a pointer to the safety plan."""
        seed_demo(journal, TODAY)
        journal.delete_win(journal.wins_on(TODAY)[-1].id)

        async def write(pilot: Pilot) -> None:
            await pilot.press(*"thinking about ending it all", "enter")
            await settle(pilot)

        assert snap_compare(app_for(journal, clock), run_before=write, terminal_size=SIZE)

    def test_worry_for_someone_else(self, snap_compare, journal, clock):
        """You should see the line counted as a win, and one calm offer that speaks of worry
        for someone else, with the UK lines and the emergency number, and no safety plan."""
        journal.add_win("replied to Sam")

        async def write(pilot: Pilot) -> None:
            await pilot.press(*"my friend said she wants to die", "enter")
            await settle(pilot)

        assert snap_compare(app_for(journal, clock), run_before=write, terminal_size=SIZE)

    def test_a_maybe_line_stays_a_win(self, snap_compare, journal, clock):
        """You should see both lines counted as wins (no note), and one calm offer in softer
        words ("If any of this is weighing on you... It stays a win"), with the UK lines and a
        pointer to the safety plan."""
        journal.add_win("replied to Sam")

        async def write(pilot: Pilot) -> None:
            await pilot.press(*"I have a date picked", "enter")
            await settle(pilot)

        assert snap_compare(app_for(journal, clock), run_before=write, terminal_size=SIZE)

    def test_the_plan_comes_first_on_support(self, snap_compare, journal, clock):
        """You should see the safety plan's written parts in a box at the top, then the lines."""
        save_safety_plan(journal, PLAN)
        assert snap_compare(app_for(journal, clock), press=["f1"], terminal_size=SIZE)

    def test_the_plan_editor(self, snap_compare, journal, clock):
        """You should see the plan's parts, each with a short prompt and its own field, the
        first two filled in and the first focused; under "Professionals and services", the
        region's lines the plan lists until the person writes their own."""
        save_safety_plan(journal, {k: PLAN[k] for k in ("warning_signs", "on_my_own")})
        assert snap_compare(app_for(journal, clock), press=["f1", "p"], terminal_size=SIZE)

    def test_the_delete_question(self, snap_compare, journal, clock):
        """You should see the win's words, "ctrl+d deletes it", "Keep it" focused, and the
        Delete (ctrl+d) button in the dialog's calm colours, not red."""
        journal.add_win("made breakfast")
        assert snap_compare(app_for(journal, clock), press=["escape", "d"], terminal_size=SIZE)

    def test_a_note_under_its_day_on_week(self, snap_compare, journal, clock):
        """You should see Sunday's two wins counted and, below them, the note in a quieter
        style; the chart and counts show two, not three."""
        journal.add_win("Replied to Sam")
        journal.add_win("I'm a burden to everyone")
        journal.add_win("Went to my session")
        assert snap_compare(app_for(journal, clock), press=["escape", "w"], terminal_size=SIZE)
