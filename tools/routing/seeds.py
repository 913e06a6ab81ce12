"""Which seed an attempt sends: never the same request twice where the answer is known.

A rejected take asked again with the same engine, prompt, input and seed comes back the same from a
seeded engine: paying for it again buys nothing. So after a gate rejection the engine gets a new
seed for that request, and an engine the catalog marks `deterministic` (the animatic) gets a new
seed whenever it has already answered that exact request, accepted or not (a redo of an unchanged
prompt would otherwise return the very same frames).

The new seed is derived from the base seed and how many draws were spent, so a resumed process
picks the same one and finds the job a dead process submitted under it (the seed is part of the
job's idempotency key). Pure functions over attempt rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sessions.models import Attempt
from tools.catalog import EngineSpec

if TYPE_CHECKING:
    from tools.routing.request import StageRequest

SEED_RANGE = 2**31  # what every provider we route to accepts


@dataclass(frozen=True)
class SeedChoice:
    seed: int
    reason: str
    fingerprint: str  # the engine-facing request, seed included (see `request_fingerprint`)


def request_fingerprint(req: StageRequest, engine: str, seed: int) -> str:
    """What the engine is asked, as a hash: the same fingerprint means the same question.

    Inputs are named by path: takes are never overwritten, so a path names one picture."""
    parts = (
        engine,
        req.tool,
        req.prompt,
        seed,
        req.image or "",
        req.mask or "",
        req.width,
        req.height,
        req.duration_s,
        req.fps,
        req.shot.camera,
        req.continue_job_id or "",
    )
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()


def new_draw(base: int, draw: int) -> int:
    """The `draw`-th seed after `base`: spread over the whole range, the same in every process."""
    digest = hashlib.sha256(f"{base}|draw|{draw}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % SEED_RANGE


def answered(spec: EngineSpec, history: Sequence[Attempt]) -> dict[str, str]:
    """Fingerprints of requests `spec` has already answered in a way that must not be asked again,
    each with why: rejected by the gate (any engine), or answered at all (a deterministic one)."""
    found: dict[str, str] = {}
    for attempt in history:
        fingerprint = attempt.params.get("request_sha256")
        if attempt.engine != spec.name or not isinstance(fingerprint, str):
            continue
        if attempt.status == "rejected":
            found[fingerprint] = "the gate rejected it"
        elif spec.deterministic and (
            attempt.status == "succeeded" or attempt.error_kind == "bad_output"
        ):
            found.setdefault(fingerprint, f"{spec.name} is deterministic and already answered it")
    return found


def choose_seed(req: StageRequest, spec: EngineSpec, history: Sequence[Attempt]) -> SeedChoice:
    """The request's seed, unless this engine already answered that request (see module doc)."""
    base = req.base_seed
    seen = answered(spec, history)
    seed, reason = base, req.base_seed_reason
    fingerprint = request_fingerprint(req, spec.name, seed)
    draw = 0
    while fingerprint in seen:
        why = seen[fingerprint]
        draw += 1
        previous, seed = seed, new_draw(base, draw)
        reason = f"new seed: {spec.name} was asked this with seed {previous} and {why}"
        fingerprint = request_fingerprint(req, spec.name, seed)
    return SeedChoice(seed, reason, fingerprint)
