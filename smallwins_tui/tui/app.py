"""The app shell: modes for each screen, global keys, the command palette, clean exits."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Input, TextArea

from smallwins_tui.core.clock import Clock, SystemClock
from smallwins_tui.core.settings import LaunchOptions
from smallwins_tui.core.text import clean_text
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.posix import exit_signals
from smallwins_tui.data.recovery import RecoveryNotice
from smallwins_tui.tui.commands import (
    REPLACED,
    own_commands,
    save_screenshot,
    screen_commands,
    write_summary,
)
from smallwins_tui.tui.journal_app import DraftHolder, JournalApp
from smallwins_tui.tui.navigation import APP_KEYS, DESTINATIONS
from smallwins_tui.tui.theme import SMALLWINS_THEME
from smallwins_tui.tui.writer import JournalWriter

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from smallwins_tui.data.search import Hit

QUIT_DRAIN_SECONDS = 1.0
"""At most this long after ctrl+q for keys typed before it to be handled (see action_quit)."""

DATE_CHECK_INTERVAL = 1.0
"""Seconds between looks at the date, so Today moves on at midnight while the app is open."""

KEY_HOLD_SECONDS = 1.0
"""At most this long, keys typed while a screen opens wait for it (see :meth:`switch_mode`)."""

KEY_HOLD_FRAMES = 5
"""Refreshes to wait for a field to take the focus after a key that opens one."""

FIELD_ACTIONS = frozenset(
    {"reflect_write", "write", "focus_entry", "edit", "edit_intention", "answer", "edit_plan"}
)
"""Actions, besides going to a screen, that open a writing field (see ``_opens_a_field``)."""

OUTSIDE_CHANGE_INTERVAL = 2.0
"""Seconds between checks for changes made by other processes (``smallwins add``, another
window, a sync tool); the journal announces this app's own writes itself."""


