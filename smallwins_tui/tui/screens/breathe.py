"""Breathe: a box-breathing pacer that keeps time from a monotonic clock.

Every redraw asks the session clock for the elapsed time and the pure :func:`state_at` for the
phase, so nothing drifts however late a timer fires. The next redraw is booked for the next
visible change (a new second, or the marker's next cell, at most a few times a second); when
paused or idle nothing is booked at all.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Footer

from smallwins_tui.core import breathing as core
from smallwins_tui.core.breathing import BreathState, Pattern, SessionClock
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.widgets.breath_panel import BreathPanel

Stage = Literal["ready", "active", "done"]

FRAME_SECONDS = 0.125
"""The marker moves at most eight times a second: smooth enough, and cheap."""

PRESET_KEYS = {"1": "box", "2": "478", "3": "55"}
WATCHED = ("bell", "reduced_motion", "breathing_pattern", "breathing_minutes")
"""Settings this screen follows when they change on the Settings screen."""


class BreatheScreen(JournalScreen):
    """Paces breathing round by round; Space pauses, Esc stops, the session is recorded."""

    CSS = """
    #breathe-body { padding: 1 2 0 2; }
    BreatheScreen.-short #breathe-body, BreatheScreen.-short #breathe-title { padding: 0; }
    BreatheScreen.-short #phase-count, BreatheScreen.-short #round-line { margin: 0; }
    BreatheScreen.-short #breathe-status, BreatheScreen.-short #dizzy-note { padding: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "pause",
            "Begin / pause",
            key_display="space",
            tooltip="Start, or pause and carry on",
        ),
        Binding("enter", "begin", "Begin", show=False),
        Binding(
            "escape",
            "stop",
            "Stop / back",
            key_display="esc",
            tooltip="Stop the session, or go back",
        ),
        *(Binding(key, f"pick('{name}')", name, show=False) for key, name in PRESET_KEYS.items()),
        Binding("c", "custom", "Own pace", tooltip="Set your own seconds for each phase"),
        Binding("n", "note_win", "Note as a win", tooltip="Add this session to today's wins"),
        Binding("m", "toggle_motion", "Motion", tooltip="Turn the moving marker on or off"),
    ]

    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]

    stage: var[Stage] = var("ready", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.pattern: Pattern = core.BOX
        self.minutes: float | None = None
        """A length asked for on the command line (no beginner cap then)."""
        self.default_minutes = core.DEFAULT_MINUTES
        self.rounds = core.plan_rounds(self.pattern)
        self.session = SessionClock(lambda: self.shell.monotonic())
        self.motion = True
        self.bell = False
        self.phase_shown: Callable[[BreathState], None] | None = None
        """Called each time a new phase reaches the screen (the benchmark listens here)."""
        self._timer: Timer | None = None
        self._shown_phase: tuple[int, int] | None = None
        self._breathed = 0.0
        self._record_id: str | None = None
        self._win_noted = False
        self._seen: dict[str, object] = {}

    @property
    def panel(self) -> BreathPanel:
        return self.query_one(BreathPanel)

    def compose(self) -> ComposeResult:
        yield BreathPanel(id="breathe-body")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        """Command-line options win over settings, for the session they opened."""
        options = self.shell.launch_options
        self.minutes = options.minutes
        self._apply_settings(options.pattern, options.reduced_motion)

    def on_screen_resume(self) -> None:
        """Back from Settings: take up what changed there (the pace only between sessions)."""
        settings = self.journal.settings()
        changed = {key for key in WATCHED if settings[key] != self._seen.get(key)}
        if not changed:
            return
        self._seen = {key: settings[key] for key in WATCHED}
        self.bell = settings.bell
        if "reduced_motion" in changed:
            self.motion = not settings.reduced_motion
            self.panel.square.motion = self.motion
        if self.stage != "active" and changed & {"breathing_pattern", "breathing_minutes"}:
            self._apply_settings()

    def _apply_settings(self, pattern: str = "", reduced_motion: bool = False) -> None:
        settings = self.journal.settings()
        self._seen = {key: settings[key] for key in WATCHED}
        self.motion = not (settings.reduced_motion or reduced_motion)
        self.bell = settings.bell
        default = settings.breathing_minutes
        if isinstance(default, (int, float)) and 0 < default <= core.MAX_MINUTES:
            self.default_minutes = float(default)
        for choice in (pattern, settings.breathing_pattern):
            if choice:
                with contextlib.suppress(ValueError):
                    self.pattern = core.parse_pattern(str(choice))
                    break
        self._set_pattern(self.pattern, save=False)
        self.panel.square.motion = self.motion

    def on_screen_suspend(self) -> None:
        """Leaving for another screen mid-session pauses it, so no time is lost or faked."""
        if self.stage == "active" and not self.session.paused:
            self.action_pause()

    def on_unmount(self) -> None:
        """Quitting mid-session still records it (a plain write: the loop is closing)."""
        if self.stage == "active" and self._breathing_elapsed() > 0:
            with contextlib.suppress(Exception):
                self.journal.add_practice(self._record_fields())

    # Time -------------------------------------------------------------------------------------

    def _breathing_elapsed(self) -> float:
        return self.session.elapsed() - core.LEAD_IN_SECONDS

    def scheduled_moment(self, state: BreathState) -> float:
        """The monotonic time at which ``state``'s phase was due to begin."""
        return self.session.moment_of(core.LEAD_IN_SECONDS + state.phase_started)

    def show_now(self) -> None:
        """Draw the session as it is at this moment, then book the next visible change."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.stage != "active":
            return
        elapsed = self._breathing_elapsed()
        if elapsed < 0:
            left = core.lead_in_left(elapsed + core.LEAD_IN_SECONDS)
            self.panel.show_lead_in(left, self.session.paused)
            frame = 1.0
        else:
            state = core.state_at(self.pattern, self.rounds, elapsed)
            if state.finished:
                self._finish()
                return
            self._draw_breath(state)
            moves_at = self.panel.square.next_step(state.phase, state.fraction)
            frame = max(FRAME_SECONDS, (moves_at - state.fraction) * state.phase_seconds + 0.001)
        if self.session.paused:
            return
        session = self.session.elapsed()
        delay = min(math.floor(session) + 1 - session, frame if self.motion else 1.0)
        self._timer = self.set_timer(max(delay, 0.005), self.show_now)

    def _draw_breath(self, state: BreathState) -> None:
        self.panel.show_breath(state, self.session.paused)
        key = (state.round, state.phase)
        if key != self._shown_phase:
            if self._shown_phase is None:
                # The lead-in is over: "Own pace" and the presets leave the footer. Later phase
                # changes leave every binding as it was, so the footer is not rebuilt for them.
                self.refresh_bindings()
            self._shown_phase = key
            if self.bell:
                self.app.bell()
            if self.phase_shown is not None:
                self.phase_shown(state)

    def _draw_ready(self) -> None:
        self.panel.show_ready(self.rounds, core.round_cap_note(self.pattern, self.minutes))

    def _draw_done(self) -> None:
        self.panel.show_done(self.pattern, self.rounds, self._breathed, not self._win_noted)

    # Stages -----------------------------------------------------------------------------------

    def watch_stage(self) -> None:
        self.refresh_bindings()

    def _set_pattern(self, pattern: Pattern, save: bool = True) -> None:
        self.pattern = pattern
        self.rounds = core.plan_rounds(pattern, self.minutes, self.default_minutes)
        self.panel.show_title(pattern, self.rounds)
        if self.stage == "ready":
            self._draw_ready()
        if save:
            self._save_setting("breathing_pattern", pattern.key)

    def _start(self) -> None:
        self._shown_phase = None
        self._breathed = 0.0
        self._record_id = None
        self._win_noted = False
        self.session.start()
        self.stage = "active"
        self.show_now()

    def _finish(self) -> None:
        """End the session (finished or stopped), record it, and show the end view."""
        self._breathed = max(0.0, self._breathing_elapsed())
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.stage = "done"
        self._draw_done()
        self._record(self._record_fields())

    def _record_fields(self) -> dict[str, object]:
        day = self.today().isoformat()
        return core.practice_record(self.pattern, self.rounds, self._breathing_elapsed(), day)

    # Saving -----------------------------------------------------------------------------------

    def _record(self, fields: dict[str, object]) -> None:
        def recorded(record_id: str) -> None:
            self._record_id = record_id

        self.save(
            lambda: self.journal.add_practice(fields),
            recorded,
            says=lambda error: f"This session could not be recorded: {error}",
            severity="warning",
        )

    def _save_setting(self, key: str, value: object) -> None:
        def saved(_result: None) -> None:
            self._seen[key] = value  # taken up here already: not a change made elsewhere

        self.save(lambda: self.journal.set_setting(key, value), saved, quiet=True)

    def _note_win(self) -> None:
        text = core.win_text(self.pattern, self._breathed)

        def change() -> None:
            win = self.journal.add_win(text, None, "emotional", "breathing")
            if self._record_id is not None:  # read here: the session's record is saved first
                self.journal.link_practice_win(self._record_id, win.id)

        def noted(_result: None) -> None:
            self.notify(f"Noted on today's list: {text}", markup=False)
            if self.stage == "done":
                self._draw_done()

        def failed(_error: Exception) -> None:
            self._win_noted = False

        self.save(
            change,
            noted,
            failed,
            says=lambda error: f"That could not be saved: {error}",
        )

    # Actions ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("pick", "custom"):
            return self.stage != "active" or self._breathing_elapsed() < 0
        if action == "note_win":
            return self.stage == "done" and not self._win_noted
        return True

    def action_pause(self) -> None:
        if self.stage != "active":
            self._start()
        elif self.session.paused:
            self.session.resume()
            self.show_now()
        else:
            self.session.pause()
            self.show_now()

    def action_begin(self) -> None:
        if self.stage != "active":
            self._start()

    def action_stop(self) -> None:
        """Mid-breathing: stop and record. In the countdown: back to ready. Otherwise: leave."""
        if self.stage == "active" and self._breathing_elapsed() > 0:
            self._finish()
            return
        leaving = self.stage != "active"
        self.stage = "ready"
        self.show_now()
        self._draw_ready()
        if leaving:
            self.shell.action_go_back()

    def action_pick(self, key: str) -> None:
        self._set_pattern(core.PRESETS[key])

    def action_custom(self) -> None:
        from smallwins_tui.tui.screens.breathe_pace import PaceScreen

        def chosen(pattern: Pattern | None) -> None:
            if pattern is not None:
                self._set_pattern(pattern)

        self.app.push_screen(PaceScreen(self.pattern), chosen)

    def action_note_win(self) -> None:
        if self.stage == "done" and not self._win_noted:
            self._win_noted = True
            self.refresh_bindings()
            self._note_win()

    def action_toggle_motion(self) -> None:
        self.motion = not self.motion
        self.panel.square.motion = self.motion
        self._save_setting("reduced_motion", not self.motion)
        self.notify(
            "The marker moves again."
            if self.motion
            else "Still view: only the word and the count.",
            markup=False,
        )
        self.show_now()
