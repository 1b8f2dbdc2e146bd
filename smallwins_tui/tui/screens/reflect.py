"""Reflect: which measuring stick is this thought using, and what does a fair one show?

The person writes the thought that is judging them; the baseline it seems to use lights up,
with the words that gave it away, and one key changes it. Beside the fair-current question sit
their own recent wins. The answer is autosaved as a draft after a short pause, and saved
reflections can be read again (or deleted, after a yes/no) under Past.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import ContentSwitcher, Footer, Input, Static, TextArea

from smallwins_tui.core.baselines import (
    FAIR_QUESTION,
    Suggestion,
    baseline_by_key,
    suggest_baseline,
    suggestion_text,
)
from smallwins_tui.core.distress import Listener, strongest
from smallwins_tui.core.evidence import gather_evidence, windows
from smallwins_tui.core.reflection import ANSWER_MAX, THOUGHT_MAX
from smallwins_tui.core.support import worry_in
from smallwins_tui.core.text import clean_line, clean_text
from smallwins_tui.tui.screens.base import JournalScreen
from smallwins_tui.tui.screens.confirm_delete import ConfirmDeleteScreen
from smallwins_tui.tui.screens.reflect_drafts import DraftKeeper, DraftState
from smallwins_tui.tui.spacing import gap
from smallwins_tui.tui.widgets.baseline_picker import BaselinePicker
from smallwins_tui.tui.widgets.evidence_panel import EvidencePanel
from smallwins_tui.tui.widgets.past_reflections import PastReflections
from smallwins_tui.tui.widgets.past_view import PastView
from smallwins_tui.tui.widgets.support_offer import SupportOffer

WRITE_TITLE = "Reflect: which measuring stick are you using?"
PAST_TITLE = "Reflect: what you wrote before (newest first)"


class ReflectScreen(JournalScreen):
    """The three-baselines reflection, and the reflections written before."""

    CSS = """
    #reflect-body { padding: 1 2 0 2; scrollbar-gutter: stable; }
    #reflect-body .screen-title { padding: 0; }
    #reflect-views, #write-view, #reflect-columns, #reflect-left, #reflect-right {
        height: auto;
    }
    #baselines { height: auto; margin: 1 0 0 0; }
    #reflect-left { width: 3fr; padding: 1 2 0 0; }
    #reflect-right { width: 2fr; padding: 0 0 0 0; }
    #suggestion { padding: 0 0 1 0; }
    #fair-question { text-style: bold; color: $primary; }
    #answer { height: 8; margin: 0 0 0 0; }
    #reflect-support { height: auto; border: round $secondary; padding: 0 1; margin: 1 0 0 0; }
    #past-view { height: auto; margin: 1 0 0 0; }
    ReflectScreen.-narrow #baselines, ReflectScreen.-narrow #reflect-columns,
    ReflectScreen.-narrow #past-view {
        layout: vertical;
    }
    ReflectScreen.-narrow .baseline-panel, ReflectScreen.-narrow #reflect-left,
    ReflectScreen.-narrow #reflect-right, ReflectScreen.-narrow #past-list,
    ReflectScreen.-narrow #past-detail-box {
        width: 100%;
    }
    ReflectScreen.-narrow #reflect-left { padding: 1 0 0 0; }
    """

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "1",
            "choose('ideal_future')",
            "Baseline",
            key_display="1-3",
            tooltip="1 ideal future, 2 historical, 3 fair current, 0 none",
        ),
        Binding("2", "choose('historical')", "Historical", show=False),
        Binding("3", "choose('fair_current')", "Fair current", show=False),
        Binding("0", "choose('')", "No baseline", show=False),
        Binding("ctrl+s", "save", "Save", tooltip="Save this reflection"),
        Binding("p", "past", "Past", tooltip="Read the reflections you saved before"),
        Binding("n", "write", "New", tooltip="Write a new reflection"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete the highlighted past reflection"),
        Binding("u", "undo", "Undo", tooltip="Bring back the reflection you just deleted"),
        Binding("r", "reflect_write", "Write", show=False),
        Binding(
            "escape", "leave", "Back", key_display="esc", tooltip="Leave the field, or go back"
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.suggestion = Suggestion(None, None)
        self.override: str | None = None
        """The baseline the person chose themselves ("" for none), or None to follow the cue."""
        self.drafts = DraftKeeper(self, self)
        self._answer_listener = Listener()
        self._opening: str | None = None
        """A reflection to show in Past when the screen resumes (opened from Search)."""
        self._from_search = False
        """Past was opened by a search result: Esc goes back to the results, not to writing."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="reflect-body"):
            yield Static(WRITE_TITLE, id="reflect-title", classes="screen-title")
            with ContentSwitcher(initial="write-view", id="reflect-views"):
                with Vertical(id="write-view"):
                    yield BaselinePicker(id="baselines")
                    with Horizontal(id="reflect-columns"):
                        with Vertical(id="reflect-left"):
                            yield Static("The thought that is judging you:", classes="label")
                            yield Input(
                                id="thought", placeholder="e.g. I should be over this by now"
                            )
                            yield Static(id="suggestion")
                            yield Static(FAIR_QUESTION, id="fair-question")
                            yield TextArea(
                                id="answer",
                                soft_wrap=True,
                                tab_behavior="focus",
                                placeholder="Your fair-current answer",
                            )
                            yield Static(id="reflect-status", classes="muted")
                        with Vertical(id="reflect-right"):
                            yield SupportOffer(id="reflect-support")
                            yield Static(id="evidence-title", classes="section-title")
                            yield EvidencePanel(id="evidence")
                yield PastView(id="past-view")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.watch(self.app, "journal_generation", self._journal_changed, init=False)
        self.shell.register_draft_holder(self)
        self.drafts.restore()
        self._update_suggestion()
        self.refresh_evidence()
        self.refresh_past()
        self.query_one("#thought", Input).focus()

    def on_screen_suspend(self) -> None:
        self._behind_modal = self.app.screen is not self and self.app.screen.is_modal

    def on_screen_resume(self) -> None:
        """Coming back with r (from anywhere) opens the writing field, never the Past list
        where letters are commands; coming back from a dialog leaves things where they were."""
        self.refresh_evidence()
        self.refresh_past()
        opening, self._opening = self._opening, None
        if opening is not None:
            self._show_past_at(opening)
        elif not getattr(self, "_behind_modal", False):
            self.action_write()
        self._behind_modal = False

    def on_unmount(self) -> None:
        self.drafts.flush_now()

    def flush_drafts(self) -> None:
        """Called by the app on quit and on SIGHUP/SIGTERM/SIGINT: keep the unsaved words."""
        self.drafts.flush_now()

    def draft_fields(self) -> DraftState:
        """What the person has written so far, for :class:`DraftKeeper`."""
        return (
            self.query_one("#thought", Input).value,
            self.query_one("#answer", TextArea).text,
            self.override,
        )

    def show_draft(self, state: DraftState) -> None:
        """Put back a draft from an earlier session, without counting it as typing."""
        thought, answer, override = state
        self.override = override
        with self.prevent(Input.Changed, TextArea.Changed):
            self.query_one("#thought", Input).value = thought
            self.query_one("#answer", TextArea).text = answer
        if thought or answer:
            self.query_one("#reflect-status", Static).update(
                "Your unsaved reflection from last time is back, just as you left it."
            )

    def _journal_changed(self, _generation: int) -> None:
        self.refresh_evidence()
        self.refresh_past()

    # Drawing ----------------------------------------------------------------------------------

    def refresh_evidence(self) -> None:
        today = self.today()
        (_, last), (first, _) = windows(today)
        evidence = gather_evidence(self.journal.wins_between(first, last), today)
        self.query_one("#evidence-title", Static).update("Your evidence: what you noted lately")
        self.query_one(EvidencePanel).show(evidence)

    def refresh_past(self) -> None:
        self.query_one(PastView).refresh_list()

    @property
    def chosen(self) -> str | None:
        if self.override is not None:
            return self.override or None
        return self.suggestion.baseline

    def _cue_for(self, baseline: str | None) -> str | None:
        if baseline is not None and baseline == self.suggestion.baseline:
            return self.suggestion.cue
        if baseline is not None and baseline == self.suggestion.other:
            return self.suggestion.other_cue
        return None

    def _update_suggestion(self) -> None:
        thought = self.query_one("#thought", Input).value
        self.suggestion = suggest_baseline(thought)
        self.query_one(BaselinePicker).chosen = self.chosen
        line = self.query_one("#suggestion", Static)
        if not thought.strip():
            line.update(
                Content.styled(
                    "Write the thought, and the baseline it leans on lights up above.",
                    "$foreground-muted",
                )
            )
            return
        parts: list[Content | str | tuple[str, str]] = [suggestion_text(self.suggestion)]
        if self.override is not None:
            picked = baseline_by_key(self.override)
            name = picked.title.lower() if picked else "no baseline"
            parts = [("You chose ", "bold"), (name, "bold $accent"), ". ", *parts]
        parts += [gap(), ("1 2 3 or 0 changes it.", "$foreground-muted")]
        line.update(Content.assemble(*parts))

    def _check_risk(self) -> None:
        """One calm offer per reflection; saving starts a new one."""
        thought = self.query_one("#thought", Input).value
        answer = self.query_one("#answer", TextArea).text
        worry = strongest(worry_in(thought), self._answer_listener.worry(answer))
        if worry is not None:
            self.query_one("#reflect-support", SupportOffer).offer(
                self.journal,
                "this reflection",
                someone_else=worry == "other",
                maybe=worry == "maybe",
            )

    # Typing -----------------------------------------------------------------------------------

    @on(Input.Changed, "#thought")
    def _thought_changed(self) -> None:
        field = self.query_one("#thought", Input)
        # Measured and cut after cleaning, as it will be stored: cutting the raw text first
        # kept fewer characters than allowed when a paste held control codes.
        if len(clean_line(field.value, len(field.value))) > THOUGHT_MAX:
            field.value = clean_line(field.value, THOUGHT_MAX)
            self.notify("A thought is kept to a sentence or two; the rest was cut.", markup=False)
        self._update_suggestion()
        self._typed()

    @on(Input.Submitted, "#thought")
    def _thought_submitted(self) -> None:
        self.query_one(BaselinePicker).focus()

    @on(TextArea.Changed, "#answer")
    def _answer_changed(self) -> None:
        area = self.query_one("#answer", TextArea)
        if len(clean_text(area.text, len(area.text))) > ANSWER_MAX:
            area.text = clean_text(area.text, ANSWER_MAX)
            self.notify("That is as long as an answer can be; the rest was not kept.", markup=False)
        self._typed()

    def _typed(self) -> None:
        self._check_risk()
        self.drafts.changed()
        self.query_one("#reflect-status", Static).update("")

    @on(BaselinePicker.Chosen)
    def _picked(self, event: BaselinePicker.Chosen) -> None:
        self.action_choose(event.baseline or "")

    # Actions ----------------------------------------------------------------------------------

    def action_choose(self, baseline: str) -> None:
        """One key sets the baseline; choosing what the cue suggested goes back to following it."""
        if not self._writing():
            return
        wanted = baseline if baseline_by_key(baseline) else ""
        self.override = None if (wanted or None) == self.suggestion.baseline else wanted
        self._update_suggestion()
        self.drafts.changed()

    def _writing(self) -> bool:
        return self.query_one(ContentSwitcher).current == "write-view"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the keys that do something in the current view."""
        if action in ("choose", "save", "past"):
            return self._writing()
        if action in ("write", "delete", "undo"):
            return not self._writing()
        return True

    def action_write(self) -> None:
        self._from_search = False
        self._opening = None  # a search result already shown is not shown again on return
        self.query_one(ContentSwitcher).current = "write-view"
        self.query_one("#reflect-title", Static).update(WRITE_TITLE)
        self.refresh_bindings()
        # Focus once the view is shown again, so a small terminal scrolls to the field.
        self.call_after_refresh(self.query_one("#thought", Input).focus)

    def action_reflect_write(self) -> None:
        """r on Reflect: always the writing field, from the Past list or anywhere else."""
        self.action_write()

    def action_past(self) -> None:
        self.query_one(PastView).refresh_list(newest=True)
        self.query_one(ContentSwitcher).current = "past-view"
        self.query_one("#reflect-title", Static).update(PAST_TITLE)
        self.refresh_bindings()
        self.query_one(PastView).focus_list()

    def show_reflection(self, reflection_id: str) -> None:
        """The Past view, with this reflection highlighted and shown in full (from Search).

        Shown now, and again when the screen resumes (which would open the writing field).
        """
        self._opening = reflection_id
        self._from_search = True
        self._show_past_at(reflection_id)

    def _show_past_at(self, reflection_id: str) -> None:
        self.action_past()
        past = self.query_one(PastReflections)
        ids = [reflection.id for reflection in past.reflections]
        if reflection_id in ids:
            past.highlighted = ids.index(reflection_id)
        self.call_after_refresh(self.query_one(PastView).focus_list)  # once it is on screen

    def action_leave(self) -> None:
        focused = self.focused
        if isinstance(focused, (Input, TextArea)):
            self.query_one(BaselinePicker).focus()
        elif not self._writing() and not self._from_search:
            self.action_write()
        else:
            self._from_search = False  # coming back with r opens the writing field again
            self._opening = None
            self.shell.action_go_back()

    def action_save(self) -> None:
        thought = self.query_one("#thought", Input).value
        answer = self.query_one("#answer", TextArea).text
        if not thought.strip() and not answer.strip():
            self.notify(
                "Write the thought or an answer first; a few words are enough.", markup=False
            )
            return
        self._save(thought, self.chosen, self._cue_for(self.chosen), answer)

    def _save(self, thought: str, baseline: str | None, cue: str | None, answer: str) -> None:
        """Write off the event loop; the fields clear only once the reflection is on disk."""
        self.drafts.cancel()

        def write() -> None:
            self.journal.add_reflection(thought, baseline, cue, answer)
            self.drafts.clear_on_disk()

        def saved(_result: None) -> None:
            thought_field = self.query_one("#thought", Input)
            area = self.query_one("#answer", TextArea)
            if thought_field.value == thought and area.text == answer:
                with self.prevent(Input.Changed, TextArea.Changed):
                    thought_field.value = ""
                    area.text = ""
                self.override = None
                self._update_suggestion()
                self.drafts.forget()
                self.query_one("#reflect-support", SupportOffer).reset()
            else:
                self.drafts.changed()
            self.query_one("#reflect-status", Static).update(
                "Saved. Press p to read it again whenever you like."
            )
            self.refresh_past()

        def failed(_error: Exception) -> None:
            self.drafts.changed()

        self.save(write, saved, failed, kept="Your words are still here.")

    def action_delete(self) -> None:
        if self._writing():
            return
        self.query_one(PastView).delete_highlighted()

    def action_undo(self) -> None:
        self.query_one(PastView).undo_delete()

    @on(PastView.DeleteAsked)
    @work(group="reflect-delete-question", exclusive=True)
    async def _ask_before_deleting(self, event: PastView.DeleteAsked) -> None:
        """Only ctrl+d or the dialog's Delete button says yes."""
        if await self.app.push_screen_wait(ConfirmDeleteScreen(event.prompt)):
            event.past_view.delete(event.reflection)