class SmallWinsApp(JournalApp):
    """smallwins: the done list, grounding, breathing, and a fair look at progress."""

    CSS_PATH = "app.tcss"
    TITLE = "smallwins"
    MODES = {destination.mode: destination.factory for destination in DESTINATIONS}
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            # Not in footers, which at 80 columns need the room for each screen's own keys:
            # ? lists them on every screen, and the palette and the README name them.
            Binding(d.key, f"show('{d.mode}')", d.title, id=d.mode, tooltip=d.help, show=False)
            for d in DESTINATIONS
            if d.key
        ),
        Binding(
            "question_mark",
            "help",
            "Keys",
            id="help",
            key_display="?",
            tooltip="List the keys of this screen",
        ),
        Binding(
            "S",
            "write_summary",
            "Summary",
            id="summary",
            tooltip="Write a summary for therapy, since the last one",
            show=False,
        ),
        # Works everywhere, listed by ? and the palette; the footer keeps its room for ? itself.
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="quit",
            priority=True,
            tooltip="Leave smallwins",
            show=False,
        ),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]
    CURSOR_BLINK = True
    """Text cursors blink unless Reduced motion is on; tests and screenshots turn it off."""

    def __init__(
        self,
        journal: Journal,
        clock: Clock | None = None,
        notice: RecoveryNotice | None = None,
        watch_outside_changes: bool = True,
        mode: str = "today",
        launch_options: LaunchOptions | Mapping[str, object] | None = None,
        welcome: bool = False,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        super().__init__()
        self._start_mode = mode if mode in self.MODES else "today"
        self.journal = journal
        self.clock: Clock = clock or SystemClock()
        self.notice = notice
        self._watch_outside = watch_outside_changes
        self._history: list[str] = []
        """Modes left behind on the way here, most recent last: Esc walks back along them."""
        self.launch_options: LaunchOptions = (
            launch_options
            if isinstance(launch_options, LaunchOptions)
            else LaunchOptions.from_mapping(launch_options or {})
        )
        """What the command line asked of the first screen (Breathe reads it)."""
        self._draft_holders: list[DraftHolder] = []
        self._welcome_pending = welcome
        """The first-run welcome waits for Today: ground and breathe must open at once."""
        self._repairs_shown = 0
        self._quit_requested = False
        self._quitting = False
        self.writer = JournalWriter(self)
        """Every screen's saves go through here (see ``JournalScreen.save``): in order, off
        the event loop."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._held: list[events.Key | events.Paste] | None = None
        """Keys and pastes typed while a screen was opening, in order (None: none are being
        held); see :meth:`switch_mode`."""
        self._hold_generation = 0
        self._switching = False
        # Chosen before the first style pass, without the watcher: setting it on mount made
        # Textual re-parse the stylesheet and restyle every widget (three times) at start-up.
        # The theme is dark like Textual's default, so the app's classes need no change.
        self.register_theme(SMALLWINS_THEME)
        self.set_reactive(App.theme, SMALLWINS_THEME.name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.monotonic: Callable[[], float] = monotonic or time.monotonic
        """Seconds that only go forward, for timed practices; tests and screenshots inject one."""
        self.set_reactive(SmallWinsApp.today, self.clock.now().date())

    async def on_mount(self) -> None:
        # The first mode is entered here rather than through DEFAULT_MODE: Textual builds a
        # DEFAULT_MODE screen while composing the app, and on Python 3.12+ a text field on it
        # asks for the (still empty) screen stack and the app crashes at start. Awaited, so
        # what the first screen read (and any damage found on the way) is known below.
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self.journal.add_listener(self._journal_wrote)
        await self.switch_mode(self._start_mode)
        self.set_interval(DATE_CHECK_INTERVAL, self.check_date)
        chosen = self.journal.settings().theme
        if chosen != self.theme:  # the default was set in __init__, before any styling
            self.theme = chosen if chosen in self.available_themes else "smallwins"
        self._install_signal_handlers()
        if self._watch_outside:
            self.set_interval(OUTSIDE_CHANGE_INTERVAL, self.check_outside_changes)
        # The notice, welcome and help screens are imported only when shown (rarely).
        if self.notice is not None:
            from smallwins_tui.tui.screens.notice import RecoveryNoticeScreen

            self.push_screen(RecoveryNoticeScreen(self.notice))
        repairs = self.journal.repairs
        self._repairs_shown = 1 if self.notice is not None and repairs[:1] == [self.notice] else 0
        self._show_new_repairs()
        self._offer_welcome()

    def _offer_welcome(self) -> None:
        """Show the first-run welcome, but only over Today: someone who opened smallwins
        straight into grounding or breathing is in a hard moment and is asked nothing."""
        if not self._welcome_pending or self.current_mode != "today":
            return
        self._welcome_pending = False
        from smallwins_tui.tui.screens.welcome import WelcomeScreen

        self.push_screen(WelcomeScreen(str(self.journal.data_dir)), self._welcomed)

    def check_date(self) -> dt.date:
        """Move :attr:`today` on if the date changed (midnight, a resumed laptop, a new time
        zone). Called every second and before anything is saved to "today"."""
        self.today = self.clock.now().date()
        return self.today

    def _welcomed(self, _result: None) -> None:
        self.writer.save(lambda: self.journal.set_setting("welcomed", True), quiet=True)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A steady text cursor with Reduced motion (and in tests, whose snapshots must not
        depend on when the cursor blinked)."""
        widget = event.widget
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = self.CURSOR_BLINK and not self.journal.settings().reduced_motion

    def watch_theme(self, theme: str) -> None:
        """A theme chosen anywhere (settings or the palette) is remembered (off the event
        loop, like every save; a failure is told and the theme stays for this session)."""
        if self.journal.settings().theme != theme:
            self.writer.save(lambda: self.journal.set_setting("theme", theme))

    def action_help(self) -> None:
        from smallwins_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen, APP_KEYS))

    async def on_event(self, event: events.Event) -> None:
        """Clean every paste before any widget sees it.

        Typed keys cannot produce ESC, but a paste can, and Textual's one-line Input draws its
        contents unfiltered: a pasted escape sequence would reach the terminal while it sat in
        the field. Cleaning here covers every field of every screen at once.
        """
        if isinstance(event, events.Paste) and not event.is_forwarded:
            cleaned = clean_text(event.text, max_length=len(event.text))
            if cleaned != event.text:
                event = events.Paste(cleaned)
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            await self._take_input(event)
            return
        await super().on_event(event)

    async def _take_input(self, event: events.Key | events.Paste) -> None:
        """A key or paste from the terminal: held while a screen opens, else handed on."""
        if self._held is not None:
            # ctrl+q waits its turn too (a second at most). Let through at once, it quit with
            # the keys before it still held and lost them (a burst "one⏎two⏎three⏎" ctrl+q
            # kept nothing), or quit while the new screen was still being built.
            self._held.append(event)
            return
        opens = isinstance(event, events.Key) and self._opens_a_field(event.key)
        await super().on_event(event)
        if opens:
            self._start_holding()

    # Keys typed while a field opens ------------------------------------------------------------
    #
    # A quick typist presses r and starts the thought at once. Textual hands each key on to
    # the focused widget as it comes, before the key before it has done anything, so the
    # letters after r reached Today's list (or Reflect before its field had the focus), where
    # letters are commands: the w of "week" opened Week, the g of "dread" opened Ground, and
    # the thought was lost. The keys after one that opens a screen or a writing field now
    # wait, in order, until a field has the focus (or, where none takes it, a few refreshes;
    # never more than a second), and then go on as if they came then.

    def _opens_a_field(self, key: str) -> bool:
        """Is ``key``, here and now, a command that opens another screen or a writing field
        (and not text typed into a field)?"""
        if isinstance(self.focused, (Input, TextArea)):
            return False
        active = self.screen.active_bindings.get(key)
        if active is None or not active.enabled:
            return False
        action = active.binding.action.removeprefix("app.").removeprefix("screen.")
        return action.startswith("show(") or action in FIELD_ACTIONS

    def _start_holding(self, count_frames: bool = True) -> int:
        """Hold the keys from now on; the number of this hold (a later one replaces it).
        ``count_frames`` False: the caller starts the count itself (once a screen is on)."""
        if self._held is None:
            self._held = []
        self._hold_generation += 1
        generation = self._hold_generation
        self.set_timer(KEY_HOLD_SECONDS, partial(self._release_keys, generation))
        if count_frames:
            self.call_after_refresh(self._release_when_ready, generation, KEY_HOLD_FRAMES)
        return generation

    def switch_mode(self, mode: str) -> AwaitMount:
        """Switch screens; the keys typed meanwhile wait for the new screen (see above)."""
        changing = mode != self.current_mode
        await_mount = super().switch_mode(mode)
        if changing:
            generation = self._start_holding(count_frames=False)
            self._switching = True

            async def release_once_mounted() -> None:
                with contextlib.suppress(Exception):  # whatever happened, the keys go on
                    await await_mount
                self._release_when_ready(generation, KEY_HOLD_FRAMES)

            self.run_worker(release_once_mounted(), group="hold-keys", exit_on_error=False)
        return await_mount

    def _release_when_ready(self, generation: int, frames: int) -> None:
        if generation != self._hold_generation or self._held is None:
            return  # let go already, or another hold began since and lets them go itself
        if not isinstance(self.focused, (Input, TextArea)) and frames > 0:
            self.call_after_refresh(self._release_when_ready, generation, frames - 1)
            return
        self.call_later(self._release_keys, generation)

    async def _release_keys(self, generation: int) -> None:
        """Hand the held keys on, in the order they came, as if they came now."""
        if generation != self._hold_generation or self._held is None:
            return
        held, self._held, self._switching = self._held, None, False
        for event in held:
            await self._take_input(event)  # one of them may open a field again

    def _install_signal_handlers(self) -> None:
        """Closing the window (SIGHUP), SIGTERM or SIGINT keep drafts and exit cleanly."""
        loop = asyncio.get_running_loop()
        for signum in exit_signals():
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, partial(self._exit_on_signal, signum))

    def _exit_on_signal(self, signum: int) -> None:
        self.flush_drafts()
        self.exit(128 + signum)

    def register_draft_holder(self, holder: DraftHolder) -> None:
        """Screens with unsaved text call this on mount; see :meth:`flush_drafts`."""
        self._draft_holders.append(holder)

    def flush_drafts(self) -> None:
        """Write every screen's unsaved text to disk (on quit, SIGHUP, SIGTERM, SIGINT)."""
        for holder in self._draft_holders:
            with contextlib.suppress(JournalError, NoMatches):
                holder.flush_drafts()

    async def action_quit(self) -> None:
        """ctrl+q: quit once the keys typed before it have been handled.

        ctrl+q is acted on as soon as it arrives, but keys typed just before it (a burst over a
        slow link: "walked" Enter ctrl+q) may still be waiting in the focused field. So the
        quit queues behind them, in the field and then in its screen (where the Enters are
        saved); a second ctrl+q, or a second's wait, quits regardless.
        """
        focused = self.focused
        if focused is None or self._quit_requested:
            self._quit_after_queued()
            return
        self._quit_requested = True
        screen = focused.screen
        focused.call_later(screen.call_later, self._quit_after_queued)
        self.set_timer(QUIT_DRAIN_SECONDS, self._quit_after_queued)

    def _quit_after_queued(self) -> None:
        self.run_worker(self._quit_now(), group="quit", exit_on_error=False)

    async def _quit_now(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        self.flush_drafts()
        await self.writer.finished()  # a win acknowledged by Enter is on disk before we go
        self.exit()

    def on_unmount(self) -> None:
        self.journal.remove_listener(self._journal_wrote)
        with contextlib.suppress(Exception):
            loop = asyncio.get_running_loop()
            for signum in exit_signals():
                loop.remove_signal_handler(signum)

    async def check_outside_changes(self) -> None:
        """Pick up writes from other processes (the only ones the journal cannot announce);
        the file stat is cheap, a re-read only on change."""
        if await asyncio.to_thread(self.journal.refresh):
            self.journal_changed()
        self._show_new_repairs()

    def _show_new_repairs(self) -> None:
        """Tell the person about each damaged file the journal set aside since last time
        (a month file is first read when a screen needs it, so this can happen at any time)."""
        for notice in self.journal.repairs[self._repairs_shown :]:
            from smallwins_tui.tui.screens.notice import RecoveryNoticeScreen

            self.push_screen(RecoveryNoticeScreen(notice))
        self._repairs_shown = len(self.journal.repairs)

    def _journal_wrote(self) -> None:
        """The journal's listener: called after every write, in the thread that wrote. On the
        event loop the screens hear at once; from a worker thread the news is queued on the
        loop without waiting (``call_from_thread`` would block the writer until the loop is
        free, and hang it if the app is closing), ahead of the worker's own result."""
        if threading.get_ident() == self._loop_thread:
            self.journal_changed()
        elif self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody to tell
                self._loop.call_soon_threadsafe(self.journal_changed)

    def journal_changed(self) -> None:
        """Tell the screens (watching :attr:`journal_generation`) that the journal changed."""
        self.journal_generation = self.journal.generation

    def action_show(self, mode: str) -> None:
        """Go to a screen; the one left is remembered so that Esc can come back to it."""
        if self.current_mode == mode:
            if not self._switching:  # nothing opens: the keys held for it go on at once
                self.call_later(self._release_keys, self._hold_generation)
            return
        self._remember_way(mode)
        self.switch_mode(mode)
        self._offer_welcome()

    def _remember_way(self, mode: str) -> None:
        """Note the screen left for ``mode``, so that Esc can walk back (never in a loop)."""
        if mode == "today":
            self._history.clear()  # home: Esc from here on leads nowhere else
        elif mode in self._history:  # been here on the way: go back to it, no loop
            del self._history[self._history.index(mode) :]
        else:
            self._history.append(self.current_mode)

    async def _open(self, mode: str) -> Screen[Any]:
        """Go to ``mode`` as its key would, and hand back its screen once it is showing."""
        if self.current_mode != mode:
            self._remember_way(mode)
            await self.switch_mode(mode)
        return self.screen_stack[0]

    async def open_day(self, day: dt.date) -> None:
        """Today, showing ``day`` (picked in the month view or a search result)."""
        from smallwins_tui.tui.screens.today import TodayScreen

        screen = await self._open("today")
        if isinstance(screen, TodayScreen):
            screen.show_day(day)

    async def open_month(self, day: dt.date) -> None:
        """The month view, with ``day`` picked (m on Week: the month of the week shown)."""
        from smallwins_tui.tui.screens.month import MonthScreen

        screen = await self._open("month")
        if isinstance(screen, MonthScreen):
            screen.show_day(day)

    async def open_hit(self, hit: Hit) -> None:
        """Where a search result was written: its day, its reflection or its week's review."""
        if hit.kind == "reflection":
            from smallwins_tui.tui.screens.reflect import ReflectScreen

            screen = await self._open("reflect")
            if isinstance(screen, ReflectScreen):
                screen.show_reflection(hit.record_id)
        elif hit.kind == "review":
            from smallwins_tui.tui.screens.week import WeekScreen

            screen = await self._open("week")
            if isinstance(screen, WeekScreen):
                screen.show_week_of(hit.day)
        else:
            await self.open_day(hit.day)

    def action_go_back(self) -> None:
        """Esc: one step back along the way taken, ending at Today (never a loop)."""
        previous = self._history.pop() if self._history else "today"
        if previous != self.current_mode:
            self.switch_mode(previous)
        self._offer_welcome()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        for destination in DESTINATIONS:
            key = f" ({destination.key})" if destination.key else ""
            yield SystemCommand(
                f"Go to {destination.title}",
                f"{destination.help}{key}",
                partial(self.action_show, destination.mode),
            )
        yield from screen_commands(self, screen)
        yield from own_commands(self)
        for command in super().get_system_commands(screen):
            if command.title not in REPLACED:
                yield command

    @work(exclusive=True, group="screenshot")
    async def action_save_screenshot(self) -> None:
        """The palette's Screenshot, private and where the person chooses (see commands.py)."""
        await save_screenshot(self)

    @work(exclusive=True, group="summary")
    async def action_write_summary(self) -> None:
        """S or the palette: the therapy summary since the last one (see commands.py)."""
        await write_summary(self)
