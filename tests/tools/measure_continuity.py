"""Print the measurements behind tools/media/continuity.py's thresholds (not a test).

.venv/bin/python -m tests.tools.measure_continuity
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.tools.clips import pan, read_clip, reencode, scene, shift_lab, with_character, write_clip
from tools.media.continuity import check_character, cut_metrics


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    w, h = 320, 180
    canvas = scene(seed=1)
    a = pan(canvas, width=w, height=h, frames=24, speed=2, top=30)
    last = read_clip(write_clip(tmp / "a.mp4", a))[-1]
    b = read_clip(
        write_clip(
            tmp / "b.mp4", pan(canvas, width=w, height=h, frames=24, speed=2, start=46, top=30)
        )
    )
    cases = {
        "same frame, re-encoded through H.264": (a[-1], reencode(a[-1], tmp / "r.mp4")),
        "last frame → next clip's first frame": (
            last,
            read_clip(write_clip(tmp / "c.mp4", [last] * 12))[0],
        ),
        "next clip continues the pan": (last, b[0]),
    }
    for pct in (1, 2, 4, 6, 10):
        dx = round(w * pct / 100)
        cases[f"camera moved {pct} % of width"] = (
            a[-1],
            canvas[30 : 30 + h, 46 + dx : 46 + dx + w],
        )
    for d in ((0, 3, 0), (0, 3, 3), (2, 4, 4), (0, 8, 8), (5, 10, 10), (0, 14, 14)):
        cases[f"grade shift Lab {d}"] = (last, reencode(shift_lab(last, *d), tmp / "g.mp4"))
    for seed_top in ((0, 0), (0, 60), (200, 40), (300, 0)):
        other = canvas[seed_top[1] : seed_top[1] + h, seed_top[0] : seed_top[0] + w]
        cases[f"same scene, other framing x={seed_top[0]} y={seed_top[1]}"] = (last, other)
    big = scene(1280, 480, seed=1)[::2, ::2]  # the same scene, wider lens
    cases["same scene, wider lens"] = (last, big[60 : 60 + h, 100 : 100 + w])
    cases["different scene (night)"] = (last, scene(seed=5, night=True)[30 : 30 + h, :w])
    cases["different scene (other day)"] = (last, scene(seed=9)[0:h, 200 : 200 + w])
    print(f"{'case':45} {'ΔE':>6} {'hist':>6} {'SSIM':>6} {'pHash':>6}")
    for name, (x, y) in cases.items():
        m = cut_metrics(x, y)
        print(
            f"{name:45} {m['delta_e']:6.2f} {m['histogram']:6.3f} {m['ssim']:6.3f} {m['phash']:6.0f}"
        )
    print()
    bgs = [
        canvas[30:210, 0:320],
        canvas[30:210, 200:520],
        canvas[0:180, 300:620],
        canvas[50:230, 100:420],
    ]
    frames = {
        f"same jacket {i}": with_character(bg, cx=0.5 + 0.03 * i, scale=1 + 0.1 * i)
        for i, bg in enumerate(bgs)
    }
    for label, jacket in {
        "darker red": (160, 40, 40),
        "maroon": (120, 25, 30),
        "orange": (210, 110, 40),
        "blue": (40, 60, 150),
    }.items():
        frames[label] = with_character(bgs[1], jacket=jacket)
    frames["grade (0, 4, 4)"] = shift_lab(frames["same jacket 1"], 0, 4, 4)
    for region in (None, (0.42, 0.3, 0.62, 0.6)):
        print(f"character region {region or 'default'}: signature ΔE, region-mean ΔE, histogram")
        for r in check_character(frames, region=region):
            m = r.metrics
            print(
                f"  {r.shot_b:20} {m['delta_e']:6.1f} {m['region_delta_e']:6.1f} {m['histogram']:6.2f} {'ok' if r.passed else 'drift'}"
            )


if __name__ == "__main__":
    main()
