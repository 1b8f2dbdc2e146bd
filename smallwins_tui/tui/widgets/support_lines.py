"""The crisis lines for a region, shown the same way wherever they are offered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

if TYPE_CHECKING:
    from smallwins_tui.core.support import Region


def lines_content(region: Region) -> Content:
    from smallwins_tui.core.support import LINES_CHECKED  # on first use, not at start-up

    rows: list[Content | str | tuple[str, str]] = []
    for line in region.lines:
        rows += [
            (line.service, "bold"),
            "  ",
            (line.reach, "bold $accent"),
            "\n",
            ("  " + line.hours, "$foreground-muted"),
            "\n",
        ]
    rows.append(
        (
            f"\nLines for: {region.name}. Each was checked against a public page on "
            f"{LINES_CHECKED}.",
            "$foreground-muted",
        )
    )
    return Content.assemble(*rows)


class SupportLines(Static):
    """A quiet block of numbers: offered, never forced."""

    def show_region(self, region: Region) -> None:
        self.update(lines_content(region))
