"""``smallwins search``: grouped by day, newest first, highlighted only at a terminal, literal."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.cli_search import MARK_OFF, MARK_ON, print_hits, shown, wants_colour
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import Week
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.data.reviews import save_review
from smallwins_tui.data.search import KINDS, search
from tests.cli.shell import smallwins
from tests.conftest import FIXED_NOW, TODAY

YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.add_win("Went to the Café alone", day=dt.date(2026, 9, 14))
    journal.add_win("Phoned the cafe about the job", day=YESTERDAY)
    journal.add_win("could not face the cafe", day=YESTERDAY, note=True)
    journal.set_intention(TODAY, "Sit in a cafe for ten minutes")
    add_reflection(journal, "I should manage a café by now", None, None, "Cafés were hard.")
    save_review(journal, Week(TODAY - dt.timedelta(days=6)), {"too_small": "Ordering at a café"})
    return journal


def _run(argv: list[str], data_dir: Path, clock: FixedClock, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = cli.main([*argv, "--data-dir", str(data_dir)], clock=clock)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_results_are_grouped_by_day_newest_first(filled, data_dir, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(["search", "CAFE"], data_dir, clock, capsys)
    assert code == 0 and err == ""
    assert out == (
        "Today, Sunday 22 November\n"
        "  • Sit in a cafe for ten minutes  (small step)\n"
        "  reflection · The thought\n"
        "    I should manage a café by now\n"
        "  reflection · The fair answer\n"
        "    Cafés were hard.\n"
        "\n"
        "Yesterday, Saturday 21 November\n"
        "  • Phoned the cafe about the job\n"
        "  – could not face the cafe  (a note, kept as written)\n"
        "\n"
        "Monday 16 November\n"
        "  weekly review · What would you have waved away as too small to count, "
        "if nobody had pointed it out?\n"
        "    Ordering at a café\n"
        "\n"
        "Monday 14 September\n"
        "  • Went to the Café alone\n"
    )


def test_headings_follow_the_date_format_setting(filled, data_dir, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    filled.set_setting("date_format", "iso")
    _, out, _ = _run(["search", "alone"], data_dir, clock, capsys)
    assert out.splitlines()[0] == "Monday 2026-09-14"


def test_kind_and_days_narrow_it(filled, data_dir, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        ["search", "cafe", "-k", "review", "--kind", "step"], data_dir, clock, capsys
    )
    assert code == 0 and "(small step)" in out and "weekly review" in out and "•" in out
    assert "Phoned" not in out and "reflection" not in out
    _, out, _ = _run(
        ["search", "cafe", "--since", "yesterday", "--until", "yesterday"], data_dir, clock, capsys
    )
    assert out.splitlines()[0] == "Yesterday, Saturday 21 November" and "Today" not in out


def test_nothing_found_exits_1_and_says_so_on_stderr(filled, data_dir, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(["search", "zebra", "crossing"], data_dir, clock, capsys)
    assert (code, out) == (1, "")
    assert err == "Nothing found for “zebra crossing”.\n"


def test_matches_are_highlighted_only_when_asked() -> None:
    text = "went to the Café, then the CAFE"
    spans = ((12, 16), (27, 31))
    assert shown(text, spans, colour=False) == text
    assert shown(text, spans, colour=True) == (
        f"went to the {MARK_ON}Café{MARK_OFF}, then the {MARK_ON}CAFE{MARK_OFF}"
    )


def test_colour_needs_a_terminal_and_no_NO_COLOR(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("TERM", raising=False)
    assert wants_colour(Terminal()) and not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Terminal())


def test_user_text_is_shown_literally_and_safely(journal: Journal) -> None:
    journal.put(
        "wins",
        {
            "id": "0b7e8a52-7e62-4d0e-9a36-3c5a3f0c1b11",
            "text": "[bold]cafe[/] \x1b[31mred\u202e and\nmore",
            "day": TODAY.isoformat(),
            "created": FIXED_NOW.isoformat(),
            "updated": FIXED_NOW.isoformat(),
        },
    )
    out = io.StringIO()
    assert print_hits(search(journal, "cafe"), TODAY, "day-month", out, colour=True) == 1
    line = out.getvalue().splitlines()[1]
    assert line == f"  • [bold]{MARK_ON}cafe{MARK_OFF}[/] [31mred and more"


def test_a_long_answer_is_cut_to_the_parts_around_each_match() -> None:
    text = "a" * 100 + " cafe " + "b" * 300 + " cafe " + "c" * 100
    spans = ((101, 105), (407, 411))
    line = shown(text, spans, colour=False)
    assert (
        line == "…" + "a" * 59 + " cafe " + "b" * 59 + "… …" + "b" * 59 + " cafe " + "c" * 59 + "…"
    )


def test_search_is_in_the_completion_with_its_kinds(tmp_path: Path) -> None:
    result = smallwins("completion", "bash", data_dir=tmp_path)
    assert "search" in result.stdout and "nudge" in result.stdout
    assert cli.SEARCH_KINDS == KINDS


def test_search_does_not_import_textual(filled: Journal, data_dir: Path) -> None:
    code = (
        "import sys; from smallwins_tui.cli import main; "
        f"code = main(['search', 'cafe', '--data-dir', {str(data_dir)!r}]); "
        "assert code == 0, code; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines()[-1] == "[]", result.stderr


def test_piped_output_is_plain(filled: Journal, data_dir: Path) -> None:
    result = smallwins(
        "search", "café", data_dir=data_dir, env={"SMALLWINS_TEST_NOW": "2026-11-22T20:00"}
    )
    assert result.returncode == 0 and "\x1b" not in result.stdout
    assert "Phoned the cafe about the job" in result.stdout
