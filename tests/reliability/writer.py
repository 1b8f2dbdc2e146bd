"""A separate process for the reliability tests: writes wins and says which ones returned."""

from __future__ import annotations

import sys
from pathlib import Path

from smallwins_tui.data.journal import Journal


def main(data_dir: str, mode: str, prefix: str, count: int) -> None:
    journal = Journal(Path(data_dir))
    if mode == "add":
        for index in range(count):
            win = journal.add_win(f"{prefix} {index}")
            print(win.id, flush=True)
    elif mode == "churn":
        # Edit every seeded win, and delete every third one.
        for index, win in enumerate(journal.all_wins()):
            if not win.text.startswith("seed"):
                continue
            if index % 3 == 0:
                journal.delete_win(win.id)
                print("deleted", win.id, flush=True)
            else:
                journal.edit_win(win.id, text=win.text + " (edited)")
                print("edited", win.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
