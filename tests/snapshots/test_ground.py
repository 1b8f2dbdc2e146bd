"""SVG snapshots of Ground: the intro, mid-walk, the smell step, the end, a small terminal."""

from __future__ import annotations

from smallwins_tui.tui.app import SmallWinsApp

ENTERS_TO_HEAR_WITH_ONE_COUNTED = ("enter",) * (5 + 4 + 1)


def ground_app(journal, clock) -> SmallWinsApp:
    return SmallWinsApp(journal, clock=clock, watch_outside_changes=False, mode="ground")


class TestGround:
    """The walk at fixed sizes, on an empty journal and a fixed clock."""

    def test_intro(self, snap_compare, journal, clock):
        """You should see the title, a one-line intro that says it is not for driving, the five
        senses with "see" current, a big 5, "5 things you can see", the seeing prompt, an empty
        field, a line saying what is typed is not kept (ctrl+s changes it) and esc Leave first
        in the footer."""
        assert snap_compare(ground_app(journal, clock), terminal_size=(100, 32))

    def test_mid_walk(self, snap_compare, journal, clock):
        """You should see see and touch ticked, hear current, a big 2, "2 more things you can
        hear", the listening prompt and the field; no intro, no privacy line."""
        assert snap_compare(
            ground_app(journal, clock),
            press=ENTERS_TO_HEAR_WITH_ONE_COUNTED,
            terminal_size=(100, 32),
        )

    def test_smell_offers_one_you_like(self, snap_compare, journal, clock):
        """You should see smell current, "2 things you can smell", and under the prompt the
        gentle line "Nothing there? Name a smell you like instead." """
        assert snap_compare(
            ground_app(journal, clock), press=("enter",) * 12, terminal_size=(100, 32)
        )

    def test_end(self, snap_compare, journal, clock):
        """You should see all five senses ticked, the closing lines, "s save “Did a grounding
        exercise” as a win", "a walk again  esc leave", the not-kept line, and no offer of
        breaths (this app has no Breathe screen yet)."""
        assert snap_compare(
            ground_app(journal, clock), press=("enter",) * 15, terminal_size=(100, 32)
        )

    def test_mid_walk_small(self, snap_compare, journal, clock):
        """At 40x12 you should see the progress marker on one line, "2 more things you can
        hear", the whole listening prompt and a one-line field, with esc Leave in the footer;
        no big digits."""
        assert snap_compare(
            ground_app(journal, clock),
            press=ENTERS_TO_HEAR_WITH_ONE_COUNTED,
            terminal_size=(40, 12),
        )
