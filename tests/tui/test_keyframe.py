"""The keyframe in the shot detail: a picture where the terminal can show one, decoded off the
screen's loop, and words where it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from textual.app import App, ComposeResult
from textual.widgets import Static
from textual_image.widget import Image as Picture

from tui.widgets.keyframe import PICTURE_MAX_PX, KeyframeView


class OneKeyframe(App[None]):
    def __init__(self, path: Path, pictures: bool) -> None:
        super().__init__()
        self.path, self.pictures = path, pictures

    def compose(self) -> ComposeResult:
        yield KeyframeView(self.path, "a cat on a porch", pictures=self.pictures)


def keyframe(tmp_path: Path) -> Path:
    path = tmp_path / "keyframe-t1.png"
    Image.new("RGB", (1920, 1080), (200, 140, 60)).save(path)
    return path


# textual-image draws with a Pillow call that Pillow 13 deprecates; it is theirs to change.
@pytest.mark.filterwarnings("ignore:Image.Image.getdata is deprecated:DeprecationWarning")
async def test_a_picture_is_loaded_after_the_screen_shows_and_shrunk(tmp_path: Path) -> None:
    app = OneKeyframe(keyframe(tmp_path), pictures=True)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        (picture,) = app.query(Picture)
        assert isinstance(picture.image, Image.Image)
        assert picture.image.width <= PICTURE_MAX_PX[0]
        assert not app.query(".loading")


async def test_without_pictures_the_frame_is_described(tmp_path: Path) -> None:
    app = OneKeyframe(keyframe(tmp_path), pictures=False)
    async with app.run_test():
        texts = [str(w.render()) for w in app.query(Static)]
        assert "[keyframe] a cat on a porch" in texts
        assert not app.query(Picture)
