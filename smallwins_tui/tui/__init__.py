"""The full-screen app. Everything here may import Textual; nothing outside ``tui`` may."""
