"""The calm default theme: muted teal and warm sand, readable on dark terminals."""

from __future__ import annotations

from textual.theme import Theme

SMALLWINS_THEME = Theme(
    name="smallwins",
    primary="#7fb3a8",
    secondary="#c9a97a",
    accent="#a9c7e8",
    foreground="#e6e1d8",
    background="#1d2326",
    surface="#252d31",
    panel="#2e383d",
    success="#8fc79a",
    warning="#d9b36c",
    error="#d98b7f",
    dark=True,
)
