"""End to end: the installed ``smallwins`` in a real pseudo-terminal (pexpect), its screen read
back with pyte, keys sent as a terminal sends them.

Run it with the Python whose ``bin/`` holds the installed command (``pip install -e '.[test]'``)::

    .venv/bin/python -m pytest -q tests/e2e        # or: python -m pytest -m e2e

Tests of the date start the app's clock where they need it (``SMALLWINS_TEST_NOW``); a clock
moved by libfaketime for the whole run (as CI does) reaches the app.
``terminal.py`` knows terminals, ``app.py`` knows smallwins (its screens, its command line),
``conftest.py`` starts it on a fresh or a used journal folder.
"""
