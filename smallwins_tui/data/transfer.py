"""Moving the journal out and back in: Markdown for therapy, CSV for a spreadsheet, JSON for
another machine.

JSON is the complete copy (every record of every table, every field, and the schema version);
importing it merges by UUID, the newer ``updated`` winning, so running it twice changes nothing.
A file is checked completely before anything is written, and the merge is one write, so a bad
or half-copied file never changes the journal. Every exported file is created 0600.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from smallwins_tui.core.export import week_markdown
from smallwins_tui.core.week import Week, WeekSummary, week_of
from smallwins_tui.data import posix
from smallwins_tui.data.files import PRIVATE_FILE, atomic_write
from smallwins_tui.data.import_check import (
    EXPORT_VERSION,
    CheckedExport,
    ImportFileError,
    check_export,
    check_parsed,
    parse_export,
    read_export,
)
from smallwins_tui.data.journal import SETTINGS, Journal
from smallwins_tui.data.merge import newer
from smallwins_tui.data.schema import TOMBSTONES, counted

EXPORT_FORMAT = "smallwins-export"
CSV_FIELDS = ("day", "weekday", "kind", "text", "source", "id", "created", "updated", "entry")
"""``entry`` is ``win`` or ``note`` (written in distress, kept but not counted)."""
_FORMULA_START = ("=", "+", "-", "@", "\t")

__all__ = [
    "ImportFileError",
    "ImportReport",
    "export_csv",
    "export_json",
    "export_markdown",
    "import_file",
    "import_json",
    "week_page",
    "write_private",
]


def week_page(journal: Journal, week: Week) -> str:
    """One week as Markdown: its wins and its review answers."""
    summary = WeekSummary.of(week, journal.wins_between(week.first, week.last))
    return week_markdown(summary, journal.review_answers(week))


def export_markdown(journal: Journal, first: dt.date, last: dt.date, week_start: str) -> str:
    """Every week touching ``first``..``last`` that has wins or answers, oldest first.

    Wins outside the range are left out. If nothing at all is there, the first week's page
    says so, rather than printing nothing.
    """
    pages = []
    week = first_week = week_of(first, week_start)
    while week.first <= last:
        wins = [w for w in journal.wins_between(week.first, week.last) if first <= w.day <= last]
        answers = journal.review_answers(week)
        if wins or answers:
            pages.append(week_markdown(WeekSummary.of(week, wins), answers))
        week = week.shifted(1)
    return "\n".join(pages) or week_markdown(WeekSummary.of(first_week, []), {})


def export_json(journal: Journal, exported: str) -> str:
    """The whole journal: every table, every record, every field, plus the schema version."""
    payload = {
        "format": EXPORT_FORMAT,
        "schema_version": EXPORT_VERSION,
        "exported": exported,
        "tables": journal.snapshot(),
        "deleted": journal.tombstones(),
    }
    return orjson.dumps(payload, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"


def _spreadsheet_safe(value: str) -> str:
    """A leading ``=``, ``+``, ``-`` or ``@`` would run as a formula in a spreadsheet."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_csv(journal: Journal, first: dt.date | None, last: dt.date | None) -> str:
    """One row per win or note, oldest day first; the last column says which."""
    wins = journal.all_wins()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for win in wins:
        if (first and win.day < first) or (last and win.day > last):
            continue
        writer.writerow(
            [
                win.day.isoformat(),
                f"{win.day:%A}",
                win.kind or "",
                _spreadsheet_safe(win.text),
                win.source or "",
                win.id,
                win.created,
                win.updated,
                "note" if win.note else "win",
            ]
        )
    return buffer.getvalue()


