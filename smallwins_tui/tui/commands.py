"""The command palette's entries beyond the screens: this screen's actions, help, screenshot.

Textual's palette offers the screens and its own system commands, but not what the current
screen can do: searching "delete" found nothing. Here every action of the screen the palette
was opened from is an entry, named as in its footer and showing its key. Textual's own "Keys"
panel and "Screenshot" are replaced: one help screen (``?``), and a screenshot, which shows the
person's wins, saved where they choose as a file only they can read (Textual's went to
~/Downloads, readable by everyone).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

from smallwins_tui.data.errors import JournalError

if TYPE_CHECKING:
    from smallwins_tui.tui.app import SmallWinsApp

REPLACED = {"Keys", "Screenshot"}
"""Textual's system commands that smallwins does its own way."""


def screen_commands(app: SmallWinsApp, screen: Screen[Any]) -> Iterable[SystemCommand]:
    """One entry per enabled action of ``screen`` (not the app's, listed as screens), and
    of its widgets when their footer shows it: as ``?`` lists them, not a list's own arrows."""
    from smallwins_tui.tui.screens.help import TEXTUAL_SCREEN_ACTIONS

    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is app or not active.enabled or not binding.description:
            continue
        if not binding.show and (
            active.node is not screen or binding.action in TEXTUAL_SCREEN_ACTIONS
        ):
            continue  # a widget's or Textual's own hidden keys (Down, First, Focus Next, Copy)
        if binding.action.startswith("app.show("):  # listed already as "Go to ..."
            continue
        if binding.description in seen:
            continue
        seen.add(binding.description)
        key = binding.key_display or app.get_key_display(binding)
        about = binding.tooltip or binding.description
        yield SystemCommand(
            binding.description,
            f"{about} ({key})",
            partial(app.run_action, binding.action, active.node),
        )


def own_commands(app: SmallWinsApp) -> Iterable[SystemCommand]:
    yield SystemCommand("Keys", "Every key of this screen, and what it does (?)", app.action_help)
    yield SystemCommand(
        "Save screenshot",
        "Save a picture of this screen as a private SVG file, in a folder you choose",
        lambda: app.call_after_refresh(app.action_save_screenshot),
    )
    yield SystemCommand(
        "Write a summary for therapy",
        "Everything since your last summary, as a private Markdown page (S)",
        lambda: app.call_after_refresh(app.action_write_summary),
    )


async def _write_where_asked(
    app: SmallWinsApp,
    write: Callable[[Path, bool], None],
    *,
    suggested: str,
    title: str,
    about: str,
    noun: str,
) -> Path | None:
    """Ask where, then ``write(path, overwrite)`` off the event loop, asking before a file is
    replaced; the path written, or None when nothing was (each outcome said once)."""
    from smallwins_tui.tui.screens.export_dialog import ExportPathScreen, ReplaceFileScreen

    answer = await app.push_screen_wait(ExportPathScreen(suggested, title=title, about=about))
    if answer is None:
        return None
    target = Path(answer).expanduser()
    try:
        try:
            await asyncio.to_thread(write, target, False)
        except FileExistsError:
            if not await app.push_screen_wait(ReplaceFileScreen(str(target), f"this {noun}")):
                app.notify("Nothing was written; the file you had is unchanged.", markup=False)
                return None
            await asyncio.to_thread(write, target, True)
    except OSError as error:
        app.notify(
            f"Could not write {target}: {error.strerror or error}.",
            severity="error",
            markup=False,
            timeout=10,
        )
        return None
    return target


async def save_screenshot(app: SmallWinsApp) -> None:
    """Ask where, then write the SVG as 0600 (asking before replacing), and say where it went.

    The picture is taken before the question is asked, so it shows the screen, not the dialog.
    """
    from smallwins_tui.data.transfer import write_private

    svg = app.export_screenshot()
    stamp = app.clock.now().strftime("%Y-%m-%d-%H%M%S")
    target = await _write_where_asked(
        app,
        lambda path, overwrite: write_private(path, svg, overwrite),
        suggested=f"~/smallwins-screenshot-{stamp}.svg",
        title="Save a screenshot",
        about="A picture of this screen, as an SVG file; it shows what is on it, your wins too.",
        noun="screenshot",
    )
    if target is not None:
        app.notify(
            f"Saved the screenshot to {target} (only you can read it).", markup=False, timeout=10
        )


async def write_summary(app: SmallWinsApp) -> None:
    """Ask where, then write the therapy summary since the last one (0600, never through a
    symbolic link, asking before replacing), remember where it ended, and say so."""
    from smallwins_tui.data import summary

    journal = app.journal
    until = app.check_date()
    since = summary.since_last(journal)
    if since is not None and since > until:
        since = None  # a summary was written today already: this one covers everything again
    try:
        text = await asyncio.to_thread(summary.summary_markdown, journal, since=since, until=until)
    except JournalError as error:  # a month that cannot be read: said, and nothing written
        app.notify(f"Could not gather the summary: {error}", severity="error", markup=False)
        return
    covers = "since your last summary" if since else "from your first entry"
    target = await _write_where_asked(
        app,
        lambda path, overwrite: summary.write_private(path, text, overwrite),
        suggested=f"~/smallwins-summary-{until.isoformat()}.md",
        title="Write a summary for therapy",
        about=(
            f"A page of what you noted {covers} up to today: wins by kind, practices, "
            "reflections and review answers. Notes written in hard moments stay out."
        ),
        noun="summary",
    )
    if target is None:
        return
    app.notify(
        f"Saved the summary to {target} (only you can read it). The next one starts after today.",
        markup=False,
        timeout=10,
    )
    if journal.read_only is None:
        # Through the app's writer like every save: in order, and a failure (the journal
        # busy or unwritable) is told, never a crash; the page itself is already written.
        app.writer.save(
            lambda: summary.remember_summary(journal, until=until),
            kept="The summary is written; the next one may start earlier than today.",
        )
