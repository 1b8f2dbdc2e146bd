"""The places the app can go: one line per screen gives its key, its mode and its palette entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.screen import Screen

from smallwins_tui.tui.screens.breathe import BreatheScreen
from smallwins_tui.tui.screens.ground import GroundScreen
from smallwins_tui.tui.screens.reflect import ReflectScreen
from smallwins_tui.tui.screens.settings import SettingsScreen
from smallwins_tui.tui.screens.support import SupportScreen
from smallwins_tui.tui.screens.today import TodayScreen
from smallwins_tui.tui.screens.week import WeekScreen


@dataclass(frozen=True)
class Destination:
    mode: str
    key: str
    title: str
    help: str
    factory: Callable[[], Screen]


DESTINATIONS: tuple[Destination, ...] = (
    Destination("today", "t", "Today", "Your done list for today", TodayScreen),
    Destination("ground", "g", "Ground", "A guided 5-4-3-2-1 walk for a hard moment", GroundScreen),
    Destination("breathe", "b", "Breathe", "Box breathing at a steady pace", BreatheScreen),
    Destination("reflect", "r", "Reflect", "The three baselines: a fair look at progress",
                ReflectScreen),
    Destination("week", "w", "Week", "This week's wins and the weekly review", WeekScreen),
    Destination("settings", "s", "Settings", "Theme, motion, bell, pace, week start, region",
                SettingsScreen),
    Destination("support", "f1", "Support", "Crisis lines, and what this app is and is not",
                SupportScreen),
)
