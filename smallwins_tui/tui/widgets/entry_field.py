"""A one-line field whose Enter takes exactly the words typed before it."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class EntryField(Input):
    """An :class:`Input` that submits on Enter in step with the typing, then empties itself.

    Textual resolves Enter through the app's key bindings only after the key has travelled up
    from the field, while the keys that follow it are already being typed into the field. In a
    burst (a paste followed by Enter, a slow SSH link) the submission then carried the later
    words as well, and several Enters all submitted the same merged text. Here Enter is handled
    in the field's own queue, in order with the characters, and the field is emptied at once,
    so each line typed becomes exactly one submission. The screen puts the words back if they
    could not be saved.
    """

    def on_key(self, event: events.Key) -> None:
        if event.key != "enter":
            return
        event.prevent_default()
        event.stop()
        text = self.value
        self.value = ""
        # Straight to the screen, not bubbled up through the containers between: a quit that
        # follows in the same burst queues behind it there (see SmallWinsApp.action_quit).
        self.screen.post_message(self.Submitted(self, text))

    def restore(self, text: str) -> None:
        """Put back words that could not be saved, unless something new is being typed."""
        if not self.value:
            self.value = text
            self.cursor_position = len(text)
