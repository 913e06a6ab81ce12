"""Batches: several briefs produced as episodes under one shared budget.

Each episode is its own session — planned, approved, produced and resumable on its own — and the
batch (sessions/batches.py) says which sessions share which budget. Two things make the sharing
hold:

- the budget: every production of a batch's session reserves against a pool as well as against the
  session's own budget (`PooledBudget`); the pool's cap is the batch's budget and it starts from
  what every episode of the batch has already spent, so no reservation — a run of the whole batch,
  or a later `resume` of one episode — can take the batch past its budget. One pool is kept per
  batch per service, so episodes produced at once in one process see each other's reservations;
- the engines: `produce_batch` runs the episodes' productions at once on one event loop with one
  set of engine slots, so each engine's `concurrency` holds across the batch, not per episode.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sessions.batches import batch, batch_of, batch_spent
from sessions.models import Actor, Approval, WorkItem
from tools.production.scheduler import Production, ProgressEvent
from tools.routing.budget import Budget, BudgetExceeded
from tools.routing.learning import Scored
from tools.routing.slots import EngineSlots
from tools.service.answers import Outcome, ServiceError
from tools.service.estimate import Forecast, forecast

if TYPE_CHECKING:
    from tools.service.service import ProductionService

EpisodeProgressFn = Callable[[str, ProgressEvent], None]  # session id, event


@dataclass
class PooledBudget(Budget):
    """A session's budget that also draws on a pool shared with other sessions: a reservation
    must fit both, and is booked in both or in neither."""

    pool: Budget = field(default_factory=lambda: Budget(cap_usd=0.0))
    prefix: str = ""  # this session's id: keys in the pool are unique across sessions

    @property
    def available_usd(self) -> float:
        return min(self.cap_usd - self.spent_usd - self.reserved_usd, self.pool.available_usd)

    def reserve(self, key: str, amount_usd: float) -> None:
        pooled = f"{self.prefix}:{key}"
        try:
            self.pool.reserve(pooled, amount_usd)
        except BudgetExceeded as exc:
            raise BudgetExceeded(f"the batch's shared budget: {exc}") from None
        try:
            super().reserve(key, amount_usd)
        except BaseException:
            self.pool.release(pooled)
            raise

    def settle(self, key: str, actual_usd: float) -> None:
        super().settle(key, actual_usd)
        self.pool.settle(f"{self.prefix}:{key}", actual_usd)


def pooled(service: ProductionService, session_id: str, own: Budget) -> Budget:
    """`own`, drawing on its batch's pool if the session is an episode of a batch."""
    found = batch_of(service.store, session_id)
    if found is None:
        return own
    pool = service.pools.get(found.id)
    if pool is None:
        pool = service.pools[found.id] = Budget(cap_usd=found.budget_usd)
    if pool.reserved_usd == 0:  # nothing in flight here: what is spent is what the store says
        pool.spent_usd = batch_spent(service.store, found.id)  # (another process may have spent)
    return PooledBudget(
        cap_usd=own.cap_usd,
        spent_usd=own.spent_usd,
        cap_now=own.cap_now,
        pool=pool,
        prefix=session_id,
    )


@dataclass
class EpisodeResult:
    session_id: str
    outcome: Outcome | None = None
    error: str = ""


async def produce_batch(
    service: ProductionService,
    approvals: Sequence[Approval],
    *,
    by: Actor = "--yes",
    on_progress: EpisodeProgressFn | None = None,
) -> list[EpisodeResult]:
    """Answer each episode's production approval at once: one loop, one set of engine slots,
    one pool. An episode that fails (its lock is held elsewhere, say) does not stop the others."""
    slots: dict[str, EngineSlots] = {}
    before = service.settings.on_production

    def share(production: Production) -> None:
        production.router._slots = slots  # every episode's router queues at the same engines
        if before is not None:
            before(production)

    async def one(approval: Approval) -> EpisodeResult:
        sid = approval.session_id

        def progress(event: ProgressEvent) -> None:
            if on_progress is not None:
                on_progress(sid, event)

        try:
            return EpisodeResult(
                sid, await service.approve(approval.id, by=by, on_progress=progress)
            )
        except Exception as exc:  # one line per episode; the others carry on
            return EpisodeResult(sid, error=" ".join(str(exc).split()) or type(exc).__name__)

    service.settings.on_production = share
    try:
        return list(await asyncio.gather(*(one(a) for a in approvals)))
    finally:
        service.settings.on_production = before


def batch_forecast(service: ProductionService, session_ids: Sequence[str]) -> Forecast:
    """What producing every episode's plan is expected to cost, with one p10–p90 range for the
    whole batch (the episodes' spreads do not simply add up)."""
    walks: list[tuple[WorkItem, list[Scored]]] = []
    listed = 0.0
    keys: set[str] = set()
    for sid in session_ids:
        plan = service.store.plan(sid)
        if plan is None:
            continue
        estimate = service.plan_estimate(sid, plan)  # as the episode's own card quotes it
        if estimate.impossible and estimate.if_keyed is not None:
            # quoted before its tier's keys were set: priced as the episode's own card is
            estimate = estimate.if_keyed
            keys.update(estimate.keys_to_set)
        listed += estimate.usd
        # the same shot id in two episodes is two shots
        walks += [(item.model_copy(update={"shot_id": f"{sid}/{item.shot_id}"}), walk)
                  for item, walk in estimate.walks]  # fmt: skip
    result = forecast(
        walks, cap=service.catalog.guardrails.max_attempts_per_stage,
        seed=service.catalog.learning.seed,
    )  # fmt: skip
    result.listed_usd = round(listed, 6)
    result.keys_to_set = sorted(keys)
    return result


def waiting_productions(
    service: ProductionService, batch_id: str, *, by: Actor = "--yes"
) -> tuple[list[Approval], dict[str, str]]:
    """What each episode of the batch needs answered to be produced: a waiting plan is approved
    (its production's approval follows), a waiting production is taken as it is, and an episode
    with nothing waiting but something left to make asks to continue. Also why each episode
    that waits was refused (a plan replaced meanwhile, or quoted before its tier's keys were
    set), by session id."""
    found = batch(service.store, batch_id)
    if found is None:
        return [], {}
    ready: list[Approval] = []
    refused: dict[str, str] = {}
    for sid in found.session_ids:
        try:
            service.offer_plan(sid, actor=by)
            for plan in [a for a in service.pending(sid) if a.kind == "plan"]:
                service._approve_plan(plan, by)
            production = [a for a in service.pending(sid) if a.kind == "production"]
            if not production and service.store.plan(sid) is not None:
                follow = service.request_production(sid, actor=by)
                production = [follow] if follow is not None else []
        except ServiceError as exc:  # that episode waits, as it was
            refused[sid] = str(exc)
            continue
        ready += production[-1:]
    return ready, refused
