"""Reading the parser back: its commands and their options, for help and completions.

argparse keeps these in ``_actions`` with no public accessor; shtab, argcomplete and
argparse-manpage all read it the same way, and it has been stable since Python 2.7. Reading it
here, in one place, keeps the rest of the code off argparse's internals.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """One option or positional argument, as a shell needs to complete it."""

    flags: tuple[str, ...]
    """``("--day", "-d")``; empty for a positional argument."""
    takes_value: bool
    choices: tuple[str, ...]
    help: str
    dest: str


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each command's name and its parser, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def options(parser: argparse.ArgumentParser) -> list[Option]:
    """The options and positionals of ``parser``, without the commands themselves."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        help_text = "" if action.help in (None, argparse.SUPPRESS) else str(action.help)
        choices = tuple(str(choice) for choice in action.choices or ())
        found.append(
            Option(tuple(action.option_strings), action.nargs != 0, choices, help_text, action.dest)
        )
    return found
