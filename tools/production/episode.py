"""From produced shots to an episode: open a production, hold the session, check the cuts, cut.

The application service (tools/service/) is what every front door calls; it opens productions and
finishes episodes through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sessions.lock import session_lock
from sessions.models import SessionStatus, ShotPlan, Tier
from sessions.provenance import write_provenance
from sessions.store import SessionStore, open_store
from tools.catalog import Catalog
from tools.production.assemble import AssemblyError, assemble_episode, render_storyboard
from tools.production.iterate import check_missing_cuts, recheck_characters
from tools.production.recovery import recover_session
from tools.production.scheduler import Production, ProductionReport, ProgressEvent
from tools.production.threads import off_loop
from tools.routing.budget import Budget
from tools.routing.router import Router


@dataclass
class EpisodeResult:
    status: SessionStatus
    report: ProductionReport
    episode: Path | None
    storyboard: Path | None
    provenance: Path


def open_production(
    store: SessionStore,
    session_id: str,
    catalog: Catalog,
    *,
    env: Mapping[str, str] | None = None,
    tier: Tier | None = None,
    on_event: Callable[[ProgressEvent], None] | None = None,
    budget: Budget | None = None,
) -> Production:
    """A Production for a stored session, with the budget already spent taken into account."""
    info = store.session(session_id)
    plan = store.plan(info.id)
    if plan is None:
        raise LookupError(f"session {info.id} has no plan yet")
    budget = budget or Budget(
        cap_usd=info.budget_usd,
        spent_usd=store.session_cost(info.id),
        cap_now=lambda: store.session(info.id).budget_usd,  # "budget 0" brakes mid-production
    )
    router = Router(catalog, store, budget, env=env, operator=info.operator)
    return Production(store, router, info, plan, tier=tier, on_event=on_event)


@contextmanager
def producing(production: Production) -> Iterator[None]:
    """Hold the session's lock and put it back in order after any crash, for one production.

    Two processes never write one session at once: the second gets `SessionLocked`."""
    store, sid = production.store, production.session.id
    with session_lock(store.session_dir(sid), sid):
        recover(production)
        yield


def recover(production: Production) -> None:
    """Put the session back in order after any crash (the caller holds the lock)."""
    recovered = recover_session(production.store, production.session.id)
    if recovered.anything and production.on_event is not None:
        production.on_event(ProgressEvent("--", "recovery", "recovered", recovered.summary()))


async def finish_episode_off_loop(
    production: Production, report: ProductionReport
) -> EpisodeResult:
    """`finish_episode` on a worker thread with a connection of its own.

    Checking the cuts, cutting and signing the episode take seconds of CPU at the end of a long
    production; on the event loop they would freeze the chat (and every other coroutine) for all
    of it. The lock stays held by the caller meanwhile.
    """

    def work() -> EpisodeResult:
        store = open_store(production.store.home)
        try:
            return finish_episode(production.with_store(store), report)
        finally:
            store.close()

    return await off_loop(work)  # a stop waits for the cut to end before the lock is let go


def finish_episode(production: Production, report: ProductionReport) -> EpisodeResult:
    """Check the cuts that need it, cut the storyboard and the episode (signed), write provenance."""
    store, session = production.store, production.session
    report.continuity = check_missing_cuts(production) + recheck_characters(production)
    storyboard = render_storyboard(store, session.id, production.plan)
    episode: Path | None
    try:
        episode = assemble_episode(store, session.id, production.plan)
    except AssemblyError:
        episode = None
    status = production_status(store, session.id, production.plan)
    store.update_session(session.id, status=status)
    provenance = write_provenance(store, session.id)
    return EpisodeResult(status, report, episode, storyboard, provenance)


def production_status(store: SessionStore, session_id: str, plan: ShotPlan) -> SessionStatus:
    """Where a production left the session: completed when every shot is done."""
    states = [status for status, _ in store.shot_states(session_id).values()]
    done = sum(1 for s in states if s == "done")
    if done == len(plan.shots):
        return "completed"
    if done or "stale" in states:
        return "partial"
    # Nothing done: failed only when a shot failed; a card rejected, or a new plan not made
    # yet, leaves the session planning (a newcomer read "failed" after saying no).
    return "failed" if any(s in ("failed", "needs_attention") for s in states) else "planning"
