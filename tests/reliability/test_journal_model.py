"""A property test: any sequence of add, edit, delete, undo and reopen matches a plain model."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.models import Win
from smallwins_tui.core.text import clean_line
from smallwins_tui.data.journal import Journal

START = dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.timezone.utc)
texts = st.text(min_size=1, max_size=40).filter(lambda text: clean_line(text) != "")
kinds = st.sampled_from([None, *KIND_KEYS])
days_ago = st.integers(min_value=0, max_value=3)


class JournalMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.clock = FixedClock(START)
        self.journal = Journal(Path(self.folder.name), self.clock)
        self.model: dict[str, tuple[str, str | None, dt.date]] = {}
        self.deleted: list[Win] = []

    def teardown(self) -> None:
        self.folder.cleanup()

    @rule(text=texts, kind=kinds, ago=days_ago)
    def add(self, text: str, kind: str | None, ago: int) -> None:
        day = START.date() - dt.timedelta(days=ago)
        win = self.journal.add_win(text, day=day, kind=kind)
        self.model[win.id] = (clean_line(text), kind, day)
        self.clock.advance(seconds=1)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), text=texts)
    def edit(self, data: st.DataObject, text: str) -> None:
        win_id = data.draw(st.sampled_from(sorted(self.model)))
        self.journal.edit_win(win_id, text=text)
        _, kind, day = self.model[win_id]
        self.model[win_id] = (clean_line(text), kind, day)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), kind=kinds)
    def set_kind(self, data: st.DataObject, kind: str | None) -> None:
        win_id = data.draw(st.sampled_from(sorted(self.model)))
        self.journal.edit_win(win_id, kind=kind)
        text, _, day = self.model[win_id]
        self.model[win_id] = (text, kind, day)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        win_id = data.draw(st.sampled_from(sorted(self.model)))
        removed = self.journal.delete_win(win_id)
        assert removed is not None
        self.deleted.append(removed)
        del self.model[win_id]

    @precondition(lambda self: self.deleted)
    @rule()
    def undo(self) -> None:
        win = self.deleted.pop()
        self.journal.restore_win(win)
        self.model[win.id] = (win.text, win.kind, win.day)

    @rule()
    def reopen(self) -> None:
        self.journal = Journal(Path(self.folder.name), self.clock)

    @invariant()
    def matches_the_model(self) -> None:
        stored = {w.id: (w.text, w.kind, w.day) for w in self.journal.all_wins()}
        assert stored == self.model


JournalMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
test_journal_matches_model = JournalMachine.TestCase
