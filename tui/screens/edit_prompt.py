"""Edit one of a shot's stage prompts; saving redoes that stage with the new words."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, TextArea

from sessions.models import Shot

FIELDS = (
    ("keyframe", "keyframe"),
    ("motion (animate)", "motion"),
    ("finishing (upscale)", "finishing"),
)


class EditPromptScreen(ModalScreen[tuple[str, str] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save & redo", priority=True),
    ]
    DEFAULT_CSS = """
    EditPromptScreen { align: center middle; }
    EditPromptScreen #dialog { width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2; }
    EditPromptScreen TextArea { height: 8; }
    EditPromptScreen #buttons { height: auto; align-horizontal: right; }
    EditPromptScreen Button { margin: 0 0 0 1; }
    """

    def __init__(self, shot: Shot, field: str = "keyframe") -> None:
        super().__init__()
        self.shot = shot
        self.field = field

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"{self.shot.id}: edit a stage prompt, then save to make a new take")
            yield Select(FIELDS, value=self.field, allow_blank=False, id="field")
            yield TextArea(self._text(self.field), id="text", soft_wrap=True)
            with Horizontal(id="buttons"):
                yield Button("Cancel", id="cancel", action="screen.cancel")
                yield Button("Save & redo ^s", id="save", variant="primary", action="screen.save")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def _text(self, field: str) -> str:
        return str(getattr(self.shot.prompts, field))

    @on(Select.Changed, "#field")
    def _field_changed(self, event: Select.Changed) -> None:
        self.field = str(event.value)
        self.query_one(TextArea).text = self._text(self.field)

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        if not text:
            self.notify("A prompt cannot be empty.", severity="warning")
            return
        self.dismiss((self.field, text))

    def action_cancel(self) -> None:
        self.dismiss(None)
