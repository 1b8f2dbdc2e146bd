"""Search: case- and accent-insensitive words, spans in the original text, newest day first."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from smallwins_tui.core.clock import FixedClock
from smallwins_tui.core.matching import fold, match_spans, query_words
from smallwins_tui.core.week import REVIEW_QUESTIONS, Week
from smallwins_tui.data import search as search_module
from smallwins_tui.data.errors import JournalError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.data.reviews import save_review
from smallwins_tui.data.search import ANSWER_LABEL, KINDS, THOUGHT_LABEL, Hit, search
from tests.conftest import TODAY


def _marked(hit: Hit) -> list[str]:
    return [hit.text[start:end] for start, end in hit.spans]


# Folding and spans ------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["Café", "CAFÉ", "cafe", "Cafe\u0301", "ｃａｆｅ"])
def test_cafe_finds_every_way_of_writing_it(written: str) -> None:
    spans = match_spans(f"a {written} here", query_words("cafe"))
    assert [f"a {written} here"[s:e] for s, e in spans] == [written]


def test_an_accented_query_finds_plain_text_too() -> None:
    assert match_spans("the cafe", query_words("CAFÉ")) == ((4, 8),)


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Große Straße", "strasse", ["Straße"]),
        ("Straße und mehr", "und", ["und"]),  # after a character that folds longer
        ("ein ﬁne Tag", "fine", ["ﬁne"]),
        ("ﬁﬁ done", "done", ["done"]),
        ("ß", "s", ["ß"]),  # part of a folded character marks the whole character
    ],
)
def test_spans_map_back_to_the_original_text(text: str, query: str, marked: list[str]) -> None:
    spans = match_spans(text, query_words(query))
    assert [text[s:e] for s, e in spans] == marked


def test_every_occurrence_is_marked_and_overlaps_merge() -> None:
    text = "shop, then the shopping"
    assert match_spans(text, query_words("shop")) == ((0, 4), (15, 19))
    assert match_spans("shopping", query_words("shop pping")) == ((0, 8),)


def test_every_word_must_be_there() -> None:
    assert match_spans("went to the shop", query_words("shop alone")) == ()
    assert match_spans("went to the shop alone", query_words("alone SHOP")) == ((12, 16), (17, 22))


def test_a_blank_query_has_no_words() -> None:
    assert query_words("   \t ") == ()
    assert fold("ÀÉÎ") == "aei"


# Searching the journal ---------------------------------------------------------------------------


@pytest.fixture
def filled(journal: Journal, clock: FixedClock) -> Journal:
    yesterday = TODAY - dt.timedelta(days=1)
    journal.add_win("Went to the Café alone", day=TODAY - dt.timedelta(days=40))
    journal.add_win("Phoned the cafe about a job", day=yesterday)
    journal.add_win("I can't do this, not even the cafe", day=yesterday, note=True)
    journal.add_win("Walked past the café twice", day=TODAY)
    journal.set_intention(TODAY, "Sit in the cafe for ten minutes")
    journal.toggle_intention(TODAY)  # the win it records is found as the step
    add_reflection(journal, "I should manage a café by now", None, None, "Cafés were hard.")
    save_review(journal, Week(TODAY - dt.timedelta(days=6)), {"too_small": "Ordering at a café"})
    return journal


def test_results_come_newest_day_first_with_every_kind(filled: Journal) -> None:
    hits = list(search(filled, "CAFE"))
    assert [(hit.day, hit.kind) for hit in hits] == [
        (TODAY, "win"),
        (TODAY, "step"),
        (TODAY, "reflection"),
        (TODAY, "reflection"),
        (TODAY - dt.timedelta(days=1), "win"),
        (TODAY - dt.timedelta(days=1), "win"),
        (TODAY - dt.timedelta(days=6), "review"),
        (TODAY - dt.timedelta(days=40), "win"),
    ]
    assert all(_marked(hit) and fold(_marked(hit)[0]).startswith("cafe") for hit in hits)


def test_a_ticked_step_is_found_once(filled: Journal) -> None:
    texts = [hit.text for hit in search(filled, "ten minutes")]
    assert texts == ["Sit in the cafe for ten minutes"]
    [as_win] = list(search(filled, "ten minutes", kinds=["win"]))
    assert as_win.kind == "win"


def test_labels_say_what_the_text_answers(filled: Journal) -> None:
    hits = list(search(filled, "cafe", kinds=["reflection", "review"]))
    labels = {(hit.kind, hit.field): hit.label for hit in hits}
    question = next(q.text for q in REVIEW_QUESTIONS if q.key == "too_small")
    assert labels == {
        ("reflection", "thought"): THOUGHT_LABEL,
        ("reflection", "answer"): ANSWER_LABEL,
        ("review", "too_small"): question,
    }
    assert all(hit.label == "" for hit in search(filled, "cafe", kinds=["win", "step"]))


def test_distress_notes_are_found_and_say_so(filled: Journal) -> None:
    [note] = [hit for hit in search(filled, "cafe") if hit.note]
    assert note.text == "I can't do this, not even the cafe"
    assert note.kind == "win"


def test_kinds_and_days_narrow_the_search(filled: Journal) -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    assert {hit.kind for hit in search(filled, "cafe", kinds=["review"])} == {"review"}
    days = {hit.day for hit in search(filled, "cafe", since=yesterday, until=yesterday)}
    assert days == {yesterday}
    assert [hit.day for hit in search(filled, "cafe", until=TODAY - dt.timedelta(days=7))] == [
        TODAY - dt.timedelta(days=40)
    ]
    assert list(search(filled, "cafe", since=TODAY, until=yesterday)) == []


def test_an_unknown_kind_is_refused_at_once(filled: Journal) -> None:
    with pytest.raises(ValueError, match="unknown kind 'wins'"):
        search(filled, "cafe", kinds=["wins"])
    assert set(KINDS) == {"win", "step", "reflection", "review"}


def test_nothing_found_and_blank_queries(filled: Journal) -> None:
    assert list(search(filled, "zebra")) == []
    assert list(search(filled, "  ")) == []


def test_user_text_comes_back_exactly_as_stored(journal: Journal) -> None:
    journal.add_win("[bold]café[/] [@click=app.quit]x", day=TODAY)
    [hit] = list(search(journal, "cafe"))
    assert hit.text == "[bold]café[/] [@click=app.quit]x"
    assert _marked(hit) == ["café"]


def test_results_are_lazy_month_by_month(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    for months_back in range(6):
        journal.add_win("a walk", day=dt.date(2026, 11 - months_back, 3))
    reads: list[tuple[str, str]] = []
    original = search_module._month_rows

    def counting(journal: Journal, table: str, month: str) -> list[dict[str, object]]:
        reads.append((table, month))
        return original(journal, table, month)

    monkeypatch.setattr(search_module, "_month_rows", counting)
    first = next(iter(search(journal, "walk", kinds=["win"])))
    assert first.day == dt.date(2026, 11, 3)
    assert reads == [("wins", "2026-11")]
    rest = list(itertools.islice(search(journal, "walk", kinds=["win"]), 10))
    assert [hit.day.month for hit in rest] == [11, 10, 9, 8, 7, 6]


def test_a_record_that_does_not_fit_its_type_is_not_shown(journal: Journal) -> None:
    journal.add_win("a walk to the cafe", day=TODAY)
    path = journal.data_dir / "tables" / "wins" / f"{TODAY:%Y-%m}.json"
    data = json.loads(path.read_text())
    data["wins"]["2"] = {**data["wins"]["1"], "id": "not-a-uuid", "text": "cafe again"}
    path.write_text(json.dumps(data))
    assert [hit.text for hit in search(journal, "cafe")] == ["a walk to the cafe"]


@pytest.mark.parametrize(
    "content",
    [b"{broken", b'{"_meta": {"1": {"schema_version": 99}}, "wins": {}}', b'{"wins": []}'],
)
def test_a_damaged_month_is_reported_as_the_journal_reports_it(
    journal: Journal, content: bytes
) -> None:
    journal.add_win("a walk to the cafe", day=TODAY)
    path = journal.data_dir / "tables" / "wins" / f"{TODAY:%Y-%m}.json"
    path.write_bytes(content)
    with pytest.raises(JournalError):
        list(search(journal, "cafe"))


def test_month_records_reads_one_month_of_a_split_table(journal: Journal) -> None:
    journal.add_win("a walk", day=dt.date(2026, 10, 3))
    journal.add_win("a call", day=dt.date(2026, 11, 3))
    assert [record["text"] for record in journal.month_records("wins", "2026-10")] == ["a walk"]
    assert journal.month_records("wins", "2020-01") == []
    with pytest.raises(ValueError, match="not kept by month"):
        journal.month_records("settings", "2026-11")
