"""The router: every engine call goes through here, under guardrails that are code.

For one stage of one shot it ranks the engines, and walks down the ranking: reserve the estimate
against the budget, write the attempt row, call the engine, gate the output, settle the cost,
finalise the row. Failures move to the next engine; a content-policy refusal follows `on_refusal`.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sessions.models import Artifact, Attempt, Shot, Tier, ToolName, sha256_text
from sessions.store import SessionStore, now
from tools.budget import Budget, BudgetExceeded
from tools.catalog import Catalog, EngineSpec
from tools.engines.base import (
    Engine,
    EngineRequest,
    build_engine,
    engine_factories,
    unavailable_reason,
)
from tools.engines.errors import EngineError, RateLimited, Refused
from tools.gate import GateResult, quality_gate
from tools.media import file_sha256
from tools.routing import Routing, rank_engines
from tools.takes import keep_take, take_ingredients

TAKE_LABELS: dict[str, str] = {
    "generate_keyframe": "keyframe",
    "animate": "animate",
    "inpaint": "inpaint",
    "upscale": "upscale",
}
ARTIFACT_KINDS: dict[str, Literal["keyframe", "clip", "inpaint", "upscale"]] = {
    "generate_keyframe": "keyframe",
    "animate": "clip",
    "inpaint": "inpaint",
    "upscale": "upscale",
}

Gate = Callable[["StageRequest", Path], GateResult]
ProgressFn = Callable[[str, str, str], None]  # shot id, stage, message


@dataclass
class StageRequest:
    """What a tool asks the router to make: one stage of one shot."""

    session_id: str
    shot: Shot
    tool: ToolName
    tier: Tier
    prompt: str
    width: int
    height: int
    shot_dir: Path
    fps: int = 24
    duration_s: float | None = None
    image: Path | None = None
    mask: Path | None = None
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class StageOutcome:
    status: Literal["accepted", "failed", "needs_attention"]
    attempts: list[Attempt]
    reason: str = ""
    take: Artifact | None = None

    @property
    def cost_usd(self) -> float:
        return sum(a.cost_usd for a in self.attempts)


class Router:
    def __init__(
        self,
        catalog: Catalog,
        store: SessionStore,
        budget: Budget,
        *,
        env: Mapping[str, str] | None = None,
        engines: Mapping[str, Engine] | None = None,
        gate: Gate | None = None,
        operator: str = "",
        progress: ProgressFn | None = None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.budget = budget
        self.env = dict(os.environ if env is None else env)
        self.gate = gate or self._quality_gate
        self.operator = operator
        self.progress = progress
        self._engines: dict[str, Engine] = dict(engines or {})
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._out_for_session: dict[str, str] = {}  # engine → why it is out (retired, auth)
        self._cooling_until: dict[str, float] = {}

    def _quality_gate(self, req: StageRequest, path: Path) -> GateResult:
        thresholds = self.catalog.guardrails.min_quality
        threshold = thresholds.delivery if req.tier == "delivery" else thresholds.draft
        return quality_gate(req, path, threshold)

    # ── availability and ranking ───────────────────────────────────────────────────────────────

    def engine(self, spec: EngineSpec) -> Engine:
        if spec.name not in self._engines:
            self._engines[spec.name] = build_engine(spec)
        return self._engines[spec.name]

    def unavailable(self) -> dict[str, str]:
        """Engines that cannot be called now, and why (missing key, no adapter, retired …)."""
        out: dict[str, str] = dict(self._out_for_session)
        clock = time.monotonic()
        for spec in self.catalog.engines:
            if spec.name in out:
                continue
            engine = self._engines.get(spec.name)
            if engine is None and not spec.retired and spec.provider in engine_factories():
                engine = self.engine(spec)
            reason = unavailable_reason(spec, self.env, engine)
            if reason:
                out[spec.name] = reason
            elif self._cooling_until.get(spec.name, 0.0) > clock:
                out[spec.name] = "cooling down after a rate limit"
        return out

    def routing(
        self,
        tool: ToolName,
        shot: Shot,
        tier: Tier,
        *,
        duration_s: float | None,
        size: tuple[int, int],
    ) -> Routing:
        return rank_engines(
            self.catalog,
            tool,
            shot.tags,
            tier,
            duration_s=duration_s,
            width=size[0],
            height=size[1],
            unavailable=self.unavailable(),
        )

    # ── one stage ──────────────────────────────────────────────────────────────────────────────

    async def run_stage(self, req: StageRequest) -> StageOutcome:
        cap = self.catalog.guardrails.max_attempts_per_stage
        routing = self.routing(
            req.tool, req.shot, req.tier, duration_s=req.duration_s, size=(req.width, req.height)
        )
        attempts: list[Attempt] = []
        reasons: list[str] = []
        previous: Attempt | None = None
        if not routing.ranked:
            why = "; ".join(f"{n}: {r}" for n, r in sorted(routing.excluded.items()))
            return StageOutcome(
                "failed", attempts, f"no engine can {req.tool} at {req.tier} tier ({why})"
            )
        for position, candidate in enumerate(routing.ranked):
            used = len(self.store.attempts(req.session_id, req.shot.id, req.tool))
            if used >= cap:
                reasons.append(f"regeneration cap reached ({cap} attempts for {req.tool})")
                break
            spec = candidate.spec
            if spec.name in self.unavailable():
                reasons.append(f"{spec.name}: {self.unavailable()[spec.name]}")
                continue
            reservation = f"{req.session_id}/{req.shot.id}/{req.tool}/{spec.name}/{used}"
            try:
                self.budget.reserve(reservation, candidate.estimate_usd)
            except BudgetExceeded as exc:
                reasons.append(f"{spec.name}: {exc}")
                continue
            attempt = self._new_attempt(req, spec, routing, position, previous, used)
            self.store.start_attempt(attempt)
            attempts.append(attempt)
            self._say(req, f"{spec.name}: attempt {used + 1} of {cap}")
            error = await self._dispatch(req, spec, attempt, candidate.estimate_usd)
            self.budget.settle(reservation, attempt.cost_usd)
            self.store.finish_attempt(attempt)
            previous = attempt
            if attempt.status == "succeeded":
                take = self._keep_take(req, attempt)
                return StageOutcome("accepted", attempts, attempt.route_reason, take)
            reasons.append(f"{spec.name}: {attempt.error or attempt.gate_reason}")
            if isinstance(error, Refused):
                policy = self.catalog.guardrails.on_refusal
                if policy == "ask":
                    return StageOutcome(
                        "needs_attention",
                        attempts,
                        f"{spec.name} refused on content policy: {error.message}. "
                        "No paid retry was made; revise the prompt or approve another engine.",
                    )
                if policy == "fail":
                    return StageOutcome("failed", attempts, f"refused by {spec.name}")
        return StageOutcome("failed", attempts, "; ".join(reasons) or "no engine succeeded")

    async def _dispatch(
        self, req: StageRequest, spec: EngineSpec, attempt: Attempt, estimate: float
    ) -> EngineError | None:
        engine = self.engine(spec)
        out_path = Path(attempt.output_path or "")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        request = EngineRequest(
            tool=req.tool,
            shot_id=req.shot.id,
            prompt=req.prompt,
            seed=req.shot.seed,
            width=req.width,
            height=req.height,
            aspect_ratio=f"{req.width}:{req.height}",
            out_path=out_path,
            idempotency_key=attempt.idempotency_key,
            duration_s=req.duration_s,
            fps=req.fps,
            image=req.image,
            mask=req.mask,
            camera=req.shot.camera,
            framing=req.shot.framing,
            description=req.shot.description,
            tags=tuple(req.shot.tags),
            on_job_id=lambda job: self.store.set_provider_job_id(attempt.id, job),
            extra=dict(req.params),
        )
        started = time.monotonic()
        slots = self._slots.setdefault(spec.name, asyncio.Semaphore(spec.concurrency))
        try:
            async with slots:
                result = await engine.run(request)
        except EngineError as exc:
            attempt.status = "refused" if isinstance(exc, Refused) else "failed"
            attempt.error_kind = exc.kind
            attempt.error = exc.message
            attempt.provider_job_id = exc.provider_job_id or attempt.provider_job_id
            attempt.cost_usd = estimate if exc.billed else 0.0
            self._after_failure(spec, exc)
            return exc
        finally:
            attempt.elapsed_s = round(time.monotonic() - started, 6)
            attempt.finished_at = now()
        attempt.model_version = result.model_version
        attempt.provider_job_id = result.provider_job_id or attempt.provider_job_id
        attempt.cost_usd = estimate if result.cost_usd is None else result.cost_usd
        verdict = await asyncio.to_thread(self.gate, req, result.path)
        attempt.quality_metrics = verdict.metrics
        attempt.quality_score = verdict.score
        attempt.gate_decision = verdict.decision
        attempt.gate_reason = verdict.reason
        if verdict.decision == "accept":
            attempt.status = "succeeded"
            attempt.output_sha256 = file_sha256(result.path)
        else:
            attempt.status = "rejected"
            attempt.error_kind = "bad_output" if verdict.score == 0 else None
        return None

    def _after_failure(self, spec: EngineSpec, exc: EngineError) -> None:
        if exc.kind in ("retired", "auth"):
            self._out_for_session[spec.name] = f"{exc.kind}: {exc.message}"
        elif isinstance(exc, RateLimited):
            wait = exc.retry_after_s if exc.retry_after_s is not None else 1.0
            wait = min(wait, self.catalog.guardrails.max_retry_after_s)
            self._cooling_until[spec.name] = time.monotonic() + wait

    def _new_attempt(
        self,
        req: StageRequest,
        spec: EngineSpec,
        routing: Routing,
        position: int,
        previous: Attempt | None,
        number: int,
    ) -> Attempt:
        prompt_sha = sha256_text(req.prompt)
        parts = (
            req.session_id,
            req.shot.id,
            req.tool,
            spec.name,
            prompt_sha,
            req.shot.seed,
            number,
        )
        key = sha256_text("|".join(map(str, parts)))
        attempt_id = key[:16]
        suffix = _suffix(req)
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
            prompt_sha256=prompt_sha,
            seed=req.shot.seed,
            params={
                "width": req.width,
                "height": req.height,
                "duration_s": req.duration_s,
                "fps": req.fps,
                "camera": req.shot.camera,
                **req.params,
            },
            idempotency_key=key,
            estimated_cost_usd=routing.ranked[position].estimate_usd,
            started_at=now(),
            output_path=str(
                req.shot_dir / "attempts" / f"{TAKE_LABELS[req.tool]}-{attempt_id}{suffix}"
            ),
            failover_from=previous.id if previous else None,
            operator=self.operator,
            ranking=routing.names,
            route_reason=routing.reason_for(routing.ranked[position], position),
            catalog_version=self.catalog.version,
            catalog_sha256=self.catalog.sha256,
        )

    def _keep_take(self, req: StageRequest, attempt: Attempt) -> Artifact:
        """Sign the accepted output, record it and move it to its take name (`S03/animate-t2.mp4`)."""
        ingredients = take_ingredients(req.image, req.params)
        return keep_take(self.store, attempt, shot_dir=req.shot_dir, ingredients=ingredients)

    def _say(self, req: StageRequest, message: str) -> None:
        if self.progress:
            self.progress(req.shot.id, req.tool, message)


def _suffix(req: StageRequest) -> str:
    if req.tool == "animate":
        return ".mp4"
    if req.tool == "upscale" and req.image is not None:
        return req.image.suffix or ".png"
    return ".png"
