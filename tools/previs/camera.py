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
from tools.previs.lettering import font


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


Move = Callable[[float], View]  # clip time 0..1 → view
Glide = Callable[[float], float]  # clip time 0..1 → how far along its path the move is, 0..1

# A move reaches cruising speed over its first RAMP_S seconds and lands over its last, but never
# slows below FLOOR of that speed: it starts and lands moving. A cubic ease over the whole clip
# stalled instead — its speed goes to zero at both ends, so the last second of a 7.5 s dolly
# covered under 1 % of the move and the quality gate saw it as a frozen picture.
RAMP_S = 0.75
FLOOR = 0.3


def ease(t: float) -> float:
    """Ease in and out (cubic), for the opening dissolve of a chained shot."""
    return 4 * t**3 if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def glide(seconds: float) -> Glide:
    """The progress of a move over a clip of `seconds`: a trapezoid of speed lifted by a floor.

    Speed ramps linearly from FLOOR to full over RAMP_S (or half the clip, if shorter), cruises,
    and ramps back down to FLOOR; the integral is closed-form, so a frame costs a few flops.
    """
    total = max(seconds, 1e-6)
    ramp = min(RAMP_S, total / 2)
    distance = FLOOR * total + (1 - FLOOR) * (total - ramp)  # area under the speed profile

    def progress(t: float) -> float:
        at = min(max(t, 0.0), 1.0) * total
        if at < ramp:
            lifted = at * at / (2 * ramp)
        elif at <= total - ramp:
            lifted = ramp / 2 + (at - ramp)
        else:
            lifted = (total - ramp) - (total - at) ** 2 / (2 * ramp)
        return (FLOOR * at + (1 - FLOOR) * lifted) / distance

    return progress


def camera_path(camera: str, seed: int, *, seconds: float) -> Move:
    """The move's path for this seed over a clip of `seconds` (directions and shake from the seed).

    Moves are paced in seconds, not in fractions of the clip: the same ramps land a 2 s and a
    20 s push-in, and a handheld shake wobbles at the same rate whatever the shot's length.
    """
    rng = random.Random(seed)
    side = rng.choice((-1.0, 1.0))
    e = glide(seconds)
    if camera == "static":
        # A locked-off shot still breathes a little, so a still is never mistaken for a clip.
        return lambda t: View(zoom=1.02 + 0.006 * math.sin(math.pi * t), dx=0.05 * side * t)
    if camera == "push-in":
        tx, ty = rng.uniform(-0.4, 0.4), rng.uniform(-0.3, 0.2)
        return lambda t: View(zoom=1.0 + 0.3 * e(t), dx=tx * e(t), dy=ty * e(t))
    if camera == "pull-out":
        tx, ty = rng.uniform(-0.4, 0.4), rng.uniform(-0.3, 0.2)
        return lambda t: View(zoom=1.3 - 0.3 * e(t), dx=tx * (1 - e(t)), dy=ty * (1 - e(t)))
    if camera == "pan":
        return lambda t: View(zoom=1.25, dx=side * (2 * e(t) - 1))
    if camera == "tilt":
        return lambda t: View(zoom=1.25, dy=side * (2 * e(t) - 1))
    if camera == "orbit":
        return lambda t: View(
            zoom=1.28 + 0.06 * e(t), roll=side * (6 * e(t) - 3), dx=side * (0.8 * e(t) - 0.4)
        )
    if camera == "dolly":
        return lambda t: View(zoom=1.05 + 0.2 * e(t), parallax=0.12 * e(t), dy=0.3 * e(t))
    if camera == "drone":
        # Rise (the view climbs the frame, so the land falls away) while flying forward.
        return lambda t: View(zoom=1.15 + 0.2 * e(t), dy=0.9 - 1.6 * e(t), parallax=0.08 * t)
    if camera == "handheld":
        return _handheld(rng, seconds)
    raise ValueError(f"unknown camera move {camera!r}")


