"""The agent's production tools: single stages, the whole production, the cut and the episode.

Anything that can spend money asks the person first (pydantic-ai's deferred approval): `produce`
always, with its estimate; a single stage when its first-choice engine charges anything. Budget,
tier caps and regeneration caps are the router's: no tool here takes a budget or a cap.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic_ai import ModelRetry, RunContext
from pydantic_ai.exceptions import ApprovalRequired

from agent.deps import ShotcallerDeps
from agent.estimate import estimate_production
from agent.plan_tools import require_plan, shot_id_of
from sessions.models import STAGE_WORDS, ShotPlan, ToolName
from sessions.provenance import write_provenance
from tools.production.assemble import AssemblyError, assemble_episode, render_storyboard
from tools.production.episode import produce_episode
from tools.production.scheduler import DEFAULT_STAGES
from tools.routing.router import StageOutcome


def _approved_plan(deps: ShotcallerDeps) -> ShotPlan:
    plan = require_plan(deps)
    if not plan.approved:
        raise ModelRetry(
            f"plan v{plan.version} is not approved yet; call propose_plan (with no shots) so the "
            "person can approve it before anything is produced"
        )
    return plan


def _stages(words: Sequence[str]) -> list[ToolName]:
    if not words:
        return list(DEFAULT_STAGES)
    stages: list[ToolName] = []
    for word in words:
        stage = STAGE_WORDS.get(word.strip().lower())
        if stage is None:
            raise ModelRetry(
                f"unknown stage {word!r}: use generate_keyframe, animate, inpaint or upscale"
            )
        if stage not in stages:
            stages.append(stage)
    return stages


def _ask(ctx: RunContext[ShotcallerDeps], summary: str, estimate: float, *, always: bool) -> None:
    """Pause for the person's approval unless they already gave it (or nothing is charged)."""
    if ctx.tool_call_approved or (not always and estimate <= 0):
        return
    raise ApprovalRequired(
        metadata={"kind": "production", "summary": summary, "estimate_usd": round(estimate, 4)}
    )


def _budget_line(deps: ShotcallerDeps) -> str:
    info = deps.store.session(deps.session_id)
    return f"${info.budget_usd - info.cost_usd:.2f} of the ${info.budget_usd:.2f} budget left"


async def _one_stage(ctx: RunContext[ShotcallerDeps], shot_ref: str, stage: ToolName) -> str:
    deps = ctx.deps
    plan = _approved_plan(deps)
    sid = shot_id_of(plan, shot_ref)
    tier = deps.current_tier()
    estimate = estimate_production(deps.catalog, plan, [sid], [stage], tier, deps.env)
    if estimate.impossible:
        return f"no engine here can {stage} {sid} at {tier} tier"
    _ask(
        ctx,
        f"{stage} for {sid} at {tier} tier: about ${estimate.usd:.2f} ({_budget_line(deps)})",
        estimate.usd,
        always=False,
    )
    return ""


def _outcome(sid: str, stage: str, outcome: StageOutcome) -> str:
    if outcome.status == "accepted" and outcome.take is not None:
        return f"{sid} {stage}: new take t{outcome.take.take} ({outcome.take.path}), ${outcome.cost_usd:.2f}"
    return f"{sid} {stage} {outcome.status}: {outcome.reason}"


async def generate_keyframe(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str = "") -> str:
    """Make a new keyframe take for a shot (from its keyframe prompt, or prompt)."""
    if refusal := await _one_stage(ctx, shot_id, "generate_keyframe"):
        return refusal
    sid = shot_id_of(_approved_plan(ctx.deps), shot_id)
    outcome = await ctx.deps.production().generate_keyframe(sid, prompt or None)
    return _outcome(sid, "generate_keyframe", outcome)


async def animate(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str = "") -> str:
    """Animate a shot's keyframe into a clip of the shot's length (motion prompt, or prompt)."""
    if refusal := await _one_stage(ctx, shot_id, "animate"):
        return refusal
    sid = shot_id_of(_approved_plan(ctx.deps), shot_id)
    outcome = await ctx.deps.production().animate(sid, prompt or None)
    return _outcome(sid, "animate", outcome)


