"""The typed journal: settings as a dataclass, a method for every table, and the journal
announcing its own changes to listeners."""

from __future__ import annotations

import threading

import pytest

from smallwins_tui.core.settings import DEFAULT_SETTINGS, SETTING_CHECKS, LaunchOptions, Settings
from smallwins_tui.core.week import QUESTION_KEYS, week_of
from smallwins_tui.data.errors import SaveError
from smallwins_tui.data.journal import Journal
from tests.conftest import TODAY


def test_settings_read_as_attributes_with_defaults(journal: Journal) -> None:
    settings = journal.settings()
    assert isinstance(settings, Settings)
    assert settings.week_start == "monday" and settings.breathing_minutes == 4
    journal.set_setting("week_start", "sunday")
    assert journal.settings().week_start == "sunday"
    assert journal.settings()["week_start"] == "sunday"  # by name, for the Settings rows


def test_every_setting_has_a_default_and_a_check() -> None:
    assert set(DEFAULT_SETTINGS) == set(SETTING_CHECKS) == set(Settings().as_dict())
    assert all(SETTING_CHECKS[name](value) for name, value in DEFAULT_SETTINGS.items())


def test_unusable_stored_values_read_as_their_defaults() -> None:
    stored = {
        "week_start": "friday",
        "bell": "yes",
        "theme": "nord",
        "nudge_hour": 24,
        "no_such": 9,
        3: 1,
    }
    assert Settings.from_stored(stored) == Settings(theme="nord")
    assert Settings.from_stored(None) == Settings()


def test_a_setting_is_changed_only_to_a_value_it_can_take(journal: Journal) -> None:
    with pytest.raises(ValueError):
        journal.set_setting("week_start", "friday")
    with pytest.raises(ValueError):
        journal.set_setting("no_such_setting", True)
    assert Settings().with_value("bell", True).bell is True
    assert journal.settings() == Settings()


def test_launch_options_from_the_command_line() -> None:
    options = LaunchOptions.from_mapping({"pattern": "478", "minutes": 2, "other": "x"})
    assert options == LaunchOptions(pattern="478", minutes=2.0)
    assert LaunchOptions.from_mapping({"minutes": True}).minutes is None


def test_every_table_has_typed_methods(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    practice = journal.add_practice({"day": TODAY.isoformat(), "type": "grounding"})
    win = journal.add_win("breathed")
    journal.link_practice_win(practice, win.id)
    journal.set_practice_items(practice, {"see": ["a lamp"]})
    reflection = journal.add_reflection("I never finish anything", None, None, "I finished this")
    week = week_of(TODAY, "monday")
    assert journal.save_review(week, {QUESTION_KEYS[0]: "a walk"})
    assert journal.save_safety_plan({"warning_signs": "I go quiet"})
    again = reopen()
    [stored] = again.practices()
    assert stored["win_id"] == win.id and stored["items"] == {"see": ["a lamp"]}
    assert [r.id for r in again.reflections()] == [reflection.id]
    assert again.review_answers(week) == {QUESTION_KEYS[0]: "a walk"}
    assert again.safety_plan() == {"warning_signs": "I go quiet"}
    record = again.delete_reflection(reflection.id)
    assert record is not None and again.reflections() == []
    again.restore_reflection(record)
    assert [r.id for r in again.reflections()] == [reflection.id]


def test_listeners_hear_each_change_once_after_the_locks_are_released(journal: Journal) -> None:
    heard: list[int] = []

    def listener() -> None:
        heard.append(journal.generation)
        if len(heard) == 1:
            # Another thread can take the journal's locks: they were released before this call.
            other = threading.Thread(target=lambda: journal.set_setting("bell", True))
            other.start()
            other.join(timeout=5)
            assert not other.is_alive()

    journal.add_listener(listener)
    journal.set_intention(TODAY, "call a friend")  # nested transactions: one announcement
    assert len(heard) == 2  # the intention, then the other thread's setting
    journal.remove_listener(listener)
    journal.add_listener(lambda: heard.append(-1))
    journal.save_review(week_of(TODAY, "monday"), {})  # nothing to write: nothing to hear
    assert heard[2:] == []
    journal.add_win("tea")
    assert heard[2:] == [-1]


def test_a_refused_write_is_not_announced(journal: Journal) -> None:
    heard: list[None] = []
    journal.add_listener(lambda: heard.append(None))
    journal.read_only = "the test says so"
    with pytest.raises(SaveError):
        journal.add_win("tea")
    assert heard == []
