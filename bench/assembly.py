"""What keeping sound costs the episode's assembly: the same four 1280x720 clips cut together
silent, with an AAC tone each (an engine's native sound), and with the animatic's silent track.

Run: .venv/bin/python -m bench.assembly
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from bench._common import table, write_json
from sessions.models import FPS
from tools.media import audio as sound
from tools.media.io import concat_clips, encode_clip, read_audio
from tools.previs.camera import render_clip_frames
from tools.previs.keyframe import render_keyframe

WIDTH, HEIGHT, CLIPS, SECONDS, REPEATS = 1280, 720, 4, 3, 5


def tone(frames: int, freq: float) -> np.ndarray:
    t = np.arange(sound.samples_for(frames, FPS)) / sound.AUDIO_RATE
    mono = (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.stack([mono, mono])


def make_clips(folder: Path) -> dict[str, list[Path]]:
    """Each shot rendered once, encoded three ways: no audio, a tone, silence."""
    frames = SECONDS * FPS
    made: dict[str, list[Path]] = {"silent": [], "sound": [], "animatic silence": []}
    for index in range(CLIPS):
        keyframe = render_keyframe(
            prompt="drone over a misty fjord at golden hour",
            shot_id=f"S0{index + 1}",
            description="the ridge at dawn",
            framing="wide",
            width=WIDTH,
            height=HEIGHT,
            seed=index,
            tags=("landscape",),
        )
        pictures = list(
            render_clip_frames(
                keyframe, camera="pan", frames=frames, width=WIDTH, height=HEIGHT, seed=index
            )
        )
        tracks = {
            "silent": None,
            "sound": tone(frames, 330 + 110 * index),
            "animatic silence": sound.silence(sound.samples_for(frames, FPS)),
        }
        for kind, track in tracks.items():
            path = folder / f"{kind.replace(' ', '-')}-{index}.mp4"
            encode_clip(pictures, path, width=WIDTH, height=HEIGHT, fps=FPS, audio=track)
            made[kind].append(path)
    return made


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    rows: list[list[object]] = []
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clips = make_clips(folder)
        for kind, paths in clips.items():

            def cut(paths: list[Path] = paths) -> Path:
                return concat_clips(
                    paths, folder / "episode.mp4", width=WIDTH, height=HEIGHT, fps=FPS
                )

            times = [timed(cut) for _ in range(REPEATS)]
            results[kind] = {"median_s": statistics.median(times), "min_s": min(times)}
        # The sound work alone: decode every clip's track, fit it and fade it at the cuts.
        mix = [
            timed(
                lambda: sound.join_shots(
                    [read_audio(p) for p in clips["sound"]],
                    [sound.samples_for(SECONDS * FPS, FPS)] * CLIPS,
                )
            )
            for _ in range(REPEATS)
        ]
        results["decode + mix only"] = {"median_s": statistics.median(mix), "min_s": min(mix)}
        track = tone(CLIPS * SECONDS * FPS, 440)

        def aac_only() -> None:
            with av.open(str(folder / "sound.mp4"), mode="w", format="mp4") as container:
                sound.AudioMuxer(container, track, FPS).finish(CLIPS * SECONDS * FPS)

        aac = [timed(aac_only) for _ in range(REPEATS)]
        results["AAC encode only"] = {"median_s": statistics.median(aac), "min_s": min(aac)}
    base = results["silent"]["median_s"]
    for kind, numbers in results.items():
        extra = numbers["median_s"] - base if not kind.endswith("only") else numbers["median_s"]
        numbers["extra_vs_silent_s"] = round(extra, 4)
        numbers["extra_pct"] = round(100 * extra / base, 1)
        rows.append([kind, numbers["median_s"], numbers["min_s"], extra, numbers["extra_pct"]])
    print(
        f"episode assembly: {CLIPS} clips x {SECONDS} s at {WIDTH}x{HEIGHT} {FPS} fps, "
        f"median of {REPEATS}"
    )
    print(table(["clips", "median s", "min s", "extra s", "extra %"], rows))
    path = write_json(
        "assembly",
        {"clips": CLIPS, "seconds_each": SECONDS, "size": [WIDTH, HEIGHT], "results": results},
    )
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
