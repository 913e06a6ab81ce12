"""Where the person types: Enter sends; shift+Enter (or ctrl+j) starts a new line; a paste is
kept whole, newlines and all.

A one-line input cut a pasted brief to its first line without a word (the climber's fjord came out
16:9 because "Vertical, for Instagram Reels" was on the fourth line). A text area keeps every line.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message
from textual.widgets import TextArea

# Keys that start a new line instead of sending: shift+Enter where the terminal reports it (kitty
# keyboard protocol), ctrl+j and alt+Enter everywhere else.
NEWLINE_KEYS = frozenset({"shift+enter", "ctrl+j", "alt+enter"})


class PromptInput(TextArea):
    DEFAULT_CSS = """
    PromptInput { height: auto; min-height: 3; max-height: 10; border: tall $border-blurred; }
    PromptInput:focus { border: tall $border; }
    """

    @dataclass
    class Submitted(Message):
        """Enter was pressed: `value` is what the person wrote (the input is not cleared)."""

        prompt: PromptInput
        value: str

        @property
        def control(self) -> PromptInput:
            return self.prompt

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(
            "",
            id=id,
            placeholder=placeholder,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
        )

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.text = text
        self.move_cursor(self.document.end)

    def type_in(self, text: str) -> None:
        """Insert `text` at the cursor, as if typed (a key that arrived while elsewhere)."""
        self.insert(text)

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls TextArea's own key handler after this one unless the default is
        # prevented: it is, for the two keys handled here.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.text))
        elif event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            self.insert("\n")
