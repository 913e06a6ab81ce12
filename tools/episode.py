"""From an approved plan to an episode: produce the shots, check the cuts, cut and export.

The headless CLI, the agent's `produce`/`assemble` tools and the chat all come through here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sessions.models import SessionStatus, ShotPlan, Tier, ToolName
from sessions.provenance import write_provenance
from sessions.store import SessionStore
from tools.assemble import AssemblyError, assemble_episode, render_storyboard
from tools.budget import Budget
from tools.catalog import Catalog
from tools.production import DEFAULT_STAGES, Production, ProductionReport, ProgressEvent
from tools.router import Router


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
    store, session = production.store, production.session
    store.update_session(session.id, status="producing")
    report = await production.produce(shot_ids, stages, redo=redo, operator_redo=operator_redo)
    report.continuity = production.check_all_cuts() + production.check_characters()
    episode = storyboard = None
    storyboard = render_storyboard(store, session.id, production.plan)
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
