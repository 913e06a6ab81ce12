"""From an approved plan to an episode: produce the shots, check the cuts, cut and export.

The headless CLI, the agent's `produce`/`assemble` tools and the chat all come through here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sessions.lock import session_lock
from sessions.models import TAKE_KIND, SessionStatus, ShotPlan, Tier, ToolName
from sessions.provenance import write_provenance
from sessions.store import SessionStore, open_store
from sessions.takes import stale_takes
from sessions.takes import use_take as use_take_
from tools.catalog import Catalog
from tools.production.assemble import AssemblyError, assemble_episode, render_storyboard
from tools.production.iterate import (
    check_missing_cuts,
    check_take_exists,
    clear_stale,
    mark_dependents_stale,
    poll_pending_jobs,
    recheck_characters,
    redo_stale,
    revise_stage_prompt,
)
from tools.production.recovery import recover_session
from tools.production.scheduler import DEFAULT_STAGES, Production, ProductionReport, ProgressEvent
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
) -> Production:
    """A Production for a stored session, with the budget already spent taken into account."""
    info = store.session(session_id)
    plan = store.plan(info.id)
    if plan is None:
        raise LookupError(f"session {info.id} has no plan yet")
    budget = Budget(cap_usd=info.budget_usd, spent_usd=store.session_cost(info.id))
    router = Router(catalog, store, budget, env=env, operator=info.operator)
    return Production(store, router, info, plan, tier=tier, on_event=on_event)


async def produce_episode(
    production: Production,
    *,
    shot_ids: Sequence[str] | None = None,
    stages: Sequence[ToolName] = DEFAULT_STAGES,
    redo: bool = False,
    operator_redo: bool = False,
) -> EpisodeResult:
    with producing(production):
        production.store.update_session(production.session.id, status="producing")
        # A redo a crash cut short: its submitted job first, as what it makes stale depends on it.
        polled = await poll_pending_jobs(production, operator_redo=operator_redo)
        report = await production.produce(shot_ids, stages, redo=redo, operator_redo=operator_redo)
        report.shots.update(await redo_stale(production, operator_redo=operator_redo))
        report.shots = {**polled, **report.shots}
        return await finish_episode_off_loop(production, report)


async def redo_episode(
    production: Production,
    shot_id: str,
    tool: ToolName,
    *,
    prompt: str | None = None,
    use_take: int | None = None,
) -> EpisodeResult:
    """A new take of one stage of one shot (or an earlier take chosen again), then only what it
    made stale, then the episode re-cut. Every other shot's files are left as they are."""
    store, sid = production.store, production.session.id
    if use_take is not None:
        check_take_exists(store, sid, shot_id, TAKE_KIND[tool], use_take)
    with producing(production):
        if prompt:
            revise_stage_prompt(production, shot_id, tool, prompt)
        store.update_session(sid, status="producing")
        report = ProductionReport()
        stale = mark_dependents_stale(production, shot_id, tool)
        if use_take is not None:
            use_take_(store, sid, shot_id, TAKE_KIND[tool], use_take)
        else:
            # The person asked for this: it opens a new round of the regeneration cap.
            report = await production.produce([shot_id], [tool], redo=True, operator_redo=True)
            if report.shots.get(shot_id) != "done":
                clear_stale(production, stale)
                return await finish_episode_off_loop(production, report)
        report.shots.update(await redo_stale(production, operator_redo=True))
        if not stale_takes(store, sid).get(shot_id):
            store.set_shot_status(sid, shot_id, "done")
            report.shots.setdefault(shot_id, "done")
        return await finish_episode_off_loop(production, report)


@contextmanager
def producing(production: Production) -> Iterator[None]:
    """Hold the session's lock and put it back in order after any crash, for one production.

    Every producing path (CLI, agent tools, the chat) comes through here, so two processes never
    write one session at once: the second gets `SessionLocked`.
    """
    store, sid = production.store, production.session.id
    with session_lock(store.session_dir(sid), sid):
        recovered = recover_session(store, sid)
        if recovered.anything and production.on_event is not None:
            production.on_event(ProgressEvent("--", "recovery", "recovered", recovered.summary()))
        yield


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

    return await asyncio.to_thread(work)


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
    status = _status(production.plan, store, session.id)
    store.update_session(session.id, status=status)
    provenance = write_provenance(store, session.id)
    return EpisodeResult(status, report, episode, storyboard, provenance)


def _status(plan: ShotPlan, store: SessionStore, session_id: str) -> SessionStatus:
    states = [status for status, _ in store.shot_states(session_id).values()]
    done = sum(1 for s in states if s == "done")
    if done == len(plan.shots):
        return "completed"
    return "partial" if done else "failed"
