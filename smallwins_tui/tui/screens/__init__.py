"""One module per screen; each screen owns its state and reads the journal through the app."""
