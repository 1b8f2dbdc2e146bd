"""Errors the data layer raises; each carries one plain sentence a person can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class JournalError(Exception):
    """Base class: the message is written for the person, not a developer."""


class DataDirError(JournalError):
    """The data folder cannot be created or used."""


class DamagedFileError(JournalError):
    """The data file cannot be read as a smallwins journal. It is never overwritten."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"the data file {path} cannot be read ({reason})")
        self.path = path
        self.reason = reason


class MalformedRecordsError(DamagedFileError):
    """The file reads, but some records in it do not fit their type (a hand edit, a sync tool,
    an older bug). Only those records are set aside; ``data`` is the file without them."""

    def __init__(
        self, path: Path, reason: str, data: dict[str, Any], bad: list[tuple[str, str, str]]
    ) -> None:
        super().__init__(path, reason)
        self.data = data
        self.bad = bad
        """(table, doc id, why) of each record that does not fit."""


class NewerSchemaError(JournalError):
    """A newer smallwins wrote this file. It is fine, so it is never set aside: upgrade."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"{path} was written by a newer smallwins (schema {version}); "
            "nothing was changed, please upgrade smallwins to open it"
        )
        self.path = path


class ReadError(JournalError):
    """A journal file could not be read for a reason outside it (permissions, the disk, too
    many open files, a link or a folder in its place). It is not damaged, so it is never set
    aside; ``smallwins doctor`` says what to do about it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"could not read {path} ({reason}); nothing was changed "
            "(smallwins doctor says what to do)"
        )
        self.path = path
        self.reason = reason


class SaveError(JournalError):
    """A write failed; the file on disk is unchanged."""


class LockTimeoutError(JournalError):
    """Another process held the journal lock for too long."""
