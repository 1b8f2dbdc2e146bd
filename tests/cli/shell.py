"""Running the installed command as a shell would: real processes, real pipes and files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def smallwins(
    *args: str, data_dir: Path, env: dict[str, str] | None = None, **options: Any
) -> subprocess.CompletedProcess[str]:
    """``python -m smallwins_tui ARGS --data-dir DIR`` with output captured as text."""
    options.setdefault("capture_output", True)
    return subprocess.run(
        [sys.executable, "-m", "smallwins_tui", *args, "--data-dir", str(data_dir)],
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        **options,
    )
