"""The router: every engine call goes through here, under guardrails that are code.

For one stage of one shot it ranks the engines and walks the ranking, round and round until a take
is accepted or the regeneration cap is used: reserve the estimate against the budget, write the
attempt row, call the engine, gate the output, settle the cost, finalise the row. Timeouts, server
errors, rate limits, retired models, undecodable output and gate rejections all move on to the next
engine; a content-policy refusal follows `on_refusal`. Caps and rounds: tools/routing/guardrails.py.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from sessions.models import Artifact, Attempt, Shot, Tier, ToolName, sha256_text
from sessions.store import SessionStore, now
from tools.catalog import Catalog, EngineSpec
from tools.engines.base import (
    Engine,
    build_engine,
    engine_factories,
    unavailable_reason,
)
from tools.engines.errors import EngineError, RateLimited, Refused
from tools.routing.attempts import guardrail_row, keep_take, new_attempt
from tools.routing.budget import Budget, BudgetExceeded
from tools.routing.dispatch import call_engine, engine_request, judge
from tools.routing.gate import quality_gate
from tools.routing.guardrails import (
    FailoverWalk,
    bounded_wait,
    current_round,
    idempotency_key,
    job_base,
    refused_same_prompt,
    used_in_round,
    waiting_for_person,
)
from tools.routing.rank import Candidate, Routing, rank_engines
from tools.routing.request import Gate, GateResult, StageOutcome, StageRequest
from tools.routing.slots import EngineSlots

__all__ = ["Router", "StageOutcome", "StageRequest"]

ProgressFn = Callable[[str, str, str], None]  # shot id, stage, message
Sleep = Callable[[float], Awaitable[None]]


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
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        transport: Any = None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.budget = budget
        self.env = dict(os.environ if env is None else env)
        self.gate = gate or self._quality_gate
        self.operator = operator
        self.progress = progress
        self.clock = clock
        self.sleep = sleep  # Retry-After waits; injectable so tests need no wall clock
        self.transport = transport  # the engines' HTTP transport (None: the network)
        self._engines: dict[str, Engine] = dict(engines or {})
        self._slots: dict[str, EngineSlots] = {}
        self._out_for_session: dict[str, str] = {}  # engine → why it is out (retired, auth)
        self._unavailable: dict[str, str] | None = None  # see unavailable()
        self._rankings: dict[tuple[object, ...], Routing] = {}  # see routing()
        self._cooling_until: dict[str, float] = {}
        self._in_flight: set[str] = set()  # attempt ids being dispatched by this process
        self._made_dirs: set[Path] = set()
        self._keeping: dict[tuple[str, str, str], asyncio.Lock] = {}

    def _quality_gate(self, req: StageRequest, path: Path) -> GateResult:
        thresholds = self.catalog.guardrails.min_quality
        threshold = thresholds.delivery if req.tier == "delivery" else thresholds.draft
        return quality_gate(req, path, threshold)

    # ── availability and ranking ───────────────────────────────────────────────────────────────

    def engine(self, spec: EngineSpec) -> Engine:
        if spec.name not in self._engines:
            self._engines[spec.name] = build_engine(spec, env=self.env, transport=self.transport)
        return self._engines[spec.name]

    def unavailable(self) -> dict[str, str]:
        """Engines that cannot be called this session, and why (missing key, retired …).

        An engine cooling down after a rate limit is still ranked: the walk waits for it when
        nothing else is left. Computed once and kept until an engine goes out for the session
        (the env is copied at construction, so nothing else changes it)."""
        if self._unavailable is None:
            out: dict[str, str] = dict(self._out_for_session)
            for spec in self.catalog.engines:
                if spec.name in out:
                    continue
                engine = self._engines.get(spec.name)
                if engine is None and not spec.retired and spec.provider in engine_factories():
                    engine = self.engine(spec)
                reason = unavailable_reason(spec, self.env, engine)
                if reason:
                    out[spec.name] = reason
            self._unavailable = out
        return dict(self._unavailable)

    def routing(
        self,
        tool: ToolName,
        shot: Shot,
        tier: Tier,
        *,
        duration_s: float | None,
        size: tuple[int, int],
        source: Path | None = None,
    ) -> Routing:
        """The ranking for this stage. Shots with the same tags, size, duration and kind of source
        rank alike, so rankings are kept until availability changes; treat the result as
        read-only."""
        kind = source.suffix.lower() if source is not None else ""
        key = (tool, tuple(shot.tags), tier, duration_s, size, kind)
        routing = self._rankings.get(key)
        if routing is None:
            routing = rank_engines(
                self.catalog,
                tool,
                shot.tags,
                tier,
                duration_s=duration_s,
                width=size[0],
                height=size[1],
                unavailable=self.unavailable(),
                source=source,
            )
            self._rankings[key] = routing
        return routing

    def take_out(self, out: Mapping[str, str]) -> None:
        """Leave engines out for the rest of the session (a preflight found a model gone, a key
        rejected, an account empty): `out` maps each to why."""
        for name, why in out.items():
            self._out_of_session(name, why)

    def _out_of_session(self, name: str, why: str) -> None:
        self._out_for_session[name] = why
        self._unavailable = None  # availability changed: recompute it and every ranking
        self._rankings.clear()

    # ── one stage ──────────────────────────────────────────────────────────────────────────────

    async def run_stage(self, req: StageRequest) -> StageOutcome:
        """Make one stage of one shot: an accepted take, or the reason there is none."""
        rails = self.catalog.guardrails
        if req.tier == "delivery" and not req.plan_approved:
            return StageOutcome("failed", [], "delivery production needs an approved plan")
        routing = self.routing(
            req.tool,
            req.shot,
            req.tier,
            duration_s=req.duration_s,
            size=(req.width, req.height),
            source=req.image if req.tool in ("upscale", "inpaint") else None,
        )
        if not routing.ranked:
            why = "; ".join(f"{n}: {r}" for n, r in sorted(routing.excluded.items()))
            return StageOutcome(
                "failed", [], f"no engine can {req.tool} at {req.tier} tier ({why})"
            )
        history = self.store.attempts(req.session_id, req.shot.id, req.tool)
        round_ = current_round(history, operator_redo=req.operator_redo)
        blocked = waiting_for_person(history, round_) if rails.on_refusal == "ask" else None
        if blocked is not None:
            return StageOutcome("needs_attention", [], _ask_reason(blocked.engine, blocked.error))
        refuser = refused_same_prompt(history, round_, sha256_text(req.prompt))
        if refuser is not None:  # the person's redo after a refusal: try the next engine first
            routing.ranked.sort(key=lambda c: c.name == refuser)
        walk = FailoverWalk(list(routing.ranked))
        attempts: list[Attempt] = []
        reasons: list[str] = []
        while walk.ring:
            candidate = await self._next_candidate(walk, reasons)
            if candidate is None:
                break
            spec = candidate.spec
            previous = attempts[-1] if attempts else None
            attempt, reused = self._prepare(req, candidate, routing, round_, previous, history)
            if attempt is None:  # a new attempt would pass the cap
                used = used_in_round(history, round_)
                reasons.append(
                    f"regeneration cap reached ({used} of {rails.max_attempts_per_stage} attempts for {req.tool})"
                )
                # No row: attempts are engine calls, and the rows of the round already say why.
                # The refused request itself is in the tool-call log (Production._stage).
                break
            if reused:  # succeeded under this key before: nothing is paid twice
                take = await self._keep(req, attempt)
                return StageOutcome("accepted", [attempt], attempt.route_reason, take)
            reservation = f"{attempt.id}@{now()}"
            try:
                self.budget.reserve(reservation, candidate.estimate_usd)
            except BudgetExceeded as exc:
                message = f"{spec.name}: {exc}"
                reasons.append(message)
                attempts.append(
                    self._refusal_row(req, spec, routing, "budget", message, round_, previous)
                )
                walk.drop(candidate)
                continue
            self._start(attempt, history)
            attempts.append(attempt)
            self._say(
                req,
                f"{spec.name}: attempt {used_in_round(history, round_)} of {rails.max_attempts_per_stage}",
            )
            try:
                error = await self._dispatch(req, spec, attempt, candidate.estimate_usd)
            except BaseException:
                # Cancelled (Ctrl-C, shutdown): the row keeps its job id so a resume polls it.
                attempt.status, attempt.error_kind = "interrupted", "interrupted"
                self.store.finish_attempt(attempt)
                raise
            finally:
                self.budget.settle(reservation, attempt.cost_usd)
                self._in_flight.discard(attempt.id)
            if attempt.status == "succeeded":  # keeping the take finalises the row, in one write
                take = await self._keep(req, attempt)
                return StageOutcome("accepted", attempts, attempt.route_reason, take)
            self.store.finish_attempt(attempt)
            reasons.append(said_by(spec.name, attempt.error or attempt.gate_reason or ""))
            if isinstance(error, Refused):
                if rails.on_refusal == "ask":
                    return StageOutcome(
                        "needs_attention", attempts, _ask_reason(spec.name, error.message)
                    )
                if rails.on_refusal == "fail":
                    return StageOutcome(
                        "failed", attempts, f"refused by {spec.name}: {error.message}"
                    )
                walk.drop(candidate)
            elif error is not None and self._drops(spec, error, reasons):
                walk.drop(candidate)
            else:
                walk.advance(candidate)
        return StageOutcome("failed", attempts, "; ".join(reasons) or "no engine succeeded")

    async def _next_candidate(self, walk: FailoverWalk, reasons: list[str]) -> Candidate | None:
        """The next engine in ranking order that is not cooling down; if every one left is, wait
        for the first to cool (a Retry-After already bounded by `max_retry_after_s`)."""
        limit = self.catalog.guardrails.max_retry_after_s
        ready_at = {c.name: self._cooling_until.get(c.name, 0.0) for c in walk.ring}
        clock = self.clock()
        for candidate in walk.in_order():
            if ready_at[candidate.name] <= clock:
                return candidate
        soonest = min(walk.ring, key=lambda c: ready_at[c.name])
        wait = ready_at[soonest.name] - clock
        if wait > limit:
            reasons.append(f"every engine left is rate-limited for over {limit:g} s")
            return None
        await self.sleep(wait)
        walk.cursor = walk.ring.index(soonest)
        return soonest

    def _drops(self, spec: EngineSpec, error: EngineError, reasons: list[str]) -> bool:
        """Apply what an engine error means beyond this attempt; True if the engine is out of
        this stage's walk (retired or keyless for the session, or a Retry-After too long)."""
        if error.kind in ("retired", "auth"):
            self._out_of_session(spec.name, f"{error.kind}: {error.message}")
            return True
        if isinstance(error, RateLimited):
            limit = self.catalog.guardrails.max_retry_after_s
            wait = bounded_wait(error.retry_after_s, limit)
            # The provider's Retry-After is honoured as given: nobody calls it sooner.
            asked = error.retry_after_s if error.retry_after_s is not None else 1.0
            self._cooling_until[spec.name] = self.clock() + asked
            if wait is None:
                reasons.append(f"{spec.name}: Retry-After {asked:g} s exceeds {limit:g} s")
                return True
        return False

    def _prepare(
        self,
        req: StageRequest,
        candidate: Candidate,
        routing: Routing,
        round_: int,
        previous: Attempt | None,
        history: list[Attempt],
    ) -> tuple[Attempt | None, bool]:
        """The attempt to dispatch under the next unused idempotency key for this job.

        A key already succeeded is reused (returned with True); a key left running with a provider
        job id (an interrupted process) is adopted so the engine polls that job; otherwise a new
        attempt is built, or None when the round's cap is used."""
        base = job_base(
            req.session_id,
            req.shot.id,
            req.tool,
            candidate.name,
            sha256_text(req.prompt),
            req.seed_value,
            req.image or "",
            self.store.next_take_number(req.session_id, req.shot.id, req.tool),
        )
        by_key = {a.idempotency_key: a for a in history}
        number = 0
        while True:
            key = idempotency_key(base, number)
            found = by_key.get(key)  # the key names the session, shot and stage: history has it
            if found is None:
                break
            output = Path(found.output_path or "")
            if found.status == "succeeded" and found.take is None and output.exists():
                return found, True
            if (
                found.status in ("running", "interrupted")
                and found.provider_job_id
                and found.id not in self._in_flight
            ):
                found.status = "running"
                return found, False
            number += 1
        if used_in_round(history, round_) >= self.catalog.guardrails.max_attempts_per_stage:
            return None, False
        attempt = new_attempt(
            req,
            candidate,
            routing,
            self.catalog,
            key=key,
            round_=round_,
            previous=previous,
            operator=self.operator,
        )
        return attempt, False

    def _start(self, attempt: Attempt, history: list[Attempt]) -> None:
        """Write the row before dispatch (an adopted row is already there)."""
        self._in_flight.add(attempt.id)
        if any(a.id == attempt.id for a in history):
            self.store.finish_attempt(attempt)
            return
        self.store.start_attempt(attempt)
        history.append(attempt)

    def _refusal_row(
        self,
        req: StageRequest,
        spec: EngineSpec,
        routing: Routing,
        kind: Literal["budget"],
        message: str,
        round_: int,
        previous: Attempt | None,
    ) -> Attempt:
        row = guardrail_row(
            req,
            spec,
            routing,
            self.catalog,
            kind=kind,
            message=message,
            round_=round_,
            previous=previous,
            operator=self.operator,
        )
        self.store.start_attempt(row)
        return row

    async def _dispatch(
        self, req: StageRequest, spec: EngineSpec, attempt: Attempt, estimate: float
    ) -> EngineError | None:
        out_path = Path(attempt.output_path or "")
        if out_path.parent not in self._made_dirs:  # one mkdir per shot, not per call
            out_path.parent.mkdir(parents=True, exist_ok=True)
            self._made_dirs.add(out_path.parent)
        request = engine_request(req, attempt, lambda job: self._job_known(attempt, job))
        slots = self._slots.setdefault(spec.name, EngineSlots(spec.concurrency))
        async with slots.hold(req.priority):
            result = await call_engine(self.engine(spec), request, attempt, estimate)
        if isinstance(result, EngineError):
            return result
        await judge(self.gate, req, attempt, result)
        return None

    async def _keep(self, req: StageRequest, attempt: Attempt) -> Artifact:
        # Keeping numbers the take before signing off the loop; two stages of the same shot and
        # tool (parallel tool calls) must not both take that number, so they keep in turn.
        lock = self._keeping.setdefault((req.session_id, req.shot.id, req.tool), asyncio.Lock())
        async with lock:
            return await keep_take(self.store, req, attempt)

    def _job_known(self, attempt: Attempt, job: str) -> None:
        attempt.provider_job_id = job
        self.store.set_provider_job_id(attempt.id, job)

    def _say(self, req: StageRequest, message: str) -> None:
        if self.progress:
            self.progress(req.shot.id, req.tool, message)


def _ask_reason(engine: str, message: str | None) -> str:
    return (
        f"{engine} refused on content policy: {message}. No paid retry was made; "
        "revise the prompt or redo the stage with another engine (an operator redo)."
    )


def said_by(engine: str, text: str) -> str:
    """`engine: text`, with the engine named once: an engine's own errors already start with its
    name ("flux-1.1-pro: flux-1.1-pro: network error" was the router naming it again)."""
    return text if text.startswith(f"{engine}:") else f"{engine}: {text}"
