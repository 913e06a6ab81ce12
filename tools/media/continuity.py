"""Continuity between shots, measured on frames: colour drift, structure and perceptual hashes.

Everything here is a pure function over decoded RGB frames (``uint8``, shape ``(h, w, 3)``); the
caller decodes. Two verdicts are built from the measurements:

- ``check_cut``: the last frame of shot A against the first frame of shot B. A *matched* cut
  (``chain_from``) must match closely on colour, histogram, SSIM and pHash; a *hard* cut is judged on
  colour continuity only (same scene, same grade), SSIM and pHash are reported but not judged,
  because a hard cut changes the composition on purpose.
- ``check_character``: the mean Lab colour and a small histogram of the character's region in each
  shot's keyframe, against the *first* shot the character appears in. The first shot is the anchor
  the person approved; comparing each shot to its predecessor would let small steps of drift add up
  unnoticed (3 + 3 + 3 ΔE is a different jacket by the fourth shot).

Thresholds, from measurements on synthetic scenes (graded sky, ground, sun, buildings with windows,
grain σ 2; 320×180, H.264 crf 23; ``python -m tests.tools.measure_continuity`` prints them):

    cut case                                   ΔE76   hist   SSIM   pHash   verdict
    same frame re-encoded through H.264        0.80   0.18   0.99    2      matched ok
    A's decoded last frame → B's first frame   0.53   0.10   0.99    0      matched ok
    camera moved 2 % / 6 % of width            0.19/0.39 0.05/0.09 0.88/0.83 6/10  matched ok
    camera moved 10 % of width                 0.63   0.14   0.78   20      matched fails (SSIM, pHash)
    grade shift Lab (0, +3, 0)                 3.50   0.28   0.99    0      matched ok
    grade shift Lab (0, +3, +3)                4.20   0.31   0.99    0      matched fails (ΔE)
    grade shift Lab (0, +8, +8)                11.1   0.61   0.99    2      matched fails; hard fails (hist)
    grade shift Lab (0, +14, +14)              19.7   0.82   0.99    4      hard fails
    same scene, four other framings            6.9–12.9 0.26–0.49 0.59–0.64 28–36  hard ok
    same scene, wider lens                     11.7   0.42   0.61   32      hard ok
    night scene after day                      39.9   1.00   0.48   24      hard fails

A matched cut therefore allows ΔE ≤ 4 (five times the codec's 0.8, about one just-noticeable step),
histogram ≤ 0.35, SSIM ≥ 0.8 and pHash ≤ 12 of 64 bits (a 6 % nudge passes, a 10 % jump does not).
A hard cut allows ΔE ≤ 15 and histogram ≤ 0.6: reframing the *same* scene alone moves the mean
colour by up to 13 (sky against ground), so a hard cut can only catch gross changes — a regrade of
ΔE ≳ 11 (through the histogram) or 15, day against night — not subtle ones. That is a limit of
whole-frame colour statistics, not a choice.

    character case                       signature ΔE       region-mean ΔE    verdict
                                         marked / centre    marked / centre
    same red jacket, other background,   0.9–5.0 / 3.7–10.1 6.0–10.5 / 7.6–10.6  ok
      moved and scaled (3 shots)
    a darker red (180,30,35 → 160,40,40) 10.8 / 10.4        11.0 / 7.0        ok
    whole frame graded Lab (0, +4, +4)   6.4 / 14.0         12.5 / 11.5       ok
    jacket → maroon (120,25,30)          24.1 / 22.4        18.5 / 11.5       drift
    jacket → orange (210,110,40)         30.9 / 21.4        13.5 / 6.7        drift
    jacket → blue                        89.2 / 84.2        61.8 / 37.2       drift

("marked" is a region around the figure, 0.42–0.62 × 0.3–0.6; "centre" the default 0.35–0.65.)
The region's plain mean moved up to 11 with the same jacket and only 6.7 for red → orange, so the
verdict uses the signature colour (``character_colour``) with ΔE ≤ 15; the region mean and the
histogram are reported, not judged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from sessions.models import ContinuityResult
from tools.media.references import ReferenceMatch, Signature, compare

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class CutBounds:
    """Limits a cut must respect. ``None`` means reported but not judged."""

    delta_e: float
    histogram: float
    ssim: float | None
    phash: int | None


MATCHED_CUT = CutBounds(delta_e=4.0, histogram=0.35, ssim=0.8, phash=12)
HARD_CUT = CutBounds(delta_e=15.0, histogram=0.6, ssim=None, phash=None)
CHARACTER_DELTA_E = 15.0
DEFAULT_REGION = (0.35, 0.35, 0.65, 0.65)

# Working sizes: small enough to be fast, large enough to keep the structure a viewer sees.
_SSIM_WIDTH = 128
_COMPARE_WIDTH = 160
_PHASH_SIZE = 32

# sRGB (D65) → XYZ, and the D65 white point (IEC 61966-2-1, CIE 15).
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


# ---- colour ----------------------------------------------------------------------------------


def rgb_to_lab(rgb: np.ndarray) -> FloatArray:
    """sRGB ``uint8`` (any shape ending in 3) → CIE L*a*b* under D65, as float64."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = linear @ _RGB_TO_XYZ.T / _WHITE_D65
    eps, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > eps, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    lab = np.empty_like(f)
    lab[..., 0] = 116 * f[..., 1] - 16
    lab[..., 1] = 500 * (f[..., 0] - f[..., 1])
    lab[..., 2] = 200 * (f[..., 1] - f[..., 2])
    return lab


