"""Opening the app from the command line: the plain forms skip the parser, the rest use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallwins_tui import cli


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """Record which folder and mode the app would open on, without opening it."""
    calls: list[tuple[Path, str]] = []

    def run_app(data_dir: Path, clock: object, mode: str = "today", **_: object) -> int:
        calls.append((data_dir, mode))
        return 0

    monkeypatch.setattr(cli, "run_app", run_app)
    return calls


def _no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the parser was built")

    monkeypatch.setattr(cli, "build_parser", refuse)


@pytest.mark.parametrize("form", [["--data-dir", "{dir}"], ["--data-dir={dir}"]])
def test_the_plain_forms_open_today_on_that_folder_without_the_parser(
    form: list[str],
    tmp_path: Path,
    opened: list[tuple[Path, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_parser(monkeypatch)
    assert cli.main([arg.replace("{dir}", str(tmp_path)) for arg in form]) == 0
    assert opened == [(tmp_path, "today")]


def test_no_arguments_opens_today_on_the_environment_folder(
    tmp_path: Path, opened: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_parser(monkeypatch)
    monkeypatch.setenv("SMALLWINS_DATA_DIR", str(tmp_path))
    assert cli.main([]) == 0
    assert opened == [(tmp_path, "today")]


def test_other_forms_still_go_through_the_parser(
    tmp_path: Path, opened: list[tuple[Path, str]]
) -> None:
    assert cli.main(["--data", str(tmp_path)]) == 0  # an abbreviation argparse accepts
    assert cli.main(["--data-dir", str(tmp_path), "week"]) == 0
    assert opened == [(tmp_path, "today"), (tmp_path, "week")]


@pytest.mark.parametrize("form", [["--data-dir"], ["--data-dir", "-x"], ["--bogus"]])
def test_mistakes_get_the_parsers_usage_error(
    form: list[str], opened: list[tuple[Path, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as leaving:
        cli.main(form)
    assert leaving.value.code == 2
    assert "usage: smallwins" in capsys.readouterr().err
    assert opened == []
