"""The places the app can go: one line per screen gives its key, its mode and its palette entry.

Screens are named, not imported: each module is imported the first time its screen opens, so
start-up pays only for Today (and whatever the person actually visits).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from textual.screen import Screen


@dataclass(frozen=True)
class Destination:
    mode: str
    key: str
    """The app-wide key, or "" for a screen reached from another one and the palette."""
    title: str
    help: str
    screen: str
    """``module:Class`` under ``smallwins_tui.tui.screens``."""

    def factory(self) -> Screen[None]:
        module_name, class_name = self.screen.split(":")
        module = importlib.import_module(f"smallwins_tui.tui.screens.{module_name}")
        screen: Screen[None] = getattr(module, class_name)()
        return screen


DESTINATIONS: tuple[Destination, ...] = (
    Destination("today", "t", "Today", "Your done list for today", "today:TodayScreen"),
    Destination(
        "ground", "g", "Ground", "A guided 5-4-3-2-1 walk for a hard moment", "ground:GroundScreen"
    ),
    Destination(
        "breathe", "b", "Breathe", "Box breathing at a steady pace", "breathe:BreatheScreen"
    ),
    Destination(
        "reflect",
        "r",
        "Reflect",
        "The three baselines: a fair look at progress",
        "reflect:ReflectScreen",
    ),
    Destination("week", "w", "Week", "This week's wins and the weekly review", "week:WeekScreen"),
    Destination(
        "month", "", "Month", "A calendar of the month's wins (m on Week)", "month:MonthScreen"
    ),
    Destination(
        "search",
        "",
        "Search",
        "Find anything you wrote (/ on Today, Week, Month)",
        "search:SearchScreen",
    ),
    Destination(
        "settings",
        "s",
        "Settings",
        "Theme, motion, bell, pace, week start, region",
        "settings:SettingsScreen",
    ),
    Destination(
        "support",
        "f1",
        "Support",
        "Crisis lines, and what this app is and is not",
        "support:SupportScreen",
    ),
)
