"""The system clock's one test hook: a start time for end-to-end runs, then real time."""

from __future__ import annotations

import datetime as dt

import pytest

from smallwins_tui.core.clock import TEST_NOW_VARIABLE, SystemClock, instant


def test_the_test_start_time_sets_the_date_and_the_clock_runs_on(monkeypatch):
    monkeypatch.setenv(TEST_NOW_VARIABLE, "2028-02-29T23:59:59+00:00")
    clock = SystemClock()
    first = clock.now()
    assert first.astimezone(dt.timezone.utc).date() == dt.date(2028, 2, 29)
    assert clock.now() >= first


@pytest.mark.parametrize("value", ["", "tomorrow", "2026-13-01"])
def test_an_unreadable_start_time_is_ignored(monkeypatch, value):
    monkeypatch.setenv(TEST_NOW_VARIABLE, value)
    real = dt.datetime.now(dt.timezone.utc)
    assert abs(SystemClock().now() - real) < dt.timedelta(minutes=1)


def test_instants_order_by_the_moment_not_the_local_text():
    summer = "2027-03-28T09:30:00.000+01:00"  # 08:30 UTC, after the clocks went forward
    winter = "2027-03-28T08:45:00.000+00:00"  # 08:45 UTC: later, though its text sorts first
    assert winter < summer
    assert instant(summer) < instant(winter)
    assert instant("not a time") < instant(winter)
    assert instant(None) < instant(winter)
    assert instant("2027-03-28T08:45:00Z") == instant(winter)
