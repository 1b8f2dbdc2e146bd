"""A real terminal for end-to-end tests: a program in a pseudo-terminal, its screen read by pyte.

The tests drive the installed ``smallwins`` the way a person does, key by key, and read back
what a person would see. Nothing here knows about smallwins; see ``app.py`` for that.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pexpect
import pyte

KEYS: Mapping[str, str] = {
    "enter": "\r",
    "escape": "\x1b",
    "tab": "\t",
    "shift+tab": "\x1b[Z",
    "up": "\x1b[A",
    "down": "\x1b[B",
    "right": "\x1b[C",
    "left": "\x1b[D",
    "f1": "\x1bOP",
    "space": " ",
    "backspace": "\x7f",
    "ctrl+p": "\x10",
    "ctrl+q": "\x11",
    "ctrl+s": "\x13",
}
"""Named keys as an xterm sends them; anything else given to :meth:`Terminal.send` is text."""

PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
"""Bracketed paste: how a terminal wraps pasted text once the program asks for it."""

# Private modes a full-screen program turns on and must turn off again when it ends:
# the alternate screen, mouse reporting, focus events and bracketed paste.
MODES_TO_RESTORE = {
    1049: "alternate screen",
    1000: "mouse clicks",
    1003: "mouse motion",
    1006: "SGR mouse",
    1015: "urxvt mouse",
    1004: "focus events",
    2004: "bracketed paste",
}
CURSOR_VISIBLE = 25
_PRIVATE_MODE = re.compile(rb"\x1b\[\?([\d;]+)([hl])")
_KITTY_PUSH, _KITTY_POP = re.compile(rb"\x1b\[>\d*u"), re.compile(rb"\x1b\[<\d*u")

Condition = str | Callable[[str], bool]


class Terminal:
    """One program running in a pseudo-terminal of a fixed size.

    Output is read only while waiting (:meth:`wait_for`, :meth:`wait_exit`), which polls the
    terminal until a condition holds or a deadline passes: there are no fixed sleeps.
    """

    def __init__(
        self,
        command: Sequence[str],
        env: Mapping[str, str],
        *,
        columns: int = 100,
        rows: int = 30,
        cwd: Path | None = None,
    ) -> None:
        self.command = list(command)
        self.screen = pyte.Screen(columns, rows)
        self._stream = pyte.ByteStream(self.screen)
        self.output = bytearray()
        """Everything the program wrote, raw: for checking what it did to the terminal."""
        self.ended = False
        self.process = pexpect.spawn(
            self.command[0],
            self.command[1:],
            env=dict(env),
            dimensions=(rows, columns),
            cwd=str(cwd) if cwd else None,
            echo=False,
        )

    # Input ------------------------------------------------------------------------------------

    def send(self, *keys: str) -> None:
        """Send each of ``keys``, a name from :data:`KEYS` or literal text, as its own write.

        A lone Esc is told apart from an escape sequence by timing, so after ``"escape"`` wait
        for its effect before sending more.
        """
        for key in keys:
            self.write(KEYS.get(key, key))

    def write(self, data: str | bytes) -> None:
        """Write ``data`` to the terminal in one go, as a burst from a slow link or a paste."""
        raw = data.encode() if isinstance(data, str) else data
        written = os.write(self.process.child_fd, raw)
        assert written == len(raw), f"only {written} of {len(raw)} bytes reached the terminal"

    @staticmethod
    def paste_bytes(text: str) -> bytes:
        """``text`` as a terminal sends a paste once bracketed paste is on."""
        return (PASTE_START + text + PASTE_END).encode()

    def paste(self, text: str) -> None:
        self.write(self.paste_bytes(text))

    # Output -----------------------------------------------------------------------------------

    def screen_text(self) -> str:
        """The screen as lines of text, trailing spaces trimmed."""
        return "\n".join(line.rstrip() for line in self.screen.display)

    def _read(self, timeout: float) -> None:
        if self.ended:
            return
        try:
            chunk = self.process.read_nonblocking(65536, timeout=max(timeout, 0))
        except pexpect.TIMEOUT:
            return
        except pexpect.EOF:
            self.ended = True
            return
        self.output += chunk
        self._stream.feed(chunk)

    def describe(self, headline: str) -> str:
        """A failure message: what went wrong, then the screen as the person would see it."""
        rule = "-" * self.screen.columns
        return (
            f"{headline}\ncommand: {' '.join(self.command)}\n{rule}\n{self.screen_text()}\n{rule}"
        )

    def wait_for(self, condition: Condition, timeout: float = 30, what: str = "") -> str:
        """Read the terminal until the screen shows ``condition`` (text, or a test of the
        screen's text); return the screen text. Fails with the screen if the deadline passes
        or the program ends first."""
        check: Callable[[str], bool]
        if isinstance(condition, str):
            wanted = condition
            what = what or repr(wanted)

            def check(text: str) -> bool:
                return wanted in text

        else:
            check = condition
        what = what or getattr(condition, "__name__", "the condition")
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen_text()
            if check(text):
                return text
            if self.ended:
                status = self.finish()
                raise AssertionError(
                    self.describe(f"the program ended ({status}) while waiting for {what}")
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    self.describe(f"timed out after {timeout:g}s waiting for {what}")
                )
            self._read(min(remaining, 0.1))

    # Ending -----------------------------------------------------------------------------------

    def finish(self) -> str:
        """Reap the ended program; say how it ended."""
        self.process.close(force=True)
        if self.process.signalstatus is not None:
            return f"killed by signal {self.process.signalstatus}"
        return f"exit status {self.process.exitstatus}"

    def wait_exit(self, timeout: float = 30) -> None:
        """Wait for the program to end and assert it ended well: exit status 0, and the
        terminal left as it found it (main screen, no mouse or paste modes, cursor shown)."""
        deadline = time.monotonic() + timeout
        while not self.ended:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(self.describe(f"still running {timeout:g}s after quitting"))
            self._read(min(remaining, 0.2))
        status = self.finish()
        assert status == "exit status 0", self.describe(f"the program ended with {status}")
        left_on = self.modes_left_on()
        assert not left_on, self.describe(f"the terminal was left with {', '.join(left_on)} on")
        assert self.output.count(b"\x1b[?1049h"), self.describe(
            "the alternate screen was never used"
        )

    def modes_left_on(self) -> list[str]:
        """The terminal modes the program turned on and did not turn off, by name."""
        state: dict[int, bool] = {}
        for match in _PRIVATE_MODE.finditer(bytes(self.output)):
            for number in match.group(1).split(b";"):
                if number:
                    state[int(number)] = match.group(2) == b"h"
        left = [name for mode, name in MODES_TO_RESTORE.items() if state.get(mode)]
        if state.get(CURSOR_VISIBLE) is False:
            left.append("the cursor hidden")
        output = bytes(self.output)
        if len(_KITTY_PUSH.findall(output)) > len(_KITTY_POP.findall(output)):
            left.append("the kitty keyboard protocol")
        return left

    def kill(self) -> None:
        """End the program if a failed test left it running."""
        if self.process.isalive():
            self.process.terminate(force=True)
        self.process.close(force=True)
