"""Distress heard at the shell: the line is kept as a note, the lines go to stderr, exit 0.

Most tests call ``main`` in-process with a fixed clock (quick, and the same code path); one runs a
real process to check stdout and stderr stay apart and that no Textual module is imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins_tui.cli import main
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.safety_plan import save_safety_plan
from tests.conftest import FIXED_NOW, TODAY

DATA = Path(__file__).parent.parent / "unit" / "data"


def smallwins(
    capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str
) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data_dir)], clock=FixedClock(FIXED_NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_distress_line_is_kept_as_a_note_and_the_lines_are_offered(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = smallwins(capsys, data_dir, "add", "I want to kill myself")
    assert code == 0
    assert out == "Kept as a note: I want to kill myself\n"
    assert "sounds heavy" in err and "Samaritans: 116 123" in err  # LANG is en_GB in tests
    [note] = Journal(data_dir).wins_on(TODAY)
    assert note.note and note.text == "I want to kill myself"


def test_an_everyday_line_is_a_win_with_nothing_on_stderr(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = smallwins(capsys, data_dir, "add", "cut myself some slack today")
    assert (code, out, err) == (0, "Noted: cut myself some slack today\n", "")


def test_the_minimiser_note_reaches_the_shell_too(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, out, err = smallwins(capsys, data_dir, "add", "only walked")
    assert out.startswith("Noted: only walked\n") and "take the credit away" in out
    assert err == ""  # stderr carries only the support offer
    assert "nothing moved" in smallwins(capsys, data_dir, "add", "I still felt anxious")[1]


def test_list_shows_notes_apart_and_does_not_count_them(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    smallwins(capsys, data_dir, "add", "replied to Sam")
    smallwins(capsys, data_dir, "add", "kms")
    _, out, _ = smallwins(capsys, data_dir, "list", "--week")
    assert "  • replied to Sam\n  notes (kept as written, not counted):\n    – kms\n" in out
    assert out.rstrip().endswith("1 win this week.")


def test_exports_keep_notes_apart(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    smallwins(capsys, data_dir, "add", "replied to Sam")
    smallwins(capsys, data_dir, "add", "I'm a burden to everyone")
    markdown = smallwins(capsys, data_dir, "export", "-f", "md")[1]
    assert "replied to Sam" in markdown and "burden" not in markdown
    assert "safety plan" not in markdown
    rows = smallwins(capsys, data_dir, "export", "-f", "csv")[1].splitlines()
    assert sorted(row.rsplit(",", 1)[1] for row in rows[1:]) == ["note", "win"]
    wins = json.loads(smallwins(capsys, data_dir, "export", "-f", "json")[1])["tables"]["wins"]
    marks = {record["text"]: record.get("note", False) for record in wins}
    assert marks == {"replied to Sam": False, "I'm a burden to everyone": True}


def test_the_plan_prints_as_plain_text_and_joins_markdown_only_when_asked(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    save_safety_plan(
        Journal(data_dir),
        {"warning_signs": "I stop answering messages", "matters_most": "my sister [and] the dog"},
    )
    code, out, _ = smallwins(capsys, data_dir, "plan")
    assert code == 0
    assert "1. My warning signs\n   I stop answering messages\n" in out
    assert "Samaritans: 116 123" in out  # professionals fall back to the region's lines
    markdown = smallwins(capsys, data_dir, "export", "-f", "md", "--with-plan")[1]
    assert "## My safety plan" in markdown and r"my sister \[and\] the dog" in markdown
    tables = json.loads(smallwins(capsys, data_dir, "export", "-f", "json")[1])["tables"]
    assert tables["plan"][0]["parts"]["warning_signs"] == "I stop answering messages"


def test_the_labelled_set_through_smallwins_add(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same check the held-out set gets: the word is in the saved record, not in a guess."""
    rows = [
        line.split("\t", 1)
        for line in (DATA / "risk-phrases-dev.tsv").read_text(encoding="utf-8").splitlines()
        if "\t" in line and not line.startswith(("#", "label\t"))
    ]
    caught = flagged = risks = everyday = 0
    for label, text in rows:
        out = smallwins(capsys, tmp_path / "data", "add", text)[1]
        noted = out.startswith("Kept as a note")
        if label == "risk":
            risks, caught = risks + 1, caught + noted
        else:
            everyday, flagged = everyday + 1, flagged + noted
    assert caught >= 0.95 * risks and flagged <= 0.10 * everyday


