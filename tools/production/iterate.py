"""Iterating on one shot: a new (or chosen) take, what it makes stale, and redoing only that.

Dependents are marked stale *before* the new take is made, so a crash in between errs on the side
of redoing: what is stale is always regenerated from whatever is current, which is consistent.
"""

from __future__ import annotations

import itertools

from sessions.models import (
    TAKE_KIND,
    TOOL_OF_TAKE,
    Attempt,
    ContinuityResult,
    ShotPlan,
    ShotStatus,
    ToolName,
)
from sessions.store import SessionStore
from sessions.takes import TakeNotFound, mark_stale, stale_takes, takes
from tools.production.scheduler import Production
from tools.production.stale import STAGE_ORDER, StaleSet, stale_after

# Which stage prompt a redo's `--prompt` replaces.
PROMPT_FIELD: dict[str, str] = {
    "generate_keyframe": "keyframe",
    "animate": "motion",
    "inpaint": "finishing",
    "upscale": "finishing",
}


def revise_stage_prompt(
    production: Production, shot_id: str, tool: ToolName, prompt: str
) -> ShotPlan:
    """Store the new prompt as a new plan version (old versions are kept), so resumes keep it."""
    plan = production.plan.model_copy(deep=True)
    shot = plan.shot(shot_id)
    field = PROMPT_FIELD[tool]
    if getattr(shot.prompts, field) == prompt:
        return production.plan
    shot.prompts = shot.prompts.model_copy(update={field: prompt})
    plan.note = f"{shot_id}: new {field} prompt"
    saved = production.store.save_plan(production.session.id, plan)
    production.plan = production.store.plan(production.session.id, saved.version) or saved
    return production.plan


def mark_dependents_stale(production: Production, shot_id: str, tool: ToolName) -> StaleSet:
    stale = stale_after(production.plan, shot_id, TAKE_KIND[tool])
    mark_stale(production.store, production.session.id, stale.takes, stale.cuts)
    return stale


def clear_stale(production: Production, stale: StaleSet) -> None:
    """Undo `mark_dependents_stale` when the new take did not come: nothing changed after all."""
    store, sid = production.store, production.session.id
    with store.db.conn:
        for shot_id, kind in stale.takes:
            store.db.execute(
                "update artifacts set stale = 0 where session_id = ? and shot_id = ? "
                "and kind = ? and current = 1",
                [sid, shot_id, kind],
            )
    still = stale_takes(store, sid)
    for shot_id in stale.shots():
        if shot_id not in still and store.shot_states(sid).get(shot_id, ("",))[0] == "stale":
            store.set_shot_status(sid, shot_id, "done")


async def redo_stale(
    production: Production, *, operator_redo: bool = False
) -> dict[str, ShotStatus]:
    """Remake every stale current take, shot by shot in plan order (a chained shot comes after
    the shot it continues, so its anchor frame is already the new one). `operator_redo` when the
    person's redo caused it: a new round of the regeneration cap, as for the redo itself."""
    stale = stale_takes(production.store, production.session.id)
    results: dict[str, ShotStatus] = {}
    for shot in production.plan.shots:
        kinds = stale.get(shot.id)
        if kinds:
            stages = [TOOL_OF_TAKE[k] for k in STAGE_ORDER if k in kinds]
            report = await production.produce(
                [shot.id], stages, redo=True, operator_redo=operator_redo
            )
            results.update(report.shots)
    return results


def pending_jobs(store: SessionStore, session_id: str) -> dict[str, list[ToolName]]:
    """Stages that have a take but whose latest attempt is a provider job a dead process submitted
    and never saw finish: an interrupted redo, which a plain resume would skip. They are run again
    (before anything made from them): the router finds the row by its idempotency key and polls the
    job instead of paying for a new one."""
    latest: dict[tuple[str, str], Attempt] = {}
    for attempt in store.attempts(session_id):  # oldest first: the last one seen is the latest
        latest[(attempt.shot_id, attempt.tool)] = attempt
    found: dict[str, list[ToolName]] = {}
    for (shot_id, _), attempt in sorted(latest.items()):
        redo = store.current_take(session_id, shot_id, TAKE_KIND[attempt.tool]) is not None
        if attempt.status == "interrupted" and attempt.provider_job_id and redo:
            found.setdefault(shot_id, []).append(attempt.tool)
    return found


async def poll_pending_jobs(
    production: Production, *, operator_redo: bool = False
) -> dict[str, ShotStatus]:
    results: dict[str, ShotStatus] = {}
    order = list(TOOL_OF_TAKE.values())
    for shot_id, tools in pending_jobs(production.store, production.session.id).items():
        stages = sorted(tools, key=order.index)
        report = await production.produce([shot_id], stages, redo=True, operator_redo=operator_redo)
        results.update(report.shots)
    return results


def check_missing_cuts(production: Production) -> list[ContinuityResult]:
    """Check each adjacent cut that has no up-to-date verdict; return every up-to-date verdict."""
    store, sid = production.store, production.session.id
    fresh = {(c.shot_a, c.shot_b) for c in store.continuity(sid) if c.kind == "cut"}
    for a, b in itertools.pairwise(production.plan.shots):
        if (a.id, b.id) not in fresh:
            production.check_continuity(a.id, b.id)
    return [c for c in store.continuity(sid) if c.kind == "cut"]


def check_take_exists(
    store: SessionStore, session_id: str, shot_id: str, kind: str, take: int
) -> None:
    """Raise `TakeNotFound` (with the takes there are) before anything is changed."""
    have = sorted(a.take or 0 for a in takes(store, session_id, shot_id) if a.kind == kind)
    if take not in have:
        listed = ", ".join(f"t{n}" for n in have) or "none"
        raise TakeNotFound(f"{shot_id} has no {kind} take t{take} (takes: {listed})")


def recheck_characters(production: Production) -> list[ContinuityResult]:
    """Character colour checks span many shots' keyframes: cheap, so redone whole each time, with
    the previous verdicts kept as stale history."""
    store, sid = production.store, production.session.id
    with store.db.conn:
        store.db.execute(
            "update continuity set stale = 1 where session_id = ? and kind = 'character'", [sid]
        )
    return production.check_characters()
