"""Synthetic scenes and clips with known truth, encoded with PyAV like an engine's output.

A *scene* is a large natural-looking canvas (sky gradient, ground, sun, buildings, grain); a clip is
a camera window moving over it, so consecutive frames share content the way a real pan does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from tools.media.continuity import rgb_to_lab

FPS = 24


def scene(width: int = 640, height: int = 240, *, seed: int = 0, night: bool = False) -> np.ndarray:
    """An outdoor scene as RGB uint8: graded sky, ground, a sun, blocks of buildings, film grain."""
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, height)[:, None, None]
    x = np.linspace(0, 1, width)[None, :, None]
    top, horizon = (
        (np.array([20, 30, 70]), np.array([60, 60, 110]))
        if night
        else (
            np.array([70, 130, 210]),
            np.array([230, 200, 170]),
        )
    )
    img = top + (horizon - top) * y + 20 * x * np.array([1.0, 0.5, -0.5])
    img = np.broadcast_to(img, (height, width, 3)).copy()
    ground = np.array([50, 90, 40]) if not night else np.array([20, 30, 25])
    img[int(height * 0.65) :] = ground + 40 * (y[int(height * 0.65) :] - 0.65)
    yy, xx = np.mgrid[0:height, 0:width]
    cx, cy, r = rng.uniform(0.2, 0.8) * width, 0.3 * height, 0.08 * height
    img[(xx - cx) ** 2 + (yy - cy) ** 2 < r**2] = [250, 230, 160] if not night else [220, 220, 200]
    for _ in range(12):
        bw, bh = rng.integers(width // 30, width // 10), rng.integers(height // 8, height // 3)
        bx = rng.integers(0, width - bw)
        colour = rng.integers(60, 200, size=3) * (0.4 if night else 1.0)
        img[int(height * 0.65) - bh : int(height * 0.65), bx : bx + bw] = colour
        # windows: fine detail for sharpness to find
        img[int(height * 0.65) - bh : int(height * 0.65) : 6, bx : bx + bw : 5] *= 0.6
    img += rng.normal(0, 2, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


def pan(
    canvas: np.ndarray,
    *,
    width: int,
    height: int,
    frames: int,
    speed: float = 2.0,
    start: int = 0,
    top: int = 0,
) -> list[np.ndarray]:
    """A camera window of ``width``×``height`` sliding right by ``speed`` px a frame."""
    out = []
    for i in range(frames):
        x0 = min(start + round(i * speed), canvas.shape[1] - width)
        out.append(np.ascontiguousarray(canvas[top : top + height, x0 : x0 + width]))
    return out


def write_clip(path: Path, frames: Iterable[np.ndarray], *, fps: int = FPS, crf: int = 23) -> Path:
    """Encode RGB frames to H.264 (yuv420p) in an MP4, as an engine would deliver it."""
    frames = list(frames)
    h, w = frames[0].shape[:2]
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=Fraction(fps))
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.options = {"crf": str(crf), "preset": "veryfast"}
        for f in frames:
            for packet in stream.encode(av.VideoFrame.from_ndarray(f, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def read_clip(path: Path) -> list[np.ndarray]:
    """Every frame of a clip at full size, RGB."""
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def reencode(frame: np.ndarray, tmp: Path, *, crf: int = 23) -> np.ndarray:
    """A frame after a round trip through H.264 (a one-frame clip)."""
    return read_clip(write_clip(tmp, [frame] * 2, crf=crf))[0]


def lab_to_rgb(lab: np.ndarray) -> np.ndarray:
    """Inverse of ``rgb_to_lab`` (D65), clipped to sRGB uint8."""
    lab = np.asarray(lab, dtype=np.float64)
    fy = (lab[..., 0] + 16) / 116
    fx, fz = fy + lab[..., 1] / 500, fy - lab[..., 2] / 200
    f = np.stack([fx, fy, fz], axis=-1)
    xyz = np.where(f**3 > 216 / 24389, f**3, (116 * f - 16) / (24389 / 27))
    xyz = xyz * np.array([0.95047, 1.0, 1.08883])
    m = np.array(
        [
            [3.2404542, -1.5371385, -0.4985314],
            [-0.9692660, 1.8760108, 0.0415560],
            [0.0556434, -0.2040259, 1.0572252],
        ]
    )
    lin = np.clip(xyz @ m.T, 0, 1)
    srgb = np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)
    return np.clip(np.round(srgb * 255), 0, 255).astype(np.uint8)


def shift_lab(
    frame: np.ndarray, d_l: float = 0.0, d_a: float = 0.0, d_b: float = 0.0
) -> np.ndarray:
    """A colour grade of known size: every pixel moved by (ΔL, Δa, Δb) in Lab."""
    return lab_to_rgb(rgb_to_lab(frame) + np.array([d_l, d_a, d_b]))


def blur(
    frame: np.ndarray, passes: int = 6, kernel: Sequence[float] = (1, 1, 1, 1, 1)
) -> np.ndarray:
    """A separable blur: ``passes`` of ``kernel`` (default a 5-tap box, heavy at 320 px wide)."""
    k = np.asarray(kernel, dtype=np.float64) / sum(kernel)
    f = frame.astype(np.float64)
    for _ in range(passes):
        for axis in (0, 1):
            f = sum(w * np.roll(f, i - len(k) // 2, axis=axis) for i, w in enumerate(k))
    return np.clip(f, 0, 255).astype(np.uint8)


def with_flicker(
    frames: Sequence[np.ndarray], amplitude: float = 12.0, seed: int = 0
) -> list[np.ndarray]:
    """Frame-to-frame brightness jumps of about ``amplitude`` levels, as unstable generators do."""
    rng = np.random.default_rng(seed)
    gains = rng.uniform(-amplitude, amplitude, len(frames))
    return [
        np.clip(f.astype(np.float64) + g, 0, 255).astype(np.uint8)
        for f, g in zip(frames, gains, strict=True)
    ]


def with_character(
    frame: np.ndarray,
    *,
    jacket: tuple[int, int, int] = (180, 30, 35),
    cx: float = 0.5,
    scale: float = 1.0,
) -> np.ndarray:
    """A standing figure (skin-toned head, shaded jacket, dark trousers) drawn over a frame."""
    img = frame.astype(np.float64)
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    x = cx * w
    half = 0.07 * w * scale
    top, waist, feet = h * (0.5 - 0.22 * scale), h * (0.5 + 0.12 * scale), h * (0.5 + 0.35 * scale)
    torso = (abs(xx - x) < half) & (yy > top) & (yy < waist)
    shade = 1.0 - 0.35 * ((xx - x + half) / (2 * half))  # key light from the left
    img[torso] = (np.array(jacket) * shade[..., None])[torso]
    img[(abs(xx - x) < half * 0.8) & (yy >= waist) & (yy < feet)] = [40, 40, 50]
    img[(xx - x) ** 2 + (yy - top + 0.09 * h * scale) ** 2 < (0.07 * h * scale) ** 2] = [
        220,
        170,
        140,
    ]
    img += np.random.default_rng(int(cx * 100)).normal(0, 3, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)
