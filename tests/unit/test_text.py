"""Text cleaning: nothing typed, pasted or imported can steer the terminal."""

from __future__ import annotations

import pytest

from smallwins_tui.core.text import WIN_MAX, clean_line, clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b]0;PWNED\x07title", "]0;PWNEDtitle"),
        ("a\x1b[2Jb", "a[2Jb"),
        ("nul\x00byte", "nulbyte"),
        ("del\x7fete", "delete"),
        ("c1\x9bcontrol\x85", "c1control"),
        ("bidi \u202eevil\u202c text", "bidi evil text"),
        ("isolate \u2066x\u2069", "isolate x"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("[/] x [/bold] [@click=app.quit]", "[/] x [/bold] [@click=app.quit]"),
    ],
)
def test_clean_line_removes_terminal_controls_and_keeps_the_words(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected


def test_clean_line_folds_newlines_tabs_and_spaces_into_one_line() -> None:
    assert clean_line("  two\nlines\tand   spaces \r\n") == "two lines and spaces"


def test_clean_text_keeps_newlines_and_tabs_for_longer_writing() -> None:
    assert clean_text("first\r\nsecond\n\tindented\x1b") == "first\nsecond\n\tindented"


def test_emoji_sequences_survive_cleaning() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
    assert clean_line(f"time with {family}") == f"time with {family}"


def test_length_is_capped() -> None:
    assert len(clean_line("x" * 10_000)) == WIN_MAX
    assert len(clean_text("y" * 100_000, max_length=5000)) == 5000


def test_cleaned_text_always_encodes_as_utf8() -> None:
    clean_line("\udfff\ud83d").encode("utf-8")
