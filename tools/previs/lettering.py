"""The lettering of every picture shotcaller draws (keyframe cards, camera diagrams, sheets,
charts): one shipped font, so the same words look the same on every machine."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PIL import ImageFont

Font = ImageFont.FreeTypeFont


_FONT = files("tools.previs").joinpath("fonts/SlateSans-Semibold.ttf")


@cache
def font(size: int) -> Font:
    """The shipped Slate Sans (OFL; Latin with accents, so "croûte dorée" reads as written), the
    same glyphs on every machine; Pillow's bundled font if the file is missing."""
    try:
        with as_file(_FONT) as path:
            return ImageFont.truetype(str(path), size=size)
    except OSError:
        loaded = ImageFont.load_default(size=size)
        assert isinstance(loaded, ImageFont.FreeTypeFont), "Pillow was built without FreeType"
        return loaded
