"""The ``smallwins`` command.

Only opening the app imports Textual; every other command stays light so quick capture from
the shell starts fast. Errors are one plain line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from smallwins_tui import __version__
from smallwins_tui.cli_common import CliError, UsageError, day_argument, open_journal
from smallwins_tui.core.clock import Clock, SystemClock
from smallwins_tui.core.dates import day_title, week_start
from smallwins_tui.core.kinds import parse_kind
from smallwins_tui.core.settings import LaunchOptions
from smallwins_tui.core.text import clean_line
from smallwins_tui.shell.help import SHELLS, add_examples
from smallwins_tui.shell.output import EXIT_ERROR, EXIT_OK, EXIT_USAGE, guarded, write_data

if TYPE_CHECKING:
    import argparse

    from smallwins_tui.data.journal import Journal

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def _kind(value: str) -> str:
    import argparse

    try:
        return parse_kind(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


SEARCH_KINDS = ("win", "step", "reflection", "review")
"""As :data:`smallwins_tui.data.search.KINDS` (not imported: the parser stays light)."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use DIR for the journal (also SMALLWINS_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="smallwins",
        description="Notice small wins, steady yourself, and judge progress fairly. "
        "With no command, opens the app on Today.",
        parents=[common],
    )
    parser.add_argument("--version", "-V", action="version", version=f"smallwins {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", parents=[common], help="note a win without opening the app")
    add.add_argument(
        "text",
        nargs="*",
        help="what you did (quote it or not); none or - reads stdin, one win per non-empty line",
    )
    add.add_argument(
        "--kind",
        "-k",
        type=_kind,
        help="behavioural, emotional, relational, cognitive or therapy (a prefix is enough)",
    )
    add.add_argument(
        "--day",
        "-d",
        default="today",
        help="YYYY-MM-DD, today, yesterday or -N days (default: today)",
    )

    show = commands.add_parser("list", parents=[common], help="print the wins of a day or week")
    show.add_argument(
        "--day", "-d", default="today", help="YYYY-MM-DD, today, yesterday or -N days"
    )
    show.add_argument("--week", "-w", action="store_true", help="the whole week holding that day")

    finder = commands.add_parser(
        "search",
        parents=[common],
        help="find words in your wins, small steps, reflections and reviews",
        description="Every word must be there; case and accents do not matter (cafe finds "
        "Café). Newest first, by day. Exit 0 when something is found, 1 when nothing is.",
    )
    finder.add_argument("words", nargs="+", metavar="WORD", help="the words to look for")
    finder.add_argument(
        "--kind",
        "-k",
        action="append",
        choices=SEARCH_KINDS,
        metavar="KIND",
        help="win, step, reflection or review (repeat for more; default: all)",
    )
    finder.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, yesterday, -N)")
    finder.add_argument("--until", metavar="DATE", help="up to and including this day")
    commands.add_parser(
        "nudge",
        parents=[common],
        help="for a shell prompt: one quiet line in the evening if nothing is noted today",
        description="Prints nothing, or once a day after your evening hour (Settings, 19:00 "
        "unless changed) one quiet line inviting you to note something, when nothing is "
        "noted today. Always exits 0. The README shows how to add it to your prompt.",
    )
    commands.add_parser("ground", parents=[common], help="open the 5-4-3-2-1 grounding walk")
    breathe = commands.add_parser("breathe", parents=[common], help="open the breathing pacer")
    breathe.add_argument(
        "--pattern",
        "-p",
        metavar="PATTERN",
        help="box, 478, 55, or custom seconds as I-H-E-H (e.g. 4-2-6-0)",
    )
    breathe.add_argument("--minutes", "-m", type=float, metavar="N", help="session length")
    breathe.add_argument(
        "--reduced-motion",
        action="store_true",
        help="no moving marker: only the phase word and a count",
    )
    commands.add_parser("reflect", parents=[common], help="open the three-baselines reflection")
    commands.add_parser("week", parents=[common], help="open this week's wins and review")
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write your wins out as Markdown, JSON or CSV",
        description="md: a page per week for therapy (this week unless --since/--until); "
        "json: the whole journal, for import on another machine; csv: one row per win.",
    )
    export.add_argument(
        "--format",
        "-f",
        choices=("md", "json", "csv"),
        default="md",
        help="md (default), json or csv",
    )
    export.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, yesterday, -N)")
    export.add_argument("--until", metavar="DATE", help="up to and including this day")
    export.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (private, 0600) instead of printing; - is stdout",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    summary = commands.add_parser(
        "summary",
        parents=[common],
        help="a Markdown summary of weeks or months, to bring to therapy",
        description="Wins by kind with recent examples, small steps, practices, reflections "
        "and weekly review answers, with what still feels stuck in its own section. Notes "
        "written in hard moments stay out unless --include-notes.",
    )
    summary.add_argument(
        "--since",
        metavar="DATE|last",
        help="from this day, or last: the day after the previous summary "
        "(default: from the first thing noted)",
    )
    summary.add_argument(
        "--until", metavar="DATE", help="up to and including this day (default: today)"
    )
    summary.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (private, 0600) instead of printing; - is stdout",
    )
    summary.add_argument("--force", action="store_true", help="replace FILE if it exists")
    summary.add_argument(
        "--include-notes",
        action="store_true",
        help="add the notes written in hard moments (left out unless asked for)",
    )
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="merge a JSON export into this journal",
        description="Adds what is new and takes newer versions of what changed; "
        "safe to run twice. A damaged file changes nothing.",
    )
    importer.add_argument(
        "file", metavar="FILE", help="a file made by: smallwins export -f json; - reads stdin"
    )
    export.add_argument(
        "--with-plan",
        action="store_true",
        help="md only: add your safety plan at the end of the page",
    )
    commands.add_parser(
        "plan",
        parents=[common],
        help="print your safety plan as plain text (to print or keep on a phone)",
    )
    commands.add_parser("path", parents=[common], help="print where the journal lives")
    doctor = commands.add_parser(
        "doctor", parents=[common], help="check that your journal is safe and readable"
    )
    doctor.add_argument(
        "--fix",
        action="store_true",
        help="repair permissions and leftover temp files (nothing else)",
    )
    commands.add_parser(
        "demo",
        parents=[common],
        help="open the app on a temporary sample journal (your data untouched)",
    )
    completion = commands.add_parser(
        "completion",
        parents=[common],
        help="print a shell completion script (bash, zsh or fish)",
        description="Print a completion script for SHELL; the README says where to put it.",
    )
    completion.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    add_examples(parser)
    return parser


