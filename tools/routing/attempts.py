"""Attempt rows and takes: what the router writes before dispatch, and keeps after acceptance."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from sessions.models import Artifact, Attempt, ErrorKind, sha256_text
from sessions.stages import STAGES
from sessions.store import SessionStore, now
from tools.catalog import Catalog, EngineSpec
from tools.production.takes import (
    begin_take,
    finish_take,
    reference_inputs,
    seal_take,
    take_ingredients,
)
from tools.production.threads import off_loop
from tools.routing.rank import Candidate, Routing
from tools.routing.references import cast_params
from tools.routing.seeds import SeedChoice

if TYPE_CHECKING:
    from tools.routing.request import StageRequest


def new_attempt(
    req: StageRequest,
    candidate: Candidate,
    routing: Routing,
    catalog: Catalog,
    *,
    key: str,
    seed: SeedChoice,
    round_: int,
    previous: Attempt | None,
    operator: str,
) -> Attempt:
    """The row for one engine call, written before dispatch: who, what, why this engine, and the
    seed it sends (with why that seed)."""
    spec = candidate.spec
    position = routing.names.index(spec.name)
    reason = routing.reason_for(candidate, position)
    if previous is not None:
        why = previous.error_kind or previous.gate_reason or previous.status
        reason += f"; after {previous.engine}: {why}"
    attempt_id = key[:16]
    return Attempt(
        id=attempt_id,
        session_id=req.session_id,
        shot_id=req.shot.id,
        tool=req.tool,
        stage=req.tool,
        engine=spec.name,
        provider=spec.provider,
        model_version=spec.model,
        tier=req.tier,
        prompt=req.prompt,
        prompt_sha256=sha256_text(req.prompt),
        seed=seed.seed,
        params={
            "width": req.width,
            "height": req.height,
            "duration_s": req.duration_s,
            "fps": req.fps,
            "camera": req.shot.camera,
            "round": round_,
            "seed_reason": seed.reason,
            "request_sha256": seed.fingerprint,
            # the inputs it was sent, so a job can be polled after its stage moved on
            "image": str(req.image) if req.image else None,
            "mask": str(req.mask) if req.mask else None,
            **cast_params(spec, req.tool, req.cast, req.cast_needs),
            **req.params,
        },
        idempotency_key=key,
        estimated_cost_usd=candidate.estimate_usd,
        started_at=now(),
        output_path=str(
            req.shot_dir / "attempts" / f"{STAGES[req.tool].label}-{attempt_id}{_suffix(req)}"
        ),
        failover_from=previous.id if previous else None,
        operator=operator,
        ranking=routing.names,
        route_reason=reason,
        catalog_version=catalog.version,
        catalog_sha256=catalog.sha256,
    )


def guardrail_row(
    req: StageRequest,
    spec: EngineSpec | None,
    routing: Routing,
    catalog: Catalog,
    *,
    kind: ErrorKind,
    message: str,
    round_: int,
    previous: Attempt | None,
    operator: str,
) -> Attempt:
    """A row for a call the router refused to make (budget, cap): provenance, nothing dispatched."""
    stamp = now()
    return Attempt(
        id=secrets.token_hex(8),
        session_id=req.session_id,
        shot_id=req.shot.id,
        tool=req.tool,
        stage=req.tool,
        engine=spec.name if spec else "",
        provider=spec.provider if spec else "",
        model_version=spec.model if spec else "",
        tier=req.tier,
        prompt=req.prompt,
        prompt_sha256=sha256_text(req.prompt),
        seed=req.base_seed,
        params={"round": round_, **req.params},
        idempotency_key="",
        status="failed",
        error_kind=kind,
        error=message,
        started_at=stamp,
        finished_at=stamp,
        failover_from=previous.id if previous else None,
        operator=operator,
        ranking=routing.names,
        route_reason=f"refused by the router before dispatch: {message}",
        catalog_version=catalog.version,
        catalog_sha256=catalog.sha256,
    )


async def keep_take(store: SessionStore, req: StageRequest, attempt: Attempt) -> Artifact:
    """Sign the accepted output, record it (finalising the row, in one write) and move it to its
    take name (`S03/animate-t2.mp4`): tools/production/takes.py says why in that order. Signing and hashing
    run on a worker thread; the store is written on the caller's (the event loop's)."""
    ingredients = take_ingredients(req.image, req.params)
    inputs = reference_inputs(attempt.params)
    pending = begin_take(
        store, attempt, shot_dir=req.shot_dir, ingredients=ingredients, inputs=inputs
    )
    try:
        # a stop waits for the signature to land before the session's lock is let go
        digest = await off_loop(lambda: seal_take(pending))
    except BaseException:
        # Cancelled (or signing failed) before the take was recorded: the row says what a crash
        # here would leave, a succeeded attempt without a take, which recovery adopts on resume
        # (signing only if this signature never landed). Nothing is dispatched again.
        attempt.take = None
        store.finish_attempt(attempt)
        raise
    return finish_take(store, attempt, pending, digest)


def _suffix(req: StageRequest) -> str:
    if req.tool == "animate":
        return ".mp4"
    if req.tool == "upscale" and req.image is not None:
        return req.image.suffix or ".png"
    return ".png"
