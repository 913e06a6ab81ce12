"""A still in the terminal: decoded off the screen's loop and shrunk, drawn in half-blocks where
the terminal has no graphics, and said in words where pictures are off."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from textual.app import App, ComposeResult
from textual.widgets import Static
from textual_image.widget import HalfcellImage

from tui.settings import PictureMode
from tui.widgets.picture import HALFCELL_PX, Picture, image_class


class OneStill(App[None]):
    def __init__(self, path: Path | None, mode: PictureMode) -> None:
        super().__init__()
        self.path, self.mode = path, mode

    def compose(self) -> ComposeResult:
        yield Picture(
            self.path, mode=self.mode, words="[keyframe] a cat on a porch", empty="nothing yet"
        )


def keyframe(tmp_path: Path) -> Path:
    path = tmp_path / "keyframe-t1.png"
    Image.new("RGB", (1920, 1080), (200, 140, 60)).save(path)
    return path


async def test_a_picture_is_loaded_after_the_screen_shows_and_shrunk(tmp_path: Path) -> None:
    app = OneStill(keyframe(tmp_path), "halfcell")
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        (picture,) = app.query(HalfcellImage)
        assert isinstance(picture.image, Image.Image)
        assert picture.image.width <= HALFCELL_PX[0]
        assert not app.query(".loading")


def test_without_graphics_auto_draws_half_blocks() -> None:
    # No terminal to ask here (as over SSH into a plain terminal): coloured half-blocks.
    assert image_class("auto") is HalfcellImage
    assert image_class("none") is None


async def test_without_pictures_the_frame_is_described(tmp_path: Path) -> None:
    app = OneStill(keyframe(tmp_path), "none")
    async with app.run_test():
        texts = [str(w.render()) for w in app.query(Static)]
        assert "[keyframe] a cat on a porch" in texts
        assert not app.query(HalfcellImage)


async def test_no_file_says_so(tmp_path: Path) -> None:
    app = OneStill(tmp_path / "missing.png", "halfcell")
    async with app.run_test():
        assert [str(w.render()) for w in app.query(Static)] == ["nothing yet"]


async def test_a_picture_in_a_terminal_a_few_cells_wide_is_drawn_without_a_crash(
    tmp_path: Path,
) -> None:
    for size in ((1, 1), (3, 2), (8, 3)):
        app = OneStill(keyframe(tmp_path), "halfcell")
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.query(HalfcellImage)
