"""The cast in the animatic: character sheets, and each member the same in every keyframe.

A sheet's front view is drawn from the member's words alone — colours named in its description
("a yellow raincoat"), else colours chosen from its name, and a prop (hat, scarf, bag, umbrella,
glasses …) named or chosen the same way — flat on a plain backdrop, so its silhouette and colours
read exactly. Every other view is made *from* the front view, as a reference-taking engine would:
its cut-out turned (three-quarter, profile) or seen from behind (mirrored).

In a shot's keyframe, each cast member with a reference is placed as that reference's cut-out,
scaled to the framing, on the thirds: the same pixels in every shot, so its silhouette, colours and
props cannot drift (tests/tools/test_cast_identity.py measures it against the reference check in
tools/media/references.py). A person's own photo is placed the same way: previs as a collage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from tools.previs.lettering import font
from tools.previs.palette import RGB, mix

BACKDROP: RGB = (236, 233, 228)

_COLOURS: dict[str, RGB] = {
    "red": (196, 44, 44),
    "yellow": (236, 196, 40),
    "blue": (44, 86, 196),
    "green": (52, 150, 72),
    "orange": (232, 124, 36),
    "purple": (120, 60, 160),
    "pink": (232, 120, 168),
    "black": (30, 30, 34),
    "white": (250, 250, 248),
    "grey": (128, 130, 134),
    "gray": (128, 130, 134),
    "brown": (120, 78, 46),
    "navy": (30, 40, 90),
    "teal": (30, 128, 128),
    "gold": (212, 170, 60),
    "silver": (190, 194, 200),
    "cream": (240, 228, 200),
    "beige": (214, 196, 160),
    "crimson": (170, 20, 50),
    "turquoise": (40, 190, 180),
}
_OUTFITS: tuple[RGB, ...] = (
    (196, 44, 44), (44, 86, 196), (52, 150, 72), (232, 124, 36), (120, 60, 160),
    (30, 128, 128), (236, 196, 40), (232, 120, 168),
)  # fmt: skip
_HAIR: tuple[RGB, ...] = ((40, 28, 22), (92, 58, 30), (200, 160, 90), (150, 60, 30), (60, 60, 64))
_SKIN: tuple[RGB, ...] = ((240, 200, 170), (214, 164, 120), (170, 120, 84), (110, 72, 50))
PROPS = ("hat", "scarf", "bag", "umbrella", "glasses", "guitar")
VIEWS = ("front", "three-quarter", "profile", "back")


@dataclass(frozen=True)
class Identity:
    """How the animatic draws a cast member, decided once from its name and words."""

    name: str
    kind: str  # character | product | brand
    outfit: RGB
    accent: RGB  # the prop's (or a product's label's) colour
    hair: RGB
    skin: RGB
    prop: str
    build: float  # shoulder width relative to height (the silhouette)


def identity_for(name: str, kind: str = "character", description: str = "") -> Identity:
    """The member's look from its words; what the words leave open is drawn from its name, so the
    same member always looks the same."""
    digest = hashlib.sha256(name.strip().lower().encode()).digest()
    words = f"{description} {name}".lower().replace("-", " ").split()
    named = [_COLOURS[w] for w in words if w in _COLOURS]
    outfit = named[0] if named else _OUTFITS[digest[0] % len(_OUTFITS)]
    accent = named[1] if len(named) > 1 else _contrast(outfit, digest[1])
    prop = next((p for p in PROPS if p in words), PROPS[digest[2] % 4])
    return Identity(
        name=name,
        kind=kind,
        outfit=outfit,
        accent=accent,
        hair=_HAIR[digest[3] % len(_HAIR)],
        skin=_SKIN[digest[4] % len(_SKIN)],
        prop=prop,
        build=0.26 + (digest[5] % 8) / 100,
    )


def _contrast(colour: RGB, pick: int) -> RGB:
    others = [c for c in _OUTFITS if sum(abs(a - b) for a, b in zip(c, colour, strict=True)) > 200]
    return others[pick % len(others)] if others else (250, 250, 248)


# --- the sheet ------------------------------------------------------------------------------


def draw_front(identity: Identity, width: int, height: int) -> Image.Image:
    """A sheet's front view: the member alone, flat, on the backdrop."""
    image = Image.new("RGB", (width, height), BACKDROP)
    draw = ImageDraw.Draw(image)
    if identity.kind == "brand":
        _wordmark(draw, identity, width, height)
    elif identity.kind == "product":
        _product(draw, identity, width, height)
    else:
        _character(draw, identity, width, height)
    return image