def test_the_blind_batches_through_smallwins_add(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The issue's bar, checked the way a person meets it: of the nine batches written blind
    (11 to 19, never trained on), at least 90% of the risk lines get an offer on stderr from
    ``smallwins add``, and at most 15% of the everyday lines do."""
    caught = offered = risks = everyday = 0
    for number in range(11, 20):
        path = DATA / f"risk-phrases-heldout{number}.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" not in line or line.startswith(("#", "label\t")):
                continue
            label, text = line.split("\t", 1)
            data_dir = tmp_path / f"data{number}"
            code = main(
                ["add", "--data-dir", str(data_dir), "--", text], clock=FixedClock(FIXED_NOW)
            )
            err = capsys.readouterr().err
            assert code == 0 and text in [win.text for win in Journal(data_dir).wins_on(TODAY)]
            heard = "Samaritans: 116 123" in err  # LANG is en_GB in tests
            if label == "risk":
                risks, caught = risks + 1, caught + heard
            else:
                everyday, offered = everyday + 1, offered + heard
    assert risks == everyday == 900
    assert caught >= 0.90 * risks and offered <= 0.15 * everyday


def test_a_real_process_keeps_stdout_clean_and_never_imports_textual(tmp_path: Path) -> None:
    probe = (
        "import sys; from smallwins_tui.cli import main; code = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith('textual')]; sys.exit(code)"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            probe,
            "add",
            "thinking about ending it all",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "en_AU.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Kept as a note: thinking about ending it all\n"
    assert "text 0477 13 11 14" in result.stderr


def test_worry_for_someone_else_gets_the_lines_to_help_and_stays_a_win(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = smallwins(capsys, data_dir, "add", "my friend said she wants to die")
    assert code == 0
    assert out == "Noted: my friend said she wants to die\n"
    assert "worried about someone" in err and "supporting someone else" in err
    assert "Samaritans: 116 123" in err and "emergency number" in err
    assert "sounds heavy" not in err and "safety plan" not in err
    [win] = Journal(data_dir).wins_on(TODAY)
    assert not win.note


def test_several_lines_get_one_offer_and_the_writers_own_is_not_lost(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = "worried my brother might hurt himself\nmy sister has been cutting again\nkms\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    code, out, err = smallwins(capsys, data_dir, "add", "-")
    assert code == 0
    assert out.splitlines() == [
        "Noted: worried my brother might hurt himself",
        "Noted: my sister has been cutting again",
        "Kept as a note: kms",
    ]
    assert err.count("worried about someone") == 1  # one offer for the two worried lines
    assert err.count("sounds heavy") == 1  # and the writer's own still heard after it


def test_a_maybe_line_is_saved_as_a_win_with_the_softer_offer_on_stderr(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = smallwins(capsys, data_dir, "add", "I have a date picked")
    assert code == 0
    assert out == "Noted: I have a date picked\n"
    assert "weighing on you" in err and "stays a win" in err and "Samaritans: 116 123" in err
    assert "as a note" not in err
    [win] = Journal(data_dir).wins_on(TODAY)
    assert win.text == "I have a date picked" and not win.note
    _, listed, _ = smallwins(capsys, data_dir, "list")
    assert "notes" not in listed


def test_several_lines_with_a_maybe_and_a_clear_one_offer_each_kind_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = "I have a date picked\nwalked\nkms\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    code, _out, err = smallwins(capsys, data_dir, "add", "-")
    assert code == 0
    assert err.count("weighing on you") == 1 and err.count("as a note rather") == 1
    wins = Journal(data_dir).wins_on(TODAY)
    assert [(win.text, win.note) for win in wins] == [
        ("I have a date picked", False),
        ("walked", False),
        ("kms", True),
    ]
