"""SVG snapshots of Reflect: empty, a classified thought with evidence, the past list, narrow."""

from __future__ import annotations

from textual.pilot import Pilot

from smallwins_tui.core.baselines import HISTORICAL, IDEAL_FUTURE
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.tui.app import SmallWinsApp
from tests.conftest import TODAY


def reflect_app(journal, clock, demo: bool = True) -> SmallWinsApp:  # type: ignore[no-untyped-def]
    if demo:
        seed_demo(journal, TODAY)
    journal.set_setting("region", "GB")
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="reflect")


async def _settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class TestReflect:
    def test_empty_view(self, journal, clock, snap_compare) -> None:
        """You should see the three baseline panels with none lit, the empty thought field with
        its example placeholder, the fair-current question and an empty answer box; on the right
        a kind note that no wins were noted lately, and both fortnights "nothing written down"."""
        app = reflect_app(journal, clock, demo=False)
        assert snap_compare(app, terminal_size=(100, 32), run_before=_settle)

    def test_classified_thought_with_evidence(self, journal, clock, snap_compare) -> None:
        """You should see "I should be over this by now" in the thought field, the Ideal future
        panel lit, the line 'You wrote "should": that often means the ideal future baseline',
        and beside the question the demo wins from the last two weeks grouped by kind (newest
        first) under "Last two weeks (9–22 Nov): 14 wins, on 10 days" and "The two weeks before
        (26 Oct – 8 Nov): 3 wins, on 3 days"."""
        app = reflect_app(journal, clock)
        assert snap_compare(
            app,
            press=[*"I should be over this by now"],
            terminal_size=(100, 32),
            run_before=_settle,
        )

    def test_past_list(self, journal, clock, snap_compare) -> None:
        """You should see two past reflections, newest first (Sun 22 Nov then Sun 15 Nov), with
        the newest highlighted and read in full on the right: its thought, "Ideal future" with
        the cue "should", and the two-line answer."""
        app = reflect_app(journal, clock)
        clock.advance(days=-7)
        add_reflection(
            journal,
            "I used to go out every weekend",
            HISTORICAL,
            "used to",
            "I went to the shop on my own this week.",
        )
        clock.advance(days=7)
        add_reflection(
            journal,
            "I should be over this by now",
            IDEAL_FUTURE,
            "should",
            "I replied to Sam and said no to the extra shift.\n"
            "A month ago I would have done neither.",
        )
        assert snap_compare(app, press=["escape", "p"], terminal_size=(100, 32), run_before=_settle)

    def test_narrow(self, journal, clock, snap_compare) -> None:
        """At 40x12 you should see the panels stacked above, scrolled to the thought field with
        the ideal-future suggestion beneath it, and a short footer (Save, Back, Quit)."""
        app = reflect_app(journal, clock)
        assert snap_compare(
            app, press=[*"I should be over this by now"], terminal_size=(40, 12), run_before=_settle
        )
