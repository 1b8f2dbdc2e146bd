"""The ``smallwins`` command's entry point.

``smallwins nudge`` runs before every shell prompt, so it is answered here, before the rest of
the command line is imported: importing :mod:`smallwins_tui.cli` alone doubles the cost of
starting Python (see :mod:`smallwins_tui.cli_nudge`). Every other command, and any other form
of ``nudge`` (``--help``, a mistake), goes to :func:`smallwins_tui.cli.main`.
"""

from __future__ import annotations

import sys


def main() -> int:
    arguments = sys.argv[1:]
    if "nudge" in arguments:
        from smallwins_tui.cli_nudge import quick

        code = quick(arguments)
        if code is not None:
            return code
    from smallwins_tui.cli import main as full

    return full()
