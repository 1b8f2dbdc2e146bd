"""Checking an export file completely before any of it is merged.

Anything wrong (too big, not JSON, cut short, nested too deeply, the wrong shape, a newer
schema, a table smallwins does not keep, or any field of any record that does not fit its
declaration in :mod:`~smallwins_tui.data.schema`) refuses the whole file with one sentence
that names the record and the field. Text in accepted records is cleaned exactly as if it had
been typed (so an import cannot smuggle in terminal escapes), ids are put in lower case, and
every text that had to be shortened is counted so the person is told.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smallwins_tui.data.schema import RECORD_TYPES, TOMBSTONE, RecordProblem, RecordType

EXPORT_VERSION = 1
"""The export file's own version. Records look the same in journal schemas 1 and 2 (only how
the journal splits them into files changed), so exports from either are version 1."""

MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""The largest file import reads: decades of daily writing are a few megabytes, and the
parsed records take several times a file's size in memory."""


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why in one line."""


@dataclass
class CheckedExport:
    """The records of an export, cleaned and checked, by table; and the texts shortened."""

    tables: dict[str, list[dict[str, Any]]]
    cuts: dict[tuple[str, int], int] = field(default_factory=dict)
    deleted: list[dict[str, Any]] = field(default_factory=list)
    """Tombstones of records deleted on the exporting computer (see ``schema.TOMBSTONE``)."""
    """(table, limit) -> how many texts in that table were cut to ``limit`` characters."""

    def cut_summary(self) -> str:
        """``2 texts were longer than smallwins keeps and were shortened (1 win to 300 ...)``."""
        if not self.cuts:
            return ""
        total = sum(self.cuts.values())
        parts = ", ".join(
            f"{count} in {RECORD_TYPES[table].plural} to {limit:,} characters"
            for (table, limit), count in sorted(self.cuts.items())
        )
        texts = "1 text was" if total == 1 else f"{total} texts were"
        return f"{texts} longer than smallwins keeps and shortened ({parts})."


def read_export(path: Path) -> str:
    """The text of ``path``, refusing (ImportFileError) a file larger than import takes;
    reads no more than that, so a device or an endless pipe cannot fill the memory. Read as
    text, so only the text is held while it is parsed, not its bytes as well."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_IMPORT_BYTES:
                raise _too_big()
            # read(n) sets aside n bytes at once: ask for that only when the size is unknown
            ordinary = stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
            raw = handle.read() if ordinary else handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFileError(f"it cannot be read: {error.strerror or error}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise _too_big()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFileError("it is not text in UTF-8") from None


def _too_big() -> ImportFileError:
    return ImportFileError(
        f"it is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, "
        "the most smallwins imports at once"
    )


def parse_export(raw: bytes | str) -> Any:
    """The file's JSON, parsed; ImportFileError when it is too big, empty or not JSON."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise _too_big()
    if not raw or raw.isspace():  # not strip(): that would copy the whole file
        raise ImportFileError("the file is empty")
    try:
        # The standard parser, not orjson: orjson's peak memory is about fifteen times the
        # file's size, this one's about four. Import is rare; memory must stay bounded.
        return json.loads(raw, parse_constant=_no_constant)
    except RecursionError:
        raise ImportFileError(
            "it is nested deeper than smallwins reads "
            "(lists or objects inside each other hundreds of levels deep)"
        ) from None
    except UnicodeDecodeError:
        raise ImportFileError("it is not text in UTF-8") from None
    except ValueError as error:  # JSONDecodeError, or a number too long to read
        raise ImportFileError(f"it is not valid JSON (perhaps cut short): {error}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _check_table(
    name: Any, records: Any, cuts: dict[tuple[str, int], int]
) -> tuple[RecordType, list[dict[str, Any]]]:
    declared = RECORD_TYPES.get(name) if isinstance(name, str) else None
    if declared is None:
        shown = str(name)[:40]
        raise ImportFileError(
            f"it has a table smallwins does not keep, {shown!r} "
            "(perhaps it was made by a newer smallwins)"
        )
    if not isinstance(records, list):
        raise ImportFileError(f"the table {name!r} is not a list of records")

    def cut(limit: int) -> None:
        cuts[(name, limit)] = cuts.get((name, limit), 0) + 1

    seen: set[str] = set()
    for index, record in enumerate(records):
        try:
            cleaned = declared.clean(record, cut)
        except RecordProblem as problem:
            where = f"{declared.noun} {index + 1} in {name!r}"
            joined = f"{where}: {problem}" if problem.field else f"{where} {problem}"
            raise ImportFileError(joined) from None
        if cleaned["id"] in seen:
            raise ImportFileError(
                f"the table {name!r} holds the same id twice "
                f"({cleaned['id']}, {declared.noun} {index + 1})"
            )
        seen.add(cleaned["id"])
        records[index] = cleaned  # in place: the parsed original is freed as we go
    return declared, records


def check_export(raw: bytes | str) -> CheckedExport:
    """The tables of a smallwins JSON export, checked and cleaned; ImportFileError if unusable."""
    return check_parsed(parse_export(raw))


def check_parsed(data: Any) -> CheckedExport:
    """As :func:`check_export`, for a file already parsed. The records are cleaned in place:
    the parsed originals are freed as their clean copies are made."""
    if not isinstance(data, dict) or data.get("format") != "smallwins-export":
        raise ImportFileError("it is not a smallwins JSON export (made with --format json)")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError("it has no valid schema version")
    if version > EXPORT_VERSION:
        raise ImportFileError(
            f"it was made by a newer smallwins (schema {version}); please upgrade first"
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError("it has no tables of records")
    checked = CheckedExport({})
    for name, records in tables.items():
        _check_table(name, records, checked.cuts)
        checked.tables[name] = records
    checked.deleted = _check_deleted(data.get("deleted", []))
    return checked


def _check_deleted(stones: Any) -> list[dict[str, Any]]:
    """The export's tombstones, each checked against its declaration like any record."""
    if not isinstance(stones, list):
        raise ImportFileError("its list of deleted records is not a list")
    for index, stone in enumerate(stones):
        try:
            stones[index] = TOMBSTONE.clean(stone, lambda _limit: None)
        except RecordProblem as problem:
            where = f"deletion {index + 1}"
            raise ImportFileError(
                f"{where}: {problem}" if problem.field else f"{where} {problem}"
            ) from None
    return stones
