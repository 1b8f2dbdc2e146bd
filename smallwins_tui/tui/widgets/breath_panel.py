"""Everything the Breathe screen shows, in one place: title, square, word, count, status.

The screen decides what moment it is; this panel only turns that moment into words and
shapes, so the timing code and the drawing code can each be read on their own.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import Digits, Static

from smallwins_tui.core import breathing as core
from smallwins_tui.core.breathing import BreathState, Pattern
from smallwins_tui.tui.widgets.breath_square import BreathSquare

PICK_HELP = "1 box · 2 4-7-8 · 3 slow 5-5 · c your own pace"
DIZZY_NOTE = "If you feel dizzy or light-headed, stop and let your breath find its own pace."


def _keys(*pairs: tuple[str, str]) -> Content:
    """``space begins   esc goes back``: key names in bold, what they do in plain words."""
    parts: list[Content] = []
    for key, meaning in pairs:
        parts.append(Content.assemble((key, "bold"), f" {meaning}"))
    return Content("   ").join(parts)


class BreathPanel(Vertical):
    """The Breathe screen's body; sized so the square is as large as fits and looks square."""

    DEFAULT_CSS = """
    BreathPanel #breathe-title {
        width: 100%;
        text-align: center;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    BreathPanel #breath-square { width: 34; height: 15; align: center middle; }
    BreathPanel #breath-centre { width: 1fr; height: auto; margin: 0 1; }
    BreathPanel #breath-centre Center { height: auto; }
    BreathPanel #phase-word { width: 100%; text-align: center; text-style: bold; color: $accent; }
    BreathPanel #phase-count { width: auto; color: $text; margin: 1 0 0 0; }
    BreathPanel #round-line {
        width: 100%;
        text-align: center;
        color: $text-muted;
        margin: 1 0 0 0;
    }
    BreathPanel #breathe-status {
        width: 100%;
        max-width: 80;
        text-align: center;
        padding: 1 0 0 0;
    }
    BreathPanel #dizzy-note { width: 100%; text-align: center; padding: 1 0 0 0; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="breathe-title", classes="screen-title")
        with (
            Center(id="square-row"),
            BreathSquare(id="breath-square"),
            Vertical(id="breath-centre"),
        ):
            yield Static(id="phase-word")
            with Center():
                yield Digits(id="phase-count")
            yield Static(id="round-line")
        with Center():
            yield Static(id="breathe-status")
        yield Static(DIZZY_NOTE, id="dizzy-note", classes="muted")

    @property
    def square(self) -> BreathSquare:
        return self.query_one(BreathSquare)

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """As large as fits, roughly square on screen (a cell is about twice as tall as wide)."""
        spare_rows = sum(
            widget.outer_size.height
            for widget in self.children
            if widget.id != "square-row" and widget.display
        )
        smallest = 7 if self.query_one("#phase-count", Digits).display else 5
        height = max(smallest, min(15, self.content_size.height - spare_rows))
        self.square.styles.height = height
        self.square.styles.width = max(18, min(height * 2 + 4, self.content_size.width))

    _shown: tuple[str, str | None, str, Content] | None = None

    def _show(self, word: str, count: str | None, line: str, status: Content) -> None:
        """Update only the pieces whose text changed, so a new second redraws just the count.

        The count keeps its width from one second to the next, so Digits updates it without a
        layout; the words change at most once a phase and may wrap, so they get one.
        """
        before, self._shown = self._shown, (word, count, line, status)
        if before == self._shown:
            return
        first = before is None
        old_word, old_count, old_line, old_status = before or ("", None, "", Content())
        resized = False
        for selector, new, old in (
            ("#phase-word", word, old_word),
            ("#round-line", line, old_line),
            ("#breathe-status", status, old_status),
        ):
            if first or new != old:
                self.query_one(selector, Static).update(new)
                resized = True
        if first or count != old_count:
            digits = self.query_one("#phase-count", Digits)
            if digits.display != (count is not None):
                digits.display = count is not None
                resized = True
            if count is not None:
                digits.update(count)
        if resized:
            self.call_after_refresh(self._fit)

    def show_title(self, pattern: Pattern, rounds: int) -> None:
        length = core.describe_length(core.session_seconds(pattern, rounds))
        self.query_one("#breathe-title", Static).update(f"Breathe · {pattern.title} · {length}")

    def show_ready(self, rounds: int, note: str | None = None) -> None:
        """``note`` explains a shorter session than was asked for (4-7-8's limit)."""
        self.square.place(None)
        status = Content.assemble(
            _keys(("space", "begins")), "   ", (PICK_HELP, "$foreground-muted")
        )
        if note:
            status = Content.assemble((note, "$secondary"), "\n", status)
        self._show(
            "When you are ready", None, f"{rounds} round{'s' if rounds != 1 else ''}", status
        )

    def show_lead_in(self, left: int, paused: bool) -> None:
        self.square.place(0, 0.0)
        self._show(
            "Settle in",
            str(left),
            "Paused" if paused else "Starting soon",
            self._running_status(paused),
        )

    def show_breath(self, state: BreathState, paused: bool) -> None:
        self.square.place(state.phase, state.fraction)
        line = f"{'Paused · ' if paused else ''}Round {state.round} of {state.rounds}"
        self._show(state.word, str(state.seconds_left), line, self._running_status(paused))

    @staticmethod
    def _running_status(paused: bool) -> Content:
        if paused:
            return Content.assemble("Paused.   ", _keys(("space", "carries on"), ("esc", "stops")))
        return _keys(("space", "pauses"), ("esc", "stops")).stylize("$foreground-muted")

    def show_done(self, pattern: Pattern, rounds: int, breathed: float, offer_win: bool) -> None:
        self.square.place(None)
        completed = breathed >= core.session_seconds(pattern, rounds)
        length = core.describe_length(breathed)
        if completed:
            lead = f"That was {length} of slow breathing. Let your breath settle back now."
        else:
            lead = f"You stopped after {length}. Any slow breaths count."
        choices = [("space", "goes again"), ("esc", "goes back")]
        if offer_win:
            choices.insert(0, ("n", "notes it as a win"))
        done = core.rounds_done(pattern, rounds, breathed)
        line = f"{done} of {rounds} round{'s' if rounds != 1 else ''}"
        self._show(
            "Finished" if completed else "Stopped",
            None,
            line,
            Content.assemble(lead, "\n", _keys(*choices)),
        )
