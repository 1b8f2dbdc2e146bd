"""The command line stays light: only opening the app imports Textual.

Each check runs in a fresh interpreter (this test process has long since imported Textual) and
lists the heavy modules that ended up in ``sys.modules``. A quick ``smallwins add`` from a
shell must not pay for a TUI it never shows.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import grimp  # import-linter's graph library, in the test extra
import pytest

HEAVY = ("textual", "rich")
"""Packages only the full-screen app needs."""

PROBE = """
import json, sys
from smallwins_tui import cli
argv = json.loads(sys.argv[1])
if argv:
    try:
        cli.main(argv)
    except SystemExit:
        pass
heavy = json.loads(sys.argv[2])
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})))
"""


def heavy_modules_after(argv: list[str], data_dir: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"SMALLWINS_DATA_DIR": str(data_dir), "PATH": "", "NO_COLOR": "1"},
    )
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_the_command_line_imports_no_textual(tmp_path: Path) -> None:
    assert heavy_modules_after([], tmp_path) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "watered the plants"],
        ["list"],
        ["path"],
        ["plan"],
        ["doctor"],
        ["completion", "bash"],
        ["--help"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_commands_other_than_the_app_import_no_textual(argv: list[str], tmp_path: Path) -> None:
    assert heavy_modules_after(argv, tmp_path) == []


def test_the_probe_would_see_textual(tmp_path: Path) -> None:
    """The check is not vacuous: importing the app does show up."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; import smallwins_tui.tui.app; print('textual' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "True"


def test_no_module_imports_itself_back_at_run_time() -> None:
    """No import cycle between any two modules of the package (imports made only for type
    annotations, under TYPE_CHECKING, never run and do not count). import-linter checks the
    same between packages; this names the two modules of a cycle."""
    graph = grimp.build_graph("smallwins_tui", exclude_type_checking_imports=True)
    cycles = [
        graph.find_shortest_chain(imported, module)
        for module in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if imported.startswith("smallwins_tui") and graph.chain_exists(imported, module)
    ]
    assert cycles == []
