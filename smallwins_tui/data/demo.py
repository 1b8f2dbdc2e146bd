"""A sample journal for ``smallwins demo``, the screenshots and the snapshot tests.

Everything is placed relative to a given day and built in a fixed order with fixed ids, so the
same day always gives the same journal.
"""

from __future__ import annotations

import datetime as dt
import uuid

from smallwins_tui.data.journal import WINS, Journal

_NAMESPACE = uuid.UUID("6f1c0d1e-5a53-4d2b-9a4c-2f0e8b1f7c10")

# (days before the given day, kind, text)
DEMO_WINS: tuple[tuple[int, str | None, str], ...] = (
    (0, "relational", "Replied to Sam after putting it off all week"),
    (0, "behavioural", "Walked to the shop instead of ordering in"),
    (0, "cognitive", "Caught myself thinking 'I always mess up' and questioned it"),
    (1, "therapy", "Told my therapist the homework felt pointless"),
    (1, "emotional", "Let myself cry instead of pushing it down"),
    (2, "behavioural", "Got dressed before ten"),
    (3, "emotional", "Felt the panic rise and stayed in the queue"),
    (3, "relational", "Said no to the extra shift"),
    (5, None, "Made a proper breakfast"),
    (6, "cognitive", "Noticed the 'should' in my head and let it pass"),
    (8, "behavioural", "Answered two emails"),
    (9, "emotional", "Recovered from a bad morning by lunchtime"),
    (11, "therapy", "Brought up the thing I have been avoiding in session"),
    (13, "relational", "Asked my sister for help with the forms"),
    (16, "behavioural", "Went outside for ten minutes"),
    (19, "emotional", "Named the feeling: disappointed, not useless"),
    (23, "behavioural", "Kept my appointment even though I felt anxious"),
)


def seed_demo(journal: Journal, today: dt.date) -> None:
    """Fill an empty journal with a few weeks of believable wins ending on ``today``."""
    base = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.timezone.utc)
    for index, (days_ago, kind, text) in enumerate(DEMO_WINS):
        day = today - dt.timedelta(days=days_ago)
        moment = (base - dt.timedelta(days=days_ago, minutes=-index)).isoformat(
            timespec="milliseconds"
        )
        record = {
            "id": str(uuid.uuid5(_NAMESPACE, f"win-{index}")),
            "text": text,
            "day": day.isoformat(),
            "kind": kind,
            "created": moment,
            "updated": moment,
        }
        journal.put(WINS, record)
