"""Shell completions and help, both read from the one parser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from smallwins_tui import cli
from smallwins_tui.shell.completion import completion_script
from smallwins_tui.shell.help import EXAMPLES, SHELLS
from smallwins_tui.shell.parsing import subcommands
from tests.cli.shell import smallwins

PARSER = cli.build_parser()
COMMANDS = list(subcommands(PARSER))


def _bash_complete(words: list[str]) -> list[str]:
    """What bash offers after ``words`` (the last one being completed), from our script."""
    script = completion_script("bash", PARSER)
    quoted = " ".join(f"'{word}'" for word in words)
    probe = (
        f"{script}\nCOMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; _smallwins; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    result = subprocess.run(
        ["bash", "--norc", "-c", probe], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["smallwins", ""], COMMANDS),
        (["smallwins", "br"], ["breathe"]),
        (["smallwins", "add", "x", "--kind", "re"], ["relational"]),
        (["smallwins", "add", "x", "-d", "y"], ["yesterday"]),
        (["smallwins", "list", "--day", "-"], ["-1", "-2", "-3", "-7", "-14", "-30"]),
        (["smallwins", "breathe", "--pattern", ""], ["box", "478", "55", "4-2-6-0"]),
        (["smallwins", "export", "-f", ""], ["md", "json", "csv"]),
        (["smallwins", "export", "--since", "to"], ["today"]),
        (["smallwins", "completion", ""], list(SHELLS)),
        (["smallwins", "list", "--w"], ["--week"]),
        (["smallwins", "--"], ["--help", "--data-dir", "--version"]),
    ],
)
def test_bash_completes_commands_options_and_values(words: list[str], expected: list[str]) -> None:
    assert _bash_complete(words) == expected


def test_bash_completes_folders_for_data_dir(tmp_path: Path) -> None:
    (tmp_path / "journal").mkdir()
    (tmp_path / "journal.txt").write_text("")
    assert _bash_complete(["smallwins", "--data-dir", f"{tmp_path}/jo"]) == [f"{tmp_path}/journal"]


@pytest.mark.parametrize("shell", SHELLS)
def test_each_script_names_every_command_and_value(shell: str, tmp_path: Path) -> None:
    result = smallwins("completion", shell, data_dir=tmp_path)
    assert result.returncode == 0
    for word in [*COMMANDS, "data-dir", "pattern", "relational", "yesterday", "478"]:
        assert word in result.stdout


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_the_script_parses_in_its_shell_where_installed(shell: str, tmp_path: Path) -> None:
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / "script"
    script.write_text(completion_script(shell, PARSER))
    check = [program, "-n", str(script)]
    assert subprocess.run(check, capture_output=True, timeout=30).returncode == 0


def test_the_bash_script_parses() -> None:
    result = subprocess.run(
        ["bash", "-n"],
        input=completion_script("bash", PARSER),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_ends_with_two_or_three_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"] if command else ["--help"])
    text = capsys.readouterr().out.rstrip("\n").splitlines()
    marker = text.index("examples:")
    examples = text[marker + 1 :]
    assert 1 <= len(examples) <= 3 and len(EXAMPLES[command]) == len(examples)
    assert all("smallwins" in line and line.startswith("  ") for line in examples)
    assert command in COMMANDS or command == ""


def test_every_command_has_examples() -> None:
    assert set(EXAMPLES) == {"", *COMMANDS}
