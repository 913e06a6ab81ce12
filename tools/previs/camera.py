"""Camera moves over a keyframe: each move is a path of (centre, zoom, roll, parallax) over time.

Each frame is then one Pillow resample of the keyframe (a `resize(box=…)` when the frame is an
axis-aligned crop, an affine or perspective `transform` when it rolls or shows parallax), so a
720p frame costs a few milliseconds and the whole clip can be drawn faster than real time.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sessions.models import FPS
from tools.previs.keyframe import font


@dataclass(frozen=True)
class View:
    """Where the virtual camera looks, relative to the keyframe.

    dx, dy: offset of the view's centre, as a fraction of the slack the zoom leaves (-1..1);
    zoom: 1 = the whole keyframe; roll: degrees; parallax: how much faster the bottom of frame
    (the foreground) grows than the top, 0 = none.
    """

    dx: float = 0.0
    dy: float = 0.0
    zoom: float = 1.0
    roll: float = 0.0
    parallax: float = 0.0


Move = Callable[[float], View]  # eased time 0..1 → view


def ease(t: float) -> float:
    """Ease in and out (cubic): a move that starts and lands like a real grip would."""
    return 4 * t**3 if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def camera_path(camera: str, seed: int) -> Move:
    """The move's path for this seed (directions and handheld shake come from the seed)."""
    rng = random.Random(seed)
    side = rng.choice((-1.0, 1.0))
    if camera == "static":
        # A locked-off shot still breathes a little, so a still is never mistaken for a clip.
        return lambda t: View(zoom=1.02 + 0.006 * math.sin(math.pi * t), dx=0.05 * side * t)
    if camera == "push-in":
        tx, ty = rng.uniform(-0.4, 0.4), rng.uniform(-0.3, 0.2)
        return lambda t: View(zoom=1.0 + 0.3 * ease(t), dx=tx * ease(t), dy=ty * ease(t))
    if camera == "pull-out":
        tx, ty = rng.uniform(-0.4, 0.4), rng.uniform(-0.3, 0.2)
        return lambda t: View(
            zoom=1.3 - 0.3 * ease(t), dx=tx * (1 - ease(t)), dy=ty * (1 - ease(t))
        )
    if camera == "pan":
        return lambda t: View(zoom=1.25, dx=side * (2 * ease(t) - 1))
    if camera == "tilt":
        return lambda t: View(zoom=1.25, dy=side * (2 * ease(t) - 1))
    if camera == "orbit":
        return lambda t: View(
            zoom=1.28 + 0.06 * ease(t),
            roll=side * (6 * ease(t) - 3),
            dx=side * (0.8 * ease(t) - 0.4),
        )
    if camera == "dolly":
        return lambda t: View(zoom=1.05 + 0.2 * ease(t), parallax=0.12 * ease(t), dy=0.3 * ease(t))
    if camera == "drone":
        # Rise (the view climbs the frame, so the land falls away) while flying forward.
        return lambda t: View(zoom=1.15 + 0.2 * ease(t), dy=0.9 - 1.6 * ease(t), parallax=0.08 * t)
    if camera == "handheld":
        return _handheld(rng)
    raise ValueError(f"unknown camera move {camera!r}")


def _handheld(rng: random.Random) -> Move:
    """Operator shake: a few incommensurate sines per axis with seeded phases (smooth, no pops)."""
    waves = [
        [(rng.uniform(0.6, 1.6), rng.uniform(0, math.tau), amp) for amp in (0.5, 0.3, 0.15)]
        for _ in range(3)
    ]

    def shake(axis: int, t: float, seconds: float = 5.0) -> float:
        return sum(a * math.sin(math.tau * f * t * seconds + p) for f, p, a in waves[axis])

    return lambda t: View(
        zoom=1.1, dx=0.5 * shake(0, t), dy=0.5 * shake(1, t), roll=0.6 * shake(2, t)
    )


def render_clip_frames(
    keyframe: Image.Image,
    *,
    camera: str,
    frames: int,
    width: int,
    height: int,
    seed: int,
    anchor: Image.Image | None = None,
) -> Iterator[np.ndarray]:
    """`frames` RGB frames of the camera move over the keyframe, each with a timecode overlay.

    With an `anchor` (the previous clip's actual last frame, for a chained shot) the clip opens on
    the anchor exactly and dissolves into this shot's own move over its first second, so the cut
    matches by construction and the shot still shows its own content.
    """
    path = camera_path(camera, seed)
    source = _cover(keyframe.convert("RGB"), width, height)
    # Every frame samples a 2x Lanczos master with nearest-neighbour: within half a keyframe pixel
    # of a bilinear transform, at a fifth of a box resize's cost and a fifteenth of a rolled one's.
    master = source.resize((width * 2, height * 2), Image.Resampling.LANCZOS)
    opening = _cover(anchor.convert("RGB"), width, height) if anchor is not None else None
    overlay = _Timecode(width, height, frames, camera)
    for index in range(frames):
        t = index / (frames - 1) if frames > 1 else 0.0
        frame = _shoot(master, path(t), width, height)
        if opening is not None and index < FPS:
            frame = Image.blend(opening, frame, ease(index / FPS))
        overlay.draw(frame, index)
        yield np.asarray(frame)


