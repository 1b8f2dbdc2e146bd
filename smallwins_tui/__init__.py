"""smallwins: notice small wins, ground, breathe, and judge progress against a fair baseline."""

__version__ = "0.1.0"