def _print_day(journal: Journal, day: dt.date, today: dt.date, out: Callable[[str], None]) -> int:
    """The day's wins, then its notes apart (written in distress: kept, never counted)."""
    from smallwins_tui.cli_support import print_notes

    entries = journal.wins_on(day)
    wins = [win for win in entries if not win.note]
    out(day_title(day, today, journal.settings().date_format))
    for win in wins:
        kind = f"  ({win.kind})" if win.kind else ""
        out(f"  • {clean_line(win.text)}{kind}")
    if not entries:
        out("  (nothing noted)")
    print_notes([win for win in entries if win.note])
    return len(wins)


def cmd_add(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    today = clock.now().date()
    day = day_argument(args.day, today)
    if day > today:
        raise UsageError("wins are for today or earlier days, not the future")
    texts = _win_texts(args.text)
    journal = open_journal(data_dir, clock)
    when = "" if day == today else f" for {day_title(day, today)}"
    from smallwins_tui.cli_support import after_add

    offered: str | None = None  # one calm offer for the whole input, not one per line
    for text in texts:
        win = journal.add_win(text, day=day, kind=args.kind)
        print(f"{'Kept as a note' if win.note else 'Noted'}{when}: {win.text}")
        offered = after_add(journal, win, offered=offered)
    return EXIT_OK


def _win_texts(words: list[str]) -> list[str]:
    """The words on the command line as one win, or with none (or ``-``) a win per line of
    stdin. With no words at a terminal, a usage error: waiting for typing would look hung."""
    from smallwins_tui.shell.stdin import stdin_is_terminal, wins_from_stdin

    if words and words != ["-"]:
        text = " ".join(words)
        if not clean_line(text):
            raise UsageError("a win needs some words")
        return [text]
    if not words and stdin_is_terminal():
        raise UsageError(
            'a win needs some words: smallwins add "what you did", or pipe lines to it'
        )
    try:
        return wins_from_stdin()
    except ValueError as error:
        raise UsageError(str(error)) from None


def cmd_list(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    today = clock.now().date()
    day = day_argument(args.day, today)
    journal = open_journal(data_dir, clock)
    if not args.week:
        _print_day(journal, day, today, print)
        return EXIT_OK
    first = week_start(day, journal.settings().week_start)
    total = 0
    for offset in range(7):
        if offset:
            print()
        total += _print_day(journal, first + dt.timedelta(days=offset), today, print)
    print(f"\n{total} {'win' if total == 1 else 'wins'} this week.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.core.clock import timestamp
    from smallwins_tui.data import transfer

    today = clock.now().date()
    since = day_argument(args.since, today) if args.since else None
    until = day_argument(args.until, today) if args.until else None
    if since and until and since > until:
        raise UsageError("--since is after --until; nothing lies between them")
    if args.format == "json" and (since or until):
        raise UsageError(
            "a JSON export is always the whole journal; --since and --until work with md and csv"
        )
    journal = open_journal(data_dir, clock)
    if args.format == "json":
        text = transfer.export_json(journal, timestamp(clock))
    elif args.format == "csv":
        text = transfer.export_csv(journal, since, until)
    else:
        week = journal.settings().week_start
        if since is None and until is None:
            first = week_start(today, week)
            last = first + dt.timedelta(days=6)
        else:
            last = until or today
            first = since or week_start(last, week)
        text = transfer.export_markdown(journal, first, last, week)
        if args.with_plan:
            from smallwins_tui.cli_support import plan_markdown

            text += plan_markdown(journal)
    if not args.output or args.output == "-":
        write_data(text)
        return EXIT_OK
    target = Path(args.output).expanduser()
    try:
        transfer.write_private(target, text, overwrite=args.force)
    except FileExistsError:
        raise CliError(f"{target} already exists; use --force to replace it") from None
    except OSError as error:
        raise CliError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"Wrote {target}", file=sys.stderr)
    return EXIT_OK


def cmd_summary(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.cli_summary import cmd_summary as write_summary

    return write_summary(args, data_dir, clock)


def cmd_import(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.data import transfer

    source = "stdin" if args.file == "-" else Path(args.file).expanduser()
    journal = open_journal(data_dir, clock)
    try:
        if isinstance(source, Path):
            report = transfer.import_file(journal, source)
        else:
            report = transfer.import_json(journal, _export_from_stdin())
    except transfer.ImportFileError as error:
        raise CliError(f"{source} was not imported, nothing changed: {error}") from None
    print(report.summary())
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.cli_support import cmd_plan as print_plan

    return print_plan(open_journal(data_dir, clock))


def _export_from_stdin() -> bytes:
    from smallwins_tui.shell.stdin import export_from_stdin, stdin_is_terminal

    if stdin_is_terminal():
        raise UsageError("import - reads an export piped in: smallwins import - < all.json")
    try:
        return export_from_stdin()
    except ValueError as error:
        raise UsageError(str(error)) from None


def cmd_path(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.data.paths import data_file

    print(data_file(data_dir))
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.data.doctor import examine

    findings = list(examine(data_dir, fix=args.fix, confirm=_ask, today=clock.now().date()))
    for finding in findings:
        print(f"{finding.status:<4}  {finding.what:<12}  {finding.message}")
    problems = [finding for finding in findings if finding.status == "fix"]
    if problems:
        print("\nSomething needs attention; each line above says what to do.")
        return EXIT_ERROR
    print("\nYour journal is safe.")
    return EXIT_OK


def _ask(question: str) -> bool:
    """A yes/no question on the terminal; no answer (not a terminal, end of input) is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def cmd_demo(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    import shutil
    import tempfile

    from smallwins_tui.data.demo import seed_demo

    _require_terminal()
    demo_dir = Path(tempfile.mkdtemp(prefix="smallwins-demo-"))
    try:
        seed_demo(open_journal(demo_dir, clock), clock.now().date())
        return run_app(demo_dir, clock, demo=True)
    finally:
        shutil.rmtree(demo_dir, ignore_errors=True)


def run_app(
    data_dir: Path, clock: Clock, mode: str = "today", *, demo: bool = False, **options: object
) -> int:
    """Open the full-screen app on ``mode`` (the only path that imports Textual).

    ``options`` are launch options for that screen (for example the breathing pattern); the
    screen reads them from ``app.launch_options`` (a :class:`LaunchOptions`).
    """
    from smallwins_tui.data.recovery import open_for_app

    _require_terminal()
    journal, notice = open_for_app(data_dir, clock)
    from smallwins_tui.tui.app import SmallWinsApp

    welcome = not demo and not journal.settings().welcomed
    app = SmallWinsApp(
        journal,
        clock=clock,
        notice=notice,
        mode=mode,
        launch_options=LaunchOptions.from_mapping(options),
        welcome=welcome,
    )
    # Everything made so far (modules, classes, Textual's tables, the open journal) lives as
    # long as the app: freezing it keeps the cycle collector from walking it all again. Without
    # this the first full collection, part-way through drawing Today, took 30-40 ms.
    gc.freeze()
    app.run()
    return app.return_code or EXIT_OK


def _require_terminal() -> None:
    from smallwins_tui.shell.terminal import NO_TERMINAL, has_terminal

    if not has_terminal():
        raise UsageError(NO_TERMINAL)


def _check_breathing(args: argparse.Namespace) -> None:
    """Reject a bad ``--pattern`` or ``--minutes`` in one line, before the app opens."""
    from smallwins_tui.core.breathing import parse_minutes, parse_pattern

    try:
        if args.pattern is not None:
            args.pattern = parse_pattern(args.pattern).key
        if args.minutes is not None:
            parse_minutes(args.minutes)
    except ValueError as error:
        raise UsageError(str(error)) from None


def cmd_screen(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    """``smallwins ground`` and friends: the app, opened on that screen."""
    if args.command == "breathe":
        _check_breathing(args)
    options = {
        key: value
        for key, value in vars(args).items()
        if key not in ("command", "data_dir") and value not in (None, False)
    }
    return run_app(data_dir, clock, mode=args.command, **options)


def cmd_search(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.cli_search import cmd_search as search

    return search(args, data_dir, clock)


def cmd_nudge(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.cli_nudge import cmd_nudge as nudge

    return nudge(args, data_dir, clock)


def cmd_completion(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from smallwins_tui.shell.completion import completion_script

    print(completion_script(args.shell, build_parser()), end="")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Path, Clock], int]] = {
    "add": cmd_add,
    "list": cmd_list,
    "export": cmd_export,
    "summary": cmd_summary,
    "import": cmd_import,
    "path": cmd_path,
    "plan": cmd_plan,
    "demo": cmd_demo,
    "doctor": cmd_doctor,
    "ground": cmd_screen,
    "breathe": cmd_screen,
    "reflect": cmd_screen,
    "week": cmd_screen,
    "completion": cmd_completion,
    "search": cmd_search,
    "nudge": cmd_nudge,
}


def _plain_launch(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``smallwins`` or ``smallwins --data-dir DIR``: (True, DIR or None); else (False, None).

    Opening the app this way is by far the commonest start, and needs no parser: building the
    full one (every subcommand) and importing argparse cost a few ms of every start-up. Any
    other form, including abbreviations, help and mistakes, goes to the real parser.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return True, argv[0].removeprefix("--data-dir=")
    return False, None


@guarded
def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    plain, data_dir_option = _plain_launch(arguments)
    args: argparse.Namespace | None = None
    if not plain:
        args = build_parser().parse_args(arguments)
        data_dir_option = getattr(args, "data_dir", None)
    clock = clock or SystemClock()
    from smallwins_tui.data.errors import DamagedFileError, JournalError
    from smallwins_tui.data.paths import resolve_data_dir

    try:
        data_dir = resolve_data_dir(data_dir_option)
        if args is None or args.command is None:
            return run_app(data_dir, clock)
        return COMMANDS[args.command](args, data_dir, clock)
    except DamagedFileError as error:
        from smallwins_tui.data.recovery import damaged_file_advice

        advice = damaged_file_advice(error, data_dir, clock.now().date())
        print(f"smallwins: {advice}", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as error:
        print(f"smallwins: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (CliError, JournalError) as error:
        print(f"smallwins: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
