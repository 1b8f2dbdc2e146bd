"""Allow ``python -m smallwins_tui``."""

from smallwins_tui.cli import main

raise SystemExit(main())
