"""A still in the terminal: a keyframe, a frame of a clip — or a line of words where pictures are off.

textual-image draws it with the terminal's own graphics (Kitty's protocol or Sixel) where the
terminal speaks one, and with coloured half-blocks everywhere else (two pixels a cell: coarse, but a
real picture in any colour terminal). It asks the terminal what it can draw when it is imported,
which must happen before Textual owns the terminal: `run_app` imports it first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from tui.settings import PictureMode

if TYPE_CHECKING:
    from PIL import Image as PILImage

# Pictures are shrunk to this before they are drawn: half-blocks show a few dozen pixels across,
# Kitty and Sixel a pane's worth.
HALFCELL_PX, GRAPHICS_PX = (192, 192), (640, 640)


def prepare_pictures() -> None:
    """Ask the terminal what it can draw and its cell size, before Textual owns it.

    textual-image divides the pane's pixels by its columns and rows: a pane that reports 0 × 0 (a
    collapsed split, a terminal not drawn yet) would raise ZeroDivisionError. There the cell size is
    textual-image's own fallback (a VT340's 10 × 20 pixels) and the app starts like anywhere else.
    """
    import textual_image.renderable
    from textual_image import _terminal

    try:
        _terminal.get_cell_size()
    except ZeroDivisionError:
        _terminal.get_cell_size._result = _terminal.CellSize(10, 20)  # type: ignore[attr-defined]
    import textual_image.widget  # noqa: F401  (sizes the cell once, from the cache filled above)


def graphics_terminal() -> bool:
    """Whether this terminal draws real pixels (Kitty's protocol or Sixel)."""
    from textual_image.renderable import HalfcellImage, Image, UnicodeImage

    return Image not in (HalfcellImage, UnicodeImage)


def image_class(mode: PictureMode) -> type[Widget] | None:
    """The textual-image widget that draws in `mode` here (None: words only)."""
    if mode == "none":
        return None
    from textual_image.widget import HalfcellImage, Image

    if mode == "auto" and graphics_terminal():
        return Image
    return HalfcellImage


def thumbnail_px(mode: PictureMode) -> tuple[int, int]:
    return GRAPHICS_PX if mode == "auto" and graphics_terminal() else HALFCELL_PX


def thumbnail(path: Path, mode: PictureMode) -> PILImage.Image:
    """`path` decoded and shrunk for `mode` (in a worker: a full-size keyframe takes a while)."""
    from PIL import Image as PILImage

    with PILImage.open(path) as opened:
        opened.thumbnail(thumbnail_px(mode))
        return opened.convert("RGB")


class Picture(Vertical):
    """One still, with a caption under it. Give it a path (loaded in a thread) or set an image."""

    DEFAULT_CSS = """
    Picture { height: auto; }
    Picture .picture { width: auto; height: 8; max-width: 100%; }
    Picture .caption { color: $text-muted; }
    """

    def __init__(
        self,
        path: Path | None,
        *,
        mode: PictureMode,
        words: str = "",
        empty: str = "No picture yet.",
        caption: str = "",
        load: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.path = path
        self.mode = mode
        self.words = words  # what the picture shows, said instead when pictures are off
        self.empty = empty
        self.caption = caption
        self.autoload = load  # False: the owner decodes it (a storyboard loads all in one go)
        self.image: Widget | None = None
        self.rows: int | None = None  # the picture's height in rows; None: the stylesheet's

    def fit(self, rows: int) -> None:
        """Draw the picture `rows` rows high (the preview fills the screen it has)."""
        self.rows = max(2, rows)
        if self.image is not None:
            self.image.styles.height = self.rows

    def compose(self) -> ComposeResult:
        if self.path is None or not self.path.exists():
            yield Static(self.empty, classes="caption empty", markup=False)
        elif image_class(self.mode) is None:
            yield Static(self.words, classes="caption words", markup=False)
        else:
            yield Static("loading the picture…", classes="caption loading")
            if self.autoload:
                self.load(self.path)
        if self.caption:
            yield Static(self.caption, classes="caption path", markup=False)

    @work(thread=True, exclusive=True)
    def load(self, path: Path) -> None:
        picture = thumbnail(path, self.mode)
        self.app.call_from_thread(self.show, picture)

    def show(self, picture: PILImage.Image) -> None:
        """Draw `picture` (a new frame replaces the one drawn)."""
        if self.image is not None:
            self.image.image = picture  # type: ignore[attr-defined]
            return
        widget_class = image_class(self.mode)
        if widget_class is None:
            return
        self.image = widget_class(picture, classes="picture")  # type: ignore[arg-type]
        if self.rows is not None:
            self.image.styles.height = self.rows
        first = self.query(".loading, .words, .empty")
        if first:
            self.mount(self.image, before=first.first())
            first.remove()
        else:
            self.mount(self.image, before=0)
