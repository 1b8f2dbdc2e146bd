"""Notes written in distress are kept but never counted; the safety plan is kept and exported.

Old records (before notes existed) read as wins; an import may carry the mark, but only as
true or false.
"""

from __future__ import annotations

import orjson
import pytest

from smallwins_tui.core.evidence import gather_evidence
from smallwins_tui.core.models import Win, only_wins
from smallwins_tui.core.safety_plan import PLAN_PARTS, cleaned_plan, plan_text
from smallwins_tui.core.support import region_for
from smallwins_tui.core.week import WeekSummary, week_of
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.safety_plan import safety_plan, save_safety_plan
from smallwins_tui.data.transfer import (
    ImportFileError,
    export_json,
    export_markdown,
    import_json,
    week_page,
)
from tests.conftest import TODAY


def test_distress_is_saved_as_written_but_as_a_note(journal: Journal) -> None:
    win = journal.add_win("  I want to   die ")
    assert win.note and win.text == "I want to die"
    assert not journal.add_win("walked to the shop").note
    assert not journal.add_win("I want to die", note=False).note  # the caller may decide


def test_editing_the_words_hears_them_again(journal: Journal) -> None:
    win = journal.add_win("went outside")
    assert journal.edit_win(win.id, text="I want to end it all").note
    assert not journal.edit_win(win.id, text="went outside again").note


def test_a_note_can_be_counted_as_a_win_and_back(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    note = journal.add_win("kms")
    assert not journal.set_note(note.id, False, day=TODAY).note
    assert not reopen().wins_on(TODAY)[0].note
    assert journal.set_note(note.id, True).note


def test_old_records_without_the_mark_are_wins() -> None:
    record = {
        "id": "x",
        "text": "t",
        "day": "2026-11-22",
        "kind": None,
        "created": "c",
        "updated": "u",
    }
    win = Win.from_record(record)
    assert not win.note and "note" not in win.to_record()
    assert Win.from_record({**record, "note": True}).to_record()["note"] is True


def test_notes_count_nowhere(journal: Journal) -> None:
    journal.add_win("replied to Sam")
    journal.add_win("I'm a burden to everyone")
    every = journal.wins_on(TODAY)
    assert len(every) == 2 and [w.text for w in only_wins(every)] == ["replied to Sam"]
    week = week_of(TODAY)
    summary = WeekSummary.of(week, journal.wins_between(week.first, week.last))
    assert summary.total == 1 and summary.days_with_wins == 1
    assert [w.text for w in summary.notes_by_day[TODAY]] == ["I'm a burden to everyone"]
    evidence = gather_evidence(journal.all_wins(), TODAY)
    assert evidence.recent.wins == 1
    assert [w.text for group in evidence.groups for w in group.shown] == ["replied to Sam"]
    assert "burden" not in week_page(journal, week)
    assert "burden" not in export_markdown(journal, week.first, week.last, "monday")


def test_an_import_keeps_the_mark_and_refuses_a_wrong_one(journal: Journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal.add_win("kms")
    raw = export_json(journal, "2026-11-22T20:00:00.000+00:00")
    target = Journal(tmp_path / "target")
    import_json(target, raw.encode())
    assert [w.note for w in target.all_wins()] == [True]
    bad = orjson.loads(raw)
    bad["tables"]["wins"][0]["note"] = 1
    with pytest.raises(ImportFileError, match="its note is not true or false"):
        import_json(Journal(tmp_path / "other"), orjson.dumps(bad))


def test_the_plan_keeps_known_parts_only_cleaned(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    assert safety_plan(journal) == {} and not save_safety_plan(journal, {"warning_signs": " "})
    assert save_safety_plan(
        journal, {"warning_signs": "I stop eating\x1b[31m", "unknown": "x", "matters_most": "Mo"}
    )
    assert safety_plan(reopen()) == {"warning_signs": "I stop eating[31m", "matters_most": "Mo"}
    assert not save_safety_plan(
        journal, {"warning_signs": "I stop eating[31m", "matters_most": "Mo"}
    )  # unchanged: no write
    assert len(reopen().records("plan")) == 1


def test_the_plan_travels_in_the_json_export(journal: Journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_safety_plan(journal, {"ask_for_help": "Jo, 0123"})
    target = Journal(tmp_path / "target")
    import_json(target, export_json(journal, "2026-11-22T20:00:00.000+00:00").encode())
    assert safety_plan(target) == {"ask_for_help": "Jo, 0123"}


def test_plan_text_lists_every_part_and_falls_back_to_the_lines() -> None:
    text = plan_text({"on_my_own": "a bath\na walk"}, region_for("IE"))
    for number, part in enumerate(PLAN_PARTS, start=1):
        assert f"{number}. {part.title}" in text
    assert "   a bath\n   a walk\n" in text and "text 50808" in text
    assert len(PLAN_PARTS) == 7 and cleaned_plan({"on_my_own": 5}) == {"on_my_own": "5"}