def mean_lab(lab: np.ndarray) -> FloatArray:
    """The mean colour of a Lab image (or a single Lab colour, returned as is)."""
    return np.asarray(lab, dtype=np.float64).reshape(-1, 3).mean(axis=0)


def delta_e(lab_a: np.ndarray, lab_b: np.ndarray) -> float:
    """CIE76 ΔE between the mean colours of two Lab images (or two Lab colours).

    ΔE ≈ 2.3 is a just-noticeable difference side by side; a cut makes drift easier to see.
    """
    return float(np.linalg.norm(mean_lab(lab_a) - mean_lab(lab_b)))


def histogram_distance(a: np.ndarray, b: np.ndarray) -> float:
    """Bhattacharyya distance in [0, 1] between joint Lab histograms of two RGB frames.

    8×8×8 bins (L over 0–100, a* and b* over ±64, clipped): coarse enough that grain and encoding do
    not move mass between bins, fine enough that a grade change does.
    """
    p, q = (
        _lab_histogram(_downscale(a, _COMPARE_WIDTH)),
        _lab_histogram(_downscale(b, _COMPARE_WIDTH)),
    )
    overlap = float(np.sum(np.sqrt(p * q)))
    return float(np.sqrt(max(0.0, 1.0 - overlap)))


def _lab_histogram(rgb: np.ndarray, bins: int = 8) -> FloatArray:
    lab = rgb_to_lab(rgb).reshape(-1, 3)
    lo, hi = np.array([0.0, -64.0, -64.0]), np.array([100.0, 64.0, 64.0])
    idx = np.clip(((lab - lo) / (hi - lo) * bins).astype(np.int64), 0, bins - 1)
    flat = (idx[:, 0] * bins + idx[:, 1]) * bins + idx[:, 2]
    counts = np.bincount(flat, minlength=bins**3).astype(np.float64)
    return counts / max(counts.sum(), 1.0)


# ---- structure -------------------------------------------------------------------------------


def grey(frame: np.ndarray) -> FloatArray:
    """Luma (Rec. 601 weights, 0–255) of an RGB frame; a 2-D frame is taken as grey already."""
    f = np.asarray(frame, dtype=np.float64)
    if f.ndim == 2:
        return f
    return f[..., 0] * 0.299 + f[..., 1] * 0.587 + f[..., 2] * 0.114


def _downscale(frame: np.ndarray, width: int, height: int | None = None) -> np.ndarray:
    """Box-filter a frame down to ``width`` (aspect kept unless ``height`` is given)."""
    h, w = frame.shape[:2]
    if height is None:
        if w <= width:
            return frame
        height = max(1, round(h * width / w))
    if (w, h) == (width, height):
        return frame
    arr = np.asarray(frame)
    if arr.dtype != np.uint8:
        arr = np.clip(arr, 0, 255).astype(np.uint8)
    return np.asarray(Image.fromarray(arr).resize((width, height), Image.Resampling.BOX))


