"""Today: the "done" list, the home screen.

Enter saves a win at once (off the event loop); a kind is one key; delete can be undone; the
day can move back to fill in what was remembered late. Nothing here grades the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.widgets import Footer, Input, OptionList, Static

from smallwins_tui.core.dates import day_title
from smallwins_tui.core.kinds import KINDS
from smallwins_tui.core.memories import pick_memory
from smallwins_tui.core.models import Intention, Win, only_wins
from smallwins_tui.core.text import INTENTION_MAX, WIN_MAX, clean_line
from smallwins_tui.core.wins import (
    examples_for,
    find_minimiser,
    minimiser_note,
    progress_marks,
    progress_message,
)
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.spacing import gap
from smallwins_tui.tui.widgets.entry_field import EntryField
from smallwins_tui.tui.widgets.memory_line import MemoryLine
from smallwins_tui.tui.widgets.support_offer import SupportOffer
from smallwins_tui.tui.widgets.win_list import WinList

Mode = Literal["add", "edit", "intention"]
ENTRY_DRAFT = "today-entry"
"""Unsaved text in the field, kept on disk when the app is closed mid-sentence."""

KIND_HELP = "  ".join(f"{kind.hotkey} {kind.label}" for kind in KINDS)


class TodayScreen(JournalScreen):
    """The done list for one day (today unless moved back)."""

    CSS = """
    #today-body { padding: 1 2 0 2; }
    TodayScreen.-narrow #today-body { padding: 0 1; }
    #progress, #intention { padding: 0 0 1 0; }
    TodayScreen.-narrow #progress, TodayScreen.-narrow #intention { padding: 0; }
    #entry-label { color: $text; }
    #entry { margin: 0 0 0 0; }
    #minimiser-note { display: none; }
    #wins {
        height: auto;
        max-height: 100%;
        border: none;
        padding: 0;
        margin: 1 0 0 0;
        background: $background;
    }
    #examples-box { height: auto; padding: 1 0 0 0; }
    #examples {
        height: auto;
        border: none;
        padding: 0;
        background: $background;
        color: $text-muted;
    }
    #kind-help { padding: 1 0 0 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "focus_entry", "Add", tooltip="Write a new win"),
        Binding("e", "edit", "Edit", tooltip="Change the highlighted win"),
        Binding(
            "d,delete",
            "delete",
            "Delete",
            tooltip="Delete the highlighted win (asks first; u undoes)",
        ),
        Binding("u", "undo", "Undo", tooltip="Bring back the win you just deleted"),
        *(Binding(k.hotkey, f"set_kind('{k.key}')", k.label, show=False) for k in KINDS),
        Binding("0", "set_kind('')", "no kind", show=False),
        Binding(
            "left,comma",
            "move_day(-1)",
            "Day",
            key_display="←→",
            tooltip="The day before (→ the next day)",
        ),
        Binding(
            "right,full_stop",
            "move_day(1)",
            "Later",
            key_display="→",
            show=False,
            tooltip="The next day",
        ),
        Binding("t", "go_today", "Today", show=False),
        Binding("i", "edit_intention", "Step", tooltip="Set the day's one small step"),
        Binding("x", "tick_intention", "Tick", tooltip="Tick the small step off"),
        Binding(
            "m",
            "toggle_note",
            "Win or note",
            show=False,
            tooltip="Count a note as a win, or set a win aside as a note",
        ),
        Binding(
            "slash",
            "app.show('search')",
            "Search",
            key_display="/",
            show=False,
            tooltip="Find anything you wrote",
        ),
        Binding("escape", "leave_field", "Done typing", key_display="esc"),
        Binding("down", "focus_list", show=False),
    ]

    day: var[dt.date] = var(dt.date.min, init=False)
    mode: var[Mode] = var("add", init=False)

    def __init__(self) -> None:
        super().__init__()
        self._editing: Win | None = None
        self._last_deleted: Win | None = None
        self._drawn: tuple[int, dt.date, dt.date] | None = None
        """(journal generation, day shown, today) of the last draw: nothing new, no redraw."""
        self._following = True
        """The day shown is today: at midnight, move on with the date."""
        self._examples_day: dt.date | None = None
        """The day whose example wins the list holds (they depend on the day alone)."""
        self._offer_day: dt.date | None = None
        """The day of the entry the support offer was shown for."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="today-body"):
            yield Static(id="day-title", classes="screen-title")
            yield Static(id="progress")
            yield Static(id="intention")
            yield Static(id="entry-label")
            # No max_length: Textual drops a whole paste that is too long; the journal trims.
            yield EntryField(id="entry", placeholder="Type a win, press Enter")
            yield Static(id="minimiser-note", classes="gentle-note")
            yield WinList(id="wins")
            yield MemoryLine(id="memory")
            with Vertical(id="examples-box"):
                yield Static("Not sure what counts? Pick one to make it yours:", classes="muted")
                yield OptionList(id="examples", markup=False)
            yield Static(
                f"Kind (optional, on a highlighted win): {KIND_HELP}  0 none",
                id="kind-help",
                classes="muted",
            )
            yield SupportOffer(id="support-offer")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.watch(self.app, "journal_generation", self._journal_changed, init=False)
        self.watch(self.app, "today", self._date_changed, init=False)
        self.day = self.today()
        self._show_mode()
        entry = self.query_one("#entry", Input)
        entry.focus(scroll_visible=False)  # the title stays in view on a small terminal
        draft = self.journal.draft(ENTRY_DRAFT)
        if draft:
            entry.value = draft
            entry.cursor_position = len(draft)
        self.shell.register_draft_holder(self)

    def flush_drafts(self) -> None:
        """Keep a half-typed win (not an edit) for next time; saved wins are already on disk."""
        text = self.query_one("#entry", Input).value
        if self.mode == "add" and clean_line(text):
            self.journal.save_draft(ENTRY_DRAFT, text)
        elif self.journal.draft(ENTRY_DRAFT) is not None:
            self.journal.clear_draft(ENTRY_DRAFT)

    def _refresh_if_stale(self) -> None:
        """Redraw only when the journal, the day shown or today's date moved since the last draw."""
        if self._drawn != (self.journal.generation, self.day, self.today()):
            self.refresh_day()

    def on_screen_resume(self) -> None:
        self._refresh_if_stale()

    def _journal_changed(self, _generation: int) -> None:
        self._refresh_if_stale()

    def watch_day(self) -> None:
        self._following = self.day == self.today()
        self.mode = "add"
        self.refresh_day()

    def _date_changed(self, _today: dt.date) -> None:
        self._follow_date()
        self._refresh_if_stale()  # "Today" becomes "Yesterday" on a day left behind

    def _follow_date(self) -> None:
        """At midnight, a screen showing today moves on to the new today (unless a win or the
        small step is being edited: that stays on its own day)."""
        today = self.today()
        if self._following and self.day != today and self.mode == "add":
            self.day = today

    def watch_mode(self) -> None:
        self._show_mode()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc is in the footer only where it does something (typing, editing): at 80
        columns the footer of the list needs its room for the keys that work there."""
        if action == "leave_field":
            return self.mode != "add" or self.query_one("#entry", Input).has_focus
        return True

    # Drawing ----------------------------------------------------------------------------------

    def refresh_day(self, keep: str | None = None) -> None:
        if self.day == dt.date.min:
            return
        today = self.today()
        self._drawn = (self.journal.generation, self.day, today)
        # Notes (written in distress) come after the day's wins, quietly, and are not counted.
        wins = sorted(self.journal.wins_on(self.day), key=lambda win: win.note)
        self.query_one("#day-title", Static).update(
            day_title(self.day, today, self.journal.settings().date_format)
        )
        counted = len(only_wins(wins))
        self.query_one("#progress", Static).update(
            Content.assemble(
                (progress_marks(counted), "$success"),
                gap(),
                progress_message(counted, self.day == today),
            )
        )
        win_list = self.query_one(WinList)
        had_focus = win_list.has_focus
        win_list.show(wins, keep=keep)
        win_list.display = bool(wins)
        self._show_intention()
        self._show_memory(today)
        self._show_mode()  # the prompt names the day, and examples show on an empty day
        if had_focus and not wins:
            # Keep focus off the text field, so the next key (u to undo) is not typed.
            self.action_focus_list()
            if self.focused is None or self.focused.id == "entry":
                self.set_focus(None)

    def _show_memory(self, today: dt.date) -> None:
        """One earlier win, only on today itself and only if the setting allows it."""
        settings = self.journal.settings()
        memory = None
        if self.day == today and settings["show_memories"]:
            memory = pick_memory(today, self.journal.wins_between)
        self.query_one("#memory", MemoryLine).show(memory, today, settings["date_format"])

    def _show_intention(self) -> None:
        intention = self.journal.intention(self.day)
        widget = self.query_one("#intention", Static)
        if intention is None:
            widget.update(
                Content.styled(
                    "One small step for the day? Press i to choose one.", "$foreground-muted"
                )
            )
            return
        mark = "☑" if intention.done else "☐"
        hint = "done, and counted as a win" if intention.done else "x ticks it off"
        widget.update(
            Content.assemble(
                f"{mark} One small step: ",
                (clean_line(intention.text), "bold"),
                (f"   ({hint})", "$foreground-muted"),
            )
        )

    def _show_examples(self, show: bool) -> None:
        box = self.query_one("#examples-box", Vertical)
        box.display = show
        if show:
            examples = self.query_one("#examples", OptionList)
            if self._examples_day != self.day:  # start-up asked twice in a row for the same list
                examples.clear_options()
                examples.add_options(examples_for(self.day))
                self._examples_day = self.day
            examples.highlighted = 0

    def _show_mode(self) -> None:
        label = self.query_one("#entry-label", Static)
        entry = self.query_one("#entry", EntryField)
        if self.mode == "edit":
            what = "note" if self._editing is not None and self._editing.note else "win"
            label.update(f"Change this {what}, then press Enter (Esc keeps it as it was):")
            entry.placeholder = f"Change the {what}, press Enter"
        elif self.mode == "intention":
            label.update("One small step for the day (Enter saves, empty removes it):")
            entry.placeholder = "Type one small step, press Enter"
        else:
            label.update(f"What did you do {self._when()} that helped, even a little?")
            entry.placeholder = "Type a win, press Enter"
        self._show_examples(self.mode == "add" and not self.query_one(WinList).wins)

    def _when(self) -> str:
        """The shown day as the entry prompt names it: today, yesterday, on Friday, on 3 May."""
        days_ago = (self.today() - self.day).days
        if days_ago == 0:
            return "today"
        if days_ago == 1:
            return "yesterday"
        if 1 < days_ago < 7:
            return f"on {self.day:%A}"
        return f"on {self.day.day} {self.day:%B}"

    # Typing -----------------------------------------------------------------------------------

    @on(Input.Changed, "#entry")
    def _entry_changed(self, event: Input.Changed) -> None:
        word = find_minimiser(event.value) if self.mode != "intention" else None
        note = self.query_one("#minimiser-note", Static)
        note.update(minimiser_note(word) if word else "")
        note.display = bool(word)

    @on(Input.Submitted, "#entry")
    def _entry_submitted(self, event: Input.Submitted) -> None:
        """Enter: the field has already emptied itself (see EntryField); save what it held."""
        text = event.value
        if self.mode == "intention":
            day = self.day
            self.mode = "add"
            self._save(
                lambda: self.journal.set_intention(day, text),
                typed=text,
                reopen=lambda: self._reopen("intention", None, text),
            )
        elif self.mode == "edit" and self._editing is not None:
            win, self._editing = self._editing, None
            self.mode = "add"
            self._save(
                lambda: self.journal.edit_win(win.id, text=text, day=win.day),
                typed=text,
                keep=win.id,
                reopen=lambda: self._reopen("edit", win, text),
            )
        elif clean_line(text):
            day = self._entry_day()
            self._save(
                lambda: self.journal.add_win(text, day=day),
                typed=text,
                reopen=lambda: self._reopen("add", None, text),
            )
        else:
            self.notify("Type a few words first; anything small counts.", markup=False)

    def _reopen(self, mode: Mode, win: Win | None, text: str) -> None:
        """A save failed: back to what the person was doing, with their words in the field."""
        self._editing = win
        self.mode = mode
        self.query_one("#entry", EntryField).restore(text)

    def _entry_day(self) -> dt.date:
        """The day a new win goes to: the shown day, or the new date if Today was showing
        today when midnight passed (the check runs every second, and again here)."""
        self.shell.check_date()
        self._follow_date()
        return self.day

    @on(OptionList.OptionSelected, "#examples")
    def _example_chosen(self, event: OptionList.OptionSelected) -> None:
        entry = self.query_one("#entry", Input)
        entry.value = str(event.option.prompt)
        entry.focus()
        entry.cursor_position = len(entry.value)

    # Saving -----------------------------------------------------------------------------------

    def _save(
        self,
        change: Callable[[], Any],
        *,
        typed: str = "",
        keep: str | None = None,
        reopen: Callable[[], None] | None = None,
    ) -> None:
        """Save through the screen's one write path (in order, off the event loop), then redraw
        keeping ``keep`` (or the new win) highlighted, and tell of a long or worrying text."""

        def saved(result: Any) -> None:
            self.refresh_day(keep=result.id if isinstance(result, Win) else keep)
            if not typed:
                return
            limit = INTENTION_MAX if isinstance(result, Intention) else WIN_MAX
            if len(clean_line(typed, max_length=len(typed))) > limit:
                self.notify(
                    f"That was long, so the first {limit} characters were kept.", markup=False
                )
            # The phrases load on the first save, not at start-up.
            from smallwins_tui.core.support import worry_in

            worry = worry_in(typed)
            if worry is not None:
                note = isinstance(result, Win) and result.note
                entry = self.query_one("#entry", Input)
                if self.query_one(SupportOffer).offer(
                    self.journal,
                    result,
                    note=note,
                    someone_else=worry == "other",
                    maybe=worry == "maybe",
                    win=isinstance(result, Win) and not result.note,
                    # Still typing: the field stays in sight, even where the offer is
                    # taller than the screen (80x24).
                    keep_in_sight=entry if self.focused is entry else None,
                ):
                    self._offer_day = getattr(result, "day", self.day)

        def failed(_error: Exception) -> None:
            if reopen is not None:
                reopen()

        kept = "Your text is still in the field." if reopen is not None else ""
        self.save(change, saved, failed, kept=kept)

    # Actions ----------------------------------------------------------------------------------

    def _selected(self) -> Win | None:
        win = self.query_one(WinList).selected
        if win is None:
            self.notify("Highlight a win in the list first (Tab or ↓ moves there).", markup=False)
        return win

    def action_focus_entry(self) -> None:
        self.query_one("#entry", Input).focus()

    def action_focus_list(self) -> None:
        win_list = self.query_one(WinList)
        target: OptionList | None = win_list if win_list.wins else None
        if target is None and self.query_one("#examples-box", Vertical).display:
            target = self.query_one("#examples", OptionList)
        if target is not None:
            target.focus()

    def action_leave_field(self) -> None:
        entry = self.query_one("#entry", Input)
        if self.mode != "add":
            self._editing = None
            self.mode = "add"
            entry.value = ""
        if entry.has_focus:
            self.action_focus_list()
            if entry.has_focus:
                self.set_focus(None)

    def action_edit(self) -> None:
        win = self._selected()
        if win is not None:
            self._editing = win
            self.mode = "edit"
            entry = self.query_one("#entry", Input)
            entry.value = win.text
            entry.focus()
            entry.cursor_position = len(win.text)

    @work(group="confirm", exclusive=True)
    async def action_delete(self) -> None:
        """Ask first, in a dialog no typed letter can answer; then delete, with u to undo."""
        from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen

        win = self._selected()
        if win is None or not await self.app.push_screen_wait(
            ConfirmDeleteScreen(Content(clean_line(win.text)))
        ):
            return
        self._last_deleted = win
        self._save(lambda: self.journal.delete_win(win.id, day=win.day))
        self.notify(f"Deleted “{clean_line(win.text)[:60]}”. Press u to undo.", markup=False)

    def action_undo(self) -> None:
        win, self._last_deleted = self._last_deleted, None
        if win is None:
            self.notify("Nothing to undo.", markup=False)
            return
        self._save(lambda: self.journal.restore_win(win), keep=win.id)

    def action_set_kind(self, key: str) -> None:
        win = self._selected()
        if win is None:
            return
        kind = None if not key or win.kind == key else key
        self._save(lambda: self.journal.edit_win(win.id, kind=kind, day=win.day), keep=win.id)

    def action_toggle_note(self) -> None:
        """One key for a false alarm: the note counts as a win (or a win becomes a note)."""
        win = self._selected()
        if win is None:
            return
        self._save(lambda: self.journal.set_note(win.id, not win.note, day=win.day), keep=win.id)
        self.notify(
            "Counted as a win." if win.note else "Kept as a note; it is not counted.", markup=False
        )

    def action_move_day(self, step: int) -> None:
        target = self.day + dt.timedelta(days=step)
        if target > self.today():
            self.notify("That is the future; wins are for today and earlier.", markup=False)
            return
        self._move_to(target)

    def show_day(self, day: dt.date) -> None:
        """Show ``day`` (never a day after today), as if moved there with the arrows."""
        self._move_to(min(day, self.today()))

    def action_go_today(self) -> None:
        self._move_to(self.today())

    def _move_to(self, day: dt.date) -> None:
        """The person moves to ``day``. The support offer belongs to the entry that brought
        it, so it goes when the day shown changes to another day than that entry's (f1 always
        has the same lines). It stays while its own day is shown, and at midnight, when the
        day moves on by itself (see :meth:`_follow_date`)."""
        before = self.day
        self.day = day
        offer = self.query_one(SupportOffer)
        if day != before and day != self._offer_day and offer.shown:
            offer.action_close()

    def action_edit_intention(self) -> None:
        intention = self.journal.intention(self.day)
        self.mode = "intention"
        entry = self.query_one("#entry", Input)
        entry.value = intention.text if intention else ""
        entry.focus()
        entry.cursor_position = len(entry.value)

    def action_tick_intention(self) -> None:
        if self.journal.intention(self.day) is None:
            self.notify("Set a small step first with i.", markup=False)
            return
        day = self.day
        self._save(lambda: self.journal.toggle_intention(day))
