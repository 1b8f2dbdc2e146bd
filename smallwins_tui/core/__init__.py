"""Pure logic for smallwins: no Textual, no file access, nothing that needs a terminal."""
