"""The router: every engine call goes through here, under guardrails that are code.

For one stage of one shot it ranks the engines and walks the ranking, round and round until a take
is accepted or the regeneration cap is used: reserve the estimate against the budget, wait for the
engine's slot, write the attempt row, call the engine, gate the output, settle the cost, finalise
the row. Timeouts, server errors, rate limits, retired models, undecodable output and gate
rejections all move on to the next engine; a content-policy refusal follows `on_refusal`; a local
failure (this machine's disk, permissions, codecs) stops the stage without failing over. Jobs a
stage already submitted (a killed process, an output the disk refused) are polled first, on
whichever engine they are, and a request an engine already answered is not sent again unchanged
(tools/routing/seeds.py). Caps and rounds: tools/routing/guardrails.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from sessions.local import LocalFailure, as_local_failure
from sessions.models import Artifact, Attempt, Shot, Tier, ToolName, sha256_text
from sessions.store import SessionStore, now
from tools.catalog import Catalog, EngineSpec
from tools.engines.base import (
    Engine,
    EngineResult,
    build_engine,
    engine_factories,
    unavailable_reason,
)
from tools.engines.errors import EngineError, RateLimited, Refused
from tools.routing.attempts import guardrail_row, keep_take, new_attempt
from tools.routing.budget import Budget, BudgetExceeded
from tools.routing.dispatch import (
    as_submitted,
    call_engine,
    engine_request,
    judge,
    local_problem,
)
from tools.routing.gate import quality_gate
from tools.routing.guardrails import (
    FailoverWalk,
    adoptable,
    bounded_wait,
    current_round,
    idempotency_key,
    job_base,
    last_in_round,
    refused_same_prompt,
    round_of,
    used_in_round,
    waiting_for_person,
)
from tools.routing.rank import Candidate, CastNeeds, Routing, rank_engines
from tools.routing.request import Gate, GateResult, StageOutcome, StageRequest
from tools.routing.seeds import choose_seed
from tools.routing.slots import EngineSlots

__all__ = ["Router", "StageOutcome", "StageRequest"]

ProgressFn = Callable[[str, str, str], None]  # shot id, stage, message
# Reorders one stage's ranking (a pinned engine first, a learned order): tools/routing/learning.py.
Ranker = Callable[[Routing, StageRequest], Routing]
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
        self.ranker: Ranker | None = None  # asked for each stage's order after the static ranking
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
        cast: CastNeeds | None = None,
    ) -> Routing:
        """The ranking for this stage. Shots with the same tags, size, duration and kind of source
        rank alike, so rankings are kept until availability changes; treat the result as
        read-only."""
        kind = source.suffix.lower() if source is not None else ""
        key = (tool, tuple(shot.tags), tier, duration_s, size, kind, cast)
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
                cast=cast,
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
            cast=req.cast_needs,
        )
        if not routing.ranked:
            why = "; ".join(f"{n}: {r}" for n, r in sorted(routing.excluded.items()))
            return StageOutcome(
                "failed", [], f"no engine can {req.tool} at {req.tier} tier ({why})"
            )
        if self.ranker is not None:
            routing = self.ranker(routing, req)
        history = self.store.attempts(req.session_id, req.shot.id, req.tool)
        round_ = current_round(history, operator_redo=req.operator_redo)
        blocked = waiting_for_person(history, round_) if rails.on_refusal == "ask" else None
        if blocked is not None:
            return StageOutcome("needs_attention", [], _ask_reason(blocked.engine, blocked.error))
        refuser = refused_same_prompt(history, round_, sha256_text(req.prompt))
        if refuser is not None:  # the person's redo after a refusal: try the next engine first
            ranked = sorted(routing.ranked, key=lambda c: c.name == refuser)
            routing = Routing(routing.tool, routing.tier, ranked, dict(routing.excluded))
        take_number = self.store.next_take_number(req.session_id, req.shot.id, req.tool)
        # Jobs this stage already has (a dead process's, an output the disk refused) come first,
        # on whichever engine of the ranking they are: polled, never paid for again.
        submitted = self._submitted(req, routing, history, take_number)
        await self._settle_superseded(req, history, {a.id for _, a in submitted})
        walk = FailoverWalk(list(routing.ranked))
        previous = last_in_round(history, round_)
        if not submitted:
            walk.resume_after(previous)  # a resumed walk goes on where the last one stopped
        attempts: list[Attempt] = []
        reasons: list[str] = []
        while walk.ring:
            adopted = False
            if submitted:
                candidate, found = submitted.pop(0)
                if candidate not in walk.ring:
                    continue
                if found.status == "succeeded":  # accepted, but a crash stopped its keeping
                    return await self._accepted(req, [found], found)
                attempt, adopted = self._adopt(found), True
            else:
                next_up = await self._next_candidate(walk, reasons)
                if next_up is None:
                    break
                candidate = next_up
                prepared = self._prepare(req, candidate, routing, round_, previous, history)
                if prepared is None:  # a new attempt would pass the cap
                    used = used_in_round(history, round_)
                    reasons.append(
                        f"regeneration cap reached ({used} of {rails.max_attempts_per_stage} attempts for {req.tool})"
                    )
                    # No row: attempts are engine calls, and the rows of the round already say
                    # why. The refused request itself is in the tool-call log (Production._stage).
                    break
                attempt = prepared
            spec = candidate.spec
            reservation = f"{attempt.id}@{now()}"
            if not adopted:  # an adopted job was paid when it was submitted: it is polled anyway
                try:
                    self.budget.reserve(reservation, candidate.estimate_usd)
                except BudgetExceeded as exc:
                    message = f"{spec.name}: {exc}"
                    reasons.append(message)
                    refused = self._refusal_row(
                        req, spec, routing, "budget", message, round_, previous
                    )
                    attempts.append(refused)
                    # The walk's record goes on from here: the next engine failed over from this
                    # row, so provenance reads the whole walk as one chain.
                    previous = refused
                    walk.drop(candidate)
                    continue
            try:
                error = await self._dispatch(req, spec, attempt, candidate.estimate_usd, history)
            finally:
                self.budget.settle(reservation, attempt.cost_usd)
                self._in_flight.discard(attempt.id)
            attempts.append(attempt)
            previous = attempt
            if attempt.status == "succeeded":  # keeping the take finalises the row, in one write
                return await self._accepted(req, attempts, attempt)
            self.store.finish_attempt(attempt)
            if isinstance(error, LocalFailure):
                # This machine's problem: another engine would meet the same disk. Stop here;
                # `resume` finishes once it is fixed (a submitted job is polled, not paid again).
                return StageOutcome("failed", attempts, f"stopped on this machine: {error}")
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
            if self.ranker is not None and walk.ring and not submitted:
                # What was learned since the walk began (this failure, other shots' results)
                # reorders the engines still in play; the one that just failed goes last.
                walk.reorder(self.ranker(routing, req).ranked, last=candidate)
        return StageOutcome("failed", attempts, "; ".join(reasons) or "no engine succeeded")

    async def _next_candidate(self, walk: FailoverWalk, reasons: list[str]) -> Candidate | None:
        """The next engine in ranking order that is not cooling down; if every one left is, wait
        for the first to cool (a cooling never outlasts `max_retry_after_s`, see `_drops`)."""
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
            asked = error.retry_after_s if error.retry_after_s is not None else 1.0
            # Every shot holds off the engine for the Retry-After, up to the bound: no one calls
            # it sooner. A longer one ends only this stage's use of the engine (its own answer);
            # a shot that never asked waits out the bound and asks for itself, rather than
            # failing on another shot's 429.
            self._cooling_until[spec.name] = self.clock() + min(asked, limit)
            if wait is None:
                reasons.append(f"{spec.name}: Retry-After {asked:g} s exceeds {limit:g} s")
                return True
        return False

    def _submitted(
        self, req: StageRequest, routing: Routing, history: list[Attempt], take: int
    ) -> list[tuple[Candidate, Attempt]]:
        """What this stage already has for this very request on an engine of the ranking: an
        accepted output a crash kept from becoming a take, then jobs nobody saw finish, oldest
        first. Matched by idempotency key, which names the engine and the seed the job was sent
        with, so a job on the backup engine is found as surely as one on the first choice."""
        ranked = {c.name: c for c in routing.ranked}
        prompt_sha = sha256_text(req.prompt)
        numbers = range(len(history) + 1)
        found: list[tuple[Candidate, Attempt]] = []
        for attempt in history:
            candidate = ranked.get(attempt.engine)
            if candidate is None or attempt.id in self._in_flight:
                continue
            output = Path(attempt.output_path or "")
            unkept = attempt.status == "succeeded" and attempt.take is None and output.is_file()
            if not (unkept or adoptable(attempt)):
                continue
            base = self._job_base(req, attempt.engine, prompt_sha, attempt.seed, take)
            if attempt.idempotency_key in {idempotency_key(base, n) for n in numbers}:
                found.append((candidate, attempt))
        found.sort(key=lambda pair: pair[1].status != "succeeded")  # stable: oldest first
        return found

    async def _settle_superseded(
        self, req: StageRequest, history: list[Attempt], current: set[str]
    ) -> None:
        """Poll the jobs this stage submitted for a request it no longer makes (a redo changed
        its prompt or its input while they ran, unseen): they were paid for, so their cost goes
        on the books and their output stays on record, but they never become a take."""
        out = self.unavailable()
        names = {spec.name: spec for spec in self.catalog.engines}
        for attempt in history:
            spec = names.get(attempt.engine)
            if spec is None or attempt.engine in out or attempt.id in current:
                continue
            if attempt.id in self._in_flight or not adoptable(attempt):
                continue
            reservation = f"{attempt.id}@{now()}"  # nothing reserved: it is paid already
            sent = as_submitted(req, self._adopt(attempt))
            price = spec.estimate(duration_s=sent.duration_s, width=sent.width, height=sent.height)
            try:
                error = await self._dispatch(sent, spec, attempt, price, history)
            finally:
                self.budget.settle(reservation, attempt.cost_usd)
                self._in_flight.discard(attempt.id)
            if not isinstance(error, LocalFailure):  # a local failure stays, to poll again
                attempt.status, attempt.error_kind = "failed", "interrupted"
                attempt.error = (
                    "superseded: its stage's prompt or input changed before its answer was "
                    "seen; polled so that what it cost is on record, never taken"
                    + (f" ({error.message})" if error is not None else "")
                )
            self.store.finish_attempt(attempt)

    def _job_base(
        self, req: StageRequest, engine: str, prompt_sha: str, seed: int, take: int
    ) -> str:
        return job_base(
            req.session_id, req.shot.id, req.tool, engine, prompt_sha, seed, req.image or "", take
        )

    def _adopt(self, found: Attempt) -> Attempt:
        """Take over a submitted job: the row is dispatched again and the engine polls the job.
        What the interruption wrote on it goes; the outcome of the poll replaces it."""
        found.status = "running"
        found.error_kind = found.error = found.finished_at = None
        return found

    def _prepare(
        self,
        req: StageRequest,
        candidate: Candidate,
        routing: Routing,
        round_: int,
        previous: Attempt | None,
        history: list[Attempt],
    ) -> Attempt | None:
        """A new attempt on `candidate` under the next unused idempotency key for this job, with
        the seed `choose_seed` gives it; None when the round's cap is used."""
        if used_in_round(history, round_) >= self.catalog.guardrails.max_attempts_per_stage:
            return None
        seed = choose_seed(req, candidate.spec, history)
        take = self.store.next_take_number(req.session_id, req.shot.id, req.tool)
        base = self._job_base(req, candidate.name, sha256_text(req.prompt), seed.seed, take)
        used = {a.idempotency_key for a in history}
        number = 0
        while idempotency_key(base, number) in used:
            number += 1
        return new_attempt(
            req,
            candidate,
            routing,
            self.catalog,
            key=idempotency_key(base, number),
            seed=seed,
            round_=round_,
            previous=previous,
            operator=self.operator,
        )

    def _start(self, attempt: Attempt, history: list[Attempt]) -> None:
        """Write the row once the engine's slot is held (an adopted row is already there)."""
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
        self,
        req: StageRequest,
        spec: EngineSpec,
        attempt: Attempt,
        estimate: float,
        history: list[Attempt],
    ) -> EngineError | LocalFailure | None:
        """Wait for the engine's slot, write the row, call the engine, judge its output.

        The row is written only once the slot is held: a shot killed while it waited in the
        queue reached no engine, and leaves no attempt to count against its cap."""
        slots = self._slots.setdefault(spec.name, EngineSlots(spec.concurrency))
        started = False
        try:
            async with slots.hold(req.priority):
                await self._cooled(spec)
                self._start(attempt, history)
                started = True
                self._announce(req, spec, attempt, history)
                result = await self._call(req, spec, attempt, estimate)
            if isinstance(result, EngineError | LocalFailure):
                return result
            await judge(self.gate, req, attempt, result)
            return None
        except BaseException:
            if started:
                # Cancelled (Ctrl-C, shutdown): the row keeps its job id so a resume polls it.
                attempt.status, attempt.error_kind = "interrupted", "interrupted"
                with contextlib.suppress(sqlite3.Error):  # a full disk: the first error matters
                    self.store.finish_attempt(attempt)
            raise

    async def _call(
        self, req: StageRequest, spec: EngineSpec, attempt: Attempt, estimate: float
    ) -> EngineResult | EngineError | LocalFailure:
        out_path = Path(attempt.output_path or "")
        if out_path.parent not in self._made_dirs:  # one mkdir per shot, not per call
            try:
                out_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                failure = local_problem(exc, out_path)
                assert failure is not None  # an OSError is always this machine's
                attempt.status, attempt.error_kind, attempt.error = "failed", "local", str(failure)
                return failure
            self._made_dirs.add(out_path.parent)
        request = engine_request(req, attempt, lambda job: self._job_known(attempt, job))
        return await call_engine(self.engine(spec), request, attempt, estimate)

    async def _cooled(self, spec: EngineSpec) -> None:
        """A 429 that came while this shot waited for the slot holds it too (bounded, `_drops`)."""
        wait = self._cooling_until.get(spec.name, 0.0) - self.clock()
        if wait > 0:
            await self.sleep(wait)

    def _announce(
        self, req: StageRequest, spec: EngineSpec, attempt: Attempt, history: list[Attempt]
    ) -> None:
        if attempt.provider_job_id:  # adopted: the job was submitted before
            self._say(req, f"{spec.name}: polling job {attempt.provider_job_id}, already paid for")
            return
        cap = self.catalog.guardrails.max_attempts_per_stage
        used = used_in_round(history, round_of(attempt))
        self._say(req, f"{spec.name}: attempt {used} of {cap}")

    async def _accepted(
        self, req: StageRequest, attempts: list[Attempt], attempt: Attempt
    ) -> StageOutcome:
        """Keep the accepted output as a take. A full disk or a permission while signing or
        recording it stops the stage with one line; the output stays, and `resume` keeps it."""
        try:
            take = await self._keep(req, attempt)
        except Exception as exc:
            doing = f"keeping {req.shot.id}'s {req.tool} take {attempt.output_path}"
            failure = as_local_failure(exc, doing=doing)
            if failure is None:
                raise
            return StageOutcome("failed", attempts, f"stopped on this machine: {failure}")
        return StageOutcome("accepted", attempts, attempt.route_reason, take)

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
