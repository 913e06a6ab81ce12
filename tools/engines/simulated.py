"""The simulated provider: a fault-injecting stand-in for tests, benchmarks and dry runs.

It renders real outputs with the animatic engine, then plays the faults of its catalog entry's
`[engine.faults]` table, each a probability per call drawn from a seeded generator:

- `rate_limit` answers at once with `RateLimited(retry_after_s)`; `refusal` answers quickly with
  `Refused`; `server_error` and `timeout` answer after part or all of the wait;
- `corrupt` writes a truncated, undecodable file; `low_quality` writes a visibly degraded one
  (mostly black, flickering or blurred) that the real quality gate must catch;
- `retired = true` makes every call fail with `Retired`, like a shut-down model id.

`low_quality_off_strength` makes an engine weaker away from its strengths: the chance of a degraded
output grows by that much times the share of the shot's tags the engine is not strong at, so a
landscape engine on a human_motion shot fails more often — routing by coverage then pays off.

The draw for a call depends only on (faults.seed, engine, shot, tool, shot seed, call ordinal), where
the ordinal counts this engine's calls for that shot and tool. Two runs of the same plan therefore
meet the same faults in different sessions (what the benchmark's baselines need), and a poll of a
job id (`request.provider_job_id`, the resume path) replays that job's outcome without a new
submission. Waits are `latency_s × time_scale`, spread 0.6–1.4× (real waits spread ~3×).
"""

from __future__ import annotations

import asyncio
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
from PIL import Image, ImageFilter

from tools.catalog import Faults
from tools.engines.animatic import AnimaticEngine
from tools.engines.base import EngineRequest, EngineResult
from tools.engines.errors import (
    EngineTimeout,
    RateLimited,
    Refused,
    Retired,
    ServerError,
)
from tools.media import io as media

if TYPE_CHECKING:
    from tools.catalog import EngineSpec

FateKind = Literal[
    "ok", "rate_limit", "server_error", "timeout", "refusal", "corrupt", "low_quality"
]
Degradation = Literal["", "black", "flicker", "blur"]
MODEL_VERSION = "simulated-1"
_JOB_PREFIX = "sim"


@dataclass(frozen=True)
class Fate:
    """What one call will do: its outcome, how long it takes, and how a bad output is spoiled."""

    kind: FateKind
    wait_s: float
    degradation: Degradation = ""

    @property
    def passes(self) -> bool:
        """Whether the output is meant to pass the quality gate (what an oracle would know)."""
        return self.kind == "ok"


def low_quality_chance(faults: Faults, strengths: tuple[str, ...], tags: tuple[str, ...]) -> float:
    """The chance of a degraded output: the base rate, plus more on tags the engine is weak at."""
    wanted = set(tags)
    missed = len(wanted - set(strengths)) / len(wanted) if wanted else 0.0
    return min(1.0, faults.low_quality + faults.low_quality_off_strength * missed)


def draw_fate(
    spec: EngineSpec, *, shot_id: str, tool: str, seed: int, tags: tuple[str, ...], call: int
) -> Fate:
    """The outcome of this engine's `call`-th call for a shot's stage. Pure and deterministic."""
    faults = spec.faults or Faults()
    rng = random.Random(f"{faults.seed}|{spec.name}|{shot_id}|{tool}|{seed}|{call}")
    wait = spec.latency_s * faults.time_scale * rng.uniform(0.6, 1.4)
    roll = rng.random()
    degradation: Degradation = rng.choice(("black", "flicker", "blur"))
    chances: tuple[tuple[FateKind, float, float], ...] = (
        ("rate_limit", faults.rate_limit, 0.0),  # a 429 comes back at once
        ("refusal", faults.refusal, 0.1),  # the policy check runs before generation
        ("server_error", faults.server_error, 0.25),
        ("timeout", faults.timeout, 1.0),
        ("corrupt", faults.corrupt, 1.0),
        ("low_quality", low_quality_chance(faults, spec.strengths, tags), 1.0),
    )
    edge = 0.0
    for kind, chance, share in chances:
        edge += chance
        if roll < edge:
            return Fate(kind, wait * share, degradation if kind == "low_quality" else "")
    return Fate("ok", wait)


def job_id(spec: EngineSpec, shot_id: str, tool: str, call: int) -> str:
    """A new job's id. The call ordinal lets a poll replay the job's fate; the random tail makes
    the id unique across processes, as a provider's are (the ordinal restarts in every process,
    so without it a redo in a new process would be handed the id of an earlier job)."""
    return f"{_JOB_PREFIX}:{spec.name}:{shot_id}:{tool}:{call}:{secrets.token_hex(6)}"


def _call_of(job: str) -> int | None:
    parts = job.split(":")
    if parts[0] != _JOB_PREFIX or len(parts) < 5 or not parts[4].isdigit():
        return None
    return int(parts[4])


