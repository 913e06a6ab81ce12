"""The animatic against its own gate, on the full grid at 720p: every camera move × every duration
1–20 s × every aspect ratio, each cell a keyframe and a clip made by the engine the way production
asks for them, judged by the real gate at the draft and the delivery threshold.

The subjects, palettes and framings the keyframe draws rotate from cell to cell, and so do seeds.
`make test` checks the whole grid from the camera paths and a covering sample rendered at the
gate's size (tests/tools/test_animatic.py); this renders it all, about half an hour on two cores.

Run: .venv/bin/python -m bench.animatic_grid            (exit 1 if any cell is rejected)
     .venv/bin/python -m bench.animatic_grid --moves orbit,drone --durations 1,20 --aspects 9:16
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

from bench._common import table, write_json
from sessions.models import CAMERA_MOVES, RESOLUTIONS
from tests.animatic_shots import shoot
from tools.catalog import default_catalog_text, parse_catalog
from tools.engines.animatic import AnimaticEngine
from tools.routing.gate import quality_gate


@dataclass(frozen=True)
class Cell:
    camera: str
    aspect: str
    seconds: float
    index: int


@dataclass(frozen=True)
class Verdict:
    cell: Cell
    draft: str  # "accept" or the reason
    delivery: str
    score: float
    frozen_s: float
    settle_s: float
    sharpness_ratio: float
    render_s: float
    measure_s: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", default=",".join(CAMERA_MOVES))
    parser.add_argument("--aspects", default=",".join(RESOLUTIONS))
    parser.add_argument("--durations", default=",".join(str(s) for s in range(1, 21)))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    try:
        moves = _choices(args.moves, CAMERA_MOVES, "move")
        aspects = _choices(args.aspects, tuple(RESOLUTIONS), "aspect ratio")
        durations = [float(d) for d in args.durations.split(",")]
    except ValueError as exc:
        sys.exit(f"bench.animatic_grid: {exc}")

    cells = [
        Cell(camera, aspect, seconds, index)
        for index, (camera, seconds, aspect) in enumerate(
            itertools.product(moves, durations, aspects)
        )
    ]
    started = time.perf_counter()
    verdicts: list[Verdict] = []
    context = multiprocessing.get_context("spawn")  # PyAV and threads do not survive a fork well
    with ProcessPoolExecutor(max(1, args.workers), mp_context=context) as pool:
        # longest first, so that the last cells to finish are short ones
        jobs = [pool.submit(judge, cell) for cell in sorted(cells, key=lambda c: -c.seconds)]
        for done, job in enumerate(as_completed(jobs), 1):
            verdict = job.result()
            verdicts.append(verdict)
            if verdict.draft != "accept" or verdict.delivery != "accept":
                print(f"REJECTED {_name(verdict.cell)}: {verdict.delivery}", flush=True)
            if done % max(1, len(cells) // 20) == 0:
                minutes = (time.perf_counter() - started) / 60
                print(f"{done}/{len(cells)} cells, {minutes:.1f} min", flush=True)
    wall = time.perf_counter() - started

    rows = []
    for camera in moves:
        mine = [v for v in verdicts if v.cell.camera == camera]
        worst = min(mine, key=lambda v: v.score)
        rows.append(
            (
                camera,
                len(mine),
                sum(v.draft == "accept" for v in mine),
                sum(v.delivery == "accept" for v in mine),
                round(worst.score, 3),
                _name(worst.cell),
                round(max(v.frozen_s for v in mine), 2),
                round(max(v.settle_s for v in mine), 2),
                round(min(v.sharpness_ratio for v in mine), 2),
            )
        )
    print(f"{len(cells)} cells at 720p-class sizes, {args.workers} workers, {wall / 60:.1f} min")
    headers = ["move", "cells", "draft ok", "delivery ok", "min score", "at", "frozen s"]
    print(table([*headers, "settle s", "min sharp."], rows))
    render = [v.render_s / v.cell.seconds for v in verdicts]
    measure = [v.measure_s / v.cell.seconds for v in verdicts]
    print(
        f"per second of clip: render {statistics.median(render):.3f} s, "
        f"gate {statistics.median(measure):.3f} s (medians, workers sharing the cores)"
    )
    rejected = [v for v in verdicts if v.draft != "accept" or v.delivery != "accept"]
    path = write_json(
        "animatic_grid",
        {
            "cells": len(cells),
            "rejected": len(rejected),
            "wall_s": wall,
            "verdicts": [asdict(v) for v in verdicts],
        },
    )
    print(f"{len(rejected)} rejected; wrote {path}")
    if rejected:
        sys.exit(1)


def judge(cell: Cell) -> Verdict:
    """Make one cell's keyframe and clip with the engine, then gate the clip at both tiers."""
    catalog = parse_catalog(default_catalog_text())
    spec = next(e for e in catalog.engines if e.provider == "animatic")
    thresholds = catalog.guardrails.min_quality
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        clip, req = asyncio.run(
            shoot(
                AnimaticEngine(spec),
                Path(folder),
                camera=cell.camera,
                aspect=cell.aspect,
                seconds=cell.seconds,
                index=cell.index,
                size=RESOLUTIONS[cell.aspect],  # full size, as production renders it
            )
        )
        rendered = time.perf_counter()
        draft = quality_gate(req, clip, thresholds.draft)
        delivery = quality_gate(req, clip, thresholds.delivery)
        measured = (time.perf_counter() - rendered) / 2
    m = delivery.metrics
    return Verdict(
        cell=cell,
        draft="accept" if draft.decision == "accept" else draft.reason,
        delivery="accept" if delivery.decision == "accept" else delivery.reason,
        score=delivery.score,
        frozen_s=m.get("frozen_longest_s", 0.0),
        settle_s=max(m.get("settle_head_s", 0.0), m.get("settle_tail_s", 0.0)),
        sharpness_ratio=m.get("sharpness_ratio", 0.0),
        render_s=rendered - started,
        measure_s=measured,
    )


def _choices(text: str, allowed: tuple[str, ...], what: str) -> list[str]:
    chosen = [c.strip() for c in text.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in allowed]
    if unknown:
        raise ValueError(f"unknown {what} {unknown[0]!r} (one of {', '.join(allowed)})")
    return chosen


def _name(cell: Cell) -> str:
    return f"{cell.camera} {cell.seconds:g} s {cell.aspect}"


if __name__ == "__main__":
    main()
