"""Settings: everything that makes the app calmer for one person, in one place.

Each row says in one line what it changes; a change applies at once and is saved with the
journal (so it travels with export and import), except the theme and the bell, which belong to
this computer (see ``LOCAL_SETTINGS``). Saving runs off the event loop like every other save.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Footer, Select, Static, Switch

from smallwins_tui.core.dates import DATE_FORMATS
from smallwins_tui.core.support import REGIONS, default_region_code
from smallwins_tui.tui.screens.base import JournalScreen


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    help: str
    choices: tuple[tuple[str, Any], ...] = ()
    """Empty for an on/off switch."""


BREATHING_PATTERNS = (("Box, 4-4-4-4", "box"), ("4-7-8", "478"), ("Slow, 5-5", "55"))
MINUTES = tuple((f"{n} minutes", n) for n in (2, 3, 4, 5, 6, 8, 10))
NUDGE_HOURS = tuple((f"{hour:02d}:00", hour) for hour in range(24))


def rows(themes: list[str]) -> tuple[Row, ...]:
    return (
        Row(
            "theme",
            "Theme",
            "The colours of the whole app.",
            tuple((name, name) for name in themes),
        ),
        Row(
            "reduced_motion",
            "Reduced motion",
            "Breathing shows only the phase word and a count; nothing moves.",
        ),
        Row(
            "bell",
            "Bell when breathing changes",
            "Your terminal's bell sounds at each change of breathing phase.",
        ),
        Row(
            "breathing_pattern",
            "Breathing pace",
            "The pace Breathe starts with.",
            BREATHING_PATTERNS,
        ),
        Row("breathing_minutes", "Breathing length", "About how long a session lasts.", MINUTES),
        Row(
            "week_start",
            "Week starts on",
            "Where the Week screen and list --week begin.",
            (("Monday", "monday"), ("Sunday", "sunday")),
        ),
        Row(
            "region",
            "Support region",
            "Which crisis lines Support shows.",
            tuple((region.name, code) for code, region in REGIONS.items()),
        ),
        Row(
            "keep_grounding_items",
            "Keep grounding answers",
            "When on, what you type in 5-4-3-2-1 is saved. When off, only that you did a walk.",
        ),
        Row(
            "show_memories",
            "A win from before",
            "Today shows one win from about a year or a month ago.",
        ),
        Row(
            "date_format",
            "Dates",
            "How days are written.",
            tuple((example, style) for style, example in DATE_FORMATS.items()),
        ),
        Row(
            "nudge_hour",
            "Evening nudge from",
            "If smallwins nudge is in your shell prompt: the hour from which it may invite "
            "you, once a day, to note something.",
            NUDGE_HOURS,
        ),
    )


class SettingsScreen(JournalScreen):
    """Reached with s from anywhere; Esc goes back."""

    CSS = """
    #settings-body { padding: 1 2; }
    SettingsScreen.-narrow #settings-body { padding: 0 1; }
    .setting-row { height: auto; padding: 1 0 0 0; }
    SettingsScreen.-narrow .setting-row { layout: vertical; }
    .setting-text { width: 1fr; height: auto; padding: 0 2 0 0; }
    .setting-label { text-style: bold; }
    .setting-control { width: 34; height: auto; }
    .setting-control Select { width: 32; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down",
            "move_setting(1)",
            "Setting",
            key_display="↑↓",
            show=False,
            priority=True,
            tooltip="The next setting (↑ the one before); Enter or space opens a list",
        ),
        # No description: ? and the palette list the two moves once, as "Setting", above.
        Binding("up", "move_setting(-1)", "", show=False, priority=True),
        Binding("escape", "app.go_back", "Back", tooltip="Return to the previous screen"),
    ]
    AUTO_FOCUS = ".setting-control > *"
    """The first setting, not the scrolling body around it: arrows and Enter work at once."""

    def compose(self) -> ComposeResult:
        settings = self.journal.settings().as_dict()
        if settings["region"] not in REGIONS:
            settings["region"] = default_region_code()
        self._shown: dict[str, Any] = settings
        """What the controls show; a control reporting its own value back is not a change."""
        with VerticalScroll(id="settings-body"):
            yield Static("Settings", classes="screen-title")
            yield Static("Changes apply at once and are saved with your journal.", classes="muted")
            for row in rows(sorted(self.app.available_themes)):
                with Horizontal(classes="setting-row"):
                    with Vertical(classes="setting-text"):
                        yield Static(row.label, classes="setting-label")
                        yield Static(row.help, classes="muted")
                    with Horizontal(classes="setting-control"):
                        yield self._control(row, settings[row.key])
        yield Footer(show_command_palette=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """↑↓ move between settings only while every list is closed: in an open list they
        move through its choices, as a list should."""
        if action == "move_setting":
            return not any(select.expanded for select in self.query(Select))
        return True

    def action_move_setting(self, step: int) -> None:
        """Focus the setting above or below (a closed list stays closed; Enter opens it)."""
        controls = list(self.query(".setting-control > *"))
        focused = self.focused
        if focused not in controls:
            target = controls[0] if step > 0 else controls[-1]
        else:
            index = controls.index(focused) + step
            if not 0 <= index < len(controls):
                return  # the first or last setting: stay, no wrapping round
            target = controls[index]
        target.focus()

    def _control(self, row: Row, value: Any) -> Widget:
        if not row.choices:
            return Switch(bool(value), id=f"setting-{row.key}")
        values = [choice for _, choice in row.choices]
        return Select(
            row.choices,
            value=value if value in values else values[0],
            allow_blank=False,
            id=f"setting-{row.key}",
        )

    def _save(self, widget_id: str | None, value: Any) -> None:
        key = (widget_id or "").removeprefix("setting-")
        if not key or self._shown.get(key) == value:
            return
        before = self._shown.get(key)
        self._shown[key] = value
        if key == "theme":
            self.app.theme = value  # the app saves the theme however it was chosen
            return

        def failed(_error: Exception) -> None:
            # The control keeps the choice; choosing it again tries the save again.
            if self._shown.get(key) == value:
                self._shown[key] = before

        self.save(lambda: self.journal.set_setting(key, value), on_failed=failed)

    @on(Switch.Changed)
    def _switched(self, event: Switch.Changed) -> None:
        self._save(event.switch.id, event.value)

    @on(Select.Changed)
    def _selected(self, event: Select.Changed) -> None:
        self._save(event.select.id, event.value)
