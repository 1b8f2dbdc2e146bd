"""The places the app can go: one entry per screen gives its key, its mode and its palette entry.

Each screen is reached through a small factory that imports its module only when the screen
first opens, so start-up pays only for Today (and whatever the person actually visits). To add
a screen, write a factory below and one ``Destination`` line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.screen import Screen

ScreenFactory = Callable[[], Screen[None]]
"""Makes a fresh screen; the app calls it the first time its mode is shown."""


@dataclass(frozen=True)
class Destination:
    mode: str
    """The Textual mode, also the binding id and the ``app.show('…')`` argument."""
    key: str
    """The app-wide key, or "" for a screen reached from another one and the palette."""
    title: str
    """Its name in the palette and the ``?`` list."""
    help: str
    """One line saying what is there, for the palette and the key's tooltip."""
    factory: ScreenFactory


def _today() -> Screen[None]:
    from smallwins_tui.tui.screens.today import TodayScreen

    return TodayScreen()


def _ground() -> Screen[None]:
    from smallwins_tui.tui.screens.ground import GroundScreen

    return GroundScreen()


def _breathe() -> Screen[None]:
    from smallwins_tui.tui.screens.breathe import BreatheScreen

    return BreatheScreen()


def _reflect() -> Screen[None]:
    from smallwins_tui.tui.screens.reflect import ReflectScreen

    return ReflectScreen()


def _week() -> Screen[None]:
    from smallwins_tui.tui.screens.week import WeekScreen

    return WeekScreen()


def _settings() -> Screen[None]:
    from smallwins_tui.tui.screens.settings import SettingsScreen

    return SettingsScreen()


def _support() -> Screen[None]:
    from smallwins_tui.tui.screens.support import SupportScreen

    return SupportScreen()


def _month() -> Screen[None]:
    from smallwins_tui.tui.screens.month import MonthScreen

    return MonthScreen()


def _search() -> Screen[None]:
    from smallwins_tui.tui.screens.search import SearchScreen

    return SearchScreen()


DESTINATIONS: tuple[Destination, ...] = (
    Destination("today", "t", "Today", "Your done list for today", _today),
    Destination("ground", "g", "Ground", "A guided 5-4-3-2-1 walk for a hard moment", _ground),
    Destination("breathe", "b", "Breathe", "Box breathing at a steady pace", _breathe),
    Destination(
        "reflect", "r", "Reflect", "The three baselines: a fair look at progress", _reflect
    ),
    Destination("week", "w", "Week", "This week's wins and the weekly review", _week),
    Destination(
        "settings", "s", "Settings", "Theme, motion, bell, pace, week start, region", _settings
    ),
    Destination(
        "support", "f1", "Support", "Crisis lines, and what this app is and is not", _support
    ),
    Destination("month", "", "Month", "A calendar of the month's wins (m on Week)", _month),
    Destination(
        "search", "", "Search", "Find anything you wrote (/ on Today, Week, Month)", _search
    ),
)

APP_KEYS = frozenset({destination.mode for destination in DESTINATIONS} | {"quit", "summary"})
"""Ids of the app's own keys: the ``?`` list names them though footers leave them out."""
