"""How fast the animatic engine renders: a 5 s 1280x720 clip per camera move, and a keyframe.

Run: .venv/bin/python -m bench.animatic   (target: under 1.5 s per 5 s clip on 2 cores)
     .venv/bin/python -m bench.animatic --against REV   (the camera moves of git revision REV,
     timed alternately with today's in the same run, so a busy machine slows both alike)
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
from PIL import Image

from bench._common import table, write_json
from sessions.models import CAMERA_MOVES, FPS
from tools.media.io import encode_clip, probe
from tools.previs import camera as camera_now
from tools.previs.keyframe import render_keyframe

WIDTH, HEIGHT, SECONDS, REPEATS = 1280, 720, 5, 3
PROMPT = "drone over a misty fjord at golden hour, a climber on the ridge"
ROOT = Path(__file__).resolve().parent.parent

Render = Callable[..., Iterator[np.ndarray]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REV", help="also time this revision's camera moves")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs per move (median)")
    args = parser.parse_args()
    repeats = max(1, args.repeats)
    renders: dict[str, Render] = {"now": camera_now.render_clip_frames}
    if args.against:
        renders[args.against] = _camera_at(args.against).render_clip_frames

    frames = SECONDS * FPS
    keyframe_ms = []
    for seed in range(repeats * 3):
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

    times: dict[str, dict[str, list[float]]] = {name: {} for name in renders}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "clip.mp4"
        for camera in CAMERA_MOVES:
            for _ in range(repeats):
                for name, render in renders.items():  # alternate: both see the same machine
                    seconds = _time_clip(render, keyframe, camera, frames, out)
                    times[name].setdefault(camera, []).append(seconds)
                    assert probe(out).frames == frames

    results: dict[str, dict[str, dict[str, float]]] = {name: {} for name in times}
    for name, per_move in times.items():
        for camera, t in per_move.items():
            median = statistics.median(t)
            results[name][camera] = {"seconds": median, "fps": frames / median}

    print(f"5 s {WIDTH}x{HEIGHT} clip ({frames} frames), median of {repeats}")
    headers = ["camera move", *(f"{name} s" for name in renders), "frames/s (now)"]
    if args.against:
        headers.append("now / before")
    rows = []
    for camera in CAMERA_MOVES:
        row: list[object] = [camera, *(round(results[n][camera]["seconds"], 3) for n in renders)]
        row.append(round(results["now"][camera]["fps"], 1))
        if args.against:
            row.append(
                round(
                    results["now"][camera]["seconds"] / results[args.against][camera]["seconds"], 2
                )
            )
        rows.append(row)
    print(table(headers, rows))
    worst = max(r["seconds"] for r in results["now"].values())
    print(f"keyframe {WIDTH}x{HEIGHT}: {statistics.median(keyframe_ms):.0f} ms (median)")
    print(f"slowest move: {worst:.3f} s (target < 1.5 s)")
    path = write_json(
        "animatic",
        {
            "clip": {"width": WIDTH, "height": HEIGHT, "frames": frames, "repeats": repeats},
            "moves": results["now"],
            "slowest_s": worst,
            "keyframe_ms": statistics.median(keyframe_ms),
            **(
                {"against": {"rev": args.against, "moves": results[args.against]}}
                if args.against
                else {}
            ),
        },
    )
    print(f"wrote {path}")


def _time_clip(render: Render, keyframe: Image.Image, camera: str, frames: int, out: Path) -> float:
    started = time.perf_counter()
    clip = render(keyframe, camera=camera, frames=frames, width=WIDTH, height=HEIGHT, seed=7)
    encode_clip(clip, out, width=WIDTH, height=HEIGHT, fps=FPS)
    return time.perf_counter() - started


def _camera_at(rev: str) -> ModuleType:
    """tools/previs/camera.py as it was at git revision `rev`, loaded as a module of its own."""
    try:
        source = subprocess.run(
            ["git", "show", f"{rev}:tools/previs/camera.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(f"bench.animatic: cannot read tools/previs/camera.py at {rev!r}: {exc}")
    path = Path(tempfile.mkdtemp()) / "camera_then.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("camera_then", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    main()
