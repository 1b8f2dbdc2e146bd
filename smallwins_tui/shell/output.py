"""Output that never ends in a traceback: a closed pipe, a narrow encoding or a full disk.

``smallwins list | head -1`` closes the pipe early: that is the reader's choice, so smallwins
stops quietly (exit 1, as the output was not all delivered). A terminal that cannot show a
character gets a replacement character instead of a crash. A failing output (``> /dev/full``)
is one line on stderr and exit 1. Exports are data, not messages: they go out as UTF-8
whatever the terminal's encoding, so nothing in them is ever replaced.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
"""0 done, 1 it could not be done, 2 a usage or value error: for every command and option."""

_Main = TypeVar("_Main", bound=Callable[..., int])


class OutputError(Exception):
    """Writing to stdout failed for a reason other than a closed pipe."""

    def __init__(self, error: OSError) -> None:
        super().__init__(f"cannot write the output: {error.strerror or error}")


class _WatchedStdout:
    """sys.stdout as it was, except that a failed write says it was the output that failed.

    Without this an ``OSError`` from a full disk could not be told from one of the journal's
    own files; everything but ``write`` and ``flush`` is the original stream's.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.failure: BrokenPipeError | OutputError | None = None
        """The first failure, kept: argparse (3.11+) swallows one while printing --help."""

    def _guarded(self, call: Callable[[], Any]) -> Any:
        """Run one write or flush, remembering the first failure of the output."""
        try:
            return call()
        except BrokenPipeError as error:
            self.failure = self.failure or error
            raise
        except OSError as error:
            self.failure = self.failure or OutputError(error)
            raise self.failure from None

    def write(self, text: str) -> int:
        return int(self._guarded(lambda: self._stream.write(text)))

    def flush(self) -> None:
        self._guarded(self._stream.flush)

    def check(self) -> None:
        """Flush, and raise the first failure even if someone caught it on the way."""
        self.flush()
        if self.failure is not None:
            raise self.failure

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def replace_unencodable() -> None:
    """Let a terminal that cannot show a character (``PYTHONIOENCODING=ascii``) get ``?``."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            reconfigure(errors="replace")


def write_data(text: str) -> None:
    """Write an export to stdout as UTF-8 bytes, whatever the terminal's encoding."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a test's in-memory stream
        sys.stdout.write(text)
        return
    try:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error) from None


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush has nowhere to fail."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def guarded(main: _Main) -> _Main:
    """Run ``main`` so that no output problem becomes a traceback (see the module docstring).

    The parser's own exits (``--help``, a usage error) pass through as ``SystemExit``, after
    their output has been flushed under the same guard.
    """

    @functools.wraps(main)
    def run(*args: Any, **kwargs: Any) -> int:
        original = sys.stdout
        replace_unencodable()
        watched = _WatchedStdout(original)
        sys.stdout = watched
        try:
            try:
                code = main(*args, **kwargs)
            except SystemExit:
                watched.check()
                raise
            watched.check()
            return code
        except BrokenPipeError:
            sys.stdout = original
            _silence_stdout()
            return EXIT_ERROR
        except OutputError as error:
            sys.stdout = original
            _silence_stdout()
            with contextlib.suppress(OSError):
                print(f"smallwins: {error}", file=sys.stderr)
            return EXIT_ERROR
        finally:
            if isinstance(sys.stdout, _WatchedStdout):
                sys.stdout = original

    return run  # type: ignore[return-value]