def write_private(path: Path, text: str, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` as a 0600 file.

    Without ``overwrite`` an existing file is never touched (FileExistsError), even if it
    appears between a check and the write; with it, the old file is replaced atomically.
    """
    data = text.encode("utf-8")
    if overwrite:
        atomic_write(path, data)
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        posix.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        if fd >= 0:
            os.close(fd)
        path.unlink(missing_ok=True)
        raise


class ImportReport:
    """What an import did, per table, for a one-paragraph summary."""

    def __init__(self, cut_note: str = "") -> None:
        self.added: dict[str, int] = {}
        self.updated: dict[str, int] = {}
        self.removed: dict[str, int] = {}
        """Records deleted on the other computer, deleted here too."""
        self.kept_deleted: dict[str, int] = {}
        """Records in the file deleted here after their last change: not brought back."""
        self.unchanged = 0
        self.kept_settings = False
        self.cut_note = cut_note
        """Said when texts were longer than smallwins keeps and had to be shortened."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        def phrase(counts: Mapping[str, int]) -> str:
            ordered = sorted(counts.items(), key=_wins_first)
            return ", ".join(counted(table, n) for table, n in ordered)

        parts = []
        if self.added:
            parts.append(f"Added {phrase(self.added)}.")
        if self.updated:
            parts.append(f"Updated {phrase(self.updated)} with newer versions.")
        if self.removed:
            parts.append(f"Removed {phrase(self.removed)} deleted on the other computer.")
        if self.kept_deleted:
            parts.append(f"Left out {phrase(self.kept_deleted)} you deleted here.")
        if not self.changed:
            parts.append("Nothing new: your journal already had everything in that file.")
        if self.unchanged and self.changed:
            parts.append(f"{self.unchanged} already up to date.")
        if self.kept_settings:
            parts.append("Your settings here were kept.")
        if self.cut_note and self.changed:
            parts.append(self.cut_note)
        return " ".join(parts)


def _wins_first(item: tuple[str, int]) -> tuple[bool, str]:
    return (item[0] != "wins", item[0])


def import_file(journal: Journal, path: Path) -> ImportReport:
    """Import the export at ``path``; ImportFileError (nothing written) if it cannot be.

    The file's bytes are dropped as soon as they are parsed, so memory holds one copy of the
    records, not the text as well."""
    return _import(journal, check_parsed(parse_export(read_export(path))))


def import_json(journal: Journal, raw: bytes | str) -> ImportReport:
    """Merge an export into ``journal`` by UUID; raise ImportFileError (nothing written) if bad."""
    return _import(journal, check_export(raw))


def _import(journal: Journal, checked: CheckedExport) -> ImportReport:
    report = ImportReport(checked.cut_summary())
    with journal.transaction():
        _merge(journal, checked, report)
    return report


def _count(counts: dict[str, int], table: str) -> None:
    counts[table] = counts.get(table, 0) + 1


def _merge(journal: Journal, checked: CheckedExport, report: ImportReport) -> None:
    """Put each record that is new or newer; a record whose day moved it to another month, or
    that is kept under the same id in another case or in two files, ends as one copy. Deletes
    travel both ways: a record deleted here after its last change is not brought back, and
    one deleted there after its last change here is deleted here too (see ``merge``)."""
    has_settings = bool(journal.records(SETTINGS))
    stones = {stone["id"]: stone for stone in journal.tombstones()}
    to_put: list[tuple[str, dict[str, Any]]] = []
    to_remove: list[tuple[Path, str, str]] = []
    by_table: dict[str, dict[str, list[tuple[Path, dict[str, Any]]]]] = {}

    def copies_of(table: str) -> dict[str, list[tuple[Path, dict[str, Any]]]]:
        if table not in by_table:
            by_table[table] = {}
            for path, kept in journal.stored(table):
                by_table[table].setdefault(str(kept.get("id")).lower(), []).append((path, kept))
        return by_table[table]

    for table, records in checked.tables.items():
        copies = copies_of(table)
        for record in records:
            here = copies.get(record["id"], [])
            stone = stones.get(record["id"])
            if stone is not None and stone["table"] == table:
                if not newer(record["updated"], stone["updated"]):
                    _count(report.kept_deleted, table)
                    continue
                to_remove.append((journal.file_for(TOMBSTONES, stone), TOMBSTONES, stone["id"]))
            if table == SETTINGS and not here and has_settings:
                report.kept_settings = True
                continue
            newest = max(
                (stored for _, stored in here),
                key=lambda stored: str(stored.get("updated", "")),
                default=None,
            )
            if newest is None:
                _count(report.added, table)
            elif newer(record["updated"], str(newest.get("updated", ""))):
                _count(report.updated, table)
            else:
                report.unchanged += 1
                if len(here) == 1 and newest["id"] == record["id"]:
                    continue
                record = {**newest, "id": record["id"]}  # tidy: one copy, lower-case id
            to_put.append((table, record))
            target = journal.file_for(table, record)
            to_remove += [
                (path, table, str(stored["id"])) for path, stored in here if path != target
            ]
    for stone in checked.deleted:
        table = stone["table"]
        here = copies_of(table).get(stone["id"], [])
        if any(not newer(stone["updated"], kept.get("updated")) for _, kept in here):
            continue  # changed here after it was deleted there: the change is kept
        if here:
            _count(report.removed, table)
            to_remove += [(path, table, str(kept["id"])) for path, kept in here]
        mine = stones.get(stone["id"])
        if mine is None or newer(stone["updated"], mine["updated"]):
            to_put.append((TOMBSTONES, stone))
    if to_put or to_remove:
        journal.put_many(to_put, to_remove)
