"""What every subcommand shares: its two kinds of error, reading a date, opening the journal.

Kept apart from :mod:`smallwins_tui.cli` so that the commands living in their own modules
(``cli_search``, ``cli_summary``, ...) can use them without importing the parser back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from smallwins_tui.core.clock import Clock
from smallwins_tui.core.dates import parse_day

if TYPE_CHECKING:
    from smallwins_tui.data.journal import Journal


class CliError(Exception):
    """A problem to report in one line: it could not be done (exit 1)."""


class UsageError(CliError):
    """A value the person can correct (a date, a pattern, an empty win): exit 2, like the
    parser's own usage errors, so scripts can tell a typo from a failure."""


def day_argument(value: str, today: dt.date) -> dt.date:
    """A date as the person typed it; :class:`UsageError` when it is not one."""
    try:
        return parse_day(value, today)
    except ValueError as error:
        raise UsageError(str(error)) from None


def open_journal(data_dir: Path, clock: Clock) -> Journal:
    """The journal in ``data_dir`` (imported only when a command needs it)."""
    from smallwins_tui.data.journal import Journal

    return Journal(data_dir, clock)
