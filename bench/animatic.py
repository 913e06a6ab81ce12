"""How fast the animatic engine renders: a 5 s 1280x720 clip per camera move, and a keyframe.

Run: .venv/bin/python -m bench.animatic   (target: under 1.5 s per 5 s clip on 2 cores)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench._common import table, write_json
from sessions.models import CAMERA_MOVES, FPS
from tools.media.io import encode_clip, probe
from tools.previs.camera import render_clip_frames
from tools.previs.keyframe import render_keyframe

WIDTH, HEIGHT, SECONDS, REPEATS = 1280, 720, 5, 3
PROMPT = "drone over a misty fjord at golden hour, a climber on the ridge"


def main() -> None:
    frames = SECONDS * FPS
    keyframe_ms = []
    for seed in range(REPEATS * 3):
        started = time.perf_counter()
        keyframe = render_keyframe(
            prompt=PROMPT,
            shot_id="S01",
            description="The climber reaches the ridge as the sun breaks through",
            framing="wide",
            width=WIDTH,
            height=HEIGHT,
            seed=seed,
            tags=("landscape", "camera_motion"),
        )
        keyframe_ms.append((time.perf_counter() - started) * 1000)

    rows, results = [], {}
    with tempfile.TemporaryDirectory() as folder:
        for camera in CAMERA_MOVES:
            times = []
            for _ in range(REPEATS):
                out = Path(folder) / f"{camera}.mp4"
                started = time.perf_counter()
                clip = render_clip_frames(
                    keyframe, camera=camera, frames=frames, width=WIDTH, height=HEIGHT, seed=7
                )
                encode_clip(clip, out, width=WIDTH, height=HEIGHT, fps=FPS)
                times.append(time.perf_counter() - started)
            assert probe(out).frames == frames
            seconds = statistics.median(times)
            rows.append((camera, round(seconds, 3), round(frames / seconds, 1)))
            results[camera] = {"seconds": seconds, "fps": frames / seconds}

    worst = max(r["seconds"] for r in results.values())
    print(f"5 s {WIDTH}x{HEIGHT} clip ({frames} frames), median of {REPEATS}")
    print(table(["camera move", "seconds", "frames/s"], rows))
    print(f"keyframe {WIDTH}x{HEIGHT}: {statistics.median(keyframe_ms):.0f} ms (median)")
    print(f"slowest move: {worst:.3f} s (target < 1.5 s)")
    path = write_json(
        "animatic",
        {
            "clip": {"width": WIDTH, "height": HEIGHT, "frames": frames, "repeats": REPEATS},
            "moves": results,
            "slowest_s": worst,
            "keyframe_ms": statistics.median(keyframe_ms),
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
