"""Running a child process and timing it honestly: wall time from spawn, and its peak RSS.

The parent notes the time just before ``fork``/``exec`` and again when the child's first line
arrives on a private pipe (or when it exits), and collects the child's own resource usage with
``os.wait4``, so one child's memory is never mixed with another's or the parent's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Child:
    """One finished child: seconds to its signal (or exit), its message, its peak RSS."""

    seconds: float
    message: str
    peak_rss_mb: float
    cpu_seconds: float = 0.0
    """User plus system time of the whole child (start to exit)."""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("TEXTUAL", None)  # no devtools
    # An installed app runs from compiled bytecode; do not make every child compile from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["TERM"] = env.get("TERM") or "xterm-256color"
    return env


def run_child(
    args: list[str],
    *,
    signals: bool = True,
    timeout: float = 120.0,
    env: dict[str, str] | None = None,
) -> Child:
    """Run ``args`` (``{fd}`` is replaced by the pipe's number); time to first line or exit.
    ``env``: variables set for this child on top of the usual ones."""
    read_end, write_end = os.pipe()
    argv = [arg.replace("{fd}", str(write_end)) for arg in args]
    started = time.perf_counter()
    process = subprocess.Popen(
        argv,
        pass_fds=(write_end,),
        env={**_environment(), **(env or {})},
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    message = b""
    with os.fdopen(read_end, "rb") as pipe:
        if signals:
            message = pipe.readline()
            seconds = time.perf_counter() - started
            message += pipe.read()
        else:
            pipe.read()
    _, status, usage = os.wait4(process.pid, 0)
    if not signals:
        seconds = time.perf_counter() - started
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or (signals and not message):
        raise RuntimeError(f"{argv} failed ({process.returncode}): {errors[-2000:]}")
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return Child(seconds, message.decode().strip(), usage.ru_maxrss * scale, cpu)


def python(*args: str) -> list[str]:
    return [sys.executable, *args]
