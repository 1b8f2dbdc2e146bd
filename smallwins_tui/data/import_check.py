"""Checking an export file completely before any of it is merged.

Anything wrong (not JSON, cut short, the wrong shape, a newer schema, a record without a proper
id or timestamps) is refused with one sentence that says where. Text in accepted records is
cleaned exactly as if it had been typed, so an import cannot smuggle in terminal escapes.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

import orjson

from smallwins_tui.core.kinds import KIND_KEYS
from smallwins_tui.core.text import INTENTION_MAX, NOTE_MAX, WIN_MAX, clean_line, clean_text
from smallwins_tui.data.storage import META_TABLE

EXPORT_VERSION = 1
"""The export file's own version. Records look the same in journal schemas 1 and 2 (only how
the journal splits them into files changed), so exports from either are version 1."""

_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")  # fullmatch: no trailing newline
_SINGLE_LINE = {("wins", "text"): WIN_MAX, ("intentions", "text"): INTENTION_MAX}
_DAY_FIELDS = {("wins", "day"), ("intentions", "day"), ("reviews", "week")}


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why in one line."""


def _check_timestamp(value: Any, where: str, name: str) -> None:
    if not isinstance(value, str):
        raise ImportFileError(f"{where} has no {name} time")
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise ImportFileError(f"{where} has an unreadable {name} time {value[:40]!r}") from None


def _clean(value: Any, table: str, name: str, where: str) -> Any:
    """Clean every string inside ``value``, as the app cleans what is typed."""
    if isinstance(value, str):
        limit = _SINGLE_LINE.get((table, name))
        return clean_line(value, limit) if limit else clean_text(value, NOTE_MAX)
    if isinstance(value, dict):
        return {clean_line(str(key), 200): _clean(item, table, str(key), where)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item, table, name, where) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    raise ImportFileError(f"{where} has a value of an unknown type in {name!r}")


def _check_record(table: str, index: int, record: Any) -> dict[str, Any]:
    where = f"record {index + 1} of {table!r}"
    if not isinstance(record, dict):
        raise ImportFileError(f"{where} is not a record")
    record_id = record.get("id")
    try:
        if not isinstance(record_id, str) or str(uuid.UUID(record_id)) != record_id.lower():
            raise ValueError
    except ValueError:
        raise ImportFileError(f"{where} has no proper id") from None
    _check_timestamp(record.get("created"), where, "created")
    _check_timestamp(record.get("updated"), where, "updated")
    cleaned: dict[str, Any] = _clean(record, table, "", where)
    for field in [name for t, name in _DAY_FIELDS if t == table]:
        try:
            dt.date.fromisoformat(cleaned[field])
        except (KeyError, TypeError, ValueError):
            raise ImportFileError(f"{where} has no proper {field}") from None
    if table == "wins":
        if not cleaned.get("text"):
            raise ImportFileError(f"{where} has no text")
        if not isinstance(cleaned.get("note", False), bool):
            raise ImportFileError(f"{where} has a note mark that is not true or false")
        if cleaned.get("kind") not in (None, *KIND_KEYS):
            raise ImportFileError(f"{where} has an unknown kind {str(cleaned['kind'])[:30]!r}")
    return cleaned


def check_export(raw: bytes) -> dict[str, list[dict[str, Any]]]:
    """The tables of a smallwins JSON export, checked and cleaned; ImportFileError if unusable."""
    if not raw.strip():
        raise ImportFileError("the file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise ImportFileError(f"it is not valid JSON (perhaps cut short): {error}") from None
    if not isinstance(data, dict) or data.get("format") != "smallwins-export":
        raise ImportFileError("it is not a smallwins JSON export (made with --format json)")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError("it has no valid schema version")
    if version > EXPORT_VERSION:
        raise ImportFileError(f"it was made by a newer smallwins (schema {version}); "
                              "please upgrade first")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError("it has no tables of records")
    checked: dict[str, list[dict[str, Any]]] = {}
    for name, records in tables.items():
        if name == META_TABLE or not _TABLE_NAME.fullmatch(name):
            raise ImportFileError(f"it has a table with an unusable name {name[:40]!r}")
        if not isinstance(records, list):
            raise ImportFileError(f"the table {name!r} is not a list of records")
        checked[name] = [_check_record(name, i, record) for i, record in enumerate(records)]
        ids = [record["id"] for record in checked[name]]
        if len(set(ids)) != len(ids):
            raise ImportFileError(f"the table {name!r} holds the same id twice")
    return checked
