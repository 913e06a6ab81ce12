"""The quality gate: every engine output is measured on its decoded frames before it becomes a take.

``clip_metrics`` and the scoring are pure functions over RGB frames; ``measure_clip`` and
``measure_image`` only decode (at 320 px wide, for speed) and never raise for a bad file: an
undecodable output is a report with score 0 and a reason, so the router can fail over on it.

Hard problems reject whatever the score: wrong aspect ratio, duration off by more than one frame,
undecodable, black for ≥ 0.5 s or > 25 % of frames, frozen for ≥ 1 s, flicker, blur or shimmer
beyond the hard bound. Soft problems lower the score.

"Frozen" means the picture has not changed by FROZEN_DIFF since the still run began — not merely
since the previous frame, so a slow creep drifts out of it while a freeze never does. Where a still
picture is a stall depends on the shot's camera move, which the gate is given: a static shot may
hold anywhere; a move that eases (push-in, pull-out, pan, tilt, orbit, dolly, drone) may start
from rest and land at rest — a still stretch at either end that the motion slows into or gathers
speed out of, up to a third of the clip (a *settle*); handheld, or an unknown move, nowhere. A stall
that arrives at full speed, or a freeze in mid-clip, is rejected whatever the move.

The score is a weighted mean of component scores in [0, 1], each a linear ramp from its "good"
bound (1) to its "bad" bound (0):

    component    weight  metric                                     good → bad
    sharpness    0.30    Laplacian variance (2×2-averaged grey),    ratio 0.6 → 0.15 (hard < 0.15)
                         ÷ the reference keyframe's at that size
                         (no reference: absolute)                   20 → 2 (soft only)
    flicker      0.25    std of mean luma after a 9-frame trend     0.5 → 2.5 levels (hard > 2.5)
    jitter       0.15    relative std of per-frame detail energy,   0.08 → 0.3 (hard > 0.35)
                         same detrending ("texture shimmer")
    resolution   0.10    √(pixels / asked pixels), same aspect      1 → 0
    black        0.10    fraction of black frames (mean luma < 12)  0 → 0.25
    frozen       0.10    fraction of frames in still runs ≥ 0.25 s, 0 → 0.5 (1 if static)
                         settles not counted

Measurements behind the bounds (320×180 pans over a synthetic scene, H.264 crf 23, 24 fps, 2 s,
against the first frame saved as PNG; ``python -m tests.tools.measure_quality`` prints them):

    clip                          flicker  jitter  sharp. ratio  frozen s  score  verdict (0.6)
    clean pan, 2 px/frame         0.06     0.005   0.98          0         1.00   accept
    slow pan, 0.25 px/frame       0.02     0.014   0.95          0.17      1.00   accept
      (whole pixels every 4th frame)
    crf 35 / crf 12               0.06     0.035/0.003  0.74/1.04  0       1.00   accept
    flicker ±1.5 / ±3 levels      0.64/1.27  0.005  0.99         0         0.98/0.90  accept
    flicker ±6 / ±12 levels       3.0/6.2  0.006   0.99          0         0.75   reject (flicker)
    blur 1-2-1 / 3-tap box        0.06     0.01    0.38/0.27     0         0.85/0.78  accept, "soft"
    blur 5-tap box / 6 × 5-tap    0.06     0.02/0.05  0.10/0.02  0         0.70   reject (blurred)
    detail pumping, 1-2-1 on      0.10     0.31/0.38  0.88/0.68  0         0.85   accept/reject
      every 3rd / 2nd frame
    one frame held 2 s            0.00     0.000   0.93          1.96      0.90   reject (frozen)
    black 0.5 s, then the pan     0.07     0.005   1.00          0         0.90   reject (black)
    all black                     —        —       —             —         0.20   reject (black)

The frozen check on 6 s clips of the same scene (grain softened, sub-pixel steps interpolated),
by the shot's camera move (``measure_quality`` prints this too):

    clip                              frozen s  settle s  pan     handheld  static
    creep, 0.03 px/frame              0.33      0         accept  accept    accept
    cubic ease in and out             0.33      1.46      accept  accept    accept
    slows over 1 s, holds 1.5 s       1.54      1.54      accept  reject    accept
    slows over 0.25 s, holds 1.75 s   1.62      0         reject  reject    accept
    stops dead, holds 1.5 s           1.46      0         reject  reject    accept
    holds 1.25 s mid-clip             1.25      0         reject  reject    accept
    slows over 1 s, holds 2.5 s       2.50      0         reject  reject    accept

Compared only with the previous frame, the creep would read as frozen for all 6 s (it changes
0.03 levels a frame). An encoder needs about 0.2 s to refine a picture that just froze, which is
why a landing is judged on the motion before that.

Flicker on clean footage stays under 0.1 level, so 0.5 leaves room for real light changes faster
than the trend; ±6 levels of random brightness is plainly visible and is the first hard case. The
Laplacian is taken after 2×2 averaging because at full scale grain dominates it (a 1-2-1 blur kept
4 % of it, so every soft engine would be "blurred"). Measuring a 5 s 1280×720 clip takes 0.17–0.25 s
(decode and scale ≈ 0.15 s, metrics ≈ 0.03 s) on two idle cores, up to 0.49 s when they are shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from sessions.models import FPS
from tools.media.continuity import grey

FloatArray = NDArray[np.float64]

DECODE_WIDTH = 320
BLACK_LUMA = 12.0  # mean luma (0–255) under which a frame reads as black
BLACK_HARD_S = 0.5
BLACK_HARD_FRACTION = 0.25
FROZEN_DIFF = 0.15  # mean |Δ| between frames, in luma levels, under which nothing moved
FROZEN_HARD_S = 1.0
# A move may start from rest and land at rest: a still stretch at either end of the clip is a
# settle, not a stall, when the motion beside it (over SETTLE_WINDOW_S, SETTLE_GUARD_S away) is
# SETTLE_ENTRY or less of the clip's median motion, and it lasts SETTLE_MAX_FRACTION or less.
SETTLE_WINDOW_S = 0.25
SETTLE_GUARD_S = 0.2
SETTLE_ENTRY = 0.5
SETTLE_MAX_FRACTION = 1 / 3
SETTLE_GAP = 2  # steps between still runs that still count as one stretch (a blip, a refresh)
ASPECT_TOLERANCE = 0.01  # 854×480 is 16:9 to 0.1 %; 4:3 against 16:9 is 25 % off
TREND_FRAMES = 9  # ~0.4 s: slower changes are lighting or camera, faster ones are flicker

WEIGHTS: dict[str, float] = {
    "sharpness": 0.30,
    "flicker": 0.25,
    "jitter": 0.15,
    "resolution": 0.10,
    "black": 0.10,
    "frozen": 0.10,
}
# (good, bad) bounds of each ramp; the component is 1 at good and 0 at bad.
SHARPNESS_RATIO = (0.6, 0.15)
SHARPNESS_ABSOLUTE = (20.0, 2.0)
FLICKER = (0.5, 2.5)
JITTER = (0.08, 0.3)
JITTER_HARD = 0.35


@dataclass(frozen=True)
class QualityReport:
    """A measured output: score in [0, 1], the numbers behind it, and the problems in words.

    ``problems`` are ordered worst first; ``hard`` holds those that reject whatever the score.
    """

    score: float
    metrics: dict[str, float]
    problems: list[str] = field(default_factory=list)
    hard: list[str] = field(default_factory=list)

    def gate(self, threshold: float) -> tuple[Literal["accept", "reject"], str]:
        """Accept or reject against a tier's minimum score; the reason names the worst problem."""
        if self.hard:
            return "reject", self.hard[0]
        if self.score < threshold:
            worst = f": {self.problems[0]}" if self.problems else ""
            return "reject", f"quality {self.score:.2f} < {threshold:.2f}{worst}"
        note = f" ({self.problems[0]})" if self.problems else ""
        return "accept", f"quality {self.score:.2f} ≥ {threshold:.2f}{note}"


