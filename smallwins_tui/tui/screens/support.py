"""Support: the person's safety plan (first, once it has something in it), crisis lines for
their region, and plainly what this app is and is not."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Select, Static

from smallwins_tui.core.support import (
    REGIONS,
    WHAT_THIS_IS,
    default_region_code,
    region_for,
)
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.widgets.support_lines import SupportLines


class SupportScreen(JournalScreen):
    """Reached with f1 from anywhere; Esc goes back to where you were."""

    CSS = """
    #support-body { padding: 1 2; }
    SupportScreen.-narrow #support-body { padding: 0 1; }
    #support-intro { padding: 0 0 1 0; }
    #region { width: 40; margin: 0 0 1 0; }
    #what-this-is { padding: 0 0 1 0; }
    #plan-shown { border: round $secondary; padding: 0 1; margin: 0 0 1 0; }
    #plan-invite { padding: 1 0 0 0; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "edit_plan", "Safety plan", tooltip="Write or change your safety plan"),
        Binding("escape", "app.go_back", "Back", tooltip="Return to the previous screen"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="support-body"):
            yield Static("Support", classes="screen-title")
            yield Static(id="plan-shown")
            yield Static(
                "If you might act on thoughts of ending your life or harming yourself, or you "
                "are in danger now, call your local emergency number or one of these lines. "
                "You do not have to be in crisis to call; talking it through counts.",
                id="support-intro",
            )
            yield Select(
                [(region.name, code) for code, region in REGIONS.items()],
                value=self._region_code(),
                id="region",
                allow_blank=False,
                prompt="Region",
            )
            yield SupportLines(id="support-lines")
            yield Static(id="plan-invite", classes="muted")
            yield Static("What this app is", classes="section-title")
            yield Static(WHAT_THIS_IS, id="what-this-is")
            yield Static(
                "Everything you write stays in a private folder on this computer. Nothing is sent "
                "anywhere. Press ctrl+q to quit at any time.",
                classes="muted",
            )
        yield Footer(show_command_palette=False)

    def _region_code(self) -> str:
        stored = self.journal.settings().region
        return str(stored) if stored in REGIONS else default_region_code()

    def on_mount(self) -> None:
        self.query_one(SupportLines).show_region(region_for(self._region_code()))
        self._show_plan()

    def _show_plan(self) -> None:
        """The plan comes first once it has content; before that, one line says where it is."""
        from smallwins_tui.tui.widgets.support_offer import plan_content

        parts = self.journal.safety_plan()
        shown = self.query_one("#plan-shown", Static)
        invite = self.query_one("#plan-invite", Static)
        shown.display, invite.display = bool(parts), not parts
        if parts:
            shown.update(
                Content.assemble(
                    plan_content(parts), ("\np changes your plan.", "$foreground-muted")
                )
            )
        else:
            invite.update(
                "A safety plan is a short list, in your own words, of what helps "
                "when things get very hard. p writes one."
            )

    def action_edit_plan(self) -> None:
        from smallwins_tui.tui.screens.safety_plan import SafetyPlanScreen

        self.app.push_screen(SafetyPlanScreen())

    def on_screen_resume(self) -> None:
        """The region may have changed in Settings meanwhile, and the plan on its own screen."""
        self._show_plan()
        code = self._region_code()
        self.query_one("#region", Select).value = code
        self.query_one(SupportLines).show_region(region_for(code))

    @on(Select.Changed, "#region")
    def _region_changed(self, event: Select.Changed) -> None:
        """Only a real choice is saved; the Select settling on what it shows is not one."""
        code = str(event.value)
        self.query_one(SupportLines).show_region(region_for(code))
        if code != self._region_code():
            self.save(lambda: self.journal.set_setting("region", code))
