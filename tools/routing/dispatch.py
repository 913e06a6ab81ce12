"""One engine call and its verdict, written onto the attempt row (the router decides what next)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from sessions.models import Attempt
from sessions.store import now
from tools.engines.base import Engine, EngineRequest, EngineResult
from tools.engines.errors import EngineError, Refused
from tools.media.io import file_sha256
from tools.routing.references import as_sent
from tools.routing.request import Gate, GateResult, StageRequest


def engine_request(
    req: StageRequest, attempt: Attempt, on_job_id: Callable[[str], None]
) -> EngineRequest:
    """The engine's view of the stage. A `provider_job_id` on the attempt (a job submitted
    before an interruption) makes the engine poll that job instead of submitting a new one."""
    return EngineRequest(
        tool=req.tool,
        shot_id=req.shot.id,
        prompt=req.prompt,
        seed=req.seed_value,
        width=req.width,
        height=req.height,
        aspect_ratio=f"{req.width}:{req.height}",
        out_path=Path(attempt.output_path or ""),
        idempotency_key=attempt.idempotency_key,
        duration_s=req.duration_s,
        fps=req.fps,
        image=req.image,
        mask=req.mask,
        camera=req.shot.camera,
        framing=req.shot.framing,
        description=req.shot.description,
        tags=tuple(req.shot.tags),
        continue_job_id=req.continue_job_id,
        provider_job_id=attempt.provider_job_id,
        on_job_id=on_job_id,
        extra=dict(req.params),
        cast=as_sent(req.cast, attempt.params),
    )


async def call_engine(
    engine: Engine, request: EngineRequest, attempt: Attempt, estimate: float
) -> EngineResult | EngineError:
    """Run the engine; a typed failure is recorded on the attempt and returned, not raised."""
    started = time.monotonic()
    try:
        result = await engine.run(request)
    except EngineError as exc:
        attempt.status = "refused" if isinstance(exc, Refused) else "failed"
        attempt.error_kind = exc.kind
        attempt.error = exc.message
        attempt.provider_job_id = exc.provider_job_id or attempt.provider_job_id
        attempt.cost_usd = estimate if exc.billed else 0.0  # 5xx is rarely billed; bad output is
        return exc
    finally:
        attempt.elapsed_s = round(time.monotonic() - started, 6)
        attempt.finished_at = now()
    attempt.model_version = result.model_version
    attempt.provider_job_id = result.provider_job_id or attempt.provider_job_id
    attempt.cost_usd = estimate if result.cost_usd is None else result.cost_usd
    return result


async def judge(gate: Gate, req: StageRequest, attempt: Attempt, result: EngineResult) -> None:
    """Measure the output on a worker thread and write the verdict onto the attempt."""

    def measure() -> tuple[GateResult, str | None]:
        verdict = gate(req, result.path)
        return verdict, file_sha256(result.path) if verdict.decision == "accept" else None

    verdict, sha = await asyncio.to_thread(measure)
    attempt.quality_metrics = verdict.metrics
    attempt.quality_score = verdict.score
    attempt.gate_decision = verdict.decision
    attempt.gate_reason = verdict.reason
    if verdict.decision == "accept":
        attempt.status = "succeeded"
        attempt.output_sha256 = sha
    else:
        attempt.status = "rejected"
        attempt.error_kind = "bad_output" if verdict.score == 0 else None
