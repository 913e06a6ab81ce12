"""A cast member's reference picture, and how close a keyframe keeps to it.

A reference is read once into a `Signature`: the subject cut out of its backdrop (its alpha, or the
pixels that differ from the border colour), the subject's dominant colours with their shares, and a
perceptual hash (pHash: DCT, 63 bits) of the subject crop in grey levels. A keyframe is then
searched for the window that holds those colours in those shares (integral images over a
192-px-wide copy: a few milliseconds), and two numbers are read there:

- `colour`: the histogram intersection of the reference's dominant colours with the window's, in
  [0, 1] (1: every colour present in at least its share) — the colour signature of the subject;
- `shape`: the Hamming distance between the reference crop's pHash and the window's, over 63.

Measured on the animatic (tests/tools/measure_cast.py: 4 members × 6 shots × 4 framings at
640×360, the member placed, hue-turned as the simulated `drift` fault does, and left out):

| | same member | drifted | absent | another member |
|---|---|---|---|---|
| colour, characters and products | 0.84–1.00 (median 0.90) | 0.00–0.38 | 0.00–0.38 | 0.28–0.71 |
| colour, a flat wordmark (brand) | 0.71–0.75 | 0.00–0.71 | 0.00–0.71 | 0.08–0.46 |
| shape (pHash distance) | 0.38–0.57 | 0.35–0.67 | | |

So a keyframe is off-model when `colour < COLOUR_MIN` (0.5): between the worst kept member (0.71)
and the best drifted character or product (0.38). The pHash is recorded on every attempt but
rejects nothing: on the animatic it did not tell the member from its drifted self (the placed
cut-out sits on a painted scene, the reference on a plain backdrop). Limits, measured: a logo of
one flat colour is told apart from a scene of that colour only weakly (a dawn sky scored 0.71
against the wordmark), and two members dressed alike score alike (up to 0.71).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

COLOUR_MIN = 0.5
TOLERANCE = 48.0  # RGB distance within which a pixel shows a reference colour (grade, blur, light)
MAX_COLOURS = 5
MIN_SHARE = 0.04  # a colour under 4 % of the subject is a detail, not its signature
SEARCH_WIDTH = 192
IMAGE_SUFFIXES = (
    ".png",
    ".jpg",
    ".jpeg",
    ".webp",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
    ".svg",
    ".svgz",
)


class ReferenceError(ValueError):
    """A reference that cannot be used: one line saying why (missing, not an image …)."""


def read_reference(path: Path) -> Image.Image:
    """The picture at `path` as RGBA (an SVG rasterised at 1024 px), or `ReferenceError`."""
    if not path.exists():
        raise ReferenceError(f"{path} does not exist")
    if not path.is_file():
        raise ReferenceError(f"{path} is not a file")
    if path.suffix.lower() in (".svg", ".svgz"):
        return _svg(path)
    try:
        with Image.open(path) as opened:
            opened.load()
            return opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ReferenceError(f"{path} is not an image shotcaller can read") from None


def _svg(path: Path) -> Image.Image:
    import resvg_py

    try:
        data = resvg_py.svg_to_bytes(svg_path=str(path), width=1024)
        with Image.open(io.BytesIO(bytes(data))) as opened:
            return opened.convert("RGBA")
    except (ValueError, OSError, UnidentifiedImageError):
        raise ReferenceError(f"{path} is not an SVG shotcaller can draw") from None


@dataclass(frozen=True)
class Signature:
    """What a reference's subject looks like, in numbers."""

    colours: np.ndarray  # k×3 float RGB
    shares: np.ndarray  # k, summing to 1
    aspect: float  # subject bbox width / height
    shape: int  # 64-bit silhouette hash
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # subject bbox in the reference (l, t, r, b)


@dataclass(frozen=True)
class ReferenceMatch:
    colour: float  # [0, 1], 1 = every reference colour present in its share
    shape: float  # [0, 1], Hamming distance of the silhouette hashes / 64
    region: tuple[float, float, float, float] = (0, 0, 1, 1)  # where, as fractions (l, t, r, b)
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def off_model(self) -> bool:
        return self.colour < COLOUR_MIN

    def why(self, name: str) -> str:
        return (
            f"{name} drifted from the reference: colour signature {self.colour:.2f} "
            f"(at least {COLOUR_MIN} keeps to it)"
        )


def subject_mask(rgba: np.ndarray) -> np.ndarray:
    """The subject's pixels: its alpha where it has one, else what differs from the border's
    colour; a centred ellipse when neither finds a plausible subject (a busy photo)."""
    h, w = rgba.shape[:2]
    alpha = rgba[..., 3]
    if alpha.min() < 200:
        mask = alpha >= 128
    else:
        rgb = rgba[..., :3].astype(np.float32)
        border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
        backdrop = np.median(border, axis=0)
        mask = np.linalg.norm(rgb - backdrop, axis=2) > TOLERANCE
    share = mask.mean()
    if share < 0.02 or share > 0.92:
        ys, xs = np.mgrid[0:h, 0:w]
        mask = ((xs - w / 2) / (w * 0.35)) ** 2 + ((ys - h / 2) / (h * 0.42)) ** 2 <= 1
    return mask


