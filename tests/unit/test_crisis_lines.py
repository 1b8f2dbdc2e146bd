"""The crisis lines are checked data: every line has a source and a date, and every region,
including "Elsewhere", gives a number to call."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from smallwins_tui.core.crisis_lines import INTERNATIONAL, REGIONS, SOURCE_KINDS
from smallwins_tui.core.support import default_region_code, lines_text, region_for

NO_ZONE = Path("/nonexistent/localtime")


def test_every_line_has_a_source_and_the_date_it_was_checked() -> None:
    for region in REGIONS.values():
        assert region.lines, region.code
        for line in region.lines:
            assert line.source.startswith(("https://", "http://")), (region.code, line)
            dt.date.fromisoformat(line.checked)
            assert line.service and line.reach and line.hours


def test_every_line_says_what_kind_of_page_confirmed_it() -> None:
    kinds = set()
    for region in REGIONS.values():
        for line in region.lines:
            assert line.kind in SOURCE_KINDS, (region.code, line)
            kinds.add(line.kind)
            if line.also:  # a second page, for what the first leaves out
                assert line.also.startswith(("https://", "http://")), (region.code, line)
                assert line.also != line.source, (region.code, line)
    assert kinds == set(SOURCE_KINDS)


def test_at_least_fifteen_regions_and_each_has_a_number_to_call() -> None:
    assert len([code for code in REGIONS if code != "INT"]) >= 15
    for region in REGIONS.values():
        assert any(re.search(r"\d{3}", line.reach) for line in region.lines), region.code


def test_the_lines_the_issue_named_are_right() -> None:
    uk = [line.reach for line in region_for("GB").lines]
    assert "0808 808 8000" in uk  # Lifeline, Northern Ireland
    australia = [line.reach for line in region_for("AU").lines]
    assert "text 0477 13 11 14" in australia and "13 11 14" in australia
    assert "text 50808" in [line.reach for line in region_for("IE").lines]


def test_elsewhere_always_gives_a_number_to_call() -> None:
    reaches = [line.reach for line in INTERNATIONAL.lines]
    assert "112" in reaches and "911" in reaches
    assert region_for("C") is INTERNATIONAL and region_for(None) is INTERNATIONAL


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANG": "en_IN.UTF-8"}, "IN"),
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "NL"),
        ({"LANG": "C.UTF-8", "TZ": "Australia/Sydney"}, "AU"),
        ({"LANG": "C.UTF-8", "TZ": "Europe/Dublin"}, "IE"),
        ({"LANG": "en_XX.UTF-8", "TZ": "America/Chicago"}, "US"),
        ({"LANG": "C.UTF-8"}, "INT"),
        ({}, "INT"),
    ],
)
def test_region_is_guessed_from_the_locale_then_the_time_zone(
    environ: dict[str, str], expected: str
) -> None:
    assert default_region_code(environ, localtime=NO_ZONE) == expected


def test_the_system_time_zone_is_read_from_the_localtime_link(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/Asia/Singapore")
    assert default_region_code({"LANG": "C.UTF-8"}, localtime=link) == "SG"


def test_plain_text_lines_for_the_command_line() -> None:
    text = lines_text(region_for("GB"))
    assert "Samaritans: 116 123" in text and "112" in text
    assert "911" in lines_text(INTERNATIONAL)
