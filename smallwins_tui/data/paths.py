"""Where the journal lives: ``--data-dir`` > ``SMALLWINS_DATA_DIR`` > the platform's data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DATA_FILE_NAME = "smallwins.json"
LOCAL_FILE_NAME = "smallwins.local.json"
"""This computer's own settings (the theme, say), which a sync tool leaves alone."""
ENV_VAR = "SMALLWINS_DATA_DIR"


def resolve_data_dir(option: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder to use. Never versioned: data must survive upgrades."""
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    import platformdirs  # imported here: only needed when no folder is given

    return platformdirs.user_data_path("smallwins", appauthor=False)


def data_file(data_dir: Path) -> Path:
    return data_dir / DATA_FILE_NAME


def local_file(data_dir: Path) -> Path:
    return data_dir / LOCAL_FILE_NAME