def turn(front: Image.Image, view: str) -> Image.Image:
    """Another view made from the front view's cut-out: narrower as it turns, mirrored and
    shaded from behind. The cut-out's colours are the front's, so the identity holds."""
    w, h = front.size
    if view == "front":
        return front.copy()
    cut = cutout(front)
    squeeze = {"three-quarter": 0.78, "profile": 0.52, "back": 0.95}.get(view, 1.0)
    if view == "back":
        cut = ImageOps.mirror(cut)
    new_w = max(1, round(cut.width * squeeze))
    cut = cut.resize((new_w, cut.height), Image.Resampling.LANCZOS)
    image = Image.new("RGB", (w, h), BACKDROP)
    image.paste(cut, ((w - new_w) // 2, _box(front)[1]), cut)
    return image


def cutout(image: Image.Image) -> Image.Image:
    """The subject of a reference as RGBA cropped to it: its alpha, or what differs from the
    border colour (tools/media/references.py decides which pixels are the subject)."""
    from tools.media.references import subject_mask

    rgba = np.asarray(image.convert("RGBA")).copy()
    mask = subject_mask(rgba)
    rgba[..., 3] = np.where(mask, 255, 0).astype(np.uint8)
    ys, xs = np.nonzero(mask)
    crop = rgba[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    return Image.fromarray(crop, "RGBA")


def _box(image: Image.Image) -> tuple[int, int, int, int]:
    from tools.media.references import subject_mask

    ys, xs = np.nonzero(subject_mask(np.asarray(image.convert("RGBA"))))
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _character(draw: ImageDraw.ImageDraw, ident: Identity, width: int, height: int) -> None:
    tall = height * 0.84
    x, foot = width / 2, height * 0.93
    top = foot - tall
    head = tall * 0.085
    shoulders = tall * ident.build / 2
    neck = top + head * 2.2
    # legs, body, arms, head, hair, then the prop on top
    legs = mix(ident.outfit, (20, 20, 24), 0.55)
    draw.rectangle((x - shoulders * 0.7, top + tall * 0.55, x - shoulders * 0.1, foot), fill=legs)
    draw.rectangle((x + shoulders * 0.1, top + tall * 0.55, x + shoulders * 0.7, foot), fill=legs)
    draw.rounded_rectangle(
        (x - shoulders, neck, x + shoulders, top + tall * 0.6),
        radius=shoulders * 0.35,
        fill=ident.outfit,
    )
    arm = shoulders * 0.28
    for side in (-1, 1):
        ax = x + side * (shoulders + arm * 0.55)
        draw.rounded_rectangle(
            (ax - arm / 2, neck + head * 0.2, ax + arm / 2, top + tall * 0.52),
            radius=arm / 2,
            fill=ident.outfit,
        )
    draw.ellipse((x - head, top, x + head, top + head * 2.2), fill=ident.skin)
    draw.chord(
        (x - head * 1.05, top - head * 0.1, x + head * 1.05, top + head * 1.5),
        180,
        360,
        fill=ident.hair,
    )
    _prop(draw, ident, x, top, head, shoulders, neck, tall)


def _prop(
    draw: ImageDraw.ImageDraw,
    ident: Identity,
    x: float,
    top: float,
    head: float,
    shoulders: float,
    neck: float,
    tall: float,
) -> None:
    c = ident.accent
    if ident.prop == "hat":
        draw.rectangle(
            (x - head * 1.5, top + head * 0.15, x + head * 1.5, top + head * 0.45), fill=c
        )
        draw.rectangle((x - head * 0.9, top - head * 0.7, x + head * 0.9, top + head * 0.2), fill=c)
    elif ident.prop == "scarf":
        draw.rectangle(
            (x - shoulders * 0.75, neck - head * 0.1, x + shoulders * 0.75, neck + head * 0.5),
            fill=c,
        )
        draw.rectangle((x + shoulders * 0.2, neck, x + shoulders * 0.55, neck + tall * 0.2), fill=c)
    elif ident.prop == "bag":
        bx = x + shoulders * 1.25
        draw.line(
            (x - shoulders * 0.6, neck, bx, top + tall * 0.5),
            fill=c,
            width=max(2, round(head * 0.25)),
        )
        draw.rectangle(
            (bx - head * 0.9, top + tall * 0.45, bx + head * 0.9, top + tall * 0.6), fill=c
        )
    elif ident.prop == "umbrella":
        ux = x - shoulders * 1.3
        draw.line(
            (ux, top + tall * 0.05, ux, top + tall * 0.55), fill=c, width=max(2, round(head * 0.2))
        )
        draw.pieslice(
            (ux - head * 2.4, top - head * 1.2, ux + head * 2.4, top + head * 2.2), 180, 360, fill=c
        )
    elif ident.prop == "glasses":
        eye = top + head * 1.0
        for side in (-1, 1):
            draw.rectangle(
                (
                    x + side * head * 0.15,
                    eye - head * 0.22,
                    x + side * head * 0.8,
                    eye + head * 0.22,
                ),
                fill=c,
            )
    else:  # guitar
        gx, gy = x + shoulders * 0.2, top + tall * 0.45
        draw.ellipse((gx - head * 1.2, gy - head * 1.0, gx + head * 1.2, gy + head * 1.4), fill=c)
        draw.line(
            (gx, gy, gx - shoulders * 1.4, gy - tall * 0.25),
            fill=c,
            width=max(2, round(head * 0.3)),
        )


def _product(draw: ImageDraw.ImageDraw, ident: Identity, width: int, height: int) -> None:
    w, h = width * 0.34, height * 0.72
    x, base = width / 2, height * 0.9
    draw.rounded_rectangle(
        (x - w / 2, base - h, x + w / 2, base), radius=w * 0.12, fill=ident.outfit
    )
    draw.rectangle((x - w * 0.36, base - h * 0.62, x + w * 0.36, base - h * 0.4), fill=ident.accent)
    draw.rectangle(
        (x - w * 0.18, base - h * 1.08, x + w * 0.18, base - h),
        fill=mix(ident.outfit, (20, 20, 24), 0.5),
    )


def _wordmark(draw: ImageDraw.ImageDraw, ident: Identity, width: int, height: int) -> None:
    size = max(14, round(height * 0.2))
    text = ident.name.removeprefix("the ").strip()[:24] or "logo"
    text_font = font(size)
    while text_font.getlength(text) > width * 0.8 and size > 10:
        size = round(size * 0.9)
        text_font = font(size)
    badge = height * 0.12
    draw.ellipse(
        (width / 2 - badge, height * 0.22 - badge, width / 2 + badge, height * 0.22 + badge),
        fill=ident.accent,
    )
    draw.text((width / 2, height * 0.6), text, font=text_font, fill=ident.outfit, anchor="mm")


# --- the cast in a keyframe -------------------------------------------------------------------

# How tall a character stands (fraction of the frame height), per framing.
_HEIGHT = {
    "aerial": 0.2,
    "wide": 0.42,
    "medium": 0.7,
    "close": 0.86,
    "extreme-close": 0.92,
    "insert": 0.6,
}
_SLOTS = (1 / 3, 2 / 3, 1 / 2)


def place_cast(
    scene: Image.Image, references: Sequence[tuple[str, Path]], framing: str
) -> Image.Image:
    """Each member's reference cut-out, scaled to the framing, on the thirds (a brand in the
    middle of the upper half): the same pixels in every shot that shows it."""
    w, h = scene.size
    out = scene.convert("RGB")
    band = min(w, h) * 0.09  # above the slate's description band
    for slot, (kind, path) in enumerate(references[:3]):
        cut = _cutout_file(path)
        if kind == "brand":
            target_h = h * 0.26
            x, bottom = w / 2, h * 0.48
        else:
            target_h = h * _HEIGHT.get(framing, 0.42)
            x, bottom = w * _SLOTS[slot], h - band
        target_h = min(target_h, bottom - h * 0.03)
        scale = target_h / cut.height
        new = (max(1, round(cut.width * scale)), max(1, round(cut.height * scale)))
        if new[0] > w * 0.6:
            new = (round(w * 0.6), max(1, round(cut.height * w * 0.6 / cut.width)))
        sized = cut.resize(new, Image.Resampling.LANCZOS)
        out.paste(sized, (round(x - new[0] / 2), round(bottom - new[1])), sized)
    return out


_CUTOUTS: dict[tuple[str, float], Image.Image] = {}


def _cutout_file(path: Path) -> Image.Image:
    """A reference's cut-out, read once per file version (keyframes of one session share it)."""
    from tools.media.references import read_reference

    key = (str(path), path.stat().st_mtime)
    if key not in _CUTOUTS:
        _CUTOUTS[key] = cutout(read_reference(path))
    return _CUTOUTS[key]