def signature(image: Image.Image) -> Signature:
    """The signature of a reference picture (any size; analysed at 256 px on its long side)."""
    small = image.convert("RGBA")
    small.thumbnail((256, 256), Image.Resampling.BILINEAR)
    rgba = np.asarray(small)
    mask = subject_mask(rgba)
    ys, xs = np.nonzero(mask)
    box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
    pixels = rgba[..., :3][mask].astype(np.float32)
    colours, shares = dominant_colours(pixels)
    crop = mask[box[1] : box[3], box[0] : box[2]]
    silhouette = _masked_grey(rgba[box[1] : box[3], box[0] : box[2], :3], crop)
    return Signature(
        colours=colours,
        shares=shares,
        aspect=(box[2] - box[0]) / max(1, box[3] - box[1]),
        shape=shape_hash(silhouette),
        box=box,
    )


def dominant_colours(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Up to five colours that make up at least 4 % of `pixels` each (4×4×4 bins, their means)."""
    bins = (pixels // 64).astype(np.int32)
    index = bins[:, 0] * 16 + bins[:, 1] * 4 + bins[:, 2]
    counts = np.bincount(index, minlength=64)
    order = [i for i in np.argsort(-counts) if counts[i] >= MIN_SHARE * len(pixels)][:MAX_COLOURS]
    if not order:
        order = [int(np.argmax(counts))]
    colours = np.array([pixels[index == i].mean(axis=0) for i in order], dtype=np.float32)
    shares = counts[order].astype(np.float32)
    return colours, shares / shares.sum()


def _masked_grey(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The subject in grey levels, everything else one flat mid-grey: what the hash compares."""
    grey = rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    return np.where(mask, grey, 128.0).astype(np.float32)


def shape_hash(grey: np.ndarray) -> int:
    """A perceptual hash (pHash) of a subject crop: the signs of its 8×8 lowest DCT terms (bar
    DC) about their median, from a 32×32 copy."""
    if grey.size == 0:
        return 0
    small = np.asarray(
        Image.fromarray(grey.astype(np.float32), "F").resize((32, 32), Image.Resampling.BILINEAR),
        dtype=np.float32,
    )
    basis = _dct_basis()
    low = (basis @ small @ basis.T)[:8, :8].flatten()[1:]
    bits = low > np.median(low)
    return int(sum(1 << i for i, b in enumerate(bits) if b))


def _dct_basis(n: int = 32) -> np.ndarray:
    k = np.arange(n)[:, None]
    x = np.arange(n)[None, :]
    return np.cos(np.pi * (2 * x + 1) * k / (2 * n)).astype(np.float32)


def hamming(a: int, b: int) -> float:
    return bin(a ^ b).count("1") / 63


def compare(frame: np.ndarray, sig: Signature) -> ReferenceMatch:
    """Find the window of `frame` (H×W×3 RGB) that best holds the reference's colours in their
    shares, and measure colour and outline there."""
    h, w = frame.shape[:2]
    scale = SEARCH_WIDTH / w if w > SEARCH_WIDTH else 1.0
    small = np.asarray(
        Image.fromarray(frame[..., :3]).resize(
            (max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.BILINEAR
        ),
        dtype=np.float32,
    )
    sh, sw = small.shape[:2]
    distance = np.linalg.norm(small[..., None, :] - sig.colours, axis=-1)  # H×W×k
    nearest = distance.argmin(axis=-1)
    near = distance.min(axis=-1) <= TOLERANCE
    integrals = []
    for i in range(len(sig.colours)):
        hit = (near & (nearest == i)).astype(np.float32)
        integrals.append(np.pad(hit.cumsum(0).cumsum(1), ((1, 0), (1, 0))))
    best = (-1.0, (0, 0, sw, sh))
    for frac in (0.12, 0.18, 0.26, 0.36, 0.5, 0.7, 0.95):
        wh = max(4, round(sh * frac))
        ww = max(3, min(sw, round(wh * max(sig.aspect, 0.15))))
        step_y, step_x = max(1, wh // 6), max(1, ww // 6)
        tops = np.arange(0, sh - wh + 1, step_y)
        lefts = np.arange(0, sw - ww + 1, step_x)
        if not len(tops) or not len(lefts):
            continue
        t, left = np.meshgrid(tops, lefts, indexing="ij")
        area = float(wh * ww)
        score = np.zeros(t.shape, dtype=np.float32)
        for share, s in zip(sig.shares, integrals, strict=True):
            count = s[t + wh, left + ww] - s[t, left + ww] - s[t + wh, left] + s[t, left]
            score += np.minimum(share, count / area)
        k = int(np.argmax(score))
        if float(score.flat[k]) > best[0]:
            y0, x0 = int(t.flat[k]), int(left.flat[k])
            best = (float(score.flat[k]), (x0, y0, x0 + ww, y0 + wh))
    colour, (x0, y0, x1, y1) = best
    window = near[y0:y1, x0:x1]
    ys, xs = np.nonzero(window)
    if len(ys):
        y0, y1, x0, x1 = y0 + ys.min(), y0 + ys.max() + 1, x0 + xs.min(), x0 + xs.max() + 1
    crop = _masked_grey(small[y0:y1, x0:x1], near[y0:y1, x0:x1])
    shape = hamming(shape_hash(crop), sig.shape)
    region = (x0 / sw, y0 / sh, x1 / sw, y1 / sh)
    return ReferenceMatch(
        round(max(colour, 0.0), 4),
        round(shape, 4),
        region,
        {"colour": round(max(colour, 0.0), 4), "shape": round(shape, 4)},
    )


_SIGNATURES: dict[tuple[str, float], Signature] = {}


def reference_signature(path: Path) -> Signature:
    """The signature of the reference file at `path`, computed once per file version."""
    key = (str(path), path.stat().st_mtime)
    if key not in _SIGNATURES:
        _SIGNATURES[key] = signature(read_reference(path))
    return _SIGNATURES[key]
