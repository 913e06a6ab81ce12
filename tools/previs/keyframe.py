"""Keyframe cards: a painterly, seeded sketch of the shot with the guides a director reads.

The scene is abstract on purpose (sky, horizon, hills, a few subject forms sized by the framing) so
that nobody mistakes previs for final pixels, yet the composition, light and palette are the ones
the shot will be asked for. Over it go the framing guides (rule of thirds, action- and title-safe
frames), the framing label, the shot id big in a corner, and the description on one line.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tools.previs.identity import place_cast
from tools.previs.lettering import Font, font
from tools.previs.palette import RGB, Palette, mix, palette_for
from tools.previs.subjects import Subject, classify, draw_subject


def render_keyframe(
    *,
    prompt: str,
    shot_id: str,
    description: str,
    framing: str,
    width: int,
    height: int,
    seed: int,
    tags: Sequence[str] = (),
    cast: Sequence[tuple[str, Path]] = (),
) -> Image.Image:
    """A previs keyframe card at width×height for one shot: its setting and subject drawn from
    what the shot is about, and a title card's actual words. `cast`: (kind, reference) of each
    cast member the shot shows, placed as its reference's cut-out (tools/previs/identity.py)."""
    palette = palette_for(prompt)
    subject = classify(prompt, description, tags, framing)
    # A character placed from its reference IS one of the shot's people: the scene leaves out a
    # silhouette for each, or the shot would show the person twice (figure and cut-out side by side).
    cast_people = sum(1 for kind, _ in cast[:3] if kind == "character")
    scene = paint_scene(
        palette, framing=framing, width=width, height=height, seed=seed, tags=tags,
        subject=subject, cast_people=cast_people,
    )  # fmt: skip
    if subject.kind == "text":
        draw_title(scene, subject.words or description, palette=palette)
    if cast:
        scene = place_cast(scene, cast, framing)
    if "noir" in palette.name.split():
        # a black-and-white film is drawn so, its cast's cut-outs too (the palette greys only
        # the painted swatches)
        scene = scene.convert("L").convert("RGB")
    draw_guides(scene, framing=framing)
    draw_slate(scene, shot_id=shot_id, description=description or prompt, palette=palette)
    return scene


# --- the scene ------------------------------------------------------------------------------

# Where the horizon sits (fraction of the height) and how tall a subject stands, per framing.
# Wide shots get a big sky and small figures; close shots one large form.
_LAYOUT: dict[str, tuple[float, float]] = {
    "aerial": (0.22, 0.06),
    "wide": (0.58, 0.16),
    "medium": (0.62, 0.75),
    "close": (0.68, 1.3),
    "extreme-close": (0.72, 2.8),
    "insert": (0.66, 0.45),
}


def paint_scene(
    palette: Palette,
    *,
    framing: str,
    width: int,
    height: int,
    seed: int,
    tags: Sequence[str] = (),
    subject: Subject | None = None,
    cast_people: int = 0,
) -> Image.Image:
    """The painted scene alone (no guides, no text): also what inpaint paints into a region.
    `cast_people`: how many of the shot's people the cast's cut-outs will stand in for."""
    rng = random.Random(seed)
    horizon_frac, subject_frac = _LAYOUT.get(framing, _LAYOUT["wide"])
    horizon = round(height * (horizon_frac + rng.uniform(-0.04, 0.04)))
    if subject is not None and subject.interior:
        room = _room(palette, rng, subject, framing, width, height, horizon, cast_people)
        return _finish(room, rng)

    image = _gradient(palette, width, height, horizon)
    sun = (rng.uniform(0.2, 0.8) * width, horizon - rng.uniform(0.1, 0.3) * height)
    image = _glow(image, sun, radius=0.35 * max(width, height), colour=palette.sun, strength=0.55)

    draw = ImageDraw.Draw(image, "RGBA")
    unit = min(width, height)
    sun_r = unit * 0.05
    draw.ellipse(
        (sun[0] - sun_r, sun[1] - sun_r, sun[0] + sun_r, sun[1] + sun_r), fill=(*palette.sun, 230)
    )
    if "architecture" in tags:
        _skyline(draw, rng, palette, width, horizon, unit)
    landscape = "landscape" in tags or (subject is not None and subject.kind == "landscape")
    _ridges(draw, rng, palette, width, horizon, layers=3 if landscape else 2)
    floor = round(horizon + (height - horizon) * 0.45)
    _subject(
        draw, rng, palette, subject, framing, tags, width, height, horizon, floor, subject_frac,
        cast_people,
    )  # fmt: skip
    _weather(draw, rng, palette, width, height, horizon)
    return _finish(image, rng)