async def inpaint(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str) -> str:
    """Repaint part of a shot's keyframe as prompt says, keeping the composition."""
    if not prompt.strip():
        raise ModelRetry("say what to correct in the keyframe")
    if refusal := await _one_stage(ctx, shot_id, "inpaint"):
        return refusal
    sid = shot_id_of(_approved_plan(ctx.deps), shot_id)
    outcome = await ctx.deps.production().inpaint(sid, prompt)
    return _outcome(sid, "inpaint", outcome)


async def upscale(ctx: RunContext[ShotcallerDeps], shot_id: str, scale: float = 2.0) -> str:
    """Upscale a shot's clip (or keyframe) by scale, 1.5 to 4."""
    if not 1.5 <= scale <= 4:
        raise ModelRetry("scale is 1.5 to 4")
    if refusal := await _one_stage(ctx, shot_id, "upscale"):
        return refusal
    sid = shot_id_of(_approved_plan(ctx.deps), shot_id)
    outcome = await ctx.deps.production().upscale(sid, scale)
    return _outcome(sid, "upscale", outcome)


async def check_continuity(ctx: RunContext[ShotcallerDeps], shot_a: str, shot_b: str) -> str:
    """Check the cut from shot_a's last frame to shot_b's first: does it hold, what would fix it."""
    plan = require_plan(ctx.deps)
    a, b = shot_id_of(plan, shot_a), shot_id_of(plan, shot_b)
    result = ctx.deps.production().check_continuity(a, b)
    if result.passed:
        return f"{a}→{b} {result.cut} cut holds"
    return f"{a}→{b} {result.cut} cut: {'; '.join(result.reasons)}. {result.suggestion}".strip()


async def produce(
    ctx: RunContext[ShotcallerDeps],
    shot_ids: Sequence[str] = (),
    stages: Sequence[str] = (),
    redo: bool = False,
) -> str:
    """Produce the approved plan: stages (default generate_keyframe, animate) for shot_ids
    (default all), then check the cuts and cut the episode. Done stages are skipped unless redo.
    The person approves the estimate first."""
    deps = ctx.deps
    plan = _approved_plan(deps)
    ids = [shot_id_of(plan, ref) for ref in shot_ids] if shot_ids else [s.id for s in plan.shots]
    chosen = _stages(stages)
    tier = deps.current_tier()
    estimate = estimate_production(deps.catalog, plan, ids, chosen, tier, deps.env)
    if estimate.impossible:
        return f"no engine here can make {', '.join(estimate.impossible)} at {tier} tier"
    span = f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else ids[0]
    _ask(
        ctx,
        f"Produce {span} ({', '.join(chosen)}{', redo' if redo else ''}) at {tier} tier: "
        f"about ${estimate.usd:.2f} ({_budget_line(deps)})",
        estimate.usd,
        always=True,
    )
    meta = ctx.tool_call_metadata if isinstance(ctx.tool_call_metadata, dict) else {}
    # A redo the person approved themselves opens a new round of the regeneration cap, as
    # `shotcaller resume --redo` does; an auto-approved one (--yes) does not.
    operator_redo = redo and meta.get("approved_by") == "person"
    result = await produce_episode(
        deps.production(), shot_ids=ids, stages=chosen, redo=redo, operator_redo=operator_redo
    )
    done = [s for s, st in result.report.shots.items() if st == "done"]
    lines = [f"Production {result.status}: {len(done)} of {len(ids)} shots done."]
    lines += [f"  {s}: {why}" for s, why in result.report.reasons.items()]
    cost = deps.store.session_cost(deps.session_id)
    lines.append(f"Spent ${cost:.2f} so far.")
    lines.append(f"Episode: {result.episode or 'not assembled (see the failed shots)'}")
    return "\n".join(lines)


async def assemble(ctx: RunContext[ShotcallerDeps]) -> str:
    """Cut the episode from the current clips, with storyboard and provenance. Free."""
    deps = ctx.deps
    plan = _approved_plan(deps)
    storyboard = render_storyboard(deps.store, deps.session_id, plan)
    try:
        episode = str(assemble_episode(deps.store, deps.session_id, plan))
    except AssemblyError as exc:
        episode = f"not assembled: {exc}"
    provenance = write_provenance(deps.store, deps.session_id)
    return f"Episode: {episode}\nStoryboard: {storyboard}\nProvenance: {provenance}"
