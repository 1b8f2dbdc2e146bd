"""Allow ``python -m smallwins_tui``."""

from smallwins_tui.launch import main

raise SystemExit(main())