# ---- pure metrics ------------------------------------------------------------------------------


def laplacian_variance(g: np.ndarray) -> float:
    """Variance of the 4-neighbour Laplacian of a grey frame, after 2×2 averaging.

    The averaging keeps pixel-level grain and codec noise out of the measure, which otherwise
    dominate it: a barely visible 1-2-1 blur left 4 % of the full-scale variance, 30 % of this.
    """
    h, w = (g.shape[0] // 2) * 2, (g.shape[1] // 2) * 2
    g = g[:h, :w].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    lap = g[1:-1, :-2] + g[1:-1, 2:] + g[:-2, 1:-1] + g[2:, 1:-1] - 4 * g[1:-1, 1:-1]
    return float(lap.var())


def _detrended(series: FloatArray, window: int = TREND_FRAMES) -> FloatArray:
    """The series minus its centred moving average (edges padded): what changes frame to frame."""
    if len(series) < 3:
        return np.zeros_like(series)
    window = min(window, len(series) - (1 - len(series) % 2))
    pad = window // 2
    padded = np.pad(series, pad, mode="edge")
    trend = np.convolve(padded, np.ones(window) / window, mode="valid")
    return series - trend


def _longest_run(mask: NDArray[np.bool_]) -> tuple[int, int]:
    """(length, start) of the longest run of True."""
    best, best_start, run = 0, 0, 0
    for i, v in enumerate(mask):
        run = run + 1 if v else 0
        if run > best:
            best, best_start = run, i - run + 1
    return best, best_start


def _runs(mask: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, length) of every run of True, in order."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return [(int(a), int(b - a)) for a, b in zip(starts, ends, strict=True)]


def _still_steps(
    greys: Sequence[np.ndarray], diffs: FloatArray, black: NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """still[i]: frame i + 1 shows the picture of frame i *and* of the frame its still run began on.

    Comparing with the run's first frame, not only the previous one, is what tells a slow move from
    a freeze: a push-in that creeps a tenth of a pixel a frame differs little from frame to frame,
    but drifts past the threshold within a few frames; a frozen picture never does.
    """
    still = np.zeros(len(diffs), dtype=bool)
    anchor = greys[0] if len(greys) else None
    for i, step in enumerate(diffs):
        frame = greys[i + 1]
        if (
            step < FROZEN_DIFF
            and not black[i + 1]
            and anchor is not None
            and float(np.abs(frame - anchor).mean()) < FROZEN_DIFF
        ):
            still[i] = True
        else:
            anchor = frame
    return still


def _stretch(runs: list[tuple[int, int]], *, at_end: bool) -> tuple[int, int]:
    """(first step, steps) of the run at one end of the clip, joined with the runs next to it
    across gaps of SETTLE_GAP steps or less (a codec refresh inside a freeze is such a gap)."""
    ordered = runs[::-1] if at_end else runs
    first, stop = ordered[0][0], ordered[0][0] + ordered[0][1]
    for start, length in ordered[1:]:
        gap = first - (start + length) if at_end else start - stop
        if gap > SETTLE_GAP:
            break
        first, stop = min(first, start), max(stop, start + length)
    return first, stop - first


def _settles(
    still: NDArray[np.bool_], diffs: FloatArray, fps: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The still stretches at the start and the end of the clip that the motion eases out of or
    into, each as (first step, steps), or None.

    A stretch is a settle when the motion beside it is slow — over SETTLE_WINDOW_S, SETTLE_ENTRY or
    less of the clip's median motion — and it lasts SETTLE_MAX_FRACTION of the clip or less. A move
    that lands softly has slowed down well before it stops, and one that starts from rest gathers
    speed; a stall arrives at full speed, or leaves at it. Before a still end, the window keeps
    SETTLE_GUARD_S away: those are the frames in which an encoder refines a picture that just
    froze, which would look like a quick landing.
    """
    runs = _runs(still)
    moving = diffs[~still]
    if not runs or not len(moving):
        return None, None
    cruise = float(np.median(moving))
    window = max(1, round(fps * SETTLE_WINDOW_S))
    guard = round(fps * SETTLE_GUARD_S)

    def settle(steps: int, beside: FloatArray) -> bool:
        short = steps <= SETTLE_MAX_FRACTION * len(still)  # a longer "landing" is a stall
        slow = len(beside) == window and float(beside.mean()) <= SETTLE_ENTRY * cruise
        return short and slow

    head = tail = None
    first, steps = _stretch(runs, at_end=False)
    stop = first + steps
    if first <= SETTLE_GAP and settle(stop, diffs[stop : stop + window]):
        head = (0, stop)
    first, steps = _stretch(runs, at_end=True)
    at_end = first + steps >= len(still) - SETTLE_GAP and first >= guard + window
    if at_end and settle(len(still) - first, diffs[first - guard - window : first - guard]):
        tail = (first, len(still) - first)
    return head, tail


def clip_metrics(frames: Sequence[np.ndarray], *, fps: int) -> dict[str, float]:
    """Everything the gate measures on decoded RGB frames, as JSON-safe floats.

    ``black_*`` and ``frozen_*`` runs are in frames and seconds; ``settle_head_s`` and
    ``settle_tail_s`` are still stretches a move eases out of or into (0 when there is none);
    ``stall_*`` is the longest still run that is not such a settle. ``flicker`` is in luma levels;
    ``jitter`` is relative; ``sharpness`` is the median per-frame Laplacian variance.
    """
    if not frames:
        return {"frames": 0.0}
    greys = [grey(f).astype(np.float32) for f in frames]
    luma = np.array([g.mean() for g in greys], dtype=np.float64)
    hf = np.array([laplacian_variance(g) for g in greys], dtype=np.float64)
    black = luma < BLACK_LUMA
    black_run, black_start = _longest_run(black)
    diffs = np.array([np.abs(b - a).mean() for a, b in pairwise(greys)], dtype=np.float64)
    # a run of k still steps is k + 1 identical frames, which last k frame periods
    still = _still_steps(greys, diffs, black)
    frozen_run, frozen_start = _longest_run(still)
    head, tail = _settles(still, diffs, fps)
    settled = np.zeros_like(still)
    for first, steps in (s for s in (head, tail) if s is not None):
        settled[first : first + steps] = True
    stall_run, stall_start = _longest_run(still & ~settled)
    # a held beat shorter than a quarter second reads as motion easing, not as a frozen picture
    held = [(a, n) for a, n in _runs(still) if n >= fps / 4]
    lit = ~black
    hf_lit = hf[lit]
    return {
        "frames": float(len(frames)),
        "mean_luma": float(luma.mean()),
        "black_fraction": float(black.mean()),
        "black_longest_s": black_run / fps,
        "black_start_frame": float(black_start),
        "frozen_fraction": sum(n for _, n in held) / len(frames),
        "frozen_longest_s": frozen_run / fps,
        "frozen_start_frame": float(frozen_start),
        "settle_head_s": head[1] / fps if head else 0.0,
        "settle_tail_s": tail[1] / fps if tail else 0.0,
        "stall_fraction": sum(int((~settled[a : a + n]).sum()) for a, n in held) / len(frames),
        "stall_longest_s": stall_run / fps,
        "stall_start_frame": float(stall_start),
        "motion": float(diffs.mean()) if len(diffs) else 0.0,
        "sharpness": float(np.median(hf_lit)) if len(hf_lit) else 0.0,
        "flicker": float(_detrended(luma[lit]).std()) if lit.sum() >= 3 else 0.0,
        "jitter": (
            float(_detrended(hf_lit).std() / max(hf_lit.mean(), 1e-6)) if len(hf_lit) >= 3 else 0.0
        ),
    }


def _ramp(value: float, good: float, bad: float) -> float:
    """1 at ``good``, 0 at ``bad``, linear between (either direction)."""
    t = (value - bad) / (good - bad)
    return float(min(1.0, max(0.0, t)))


@dataclass
class _Findings:
    hard: list[tuple[float, str]] = field(default_factory=list)
    soft: list[tuple[float, str]] = field(default_factory=list)

    def add(self, text: str, *, hard: bool = False, component: float = 0.0) -> None:
        (self.hard if hard else self.soft).append((component, text))

    def ordered(self) -> tuple[list[str], list[str]]:
        hard = [t for _, t in self.hard]  # found in priority order: geometry, time, black …
        soft = [t for _, t in sorted(self.soft, key=lambda x: x[0])]
        return hard + soft, hard


def _frame_span(first: float, last: float) -> str:
    return f"frames {int(first)}–{int(last)}"


def _geometry(
    findings: _Findings, metrics: dict[str, float], size: tuple[int, int], asked: tuple[int, int]
) -> float:
    """Check resolution and aspect; returns the resolution component."""
    (w, h), (aw, ah) = size, asked
    metrics.update(width=float(w), height=float(h))
    if abs((w / h) / (aw / ah) - 1) > ASPECT_TOLERANCE:
        findings.add(f"aspect {w}×{h} ({w / h:.3f}), asked {aw}×{ah} ({aw / ah:.3f})", hard=True)
        return 0.0
    component = min(1.0, float(np.sqrt((w * h) / (aw * ah))))
    if (w, h) != (aw, ah):
        findings.add(f"resolution {w}×{h}, asked {aw}×{ah}", component=component)
    return component


Stillness = Literal["anywhere", "ends", "nowhere"]
EASED_MOVES = frozenset({"push-in", "pull-out", "pan", "tilt", "orbit", "dolly", "drone"})


def stillness(camera: str | None) -> Stillness:
    """Where a shot's camera move may hold still: a static shot anywhere; a move that eases in and
    out (push-in, pan, orbit …) at its ends, where it starts from and lands at rest; handheld, or
    an unknown move, nowhere — a still picture there is a stall."""
    if camera == "static":
        return "anywhere"
    return "ends" if camera in EASED_MOVES else "nowhere"


def score_clip(
    metrics: dict[str, float],
    findings: _Findings,
    *,
    fps: int,
    static: bool = False,
    camera: str | None = None,
    reference_sharpness: float | None = None,
) -> dict[str, float]:
    """Component scores from ``clip_metrics`` output, adding what is wrong to ``findings`` (pure).

    Hard problems are added in priority order (black, frozen, blur, flicker): the gate names the
    first. Sharpness and flicker are judged on the lit frames only. ``camera`` is the shot's move,
    which says where the picture may hold still (``static=True`` is the same as "static").
    """
    f = findings
    components: dict[str, float] = {}
    components["black"] = _ramp(metrics["black_fraction"], 0.0, BLACK_HARD_FRACTION)
    black_s = metrics["black_longest_s"]
    if black_s > 0:
        start = metrics["black_start_frame"]
        span = _frame_span(start, start + round(black_s * fps) - 1)
        hard = black_s >= BLACK_HARD_S or metrics["black_fraction"] > BLACK_HARD_FRACTION
        f.add(f"black for {black_s:.1f} s ({span})", hard=hard, component=components["black"])
    may_hold = stillness("static" if static else camera)
    _judge_stillness(f, metrics, components, fps=fps, may_hold=may_hold)
    if metrics["black_fraction"] >= 1.0:
        return components | {"sharpness": 0.0, "flicker": 0.0, "jitter": 0.0}
    if reference_sharpness:
        ratio = metrics["sharpness"] / reference_sharpness
        metrics["sharpness_ratio"] = ratio
        components["sharpness"] = _ramp(ratio, *SHARPNESS_RATIO)
        if ratio < SHARPNESS_RATIO[1]:
            f.add(f"blurred: {ratio:.0%} of the keyframe's detail", hard=True)
        elif components["sharpness"] < 1:
            f.add(f"soft: {ratio:.0%} of the keyframe's detail", component=components["sharpness"])
    else:
        components["sharpness"] = _ramp(metrics["sharpness"], *SHARPNESS_ABSOLUTE)
        if components["sharpness"] < 1:
            f.add(
                f"little detail (Laplacian variance {metrics['sharpness']:.0f})",
                component=components["sharpness"],
            )
    components["flicker"] = _ramp(metrics["flicker"], *FLICKER)
    if metrics["flicker"] > FLICKER[1]:
        f.add(
            f"flicker: brightness jumps {metrics['flicker']:.1f} levels frame to frame", hard=True
        )
    elif components["flicker"] < 1:
        f.add(f"slight flicker ({metrics['flicker']:.1f} levels)", component=components["flicker"])
    components["jitter"] = _ramp(metrics["jitter"], *JITTER)
    if metrics["jitter"] > JITTER_HARD:
        f.add(f"texture shimmer: detail varies {metrics['jitter']:.0%} frame to frame", hard=True)
    elif components["jitter"] < 1:
        f.add(
            f"texture shimmer: detail varies {metrics['jitter']:.0%} frame to frame",
            component=components["jitter"],
        )
    return components


def _judge_stillness(
    f: _Findings,
    metrics: dict[str, float],
    components: dict[str, float],
    *,
    fps: int,
    may_hold: Stillness,
) -> None:
    """The frozen check: a still picture for FROZEN_HARD_S or more is a stall, unless the shot may
    hold there — anywhere for a static shot; at the ends, as a settle, for an eased move."""
    if may_hold == "anywhere":
        components["frozen"] = 1.0
        return
    kind = "stall" if may_hold == "ends" else "frozen"  # a stall is a still run but no settle
    longest, start = metrics[f"{kind}_longest_s"], metrics[f"{kind}_start_frame"]
    components["frozen"] = _ramp(metrics[f"{kind}_fraction"], 0.0, 0.5)
    if longest >= FROZEN_HARD_S:
        span = _frame_span(start, start + round(longest * fps))
        f.add(f"frozen for {longest:.1f} s ({span})", hard=True)


def combine(components: dict[str, float]) -> float:
    """The weighted mean of the components present, in [0, 1]."""
    total = sum(WEIGHTS[k] for k in components)
    return round(sum(WEIGHTS[k] * v for k, v in components.items()) / total, 4) if total else 0.0


# ---- I/O: decode, then the pure functions --------------------------------------------------------


@dataclass
class _Decoded:
    frames: list[np.ndarray]
    width: int
    height: int
    fps: float | None


def _decode(path: Path, *, max_width: int = DECODE_WIDTH) -> _Decoded:
    """Decode every frame, scaled down to ``max_width``. Raises on an unreadable file."""
    import av  # deferred: nothing heavy at import time

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        rate = stream.average_rate or stream.guessed_rate
        frames: list[np.ndarray] = []
        width = height = 0
        size: tuple[int, int] | None = None
        for frame in container.decode(stream):
            if size is None:
                width, height = frame.width, frame.height
                w = min(max_width, width) // 2 * 2
                size = (w, max(2, round(height * w / width) // 2 * 2))
            frames.append(
                frame.to_ndarray(
                    format="rgb24", width=size[0], height=size[1], interpolation="FAST_BILINEAR"
                )
            )
    return _Decoded(frames, width, height, float(rate) if rate else None)


def _load_image(
    path: Path, *, max_width: int = DECODE_WIDTH, size: tuple[int, int] | None = None
) -> tuple[np.ndarray, int, int]:
    """An image as RGB, scaled down to ``max_width`` (or to exactly ``size``), with its own size."""
    from PIL import Image

    with Image.open(path) as im:
        im.load()
        w, h = im.size
        rgb = im.convert("RGB")
        if size is None and w > max_width:
            size = (max_width, max(1, round(h * max_width / w)))
        if size is not None and size != (w, h):
            rgb = rgb.resize(size, Image.Resampling.BOX)
        return np.asarray(rgb), w, h


def _unreadable(kind: str, exc: Exception) -> QualityReport:
    reason = f"undecodable {kind}: {type(exc).__name__}: {str(exc)[:120]}".rstrip(": ")
    return QualityReport(score=0.0, metrics={"decodable": 0.0}, problems=[reason], hard=[reason])


def measure_clip(
    path: Path,
    *,
    width: int,
    height: int,
    duration_s: float,
    fps: int = FPS,
    reference: Path | None = None,
    static: bool = False,
    camera: str | None = None,
) -> QualityReport:
    """Measure a clip against what was asked. ``reference`` is the keyframe it was animated from;
    ``camera`` is the shot's move, which says where the picture may hold still (a static shot
    anywhere, an eased move where it starts and lands); ``static=True`` is camera "static"."""
    try:
        decoded = _decode(path)
    except Exception as exc:  # any failure to read an engine's output becomes a reason
        return _unreadable("clip", exc)
    if not decoded.frames:
        return _unreadable("clip", ValueError("no video frames"))
    metrics = clip_metrics(decoded.frames, fps=fps)
    metrics["decodable"] = 1.0
    ref_sharpness = None
    if reference is not None:
        try:
            # measured at the clip's decoded size, so the two variances compare like for like
            h, w = decoded.frames[0].shape[:2]
            ref, _, _ = _load_image(reference, size=(w, h))
            ref_sharpness = laplacian_variance(grey(ref)) or None
        except Exception:  # a missing reference falls back to absolute sharpness
            metrics["reference_unreadable"] = 1.0
    findings = _Findings()
    resolution = _geometry(findings, metrics, (decoded.width, decoded.height), (width, height))
    clip_fps = decoded.fps or fps
    got_s = len(decoded.frames) / clip_fps
    metrics.update(duration_s=round(got_s, 4), fps=float(clip_fps))
    if abs(got_s - duration_s) > 1 / fps + 1e-6:
        findings.add(f"duration {got_s:.2f} s, asked {duration_s:.2f} s", hard=True)
    components = score_clip(
        metrics,
        findings,
        fps=fps,
        static=static,
        camera=camera,
        reference_sharpness=ref_sharpness,
    )
    components["resolution"] = resolution
    score = combine(components)
    metrics.update({f"score_{k}": round(v, 4) for k, v in components.items()})
    problems, hard = findings.ordered()
    return QualityReport(score=score, metrics=metrics, problems=problems, hard=hard)


def measure_image(path: Path, *, width: int, height: int) -> QualityReport:
    """Measure a keyframe (or any still) against the asked size: geometry, black, detail."""
    try:
        rgb, w, h = _load_image(path)
    except Exception as exc:  # any failure to read an engine's output becomes a reason
        return _unreadable("image", exc)
    g = grey(rgb)
    metrics: dict[str, float] = {
        "decodable": 1.0,
        "mean_luma": float(g.mean()),
        "sharpness": laplacian_variance(g),
    }
    findings = _Findings()
    components = {
        "resolution": _geometry(findings, metrics, (w, h), (width, height)),
        "sharpness": _ramp(metrics["sharpness"], *SHARPNESS_ABSOLUTE),
        "black": 0.0 if metrics["mean_luma"] < BLACK_LUMA else 1.0,
    }
    if components["black"] == 0:
        findings.add(f"black image (mean luma {metrics['mean_luma']:.1f})", hard=True)
    elif components["sharpness"] < 1:
        findings.add(
            f"little detail (Laplacian variance {metrics['sharpness']:.0f})",
            component=components["sharpness"],
        )
    score = combine(components)
    metrics.update({f"score_{k}": round(v, 4) for k, v in components.items()})
    problems, hard = findings.ordered()
    return QualityReport(score=score, metrics=metrics, problems=problems, hard=hard)