def _shoot(master: Image.Image, view: View, width: int, height: int) -> Image.Image:
    """One frame: the view's rectangle (rolled, or keystoned for parallax) cut from the master."""
    sw, sh = width, height  # keyframe space; the master is twice this
    roll = math.radians(view.roll)
    cos, sin = abs(math.cos(roll)), abs(math.sin(roll))
    # The zoom must keep the rolled frame's corners inside the keyframe (no black wedges).
    zoom = max(view.zoom, cos + sin * sh / sw, cos + sin * sw / sh)
    half_w, half_h = sw / 2 / zoom, sh / 2 / zoom
    extent_x = half_w * cos + half_h * sin
    extent_y = half_w * sin + half_h * cos
    cx = sw / 2 + _clamp(view.dx) * (sw / 2 - extent_x)
    cy = sh / 2 + _clamp(view.dy) * (sh / 2 - extent_y)
    if view.parallax == 0:
        # Affine: output pixel (x, y) → source point, rotated about the view's centre.
        kx, ky = 2 * half_w / width, 2 * half_h / height
        c, s = math.cos(roll), math.sin(roll)
        data = (
            c * kx, -s * ky, cx - c * half_w + s * half_h,
            s * kx, c * ky, cy - s * half_w - c * half_h,
        )  # fmt: skip
        return _sample(master, Image.Transform.AFFINE, data, width, height)
    # Perspective: the bottom edge of the view is narrower in the keyframe than the top, so the
    # foreground grows faster than the distance: the parallax of a dolly or a low drone pass.
    inset = half_w * view.parallax
    quad = [
        (cx - half_w, cy - half_h),
        (cx + half_w, cy - half_h),
        (cx + half_w - inset, cy + half_h),
        (cx - half_w + inset, cy + half_h),
    ]
    corners = [(0, 0), (width, 0), (width, height), (0, height)]
    coeffs = _perspective_coeffs(corners, quad)
    return _sample(master, Image.Transform.PERSPECTIVE, coeffs, width, height)


def _sample(
    master: Image.Image,
    method: Image.Transform,
    data: tuple[float, ...],
    width: int,
    height: int,
) -> Image.Image:
    """Apply a keyframe-space transform to the 2x master (coordinates scaled by 2)."""
    scaled = _scale_transform(method, data, 2.0)
    return master.transform((width, height), method, scaled, Image.Resampling.NEAREST)


def _scale_transform(
    method: Image.Transform, data: tuple[float, ...], k: float
) -> tuple[float, ...]:
    """The same mapping into an image k times larger: multiply the source-side terms by k."""
    if method == Image.Transform.AFFINE:
        return tuple(c * k for c in data)
    a, b, c, d, e, f, g, h = data
    return (a * k, b * k, c * k, d * k, e * k, f * k, g, h)


def _perspective_coeffs(
    dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]
) -> tuple[float, ...]:
    """The 8 coefficients Pillow wants, mapping output corners `dst` onto keyframe points `src`."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    rhs = np.array([c for point in src for c in point], dtype=np.float64)
    return tuple(float(c) for c in np.linalg.solve(np.array(rows, dtype=np.float64), rhs))


def _cover(image: Image.Image, width: int, height: int) -> Image.Image:
    """Scale to cover width×height and centre-crop: a keyframe of another aspect still fills."""
    if image.size == (width, height):
        return image
    scale = max(width / image.width, height / image.height)
    w, h = image.width * scale, image.height * scale
    box = ((w - width) / 2 / scale, (h - height) / 2 / scale)
    return image.resize(
        (width, height),
        Image.Resampling.LANCZOS,
        box=(box[0], box[1], image.width - box[0], image.height - box[1]),
    )


def _clamp(value: float) -> float:
    return max(-1.0, min(1.0, value))


class _Timecode:
    """A small timecode and progress bar so the motion's pace reads on a contact sheet too."""

    def __init__(self, width: int, height: int, frames: int, camera: str) -> None:
        unit = min(width, height)
        self.frames = frames
        self.font = font(max(10, round(unit * 0.028)))
        self.bar = max(3, round(unit * 0.006))
        self.margin = round(unit * 0.02)
        self.width, self.height = width, height
        self.label = camera.upper()

    def draw(self, frame: Image.Image, index: int) -> None:
        draw = ImageDraw.Draw(frame, "RGBA")
        w, h, m = self.width, self.height, self.margin
        seconds, rest = divmod(index, FPS)
        text = f"{self.label}  {seconds:02d}:{rest:02d}  {index + 1}/{self.frames}"
        box = draw.textbbox((m, h - m - self.bar * 3), text, font=self.font, anchor="lb")
        draw.rectangle((box[0] - 4, box[1] - 4, box[2] + 4, box[3] + 4), fill=(0, 0, 0, 150))
        draw.text(
            (m, h - m - self.bar * 3), text, font=self.font, fill=(255, 255, 255), anchor="lb"
        )
        progress = (index + 1) / self.frames
        draw.rectangle((0, h - self.bar, w, h), fill=(0, 0, 0, 160))
        draw.rectangle((0, h - self.bar, round(w * progress), h), fill=(255, 196, 64))
