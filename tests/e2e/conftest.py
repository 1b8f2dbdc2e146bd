"""Fixtures for the end-to-end suite: the installed app in a real terminal, on a fresh or a
used journal folder, closed afterwards whatever happened."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e import app
from tests.e2e.terminal import Terminal

Launch = Callable[..., Terminal]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The working folder of the app's process, and where its default folders would go."""
    return tmp_path


@pytest.fixture
def fresh_dir(tmp_path: Path) -> Path:
    """A journal folder that does not exist yet: the very first run."""
    return tmp_path / "fresh"


@pytest.fixture(scope="session")
def welcomed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal folder after a real first run: the welcome shown, dismissed, the app closed."""
    home = tmp_path_factory.mktemp("first-run")
    data_dir = home / "data"
    terminal = app.start(data_dir, home=home)
    try:
        terminal.wait_for(app.on("welcome"))
        terminal.send("enter")
        terminal.wait_for(app.only("today"))
        terminal.send("ctrl+q")
        terminal.wait_exit()
    finally:
        terminal.kill()
    return data_dir


@pytest.fixture
def used_dir(welcomed_template: Path, tmp_path: Path) -> Path:
    """A journal folder of someone who has run smallwins before (a copy, one per test)."""
    data_dir = tmp_path / "used"
    shutil.copytree(welcomed_template, data_dir)
    return data_dir


@pytest.fixture
def launch(home: Path) -> Iterator[Launch]:
    """Start ``smallwins`` in a terminal: ``launch(data_dir, *args, env=...)``."""
    started: list[Terminal] = []

    def start(data_dir: Path, *args: str, **options: object) -> Terminal:
        terminal = app.start(data_dir, *args, home=home, **options)  # type: ignore[arg-type]
        started.append(terminal)
        return terminal

    yield start
    for terminal in started:
        terminal.kill()