def _handheld(rng: random.Random, seconds: float) -> Move:
    """Operator shake: a few incommensurate sines per axis with seeded phases (smooth, no pops)."""
    waves = [
        [(rng.uniform(0.6, 1.6), rng.uniform(0, math.tau), amp) for amp in (0.5, 0.3, 0.15)]
        for _ in range(3)
    ]

    def shake(axis: int, t: float) -> float:
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
    path = camera_path(camera, seed, seconds=max(frames - 1, 1) / FPS)  # first to last frame
    source = _cover(keyframe.convert("RGB"), width, height)
    # Every frame samples a 2x Lanczos master with nearest-neighbour: within half a keyframe pixel
    # of a bilinear transform, at a fifth of a box resize's cost and a fifteenth of a rolled one's.
    master = source.resize((width * 2, height * 2), Image.Resampling.LANCZOS)
    opening = _cover(anchor.convert("RGB"), width, height) if anchor is not None else None
    overlay = _Timecode(width, height, frames, camera)
    for index, t in enumerate(_times(frames)):
        frame = _shoot(master, path(t), width, height)
        if opening is not None and index < FPS:
            frame = Image.blend(opening, frame, ease(index / FPS))
        overlay.draw(frame, index)
        yield np.asarray(frame)


def _shoot(master: Image.Image, view: View, width: int, height: int) -> Image.Image:
    """One frame: the view's rectangle (rolled, or keystoned for parallax) cut from the master."""
    method, data = mapping(view, width, height)
    return _sample(master, method, data, width, height)


def mapping(view: View, width: int, height: int) -> tuple[Image.Transform, tuple[float, ...]]:
    """The Pillow transform from an output pixel of a width×height frame to the keyframe point it
    shows (keyframe scaled to cover width×height): affine, rolled or not, and perspective when the
    view shows parallax."""
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
        return Image.Transform.AFFINE, data
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
    return Image.Transform.PERSPECTIVE, _perspective_coeffs(corners, quad)


def screen_motion(camera: str, seed: int, *, frames: int, width: int, height: int) -> np.ndarray:
    """How far the picture moves from each frame of a move to the next, as a fraction of the
    frame's width: the mean, over a 5×5 grid of points on screen, of how far the keyframe point
    under each one travels, in screen pixels. It is what the quality gate's frozen check sees,
    worked out from the path without drawing a pixel, and the same at every render size."""
    path = camera_path(camera, seed, seconds=max(frames - 1, 1) / FPS)
    coeffs = np.array([_projective(*mapping(path(t), width, height)) for t in _times(frames)])
    xs, ys = np.meshgrid(np.linspace(0.1, 0.9, 5) * width, np.linspace(0.1, 0.9, 5) * height)
    sx, sy = _project(coeffs, xs.ravel(), ys.ravel())  # frames × points, in keyframe pixels
    qx, qy = _project(coeffs, np.array([0, width, width, 0]), np.array([0, 0, height, height]))
    # screen pixels per keyframe pixel, from the area of keyframe each frame shows (shoelace)
    area = 0.5 * np.abs((qx * np.roll(qy, 1, axis=1) - qy * np.roll(qx, 1, axis=1)).sum(axis=1))
    scale = np.sqrt(width * height / area)
    travel = np.hypot(np.diff(sx, axis=0), np.diff(sy, axis=0)).mean(axis=1)
    return np.asarray(travel * scale[1:] / width, dtype=np.float64)


def _times(frames: int) -> list[float]:
    return [index / (frames - 1) if frames > 1 else 0.0 for index in range(frames)]


def _projective(method: Image.Transform, data: tuple[float, ...]) -> tuple[float, ...]:
    """Any of our transforms as Pillow's 8 perspective coefficients (affine: no divisor terms)."""
    return data if method == Image.Transform.PERSPECTIVE else (*data, 0.0, 0.0)


def _project(coeffs: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Map screen points (x, y) through each frame's coefficients: frames × points arrays."""
    a, b, c, d, e, f, g, h = (coeffs[:, i : i + 1] for i in range(8))
    w = g * x + h * y + 1
    return (a * x + b * y + c) / w, (d * x + e * y + f) / w


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
