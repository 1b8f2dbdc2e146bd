"""A weekly review stays with its week whatever "Week starts on" says, old journals included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.week import Week, review_monday, week_of
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.migrate import REVIEWS_BY_MONDAY, file_reviews_by_monday
from smallwins_tui.data.reviews import REVIEWS, review_answers, save_review
from smallwins_tui.data.segments import segment_path
from smallwins_tui.data.summary import summary_markdown
from smallwins_tui.data.transfer import export_json, import_json
from tests.conftest import FIXED_NOW

STAMP = "2026-06-03T09:00:00.000+00:00"
OLD_SUNDAY = dt.date(2026, 5, 31)  # a Sunday-start week, Sunday 31 May to Saturday 6 June
MONDAY_AFTER = dt.date(2026, 6, 1)  # ... filed from now on under this Monday, a month later


def both_views(journal: Journal, day: dt.date) -> tuple[dict[str, str], dict[str, str]]:
    """The review of the week holding ``day``, as Monday-start and as Sunday-start show it."""
    return (
        review_answers(journal, week_of(day, "monday")),
        review_answers(journal, week_of(day, "sunday")),
    )


@pytest.mark.parametrize("day", [dt.date(2026, 11, 1) + dt.timedelta(days=i) for i in range(14)])
def test_every_week_holds_exactly_one_review_monday(day: dt.date) -> None:
    for start in ("monday", "sunday"):
        week = week_of(day, start)
        assert week.monday.weekday() == 0 and week.monday in week
    assert review_monday(day) - day < dt.timedelta(days=7)


def test_written_with_monday_start_it_shows_with_sunday_start_and_back(journal: Journal) -> None:
    wednesday = dt.date(2026, 11, 18)
    save_review(journal, week_of(wednesday, "monday"), {"understood": "I rush"})

    monday_view, sunday_view = both_views(journal, wednesday)
    assert monday_view == sunday_view == {"understood": "I rush"}

    # Written again from the Sunday-start view: the same record, seen the same from both.
    save_review(journal, week_of(wednesday, "sunday"), {"recovered": "a bad morning"})
    assert len(journal.records(REVIEWS)) == 1
    assert both_views(journal, wednesday)[0] == {
        "understood": "I rush",
        "recovered": "a bad morning",
    }
    # ... and the week next to it has none, under either setting.
    assert both_views(journal, wednesday + dt.timedelta(days=7)) == ({}, {})


def test_a_sunday_start_week_is_the_iso_week_it_mostly_overlaps(journal: Journal) -> None:
    sunday_week = week_of(dt.date(2026, 11, 22), "sunday")  # Sunday 22 to Saturday 28
    save_review(journal, sunday_week, {"friend": "no"})
    [record] = journal.records(REVIEWS)
    assert record["week"] == "2026-11-23"
    assert review_answers(journal, Week(dt.date(2026, 11, 23))) == {"friend": "no"}
    assert review_answers(journal, Week(dt.date(2026, 11, 16))) == {}  # holds Sunday 22 only


def old_review(record_id: str, week: dt.date, text: str) -> dict[str, object]:
    """A review as smallwins wrote it before: filed under its week's first day."""
    return {
        "id": record_id,
        "created": STAMP,
        "updated": STAMP,
        "week": week.isoformat(),
        "answers": {"hard_but_useful": text},
    }


def write_old_journal(data_dir: Path, reviews: list[dict[str, object]]) -> None:
    """A schema-1 journal file (everything in smallwins.json) with Sunday-start reviews."""
    data_dir.mkdir(mode=0o700)
    home = {
        "_meta": {"1": {"schema_version": 1}},
        "settings": {
            "1": {
                "id": "5e771265-0000-4000-8000-000000000001",
                "created": STAMP,
                "updated": STAMP,
                "values": {"week_start": "sunday"},
            }
        },
        "reviews": {str(i + 1): record for i, record in enumerate(reviews)},
    }
    (data_dir / "smallwins.json").write_text(json.dumps(home))
    (data_dir / "smallwins.json").chmod(0o600)


