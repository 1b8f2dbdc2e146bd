"""The package's metadata says what is true: its licence, its Pythons, and what the sdist holds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[2]
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")


@pytest.fixture(scope="module")
def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_licence_is_an_spdx_expression_with_its_file(project: dict) -> None:
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert requires == ["setuptools>=77"]  # the first to read license-files and SPDX


def test_every_supported_python_is_a_classifier_and_nothing_else(project: dict) -> None:
    versions = {
        c.rsplit(" ", 1)[-1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    assert versions == set(SUPPORTED)
    assert project["requires-python"] == f">={SUPPORTED[0]}"
    assert "Environment :: Console" in project["classifiers"]
    assert any(c.startswith("Topic :: ") for c in project["classifiers"])
    assert project["keywords"] and project["authors"]


def test_the_sdist_carries_the_tests() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text().splitlines()
    assert {"graft tests", "graft bench"} <= set(manifest)  # the tests import bench


def test_the_readme_starts_with_the_two_commands_then_the_installers() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    assert blocks[0].startswith("python3 -m venv .venv && .venv/bin/pip install -e .")
    assert blocks[1].startswith('python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"')
    later = "".join(blocks[2:])
    assert "pipx install" in later and "uv tool install" in later
    for version in SUPPORTED:
        assert version in readme
    assert "Windows is untested" in readme