def _finish(image: Image.Image, rng: random.Random) -> Image.Image:
    w, h = image.size
    image = _brushwork(image, rng, count=max(80, w * h // 5000))
    return _vignette(image)


def _subject(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    subject: Subject | None,
    framing: str,
    tags: Sequence[str],
    width: int,
    height: int,
    horizon: int,
    floor: int,
    subject_frac: float,
    cast_people: int = 0,
) -> None:
    """People as figures or heads (as before); everything else as its own form; land and title
    cards carry none."""
    if subject is None or subject.kind == "person":
        _subjects(
            draw, rng, palette, framing, tags, width, height, horizon, subject_frac * height,
            cast_people,
        )  # fmt: skip
    elif subject.kind not in ("landscape", "place", "text"):
        draw_subject(
            draw, rng, palette, subject, framing=framing, width=width, height=height,
            floor=floor, size=subject_frac * height,
        )  # fmt: skip


def _room(
    palette: Palette,
    rng: random.Random,
    subject: Subject,
    framing: str,
    width: int,
    height: int,
    horizon: int,
    cast_people: int = 0,
) -> Image.Image:
    """An interior: a back wall lit through a window (the light the prompt asks for), a floor in
    perspective, a table edge for close shots, and the subject."""
    wall_top, wall_low = (
        mix(palette.subject, palette.sky_horizon, 0.45),
        mix(palette.subject, palette.sky_horizon, 0.3),
    )
    floor_far, floor_near = (
        mix(palette.ground_far, palette.subject, 0.5),
        mix(palette.ground_near, palette.subject, 0.3),
    )
    room = Palette("room", wall_top, wall_low, floor_far, floor_near, palette.sun,
                   palette.subject, palette.accent)  # fmt: skip
    image = _gradient(room, width, height, horizon)
    draw = ImageDraw.Draw(image, "RGBA")
    unit = min(width, height)
    # The window: a piece of the outside palette, the key light of the room.
    wx = rng.uniform(0.12, 0.62) * width
    ww, wh = unit * rng.uniform(0.28, 0.4), horizon * rng.uniform(0.45, 0.6)
    wy = horizon * 0.18
    draw.rectangle((wx, wy, wx + ww, wy + wh), fill=palette.sky_horizon)
    draw.rectangle(
        (wx, wy, wx + ww, wy + wh * 0.45), fill=mix(palette.sky_top, palette.sky_horizon, 0.4)
    )
    frame = max(3, round(unit * 0.012))
    draw.rectangle((wx, wy, wx + ww, wy + wh), outline=palette.subject, width=frame)
    draw.line((wx + ww / 2, wy, wx + ww / 2, wy + wh), fill=palette.subject, width=frame)
    draw.line((wx, wy + wh / 2, wx + ww, wy + wh / 2), fill=palette.subject, width=frame)
    image = _glow(
        image, (wx + ww / 2, wy + wh / 2), radius=0.45 * max(width, height), colour=palette.sun,
        strength=0.35,
    )  # fmt: skip
    draw = ImageDraw.Draw(image, "RGBA")
    # Floorboards converging to a vanishing point at the window.
    vanish = (wx + ww / 2, horizon)
    for k in range(-6, 7):
        draw.line((vanish[0] + k * unit * 0.04, horizon, vanish[0] + k * width * 0.22, height),
                  fill=(*palette.subject, 60), width=1)  # fmt: skip
    floor = round(horizon + (height - horizon) * 0.45)
    if framing in ("close", "extreme-close", "insert") and subject.kind != "person":
        # A table top the object stands on.
        floor = round(height * 0.78)
        draw.rectangle((0, floor, width, height), fill=mix(palette.subject, palette.accent, 0.25))
        draw.line((0, floor, width, floor), fill=(*palette.accent, 160), width=max(2, frame // 2))
    subject_frac = _LAYOUT.get(framing, _LAYOUT["wide"])[1]
    _subject(
        draw, rng, palette, subject, framing, (), width, height, horizon, floor, subject_frac,
        cast_people,
    )  # fmt: skip
    return image


def draw_title(image: Image.Image, words: str, *, palette: Palette) -> None:
    """A title card's words, set large in the middle of the frame on a dark band."""
    w, h = image.size
    unit = min(w, h)
    draw = ImageDraw.Draw(image, "RGBA")
    words = " ".join(words.split())[:80]
    size = max(14, round(unit * 0.11))
    lines = _wrap(words, font(size), w * 0.8)
    while len(lines) > 3 and size > 14:
        size = round(size * 0.85)
        lines = _wrap(words, font(size), w * 0.8)
    title_font = font(size)
    line_h = size * 1.2
    top = h / 2 - line_h * len(lines) / 2
    pad = unit * 0.04
    draw.rectangle((0, top - pad, w, top + line_h * len(lines) + pad), fill=(0, 0, 0, 150))
    for k, line in enumerate(lines[:3]):
        draw.text((w / 2, top + line_h * (k + 0.5)), line, font=title_font,
                  fill=(*mix(palette.sun, (255, 255, 255), 0.6), 255), anchor="mm")  # fmt: skip


def _wrap(text: str, text_font: Font, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and text_font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _gradient(palette: Palette, width: int, height: int, horizon: int) -> Image.Image:
    """Sky from zenith to horizon, then ground from far to near: one column, stretched."""
    rows = np.arange(height, dtype=np.float32)[:, None]
    sky_t = np.clip(rows / max(horizon, 1), 0, 1)
    ground_t = np.clip((rows - horizon) / max(height - horizon, 1), 0, 1)
    sky = _lerp(palette.sky_top, palette.sky_horizon, sky_t**0.8)
    ground = _lerp(palette.ground_far, palette.ground_near, ground_t**0.7)
    column = np.where(rows < horizon, sky, ground).astype(np.uint8)  # H×3
    strip = Image.fromarray(column[:, None, :].repeat(1, axis=1))
    return strip.resize((width, height), Image.Resampling.NEAREST)


def _lerp(a: RGB, b: RGB, t: np.ndarray) -> np.ndarray:
    start, end = np.asarray(a, np.float32), np.asarray(b, np.float32)
    return start + (end - start) * t


def _glow(
    image: Image.Image, centre: tuple[float, float], *, radius: float, colour: RGB, strength: float
) -> Image.Image:
    """The key light's bloom, computed small and scaled up (smooth anyway, and 16× cheaper)."""
    w, h = image.size
    sw, sh = max(w // 4, 1), max(h // 4, 1)
    ys, xs = np.mgrid[0:sh, 0:sw].astype(np.float32)
    dist = np.hypot(xs * 4 - centre[0], ys * 4 - centre[1]) / radius
    falloff = (np.clip(1 - dist, 0, 1) ** 2 * strength * 255).astype(np.uint8)
    mask = Image.fromarray(falloff).resize((w, h), Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", (w, h), colour), image, mask)


def _ridges(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    width: int,
    horizon: int,
    *,
    layers: int,
) -> None:
    """Hills in aerial perspective: the farther the ridge, the closer its colour to the sky."""
    for layer in range(layers):
        depth = 1 - layer / max(layers, 1)  # 1 = farthest
        colour = mix(palette.ground_far, palette.sky_horizon, 0.55 * depth)
        amplitude = rng.uniform(0.03, 0.09) * horizon * (0.6 + depth)
        phases = [rng.uniform(0, math.tau) for _ in range(3)]
        freqs = [rng.uniform(0.8, 2.2), rng.uniform(2.5, 5.0), rng.uniform(7.0, 13.0)]
        base = horizon + layer * 4
        points = [(0.0, float(base))]
        for i in range(33):
            x = width * i / 32
            u = x / width
            wave = sum(
                math.sin(u * f * math.tau + p) / (k + 1)
                for k, (f, p) in enumerate(zip(freqs, phases, strict=True))
            )
            points.append((x, base - amplitude * (0.6 + 0.5 * wave)))
        points.append((float(width), float(base)))
        draw.polygon(points, fill=colour)


def _skyline(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    width: int,
    horizon: int,
    unit: int,
) -> None:
    colour = mix(palette.subject, palette.sky_horizon, 0.45)
    x = rng.uniform(-0.05, 0.05) * width
    while x < width:
        w = rng.uniform(0.04, 0.1) * width
        h = rng.uniform(0.08, 0.3) * unit
        draw.rectangle((x, horizon - h, x + w, horizon), fill=colour)
        for wy in range(int(horizon - h + unit * 0.02), horizon - 4, max(int(unit * 0.03), 4)):
            if rng.random() < 0.5:
                draw.rectangle((x + w * 0.2, wy, x + w * 0.3, wy + 2), fill=(*palette.sun, 140))
        x += w + rng.uniform(0.0, 0.03) * width


def _subjects(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    framing: str,
    tags: Sequence[str],
    width: int,
    height: int,
    horizon: int,
    size: float,
    cast_people: int = 0,
) -> None:
    """The subjects as simple forms on the thirds: figures for people, a box for a product. The
    first `cast_people` people are left out: the cast's cut-outs stand there instead."""
    thirds = [width / 3, width * 2 / 3]
    if framing == "insert" or ("product" in tags and framing in ("close", "extreme-close")):
        _product(draw, rng, palette, width / 2, horizon + (height - horizon) * 0.25, size)
        return
    if framing in ("wide", "aerial"):
        count = rng.randint(1, 3)
        for i in range(count):
            x = thirds[i % 2] + rng.uniform(-0.06, 0.06) * width + (i // 2) * size * 0.5
            foot = horizon + (height - horizon) * rng.uniform(0.15, 0.45)
            tall = size * rng.uniform(0.8, 1.1)  # drawn or not, the same draws: the seed's scene
            if i >= cast_people:
                _figure(draw, palette, x, foot, tall)
        if "product" in tags:
            _product(draw, rng, palette, width / 2, horizon + (height - horizon) * 0.5, size * 0.6)
        return
    # medium, close, extreme-close: one head-and-shoulders form on a third line. `size` is the
    # head's diameter as a fraction of the height, so the closer the shot, the bigger the head.
    x = rng.choice(thirds) + rng.uniform(-0.03, 0.03) * width
    if cast_people:
        return
    head_r = size / 2 * 0.25
    head_y = height * {"medium": 0.36, "close": 0.42}.get(framing, 0.46)
    _bust(draw, palette, x, head_y, head_r, height)


def _bust(
    draw: ImageDraw.ImageDraw,
    palette: Palette,
    x: float,
    head_y: float,
    head_r: float,
    height: int,
) -> None:
    """Head and shoulders, cut by the bottom of frame, rim-lit by the key light."""
    rim = (*palette.accent, 200)
    line = max(2, round(head_r * 0.05))
    shoulders = head_r * 1.7
    draw.rounded_rectangle(
        (x - shoulders, head_y + head_r * 1.05, x + shoulders, height + head_r),
        radius=head_r * 0.9,
        fill=palette.subject,
        outline=rim,
        width=line,
    )
    draw.rectangle(
        (x - head_r * 0.4, head_y + head_r * 0.6, x + head_r * 0.4, head_y + head_r * 1.2),
        fill=palette.subject,
    )
    draw.ellipse(
        (x - head_r * 0.85, head_y - head_r * 1.05, x + head_r * 0.85, head_y + head_r),
        fill=palette.subject,
        outline=rim,
        width=line,
    )


def _figure(
    draw: ImageDraw.ImageDraw, palette: Palette, x: float, foot: float, tall: float
) -> None:
    """A standing figure: shoulders/body as a rounded slab, a head, and a rim of key light."""
    head = tall * 0.13
    body_w = tall * 0.32
    top = foot - tall
    rim = (*palette.accent, 200)
    draw.rounded_rectangle(
        (x - body_w / 2, top + head * 2.1, x + body_w / 2, foot),
        radius=body_w * 0.35,
        fill=palette.subject,
        outline=rim,
        width=max(1, round(tall * 0.008)),
    )
    draw.ellipse(
        (x - head, top, x + head, top + head * 2.1),
        fill=palette.subject,
        outline=rim,
        width=max(1, round(tall * 0.01)),
    )


def _product(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    x: float,
    base: float,
    size: float,
) -> None:
    w, h = size * rng.uniform(0.45, 0.7), size * rng.uniform(0.7, 1.0)
    draw.ellipse((x - w * 0.8, base - h * 0.05, x + w * 0.8, base + h * 0.12), fill=(0, 0, 0, 70))
    draw.rounded_rectangle(
        (x - w / 2, base - h, x + w / 2, base),
        radius=w * 0.12,
        fill=palette.subject,
        outline=(*palette.accent, 220),
        width=max(2, round(size * 0.012)),
    )
    draw.rectangle(
        (x - w * 0.3, base - h * 0.6, x + w * 0.3, base - h * 0.45), fill=(*palette.accent, 200)
    )


def _weather(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    width: int,
    height: int,
    horizon: int,
) -> None:
    effects = palette.effects
    unit = min(width, height)
    if "stars" in effects:
        for _ in range(width * height // 6000):
            x, y = rng.uniform(0, width), rng.uniform(0, horizon * 0.8)
            r = rng.uniform(0.6, 1.6)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*palette.sun, rng.randint(120, 230)))
    if "glow" in effects:  # neon signs
        for _ in range(rng.randint(3, 6)):
            x, y = rng.uniform(0, width), rng.uniform(horizon * 0.4, horizon * 1.05)
            w, h = rng.uniform(0.03, 0.1) * width, rng.uniform(0.01, 0.025) * height
            colour = rng.choice((palette.sun, palette.accent))
            draw.rounded_rectangle((x, y, x + w, y + h), radius=h / 2, fill=(*colour, 220))
    if "fog" in effects:
        for i in range(6):
            y = horizon - unit * 0.08 + i * unit * 0.03
            draw.rectangle((0, y, width, y + unit * 0.06), fill=(*palette.sky_horizon, 38))
    if "rain" in effects:
        slant = unit * 0.02
        for _ in range(width * height // 2500):
            x, y = rng.uniform(-slant, width), rng.uniform(0, height)
            length = rng.uniform(0.02, 0.05) * unit
            draw.line((x, y, x + slant * length / unit * 20, y + length), fill=(210, 220, 235, 70))
    if "snow" in effects:
        for _ in range(width * height // 3000):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            r = rng.uniform(1.0, 2.8)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(250, 250, 255, 190))


def _brushwork(image: Image.Image, rng: random.Random, *, count: int) -> Image.Image:
    """Seeded translucent dabs in the colour beneath them, then a soft blur: paint, not pixels."""
    w, h = image.size
    overlay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pixels = image.load()
    assert pixels is not None
    unit = min(w, h)
    for _ in range(count):
        x, y = rng.randrange(w), rng.randrange(h)
        base = pixels[x, y]
        assert isinstance(base, tuple)
        shade = rng.uniform(0.85, 1.15)
        colour = tuple(min(255, round(c * shade)) for c in base[:3])
        rx, ry = unit * rng.uniform(0.01, 0.05), unit * rng.uniform(0.004, 0.015)
        draw.ellipse((x - rx, y - ry, x + rx, y + ry), fill=(*colour, rng.randint(40, 110)))
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    return image.filter(ImageFilter.GaussianBlur(radius=max(1.0, unit / 400)))


def _vignette(image: Image.Image) -> Image.Image:
    w, h = image.size
    sw, sh = max(w // 8, 1), max(h // 8, 1)
    ys, xs = np.mgrid[0:sh, 0:sw].astype(np.float32)
    dist = np.hypot((xs / sw - 0.5) * 2, (ys / sh - 0.5) * 2) / math.sqrt(2)
    shade = (255 * (1 - 0.35 * dist**2.2)).astype(np.uint8)
    mask = Image.fromarray(shade).resize((w, h), Image.Resampling.BILINEAR)
    return Image.composite(image, Image.new("RGB", (w, h), (0, 0, 0)), mask)


# --- guides and slate -----------------------------------------------------------------------


def draw_guides(image: Image.Image, *, framing: str) -> None:
    """Rule-of-thirds lines, action-safe (93%) and title-safe (80%) frames, the framing label."""
    w, h = image.size
    unit = min(w, h)
    draw = ImageDraw.Draw(image, "RGBA")
    guide = (255, 255, 255, 70)
    for i in (1, 2):
        draw.line((w * i / 3, 0, w * i / 3, h), fill=guide, width=1)
        draw.line((0, h * i / 3, w, h * i / 3), fill=guide, width=1)
    for margin, colour in ((0.035, (255, 255, 255, 90)), (0.10, (255, 214, 90, 120))):
        mx, my = w * margin, h * margin
        draw.rectangle((mx, my, w - mx, h - my), outline=colour, width=1)
    # Centre cross, small, so push-ins and orbits have a reference point.
    c = unit * 0.015
    draw.line((w / 2 - c, h / 2, w / 2 + c, h / 2), fill=guide, width=1)
    draw.line((w / 2, h / 2 - c, w / 2, h / 2 + c), fill=guide, width=1)

    label = f"{framing.upper()}  ·  {w}x{h}"
    label_font = font(max(12, round(unit * 0.026)))
    pad = unit * 0.012
    right, top = w - w * 0.035 - pad, h * 0.035 + pad
    box = draw.textbbox((right, top), label, font=label_font, anchor="ra")
    draw.rectangle((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad), fill=(0, 0, 0, 140))
    draw.text((right, top), label, font=label_font, fill=(255, 255, 255, 230), anchor="ra")


def draw_slate(image: Image.Image, *, shot_id: str, description: str, palette: Palette) -> None:
    """The shot id big in the top-left corner and a one-line description across the bottom."""
    w, h = image.size
    unit = min(w, h)
    draw = ImageDraw.Draw(image, "RGBA")
    id_font = font(max(18, round(unit * 0.1)))
    x, y = w * 0.035 + unit * 0.02, h * 0.035 + unit * 0.01
    box = draw.textbbox((x, y), shot_id, font=id_font)
    pad = unit * 0.015
    draw.rectangle((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad), fill=(0, 0, 0, 150))
    draw.text((x, y), shot_id, font=id_font, fill=(*palette.accent, 255))

    text_font = font(max(11, round(unit * 0.034)))
    band = unit * 0.075
    draw.rectangle((0, h - band, w, h), fill=(0, 0, 0, 165))
    line = fit_line(description, text_font, w - 2 * (w * 0.035 + pad))
    draw.text(
        (w * 0.035 + pad, h - band / 2), line, font=text_font, fill=(240, 240, 240), anchor="lm"
    )


def fit_line(text: str, text_font: Font, max_width: float) -> str:
    """`text` on one line, cut at a word (or a character) with an ellipsis if it would overflow."""
    text = " ".join(text.split())
    if text_font.getlength(text) <= max_width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",.;:—-") + "…"
        if text_font.getlength(candidate) <= max_width:
            return candidate
    candidate = text
    while candidate and text_font.getlength(candidate + "…") > max_width:
        candidate = candidate[:-1]
    return candidate + "…"