def test_an_old_journal_opens_with_its_reviews_under_both_settings(
    data_dir: Path, clock: FixedClock
) -> None:
    write_old_journal(
        data_dir,
        [
            old_review("0b5e7a1e-0000-4000-8000-000000000001", OLD_SUNDAY, "crossed a month"),
            old_review("0b5e7a1e-0000-4000-8000-000000000002", dt.date(2026, 6, 7), "next week"),
            old_review("0b5e7a1e-0000-4000-8000-000000000003", dt.date(2026, 6, 15), "a Monday"),
        ],
    )
    journal = Journal(data_dir, clock)

    for day, text in (
        (dt.date(2026, 6, 3), "crossed a month"),
        (dt.date(2026, 6, 10), "next week"),
        (dt.date(2026, 6, 17), "a Monday"),
    ):
        assert both_views(journal, day) == ({"hard_but_useful": text},) * 2
    journal.set_setting("week_start", "monday")
    assert both_views(Journal(data_dir, clock), dt.date(2026, 6, 3))[0] == {
        "hard_but_useful": "crossed a month"
    }

    # Filed again under their Mondays, ids and times kept, the May file left without it.
    weeks = {r["id"][-1]: (r["week"], r["updated"]) for r in journal.records(REVIEWS)}
    assert weeks == {
        "1": ("2026-06-01", STAMP),
        "2": ("2026-06-08", STAMP),
        "3": ("2026-06-15", STAMP),
    }
    may = segment_path(data_dir, REVIEWS, "2026-05")
    assert not may.exists() or not json.loads(may.read_text()).get(REVIEWS)
    meta = json.loads((data_dir / "smallwins.json").read_text())["_meta"]["1"]
    assert meta == {"schema_version": 2, REVIEWS_BY_MONDAY: True}
    assert file_reviews_by_monday(journal) == 0  # once only


def test_a_copy_left_under_the_old_key_is_tidied_on_the_next_start(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = Journal(data_dir, clock)
    record = old_review("0b5e7a1e-0000-4000-8000-00000000000a", OLD_SUNDAY, "twice?")
    journal.put(REVIEWS, record)  # as a move cut short leaves it: copied, not yet removed
    journal.put(REVIEWS, {**record, "week": MONDAY_AFTER.isoformat()})
    assert both_views(journal, dt.date(2026, 6, 2)) == ({"hard_but_useful": "twice?"},) * 2
    journal.close()
    home = data_dir / "smallwins.json"  # as a journal from before the upgrade: no mark yet
    data = json.loads(home.read_text())
    data["_meta"]["1"].pop(REVIEWS_BY_MONDAY)
    home.write_text(json.dumps(data))

    reopened = Journal(data_dir, clock)

    assert [row["week"] for row in reopened.records(REVIEWS)] == ["2026-06-01"]
    assert both_views(reopened, dt.date(2026, 6, 2)) == ({"hard_but_useful": "twice?"},) * 2
    assert file_reviews_by_monday(reopened) == 0


def test_an_old_export_imports_and_shows_under_both_settings(
    tmp_path: Path, clock: FixedClock
) -> None:
    old = Journal(tmp_path / "old", clock)
    old.put(REVIEWS, old_review("0b5e7a1e-0000-4000-8000-00000000000b", OLD_SUNDAY, "from afar"))
    exported = export_json(old, STAMP)
    assert '"week": "2026-05-31"' in exported

    here = Journal(tmp_path / "here", FixedClock(FIXED_NOW))
    report = import_json(here, exported)

    assert report.added == {"reviews": 1}
    expected = ({"hard_but_useful": "from afar"},) * 2
    assert both_views(here, dt.date(2026, 6, 4)) == expected
    assert "from afar" in summary_markdown(
        here, since=dt.date(2026, 6, 1), until=dt.date(2026, 6, 7)
    )
    # Kept under its old key (this journal was born filing by Monday: nothing is moved on
    # open), and still shown in its own week whatever the setting.
    reopened = Journal(tmp_path / "here", FixedClock(FIXED_NOW))
    assert [row["week"] for row in reopened.records(REVIEWS)] == ["2026-05-31"]
    assert both_views(reopened, dt.date(2026, 6, 4)) == expected
    assert both_views(reopened, dt.date(2026, 5, 30)) == ({}, {})
