"""``python -m bench`` runs every benchmark and prints the table."""

from bench.run import main

raise SystemExit(main())
