"""A keyframe as a picture in the terminal, or in words where the terminal cannot show one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

if TYPE_CHECKING:
    from PIL import Image as PILImage

# A keyframe is shrunk to this before it is drawn: enough for sixel or kitty at a pane's width.
PICTURE_MAX_PX = (960, 540)


def terminal_shows_pictures() -> bool:
    """Whether this terminal can draw a picture (sixel, kitty graphics or coloured half cells).

    textual-image asks the terminal when it is imported, which must happen before Textual takes the
    screen over; `run_app` imports it first. Without a terminal it falls back to unicode shading,
    which is not a readable picture, so we describe the frame in words instead.
    """
    from textual_image.renderable import Image, UnicodeImage

    return Image is not UnicodeImage


class KeyframeView(Vertical):
    DEFAULT_CSS = """
    KeyframeView { height: auto; }
    KeyframeView .picture { width: auto; height: 14; max-width: 100%; }
    KeyframeView .caption { color: $text-muted; }
    """

    def __init__(
        self,
        path: Path | None,
        description: str,
        *,
        pictures: bool,
        shown_path: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.shown_path = shown_path or str(path)
        self.path = path
        self.description = description
        self.pictures = pictures

    def compose(self) -> ComposeResult:
        if self.path is None or not self.path.exists():
            yield Static(
                "No keyframe yet — redo the keyframe stage (k) to make one.", classes="caption"
            )
            return
        if self.pictures:
            # Decoding a full-size keyframe takes longer than the rest of the screen: it is loaded
            # and shrunk in a thread, and shown when ready (the screen opens without waiting).
            yield Static("loading the keyframe…", classes="caption loading")
            self.load_picture(self.path)
        else:
            yield Static(f"[keyframe] {self.description}", classes="caption", markup=False)
        yield Static(self.shown_path, classes="caption path", markup=False)

    @work(thread=True, exclusive=True)
    def load_picture(self, path: Path) -> None:
        from PIL import Image as PILImage

        with PILImage.open(path) as opened:
            opened.thumbnail(PICTURE_MAX_PX)  # more pixels than any terminal cell grid shows
            picture = opened.copy()
        self.app.call_from_thread(self._show_picture, picture)

    def _show_picture(self, picture: PILImage.Image) -> None:
        from textual_image.widget import Image

        loading = self.query(".loading")
        widget = Image(picture, classes="picture")
        if loading:
            self.mount(widget, before=loading.first())
            loading.remove()
