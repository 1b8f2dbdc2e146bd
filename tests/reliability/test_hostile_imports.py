"""Hostile imports: random JSON in every field of every record type (issue 15).

Each example starts from a real export holding every kind of record, puts random JSON in
one field (or drops it, or adds a field smallwins does not know), and imports it into a
journal that already holds something. Either the import is refused and the folder is byte for
byte as it was, or it is accepted and then ``list``, every export format, an export imported
into an empty folder, and the app opening on every screen all work.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import uuid
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from smallwins_tui.cli import main
from smallwins_tui.core.baselines import BASELINES
from smallwins_tui.core.clock import FixedClock
from smallwins_tui.data.demo import seed_demo
from smallwins_tui.data.import_check import ImportFileError
from smallwins_tui.data.journal import Journal
from smallwins_tui.data.recovery import open_for_app
from smallwins_tui.data.reflections import add_reflection
from smallwins_tui.data.transfer import export_csv, export_json, export_markdown, import_json
from smallwins_tui.tui.app import SmallWinsApp
from smallwins_tui.tui.navigation import DESTINATIONS
from tests.conftest import FIXED_NOW, TODAY
from tests.functional.helpers import settle

pytestmark = pytest.mark.slow

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(
        [
            "2026-11-22",
            "2026-11-22T09:00:00+00:00",
            "monday",
            "box",
            "",
            "\x1b]0;x\x07",
            "[/]",
            "x" * 6000,
            str(uuid.uuid4()).upper(),
        ]
    )
)
JSON = st.one_of(
    SCALARS,
    SCALARS,
    st.recursive(
        SCALARS,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=12,
    ),
)
"""Any JSON value; mostly a single value, as a wrong field most often is."""


def _sample_export(folder: Path) -> dict[str, Any]:
    """A real export holding every kind of record the app writes."""
    clock = FixedClock(FIXED_NOW)
    journal = Journal(folder, clock)
    seed_demo(journal, TODAY)
    journal.set_intention(TODAY, "Call the GP")
    journal.toggle_intention(TODAY)
    journal.set_setting("week_start", "sunday")
    journal.save_draft("today-entry", "half a win")
    add_reflection(journal, "I always mess up", BASELINES[1].key, "cue", "Less than last year.")
    journal.add("reviews", {"week": "2026-11-15", "answers": {"friend": "kind"}})
    journal.add(
        "practices",
        {"type": "breathing", "day": TODAY.isoformat(), "pattern": "box", "outcome": "completed"},
    )
    return orjson.loads(export_json(journal, "2026-11-22T20:00:00+00:00"))


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@st.composite
def hostile_exports(draw: st.DrawFn, sample: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(json.dumps(sample))
    table = draw(st.sampled_from(sorted(data["tables"])))
    records = data["tables"][table]
    record = records[draw(st.integers(0, len(records) - 1))]
    field = draw(st.sampled_from([*sorted(record), "unknown_field", "day", "week", "text\x1b"]))
    if draw(st.integers(0, 9)) == 0:
        record.pop(field, None)
    else:  # any JSON, or text (which most fields take, so the accepting side is tried too)
        record[field] = draw(st.one_of(JSON, st.text(max_size=60), SCALARS))
    return data


async def _open_every_screen(folder: Path) -> None:
    clock = FixedClock(FIXED_NOW)
    journal, notice = open_for_app(folder, clock)
    app = SmallWinsApp(journal, clock=clock, notice=notice, watch_outside_changes=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for destination in DESTINATIONS:
            app.action_show(destination.mode)
            await settle(pilot)
        assert app.is_running


def _works(folder: Path, tmp: Path) -> None:
    clock = FixedClock(FIXED_NOW)
    for args in (
        ["list", "--week"],
        ["list", "--day", "2026-11-20"],
        ["export", "-f", "md"],
        ["export", "-f", "csv"],
        ["export", "-f", "json"],
    ):
        with redirect_stdout(io.StringIO()):
            assert main(["--data-dir", str(folder), *args], clock=clock) == 0, args
    journal = Journal(folder, clock)
    export_csv(journal, None, None)
    export_markdown(journal, dt.date(2026, 10, 1), TODAY, "monday")
    exported = export_json(journal, "now")
    again = Journal(tmp / f"again-{uuid.uuid4()}", clock)
    import_json(again, exported)
    assert orjson.loads(export_json(again, "now")) == orjson.loads(exported)
    asyncio.run(_open_every_screen(folder))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _sample_export(tmp_path_factory.mktemp("sample"))


def test_random_json_in_any_field_is_refused_cleanly_or_works_everywhere(
    sample: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=hostile_exports(sample))
    def check(data: dict[str, Any]) -> None:
        tmp = tmp_path_factory.mktemp("hostile")
        folder = tmp / "data"
        Journal(folder, FixedClock(FIXED_NOW)).add_win("already here", day=TODAY)
        before = _folder_bytes(folder)
        try:
            import_json(Journal(folder, FixedClock(FIXED_NOW)), json.dumps(data))
        except ImportFileError as refused:
            event("refused")
            assert "\n" not in str(refused)
            assert _folder_bytes(folder) == before
            return
        event("accepted")
        _works(folder, tmp)

    check()