class SimulatedEngine:
    """Plays `[engine.faults]` over animatic renders. Always available; charges the estimate."""

    def __init__(self, spec: EngineSpec, **context: object) -> None:
        self.spec = spec  # no key, no network: the environment and transport are not needed
        self.faults = spec.faults or Faults()
        self._animatic = AnimaticEngine(spec)
        self._calls: dict[tuple[str, str], int] = {}  # (shot, tool) → calls made so far
        self.submitted = 0  # new jobs, each one paid for
        self.polled = 0  # resumed jobs, never paid twice

    def availability(self, env: Mapping[str, str]) -> str | None:
        return None  # a simulation needs no key

    async def run(self, request: EngineRequest) -> EngineResult:
        """Answer like a provider would: an output at `request.out_path`, or a typed error."""
        name = self.spec.name
        if self.faults.retired:
            raise Retired(f"{name}: model is no longer available (404)")
        slot = (request.shot_id, request.tool)
        resumed = _call_of(request.provider_job_id) if request.provider_job_id else None
        if resumed is not None:
            call = resumed
            self.polled += 1
        else:
            call = self._calls.get(slot, 0)
            self.submitted += 1
        self._calls[slot] = max(self._calls.get(slot, 0), call + 1)
        fate = draw_fate(
            self.spec,
            shot_id=request.shot_id,
            tool=request.tool,
            seed=request.seed,
            tags=request.tags,
            call=call,
        )
        job = request.provider_job_id if resumed is not None else None
        job = job or job_id(self.spec, request.shot_id, request.tool, call)
        if fate.kind == "rate_limit":
            raise RateLimited(
                f"{name}: 429 too many requests", retry_after_s=self.faults.retry_after_s
            )
        if resumed is None and request.on_job_id is not None:
            request.on_job_id(job)  # recorded before the wait, so a resume can poll it
        await asyncio.sleep(fate.wait_s)
        if fate.kind == "refusal":
            raise Refused(f"{name}: request blocked by content policy", provider_job_id=job)
        if fate.kind == "server_error":
            raise ServerError(f"{name}: 503 service unavailable", provider_job_id=job)
        if fate.kind == "timeout":
            raise EngineTimeout(f"{name}: no result after {fate.wait_s:.2f} s", provider_job_id=job)
        result = await self._animatic.run(request)
        if fate.kind == "corrupt":
            await asyncio.to_thread(_truncate, request.out_path)
        elif fate.kind == "low_quality":
            await asyncio.to_thread(_degrade, request.out_path, fate.degradation, call)
        estimate = self.spec.estimate(
            duration_s=request.duration_s, width=request.width, height=request.height
        )
        return EngineResult(
            path=result.path,
            model_version=self.spec.model or MODEL_VERSION,
            cost_usd=estimate,  # the list price, so budgets bite in simulation too
            provider_job_id=job,
            metadata={**result.metadata, "fate": fate.kind, "degradation": fate.degradation},
        )


# ── spoiling an output (pure over frames, then written back) ─────────────────────────────────


def degrade_frames(
    frames: list[np.ndarray], degradation: Degradation, seed: int
) -> list[np.ndarray]:
    """Spoil a clip so that a person would reject it, and so would the gate (a hard problem each)."""
    if degradation == "black":  # the first 60 % of the clip never lights up
        dark = max(1, round(len(frames) * 0.6))
        return [np.zeros_like(f) if i < dark else f for i, f in enumerate(frames)]
    if degradation == "flicker":  # brightness jumps ±30 levels frame to frame
        rng = np.random.default_rng(seed)
        jumps = rng.choice((-30, 30), size=len(frames))
        return [
            np.clip(f.astype(np.int16) + j, 0, 255).astype(np.uint8)
            for f, j in zip(frames, jumps, strict=True)
        ]
    return [np.asarray(_smear(Image.fromarray(f))) for f in frames]


def degrade_image(image: Image.Image, degradation: Degradation) -> Image.Image:
    """Spoil a still: smeared and underexposed to near black (a still has no flicker to show)."""
    smeared = _smear(image.convert("RGB")) if degradation == "blur" else image.convert("RGB")
    return Image.eval(smeared, lambda v: v // 24)


def _smear(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(max(3.0, image.width / 24)))


def _degrade(path: Path, degradation: Degradation, seed: int) -> None:
    info = media.probe(path)
    if info.kind == "image":
        media.write_png(degrade_image(media.load_image(path), degradation), path)
        return
    frames = degrade_frames(list(media.read_frames(path)), degradation, seed)
    fps = round(info.fps) or 24
    media.encode_clip(frames, path, width=info.width, height=info.height, fps=fps)


def _truncate(path: Path) -> None:
    """Keep the first eighth of the file: headers survive, the picture does not decode."""
    data = path.read_bytes()
    path.write_bytes(data[: max(16, len(data) // 8)])
