"""What makes the command line behave like a good Unix citizen, kept out of ``cli.py``.

Safe output (pipes, encodings, full disks), stdin and ``-``, the terminal check, help examples
and shell completions. Nothing here imports Textual.
"""
