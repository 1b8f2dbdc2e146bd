"""``smallwins summary``: a page of weeks or months to bring to therapy.

Kept apart from :mod:`smallwins_tui.cli`, which holds only its parser lines and dispatch entry.
Like every command but the app, nothing here imports Textual. The page goes to stdout, or with
``-o FILE`` to a private (0600) file, as ``export`` does; the calm lines about what was done go
to stderr, so stdout is exactly the Markdown.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smallwins_tui.cli import CliError, UsageError, _day, _open_journal
from smallwins_tui.shell.output import EXIT_OK, write_data

if TYPE_CHECKING:
    import argparse

    from smallwins_tui.core.clock import Clock

LAST = "last"


def _when(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def cmd_summary(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.data import summary

    today = clock.now().date()
    until = _day(args.until, today) if args.until else today
    if until > today:
        raise UsageError("a summary can reach up to today, not beyond it")
    journal = _open_journal(data_dir, clock)
    since: dt.date | None
    if args.since is not None and args.since.strip().lower() == LAST:
        since = summary.since_last(journal)
        if since is not None and since > until:
            raise UsageError(
                f"the last summary already reached {_when(since - dt.timedelta(days=1))}; "
                "nothing has come after it yet (--since DATE writes one again)"
            )
    else:
        since = _day(args.since, today) if args.since else None
        if since is not None and since > until:
            raise UsageError("--since is after --until; nothing lies between them")
    text = summary.summary_markdown(
        journal, since=since, until=until, include_notes=args.include_notes
    )
    if not args.output or args.output == "-":
        write_data(text)
    else:
        target = Path(args.output).expanduser()
        try:
            summary.write_private(target, text, overwrite=args.force)
        except FileExistsError:
            raise CliError(f"{target} already exists; use --force to replace it") from None
        except OSError as error:
            raise CliError(f"cannot write {target}: {error.strerror or error}") from None
        print(f"Wrote {target}", file=sys.stderr)
    if journal.read_only is None:  # a journal that cannot be written can still be summarised
        summary.remember_summary(journal, until=until)
    following = summary.since_last(journal)
    if following is not None:
        print(f"Next time, --since last starts on {_when(following)}.", file=sys.stderr)
    return EXIT_OK
