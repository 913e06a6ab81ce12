"""The routing benches' simulated fleet and plan: engines as ../shared/ENGINES.md lists them (list
prices, typical waits, strengths), a 24-shot plan per seed. Shared by bench/routing.py and
bench/drift.py."""

from __future__ import annotations

import random

from sessions.models import Shot, StagePrompts, Tag

SHOTS = 24
SIZE = (64, 36)
SEEDS = (11, 22, 33)
SCALE = 0.003  # 1 s of real wait is 3 ms here
CAP = 3
LEARNED_RUNS = 3

# name, tools, strengths, price, latency_s (real), concurrency, quality prior
ENGINES: list[tuple[str, str, tuple[str, ...], str, float, int, float]] = [
    ("flux-schnell", "generate_keyframe", ("landscape", "architecture", "product"), "per_image = 0.003", 2, 4, 0.55),
    ("flux-1.1-pro", "generate_keyframe", ("typography", "product", "architecture"), "per_image = 0.04", 8, 4, 0.85),
    ("runway-gen4-image", "generate_keyframe", ("character", "stylized"), "per_image = 0.08", 20, 2, 0.8),
    ("gpt-image-1", "generate_keyframe", ("typography", "product", "stylized"), "per_image = 0.167", 25, 2, 0.82),
    ("veo-3.1", "animate", ("landscape", "architecture", "camera_motion"), "per_second = 0.40", 210, 2, 0.9),
    ("kling-2.1-pro", "animate", ("human_motion", "physics", "character"), "per_second = 0.098", 135, 2, 0.82),
    ("runway-gen4-turbo", "animate", ("human_motion", "physics", "character"), "per_second = 0.05", 60, 2, 0.72),
    ("luma-ray-2-flash", "animate", ("landscape", "camera_motion", "character"), "per_second = 0.08", 60, 2, 0.7),
    ("seedance-1-pro", "animate", ("stylized", "camera_motion"), "per_second = 0.05", 65, 2, 0.68),
    ("wan-2.2", "animate", ("stylized",), "per_second = 0.04", 90, 2, 0.62),
]  # fmt: skip
MANUAL = {"generate_keyframe": "flux-1.1-pro", "animate": "kling-2.1-pro"}
TAG_MIX: list[tuple[Tag, ...]] = [
    ("landscape", "camera_motion"),
    ("human_motion", "physics"),
    ("stylized",),
    ("character", "human_motion"),
    ("architecture",),
    ("product", "typography"),
    ("landscape",),
    ("stylized", "camera_motion"),
]


def catalog_text(seed: int, *, scale: float, only: set[str] | None = None) -> str:
    lines = [
        'version = "bench"',
        "[guardrails]",
        f"max_attempts_per_stage = {CAP}",
        "budget_usd = 1000.0",
        'on_refusal = "ask"',
        f"max_retry_after_s = {60 * scale or 0.06}",
    ]
    for index, (name, tool, strengths, price, latency, concurrency, quality) in enumerate(ENGINES):
        if only is not None and name not in only:
            continue
        lines += [
            "[[engine]]",
            f'name = "{name}"',
            'provider = "simulated"',
            f'tools = ["{tool}"]',
            'tiers = ["draft", "delivery"]',
            "strengths = [" + ", ".join(f'"{s}"' for s in strengths) + "]",
            f"price = {{ {price} }}",
            f"latency_s = {latency}",
            f"concurrency = {concurrency}",
            f"quality = {quality}",
            "[engine.faults]",
            f"time_scale = {scale}",
            "timeout = 0.03",
            "server_error = 0.03",
            "rate_limit = 0.04",
            f"retry_after_s = {30 * scale or 0.0}",
            "refusal = 0.0",
            "corrupt = 0.01",
            f"low_quality = {round((1 - quality) * 0.3, 3)}",  # better engines spoil less
            "low_quality_off_strength = 0.45",  # and every engine is weaker off its strengths
            f"seed = {seed * 100 + index}",
        ]
    return "\n".join(lines) + "\n"


def plan_shots(seed: int) -> list[Shot]:
    rng = random.Random(seed)
    shots = []
    for n in range(1, SHOTS + 1):
        tags = TAG_MIX[rng.randrange(len(TAG_MIX))]
        chain = f"S{n - 1:02d}" if n % 4 == 2 else None  # a look-back pair every four shots
        shots.append(
            Shot(
                id=f"S{n:02d}",
                description=f"shot {n}: {', '.join(tags)}",
                duration_s=rng.choice((1.0, 2.0, 3.0)),
                framing="wide",
                camera=rng.choice(("pan", "push-in", "orbit", "dolly")),
                tags=list(tags),
                chain_from=chain,
                seed=seed * 1000 + n,
                prompts=StagePrompts(keyframe=f"keyframe {n}", motion=f"motion {n}"),
            )
        )
    return shots