def _gaussian_blur(x: FloatArray, sigma: float = 1.5) -> FloatArray:
    """Separable Gaussian (11 taps for σ = 1.5, as in Wang et al. 2004), reflecting at the edges."""
    radius = int(np.ceil(3 * sigma))
    taps = np.exp(-(np.arange(-radius, radius + 1) ** 2) / (2 * sigma**2))
    taps /= taps.sum()
    p = np.pad(x, radius, mode="reflect")
    h, w = x.shape
    rows = sum(t * p[:, i : i + w] for i, t in enumerate(taps))
    return np.asarray(sum(t * rows[i : i + h, :] for i, t in enumerate(taps)))


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Mean SSIM of two frames on grey copies downscaled to 128 px wide (Gaussian window σ 1.5).

    ``b`` is resized to ``a``'s working size, so frames of different resolutions compare.
    """
    ga = _downscale(np.asarray(a), _SSIM_WIDTH)
    gb = _downscale(np.asarray(b), ga.shape[1], ga.shape[0])
    x, y = grey(ga), grey(gb)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    mx, my = _gaussian_blur(x), _gaussian_blur(y)
    vx = _gaussian_blur(x * x) - mx * mx
    vy = _gaussian_blur(y * y) - my * my
    cov = _gaussian_blur(x * y) - mx * my
    num = (2 * mx * my + c1) * (2 * cov + c2)
    den = (mx * mx + my * my + c1) * (vx + vy + c2)
    return float(np.mean(num / den))


def _dct_matrix(n: int) -> FloatArray:
    k, i = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    m = np.sqrt(2 / n) * np.cos(np.pi * (2 * i + 1) * k / (2 * n))
    m[0] /= np.sqrt(2)
    return m


def phash(frame: np.ndarray) -> int:
    """64-bit perceptual hash: the signs of the 8×8 lowest DCT terms of a 32×32 grey thumbnail
    against their median (DC excluded from the median, so overall brightness does not set it)."""
    g = grey(_downscale(np.asarray(frame), _PHASH_SIZE, _PHASH_SIZE))
    d = _dct_matrix(_PHASH_SIZE)
    low = (d @ g @ d.T)[:8, :8].ravel()
    bits = low > np.median(low[1:])
    return int(sum(1 << i for i, bit in enumerate(bits) if bit))


def hash_distance(a: int, b: int) -> int:
    """Hamming distance between two 64-bit hashes (0 = same picture, ~32 = unrelated)."""
    return (a ^ b).bit_count()


# ---- verdicts --------------------------------------------------------------------------------


def beyond(value: float, limit: float, *, places: int = 2, below: bool = False) -> str:
    """ "15.04 > 15": a failing value beside its limit, with as many decimals as it takes to read
    past the limit (one decimal printed 15.04 as "15.0 > 15.0", which looks like a pass)."""
    return (
        f"{value:.{_places(value, limit, places, below=below)}f} {'<' if below else '>'} {limit:g}"
    )


def _places(value: float, limit: float, places: int, *, below: bool = False) -> int:
    """The fewest decimals, from `places`, at which `value` reads strictly past `limit`."""
    for n in range(places, 7):
        shown = float(f"{value:.{n}f}")
        if (shown < limit) if below else (shown > limit):
            return n
    return 6


def cut_metrics(last_a: np.ndarray, first_b: np.ndarray) -> dict[str, float]:
    """Every number the cut verdict looks at, as plain floats."""
    a = _downscale(np.asarray(last_a), _COMPARE_WIDTH)
    b = _downscale(np.asarray(first_b), a.shape[1], a.shape[0])
    return {
        "delta_e": round(delta_e(rgb_to_lab(a), rgb_to_lab(b)), 3),
        "histogram": round(histogram_distance(a, b), 4),
        "ssim": round(ssim(a, b), 4),
        "phash": float(hash_distance(phash(a), phash(b))),
    }


def check_cut(
    last_a: np.ndarray, first_b: np.ndarray, *, shot_a: str, shot_b: str, matched: bool
) -> ContinuityResult:
    """Judge the cut from ``shot_a``'s last frame to ``shot_b``'s first frame.

    A matched cut (``chain_from``) must match on colour, histogram, SSIM and pHash; a hard cut only
    on colour continuity. The suggestion names the cheapest fix: re-anchoring on the last frame for
    a broken matched cut, colour matching for drift alone.
    """
    m = cut_metrics(last_a, first_b)
    bounds = MATCHED_CUT if matched else HARD_CUT
    colour: list[str] = []
    structure: list[str] = []
    if m["delta_e"] > bounds.delta_e:
        colour.append(f"colour drift ΔE {beyond(m['delta_e'], bounds.delta_e, places=1)}")
    if m["histogram"] > bounds.histogram:
        colour.append(f"histogram distance {beyond(m['histogram'], bounds.histogram)}")
    if bounds.ssim is not None and m["ssim"] < bounds.ssim:
        structure.append(f"structure differs: SSIM {beyond(m['ssim'], bounds.ssim, below=True)}")
    if bounds.phash is not None and m["phash"] > bounds.phash:
        structure.append(
            f"picture differs: pHash distance {beyond(m['phash'], bounds.phash, places=0)}"
        )
    if structure:
        suggestion = f"re-anchor {shot_b} on {shot_a}'s last frame"
    elif colour:
        suggestion = f"colour-match {shot_b} towards {shot_a}"
    else:
        suggestion = ""
    return ContinuityResult(
        kind="cut",
        shot_a=shot_a,
        shot_b=shot_b,
        cut="matched" if matched else "hard",
        passed=not (colour or structure),
        metrics=m,
        reasons=structure + colour,
        suggestion=suggestion,
    )


def region_crop(frame: np.ndarray, region: tuple[float, float, float, float]) -> np.ndarray:
    """The part of a frame inside ``region`` = (x0, y0, x1, y1), fractions of width and height."""
    x0, y0, x1, y1 = region
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        raise ValueError(f"region {region} must be 0 ≤ x0 < x1 ≤ 1 and 0 ≤ y0 < y1 ≤ 1")
    h, w = frame.shape[:2]
    c0, c1 = int(x0 * w), max(int(x0 * w) + 1, round(x1 * w))
    r0, r1 = int(y0 * h), max(int(y0 * h) + 1, round(y1 * h))
    return np.asarray(frame)[r0:r1, c0:c1]


def colour_name(lab: np.ndarray) -> str:
    """A rough everyday name for a Lab colour, so a reason can say "red" rather than a triple."""
    lightness, a, b = (float(v) for v in mean_lab(lab))
    chroma = float(np.hypot(a, b))
    if chroma < 12:
        return "white" if lightness > 85 else "black" if lightness < 20 else "grey"
    hue = float(np.degrees(np.arctan2(b, a))) % 360
    names = [
        (20, "pink"),
        (50, "red"),
        (75, "orange"),
        (100, "yellow"),
        (160, "green"),
        (220, "teal"),
        (290, "blue"),
        (340, "purple"),
        (360, "pink"),
    ]
    name = next(n for limit, n in names if hue < limit)
    if name in ("orange", "red") and lightness < 45 and chroma < 40:
        return "brown"
    return name


def character_colour(crop: np.ndarray) -> FloatArray:
    """The character's signature colour: the mean Lab of the most colourful third of the region.

    A region's plain mean mixes in whatever background the shot puts behind the character (a
    building, the sky), which moved it by up to 11 ΔE with the same jacket; the most chromatic pixels
    are the costume, and stayed within 12 (see the module's table).
    """
    lab = rgb_to_lab(crop).reshape(-1, 3)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    return lab[chroma >= np.quantile(chroma, 2 / 3)].mean(axis=0)


def check_character(
    frames: Mapping[str, np.ndarray],
    *,
    region: tuple[float, float, float, float] | None = None,
    name: str = "character",
    reference: Signature | None = None,
) -> list[ContinuityResult]:
    """Colour drift of a character across shots: each shot's keyframe region against the first's,
    and — when the cast member has a `reference` — every shot's keyframe against the reference
    itself (tools/media/references.py), so a drift that started in the first shot is caught too.

    ``frames`` maps shot id → keyframe (RGB), in shot order. ``region`` is where the character is,
    (x0, y0, x1, y1) as fractions of the frame; by default the centre of frame. Returns one result
    per shot after the first, ``shot_a`` being the anchor shot; with a reference, first one result
    per shot whose ``shot_a`` is ``reference:<name>``.
    """
    shots = list(frames)
    # With a reference the member is looked for in each keyframe (it may stand anywhere, at any
    # size); without one, it is assumed in `region` (by default the centre) of every frame.
    matches = {s: compare(np.asarray(f), reference) for s, f in frames.items()} if reference else {}
    results = [] if reference is None else _against_reference(matches, name)
    if len(shots) < 2:
        return results

    def crop_of(shot_id: str) -> np.ndarray:
        found = matches[shot_id].region if shot_id in matches else None
        return region_crop(np.asarray(frames[shot_id]), found or region or DEFAULT_REGION)

    anchor_id = shots[0]
    anchor = crop_of(anchor_id)
    anchor_colour = character_colour(anchor)
    for shot_id in shots[1:]:
        crop = crop_of(shot_id)
        colour = character_colour(crop)
        m = {
            "delta_e": round(delta_e(anchor_colour, colour), 3),
            "region_delta_e": round(delta_e(rgb_to_lab(anchor), rgb_to_lab(crop)), 3),
            "histogram": round(histogram_distance(anchor, crop), 4),
        }
        was, now = colour_name(anchor_colour), colour_name(colour)
        reasons = []
        if m["delta_e"] > CHARACTER_DELTA_E:
            drift, limit = beyond(m["delta_e"], CHARACTER_DELTA_E, places=1).split(" > ")
            reasons.append(
                f"{shot_id}: {name} colour drift ΔE {drift} from {anchor_id} "
                f"({_change(was, now, anchor_colour, colour)}) > {limit}"
            )
        suggestion = (
            f"regenerate {shot_id}'s keyframe with {anchor_id}'s keyframe as the reference for "
            f"{_who(name)} ({_keep(was, anchor_id)}), or colour-match {shot_id} towards {anchor_id}"
            if reasons
            else ""
        )
        results.append(
            ContinuityResult(
                kind="character",
                shot_a=anchor_id,
                shot_b=shot_id,
                cut="hard",
                passed=not reasons,
                metrics=m,
                reasons=reasons,
                suggestion=suggestion,
            )
        )
    return results


def _against_reference(matches: Mapping[str, ReferenceMatch], name: str) -> list[ContinuityResult]:
    results = []
    for shot_id, match in matches.items():
        reasons = [f"{shot_id}: {match.why(name)}"] if match.off_model else []
        results.append(
            ContinuityResult(
                kind="character",
                shot_a=f"reference:{name}",
                shot_b=shot_id,
                cut="hard",
                passed=not reasons,
                metrics={"ref_colour": match.colour, "ref_shape": match.shape},
                reasons=reasons,
                suggestion=(
                    f"regenerate {shot_id}'s keyframe with an engine that takes {name}'s reference"
                    if reasons
                    else ""
                ),
            )
        )
    return results


NEUTRAL = frozenset({"white", "grey", "black"})


def _who(name: str) -> str:
    """A subject as a sentence names it: "the girl" stays, "Mara" stays, "character" gets "the"."""
    words = name.split()
    if not words:
        return "the character"
    if words[0].lower() in ("the", "a", "an", "her", "his", "their") or name[:1].isupper():
        return name
    return f"the {name}"


def _keep(was: str, anchor_id: str) -> str:
    """What to keep, in words. A neutral measure (a grey, a black) is what the pixels of the
    region add up to — a red coat in a grey street can average to grey — so it is not named as
    the costume's colour: the anchor's look is what to keep."""
    return f"keep {anchor_id}'s look" if was in NEUTRAL else f"keep the {was}"


def _change(was: str, now: str, before: np.ndarray, after: np.ndarray) -> str:
    if was != now and not (was in NEUTRAL and now in NEUTRAL):
        return f"{was} → {now}"
    lighter = float(mean_lab(after)[0]) > float(mean_lab(before)[0])
    if was in NEUTRAL:
        return "lighter" if lighter else "darker"
    return f"{was}, {'lighter' if lighter else 'darker'}"
