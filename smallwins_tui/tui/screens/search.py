"""Search: everything written, found by a few words, newest day first.

The search runs in a thread worker, so typing never waits for the disk; results arrive in
small batches as each month is read, and a new keystroke cancels the search before it.
Enter on a result opens its day on Today, its reflection on Reflect, or its week's review.
"""

from __future__ import annotations

import contextlib
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import get_current_worker

from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.search import Hit, search
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.widgets.search_results import SearchResults

FIRST_BATCH, BATCH = 1, 40
"""The first result is shown alone, at once; the rest come in batches of this many."""
LIMIT = 500
"""Results shown at most; more words narrow a search that finds more."""

INVITE = (
    "Type a word or two. Wins, small steps, reflections and weekly review answers are "
    "searched; capitals and accents do not matter."
)


class SearchField(Input):
    """The words to look for; ↓ (or Enter) moves down to the results."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer, where Support comes first: the status line names it instead.
        Binding("down", "screen.results", "Results", key_display="↓", show=False),
    ]


class SearchScreen(JournalScreen):
    """A field at the top, the results below; / comes back to the field."""

    DEFAULT_CSS = """
    SearchScreen #search-body {
        padding: 1 2 0 2;
    }
    SearchScreen #search-status {
        color: $text-muted;
        padding: 0 0 1 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", key_display="⏎", tooltip="Open the highlighted result"),
        Binding("slash", "find", "Find", key_display="/", tooltip="Back to the search field"),
        Binding("escape", "app.go_back", "Back", key_display="esc"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._token = 0
        """Bumped by each new search, so late results of an older one are dropped."""
        self._found = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="search-body"):
            yield Static("Search", classes="screen-title")
            yield SearchField(placeholder="Words to look for", id="search-field")
            yield Static(INVITE, id="search-status")
            yield SearchResults(id="search-results")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#search-field", Input).focus()

    def on_screen_resume(self) -> None:
        field = self.query_one("#search-field", Input)
        if field.value.strip():
            self._start(field.value)  # something may have been written since
        field.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that type into the field are the field's while it has focus."""
        field_focused = self.query_one("#search-field", Input).has_focus
        if action == "find":
            return not field_focused
        if action == "results":
            return self._found > 0
        return True

    # Searching --------------------------------------------------------------------------------

    @on(Input.Changed, "#search-field")
    def _typed(self, event: Input.Changed) -> None:
        self._start(event.value)

    def _start(self, query: str) -> None:
        self._token += 1
        self._found = 0
        self.query_one(SearchResults).clear()
        if not query.strip():
            self.workers.cancel_group(self, "search")
            self._status(INVITE)
            return
        self._status("Looking…")
        self._search(self._token, query)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, token: int, query: str) -> None:
        worker = get_current_worker()
        batch: list[Hit] = []
        count = 0
        try:
            for hit in search(self.journal, query):
                if worker.is_cancelled:
                    return
                batch.append(hit)
                count += 1
                if count >= LIMIT:
                    break
                if len(batch) >= (FIRST_BATCH if count == 1 else BATCH):
                    self._deliver(token, batch, None)
                    batch = []
        except (JournalError, OSError):
            self._deliver(token, batch, "Part of the journal could not be read just now.")
            return
        if not worker.is_cancelled:
            self._deliver(token, batch, "" if count < LIMIT else "more")

    def _deliver(self, token: int, hits: list[Hit], done: str | None) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while searching
            self.app.call_from_thread(self._add, token, list(hits), done)

    def _add(self, token: int, hits: list[Hit], done: str | None) -> None:
        if token != self._token:
            return  # a newer search has started
        results = self.query_one(SearchResults)
        settings = self.journal.settings()
        if hits:
            results.add_hits(hits, self.today(), settings["date_format"])
            self._found = len(results.hits)
            self.refresh_bindings()
        if done is None:
            self._status(f"{self._found} found so far…")
        elif done == "more":
            self._status(f"The newest {LIMIT} shown; another word narrows the search.")
        elif done:
            self._status(done)
        elif not self._found:
            query = self.query_one("#search-field", Input).value.strip()
            self._status(
                Content.assemble(
                    "Nothing found for “", query, "”. Fewer or shorter words find more."
                )
            )
        else:
            noun = "place" if self._found == 1 else "places"
            self._status(f"Found in {self._found} {noun}. ↓ moves to them, ⏎ opens one.")

    def _status(self, text: str | Content) -> None:
        self.query_one("#search-status", Static).update(
            Content(text) if isinstance(text, str) else text
        )

    # Opening a result -------------------------------------------------------------------------

    @on(Input.Submitted, "#search-field")
    def _submitted(self) -> None:
        self.action_results()

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self) -> None:
        self.action_open()

    def action_results(self) -> None:
        if self._found:
            # At once, not after the keys already on their way: a second ↓ (or an Enter)
            # typed quickly must reach the results, not the field again.
            self.set_focus(self.query_one(SearchResults))

    def action_find(self) -> None:
        self.query_one("#search-field", Input).focus()

    def action_open(self) -> None:
        results = self.query_one(SearchResults)
        hit = results.selected or (results.hits[0] if results.hits else None)
        if hit is None:
            return
        self.app.run_worker(self.shell.open_hit(hit), group="open-hit", exclusive=True)
