"""One engine call and its verdict, written onto the attempt row (the router decides what next)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import av

from sessions.local import LocalFailure, as_local_failure, causes, describe
from sessions.models import Attempt
from sessions.store import now
from tools.engines.base import Engine, EngineRequest, EngineResult
from tools.engines.errors import EngineError, Refused
from tools.media.io import file_sha256
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
        seed=attempt.seed,  # the seed this attempt sends (tools/routing/seeds.py)
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
    )


def as_submitted(req: StageRequest, attempt: Attempt) -> StageRequest:
    """The stage request `attempt` was sent with (its prompt, seed, size and inputs), for polling
    a job whose stage has since moved on to other inputs."""
    params = attempt.params

    def number(name: str, default: float | None) -> float | None:
        value = params.get(name, default)
        return float(value) if isinstance(value, int | float) else default

    def path(name: str, default: Path | None) -> Path | None:
        value = params.get(name)
        return Path(value) if isinstance(value, str) and value else default

    return replace(
        req,
        prompt=attempt.prompt,
        seed=attempt.seed,
        width=int(number("width", req.width) or req.width),
        height=int(number("height", req.height) or req.height),
        duration_s=number("duration_s", req.duration_s),
        image=path("image", req.image),
        mask=path("mask", req.mask),
    )


async def call_engine(
    engine: Engine, request: EngineRequest, attempt: Attempt, estimate: float
) -> EngineResult | EngineError | LocalFailure:
    """Run the engine; a typed failure is recorded on the attempt and returned, not raised.

    A failure of this machine while the engine's output is written or conformed (disk full,
    permission denied, a missing codec) is a `LocalFailure`, whatever the adapter wrapped it in:
    not billed here, not counted against the cap, never failed over (the router stops the stage).
    The provider's job id stays on the row, so a resume polls the job instead of paying again."""
    started = time.monotonic()
    try:
        result = await engine.run(request)
    except Exception as exc:
        local = local_problem(exc, request.out_path)
        if local is not None:
            attempt.status, attempt.error_kind, attempt.error = "failed", "local", local.message
            attempt.cost_usd = 0.0
            job = exc.provider_job_id if isinstance(exc, EngineError) else None
            attempt.provider_job_id = job or attempt.provider_job_id
            return local
        if not isinstance(exc, EngineError):
            raise
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


def local_problem(exc: BaseException, out_path: Path) -> LocalFailure | None:
    """`exc` as this machine's failure, or None when it is the engine's (or a bug).

    An engine maps every failure of the provider onto an `EngineError`, so an `OSError` that
    escapes one is ours; inside an `EngineError` (a "bad output" that was really a full disk) the
    chain is searched for a disk or permission error. A codec PyAV does not have is ours too."""
    doing = f"writing {out_path}"
    for cause in causes(exc):
        if isinstance(cause, av.codec.codec.UnknownCodecError):
            return LocalFailure(
                f"{doing}: this machine's PyAV/FFmpeg has no {cause} encoder; install one with "
                "it (e.g. `pip install --force-reinstall av`), then resume",
                out_path,
            )
    failure = as_local_failure(exc, doing=doing)
    if failure is not None:
        return failure
    if isinstance(exc, OSError):
        return LocalFailure(describe(exc, doing=doing), out_path)
    return None


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
