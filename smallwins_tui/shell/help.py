"""Examples at the end of each command's ``--help``: two or three lines to copy.

Kept beside the parser rather than in it so that a new command only needs a line here. Imported
by every start of ``smallwins``, so what it needs is imported only when help is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

SHELLS = ("bash", "zsh", "fish")

EXAMPLES: dict[str, tuple[str, ...]] = {
    "": ("smallwins", 'smallwins add "replied to Sam"', "smallwins list --week"),
    "add": (
        "smallwins add replied to Sam",
        'smallwins add "went for a walk" --kind beh --day yesterday',
        "printf 'showered\\nate lunch\\n' | smallwins add",
    ),
    "list": ("smallwins list", "smallwins list --week --day -7", "smallwins list --day 2026-11-01"),
    "search": (
        "smallwins search shop alone",
        "smallwins search cafe --kind win --since -30",
        "smallwins search stuck -k review -k reflection | less",
    ),
    "nudge": (
        "smallwins nudge",
        'PROMPT_COMMAND="smallwins nudge;$PROMPT_COMMAND"    # bash; the README has zsh and fish',
    ),
    "ground": ("smallwins ground", "smallwins --data-dir ~/journal ground"),
    "breathe": (
        "smallwins breathe --pattern 478",
        "smallwins breathe -p 4-2-6-0 --minutes 3 --reduced-motion",
    ),
    "reflect": ("smallwins reflect", "smallwins --data-dir ~/journal reflect"),
    "week": ("smallwins week", "smallwins --data-dir ~/journal week"),
    "export": (
        "smallwins export > this-week.md",
        "smallwins export -f csv --since -30 -o wins.csv",
        "smallwins export --with-plan -o for-my-therapist.md",
    ),
    "summary": (
        "smallwins summary --since -30 -o for-my-session.md",
        "smallwins summary --since last > since-last-session.md",
        "smallwins summary --since 2026-09-01 --until 2026-11-30 --include-notes",
    ),
    "import": ("smallwins import all.json", "gunzip -c all.json.gz | smallwins import -"),
    "path": ("smallwins path", 'ls -l "$(dirname "$(smallwins path)")"'),
    "doctor": ("smallwins doctor", "smallwins doctor --fix"),
    "demo": ("smallwins demo",),
    "plan": ("smallwins plan", "smallwins plan > my-safety-plan.txt"),
    "completion": (
        "smallwins completion bash > ~/.local/share/bash-completion/completions/smallwins",
        "smallwins completion zsh > ~/.zfunc/_smallwins",
        "smallwins completion fish > ~/.config/fish/completions/smallwins.fish",
    ),
}


def _examples(name: str) -> str:
    lines = EXAMPLES.get(name, ())
    return "examples:\n" + "\n".join(f"  {line}" for line in lines) if lines else ""


def _raw(parser: argparse.ArgumentParser, name: str) -> None:
    """Keep the examples' lines as written; wrap the description ourselves instead."""
    import argparse
    import shutil
    import textwrap

    width = min(shutil.get_terminal_size().columns, 100) - 2
    if parser.description:
        parser.description = textwrap.fill(parser.description, width)
    parser.epilog = _examples(name) or None
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def add_examples(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` and each of its commands their examples."""
    from smallwins_tui.shell.parsing import subcommands

    _raw(parser, "")
    for name, command in subcommands(parser).items():
        _raw(command, name)
