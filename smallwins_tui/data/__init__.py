"""Where the journal lives and how it is read and written safely. No Textual here."""
