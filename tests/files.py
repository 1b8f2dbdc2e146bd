"""Where a test finds the journal's files on disk (see ``smallwins_tui.data.segments``)."""

from __future__ import annotations

from pathlib import Path

from smallwins_tui.data.records import RecordStore
from smallwins_tui.data.segments import segment_path


def month_file(store: RecordStore, table: str = "wins", month: str = "2026-11") -> Path:
    """The file holding ``table``'s records for ``month`` (the test clock's is November 2026)."""
    return segment_path(store.data_dir, table, month)


def all_bytes(store: RecordStore) -> bytes:
    """Every journal file's content, for "is this text anywhere on disk" checks."""
    files = [store.path, *sorted((store.data_dir / "tables").rglob("*.json"))]
    return b"".join(path.read_bytes() for path in files if path.exists())
