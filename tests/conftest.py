"""Shared fixtures: a temp data folder, a fixed clock, and an app that never touches real data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal

# Sunday 22 November 2026, 20:00 UTC: an evening check-in.
FIXED_NOW = dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.timezone.utc)
TODAY = FIXED_NOW.date()


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Keep the host's data folder, locale and colour settings out of every test."""
    monkeypatch.setenv("SMALLWINS_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots depend on timing."""
    from smallwins_tui.tui.app import SmallWinsApp

    monkeypatch.setattr(SmallWinsApp, "CURSOR_BLINK", False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return Journal(data_dir, clock)


@pytest.fixture
def reopen(data_dir: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Open the journal afresh from disk, as a restarted app would."""
    return lambda: Journal(data_dir, clock)
