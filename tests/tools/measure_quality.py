"""Print the measurements behind tools/media/quality.py's bounds, and time a 5 s 720p clip (not a test).

.venv/bin/python -m tests.tools.measure_quality
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from tests.tools.clips import blur, pan, scene, with_flicker, write_clip
from tools.media.quality import measure_clip


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    w, h, n = 320, 180, 48
    canvas = scene(seed=1)
    clean = pan(canvas, width=w, height=h, frames=n, top=30)
    Image.fromarray(clean[0]).save(tmp / "key.png")
    cases = {
        "clean pan, 2 px/frame": clean,
        "slow pan, 0.25 px/frame": pan(canvas, width=w, height=h, frames=n, speed=0.25, top=30),
        "flicker ±1.5 levels": with_flicker(clean, 1.5),
        "flicker ±3 levels": with_flicker(clean, 3),
        "flicker ±6 levels": with_flicker(clean, 6),
        "flicker ±12 levels": with_flicker(clean, 12),
        "slight blur (1-2-1)": [blur(f, 1, (1, 2, 1)) for f in clean],
        "blur (3-tap box)": [blur(f, 1, (1, 1, 1)) for f in clean],
        "blur (5-tap)": [blur(f, 1) for f in clean],
        "blur (5-tap twice)": [blur(f, 2) for f in clean],
        "heavy blur (6 passes)": [blur(f, 6) for f in clean],
        "detail pumping (alt. 1-2-1)": [
            blur(f, 1, (1, 2, 1)) if i % 2 else f for i, f in enumerate(clean)
        ],
        "detail pumping (every 3rd)": [
            blur(f, 1, (1, 2, 1)) if i % 3 == 0 else f for i, f in enumerate(clean)
        ],
        "still frame held 2 s": [clean[0]] * n,
        "black 0.5 s at the start": [np.zeros_like(clean[0])] * 12 + clean[12:],
        "all black": [np.zeros_like(clean[0])] * n,
        "night scene pan": pan(scene(seed=5, night=True), width=w, height=h, frames=n, top=30),
    }
    crf = {"crf 35 (heavy compression)": (clean, 35), "crf 12 (near lossless)": (clean, 12)}
    keys = ("flicker", "jitter", "sharpness", "sharpness_ratio", "motion", "frozen_longest_s")
    print(f"{'clip':28}" + "".join(f"{k[:10]:>11}" for k in keys) + "  score  verdict")
    rows = {k: (v, 23) for k, v in cases.items()} | crf
    for name, (frames, q) in rows.items():
        path = write_clip(tmp / "c.mp4", frames, crf=q)
        ref = None if "night" in name else tmp / "key.png"
        r = measure_clip(path, width=w, height=h, duration_s=2.0, reference=ref)
        cells = "".join(f"{r.metrics.get(k, float('nan')):11.3f}" for k in keys)
        print(f"{name:28}{cells}  {r.score:.2f}  {r.gate(0.6)[0]} {r.problems[:1]}")
    stills()
    big = scene(2560, 900, seed=3)[::1, ::1]
    path = write_clip(tmp / "720p.mp4", pan(big, width=1280, height=720, frames=120, speed=4))
    measure_clip(path, width=1280, height=720, duration_s=5.0)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        measure_clip(path, width=1280, height=720, duration_s=5.0)
        times.append(time.perf_counter() - t0)
    print(
        f"\nmeasure_clip on 5 s 1280×720 H.264: best {min(times):.3f} s, median {np.median(times):.3f} s"
    )


def stills() -> None:
    """The frozen check on 6 s clips that stop, as a camera lands or an engine stalls."""
    from tests.tools.test_quality import steps, travel

    tmp = Path(tempfile.mkdtemp())
    cases = {
        "creep, 0.03 px/frame": steps((6, 0.03, 0.03)),
        "cubic ease in and out": list(np.diff(np.interp(np.linspace(0, 1, 145), *_cubic()))),
        "slows over 1 s, holds 1.5 s": steps((3.5, 2, 2), (1, 2, 0), (1.5, 0, 0)),
        "slows over 0.25 s, holds 1.75 s": steps((4, 2, 2), (0.25, 2, 0), (1.75, 0, 0)),
        "stops dead, holds 1.5 s": steps((4.5, 2, 2), (1.5, 0, 0)),
        "holds 1.25 s mid-clip": steps((2, 2, 2), (1.25, 0, 0), (2.75, 2, 2)),
        "slows over 1 s, holds 2.5 s": steps((2.5, 2, 2), (1, 2, 0), (2.5, 0, 0)),
    }
    print(f"\n{'6 s clip':30}{'frozen s':>9}{'settle s':>9}  pan      handheld  static")
    for name, speeds in cases.items():
        path = write_clip(tmp / "s.mp4", travel(speeds[:-1]))
        verdicts = []
        for camera in ("pan", "handheld", "static"):
            r = measure_clip(path, width=320, height=180, duration_s=6.0, camera=camera)
            verdicts.append(r.gate(0.6)[0])
        settle = r.metrics["settle_head_s"] + r.metrics["settle_tail_s"]
        print(
            f"{name:30}{r.metrics['frozen_longest_s']:9.2f}{settle:9.2f}  "
            + "  ".join(f"{v:8}" for v in verdicts)
        )


def _cubic() -> tuple[np.ndarray, np.ndarray]:
    """Positions of a cubic ease over 6 s and 300 px, sampled finely for interpolation."""
    t = np.linspace(0, 1, 1001)
    eased = np.where(t < 0.5, 4 * t**3, 1 - (-2 * t + 2) ** 3 / 2)
    return t, eased * 300


if __name__ == "__main__":
    main()
