"""The agent's planning tools: propose, revise, rewrite stage prompts, and read the plan and costs.

Each docstring is what the model reads. A wrong shot id, an unknown option or a duration the plan
cannot hold raises `ModelRetry` with what would work, so the model corrects itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, field_validator
from pydantic_ai import ModelRetry, RunContext
from pydantic_ai.exceptions import ApprovalRequired

from agent.brief import BriefError, parse_brief
from agent.briefing.shots import plan_cast
from agent.briefing.timing import seconds
from agent.deps import ShotcallerDeps
from agent.errors import CANNOT_SWITCH, NOT_APPROVED
from agent.events import PlanChanged
from agent.planner import shot_seed, with_prompts
from agent.production_tools import APPROVED_BY, approval_metadata
from agent.revisions import (
    MAX_SHOT_S,
    RevisionError,
    apply_change,
    go_back,
    resolve_shot,
    restore_shot,
)
from sessions.lock import SessionLocked
from sessions.models import (
    FPS,
    AspectRatio,
    Brief,
    CameraMove,
    Framing,
    Shot,
    ShotPlan,
    Tag,
    Tier,
    frames_for,
)
from sessions.summary import session_summary
from tools.service import ServiceError
from tools.service.cast import describe_cast


# One shot of a proposed plan; ids (S01, S02 …) follow the list's order. (No docstring: the model
# reads every word of the schema, and propose_plan's docstring already says this.)
class ShotSpec(BaseModel):
    description: str  # what we see, one sentence
    duration_s: float
    framing: Framing
    camera: CameraMove
    subjects: list[str] = []
    tags: list[Tag] = []
    chain_from: str = ""  # the previous shot's id when its action continues across the cut

    @field_validator("chain_from", mode="before")
    @classmethod
    def _no_chain(cls, value: object) -> object:
        return "" if value is None else value  # models often say null for "none"


def plan_table(plan: ShotPlan) -> str:
    """The plan in a few readable lines (what the person approves and the model reads back)."""
    # "not approved" rather than "awaiting approval": a plan the person rejected waits for nobody
    state = "approved" if plan.approved else "not approved"
    n = len(plan.shots)
    lines = [
        f"{plan.title} — plan v{plan.version} ({state}): {n} shot{'' if n == 1 else 's'}, "
        f"{plan.total_duration_s:g} s, {plan.aspect_ratio}"
    ]
    for s in plan.shots:
        chain = f" ← {s.chain_from}" if s.chain_from else ""
        tags = f" [{', '.join(s.tags)}]" if s.tags else ""
        lines.append(
            f"  {s.id} {s.duration_s:g}s {s.framing} {s.camera}{tags}{chain}: {s.description}"
        )
    if plan.style:
        lines.append(f"  look: {plan.style}")
    if plan.cast:
        lines.append(f"  {describe_cast(plan)}")
    if plan.note:
        lines.append(f"  note: {plan.note}")
    return "\n".join(lines)


def require_plan(deps: ShotcallerDeps) -> ShotPlan:
    plan = deps.plan()
    if plan is None:
        raise ModelRetry("there is no plan yet: call propose_plan with the shots first")
    return plan


def shot_id_of(plan: ShotPlan, ref: str) -> str:
    """'S03', '3', 'shot 3', 'last' → 'S03', or a retry naming the shots that exist."""
    try:
        return resolve_shot(plan, ref)
    except RevisionError as exc:
        raise ModelRetry(str(exc)) from None


def _build_plan(
    deps: ShotcallerDeps,
    shots: Sequence[ShotSpec],
    title: str,
    aspect_ratio: AspectRatio | Literal[""],
    style: str,
    note: str,
    brief: Brief | None = None,
) -> ShotPlan:
    brief = brief or deps.brief()
    if not shots:
        raise ModelRetry("a plan needs at least one shot")
    built: list[Shot] = []
    for i, spec in enumerate(shots):
        shot_id = f"S{i + 1:02d}"
        if not 1 <= spec.duration_s <= MAX_SHOT_S:
            raise ModelRetry(
                f"{shot_id} lasts {spec.duration_s:g} s; a shot lasts 1 to {MAX_SHOT_S:g} seconds"
            )
        previous = f"S{i:02d}" if i else None
        chain = spec.chain_from or None
        if chain is not None and chain != previous:
            raise ModelRetry(
                f"{shot_id} chains from {chain}, but a chain continues only the shot just "
                f"before it ({previous or 'none for the first shot'}); set chain_from to "
                f"{previous!r} or leave it empty"
            )
        built.append(
            Shot(
                id=shot_id,
                description=spec.description.strip(),
                duration_s=seconds(frames_for(spec.duration_s)),
                framing=spec.framing,
                camera=spec.camera,
                subjects=spec.subjects,
                tags=spec.tags,
                chain_from=chain,
                seed=shot_seed(
                    brief.text, shot_id
                ),  # seeds are locked by the system, never the model
            )
        )
    total = sum(s.frames for s in built)
    target = frames_for(brief.duration_s)
    if abs(total - target) > 1:
        raise ModelRetry(
            f"the shots last {total / FPS:g} s in all but the brief asks for "
            f"{brief.duration_s:g} s; change the durations so they sum to {brief.duration_s:g}"
        )
    plan = ShotPlan(
        title=title or brief.title,
        aspect_ratio=aspect_ratio or brief.aspect_ratio,
        style=style or ", ".join(brief.style_notes),
        shots=built,
        note=note or f"{len(built)} shots, {brief.duration_s:g} s",
        cast=plan_cast(brief.text, built),
    )
    return with_prompts(plan, brief)


def _service_error(exc: Exception) -> ModelRetry:
    return ModelRetry(str(exc))


async def propose_plan(
    ctx: RunContext[ShotcallerDeps],
    shots: Sequence[ShotSpec] = (),
    title: str = "",
    aspect_ratio: AspectRatio | Literal[""] = "",
    style: str = "",
    note: str = "",
    brief: str = "",
) -> str:
    """Put a shot list before the person to approve (nothing is produced before). With shots: a
    new plan. With brief: the person's new brief, replacing the old one. With no shots: the
    current plan again, after revise_plan."""
    deps = ctx.deps
    if ctx.tool_call_approved:
        meta = ctx.tool_call_metadata if isinstance(ctx.tool_call_metadata, dict) else {}
        by = APPROVED_BY.get(str(meta.get("approved_by")), "person")
        try:
            outcome = await deps.service.approve(str(meta.get("approval_id")), by=by)
        except (ServiceError, SessionLocked) as exc:
            return f"{NOT_APPROVED} {exc}"
        deps.on_event(PlanChanged(deps.store.latest_plan_version(deps.session_id)))
        return outcome.message + " Call produce to start it."
    plan: ShotPlan | None = None
    new_brief: Brief | None = None
    if shots:
        if brief:
            try:
                new_brief = parse_brief(brief, tier=deps.current_tier())
            except BriefError as exc:
                raise ModelRetry(f"the new brief cannot be planned: {exc}") from None
        plan = _build_plan(deps, shots, title, aspect_ratio, style, note, new_brief)
    else:
        current = require_plan(deps)
        if current.approved:
            return f"plan v{current.version} is already approved; nothing to propose"
    try:
        approval = deps.service.propose_plan(
            deps.session_id, plan, actor="model", brief=new_brief.text if new_brief else None
        )
    except ServiceError as exc:
        raise _service_error(exc) from None
    deps.on_event(PlanChanged(int(str(approval.args["version"]))))
    raise ApprovalRequired(metadata=approval_metadata(approval))


Change = Literal[
    "revise_shot",
    "drop_shot",
    "add_shot_after",
    "move_shot",
    "swap_shots",
    "set_length",
    "set_style",
    "set_aspect_ratio",
    "revert",
    "restore_shot",
]


async def revise_plan(
    ctx: RunContext[ShotcallerDeps], change: Change, shot_id: str = "", text: str = ""
) -> str:
    """Store a new plan version with one change. text per change: revise_shot: framing, camera
    move, length, "slower" or a new description; add_shot_after: what it shows (shot_id "0" =
    first); move_shot: "before S01" or "last"; swap_shots: the other shot; set_length: "30
    seconds"; set_style: look words; set_aspect_ratio: 16:9, 9:16, 1:1 or 4:5; revert: a
    version number, or none for the one before; restore_shot: what a dropped shot showed."""
    deps = ctx.deps
    plan = require_plan(deps)
    earlier = lambda v: deps.store.plan(deps.session_id, v)  # noqa: E731
    try:
        if change == "revert":
            new = go_back(plan, text, earlier)
        elif change == "restore_shot":
            new = restore_shot(plan, text, earlier)
        else:
            new = apply_change(plan, change, shot_id, text)
    except RevisionError as exc:
        raise ModelRetry(str(exc)) from None
    try:
        saved = deps.service.revise_plan(deps.session_id, new, actor="model")
    except ServiceError as exc:
        raise _service_error(exc) from None
    deps.on_event(PlanChanged(saved.version))
    return (
        f"Stored plan v{saved.version} (not approved yet): {saved.note}. "
        "Call propose_plan with no shots to put it before the person.\n" + plan_table(saved)
    )


async def set_stage_prompts(
    ctx: RunContext[ShotcallerDeps],
    shot_id: str,
    keyframe: str = "",
    motion: str = "",
    finishing: str = "",
) -> str:
    """Rewrite a shot's stage prompts (those given): keyframe = composition, lens, light,
    palette; motion = camera move, action, what stays still; finishing = what to preserve."""
    deps = ctx.deps
    plan = require_plan(deps)
    sid = shot_id_of(plan, shot_id)
    update = {
        k: v.strip()
        for k, v in (("keyframe", keyframe), ("motion", motion), ("finishing", finishing))
        if v and v.strip()
    }
    if not update:
        raise ModelRetry("give at least one of keyframe, motion or finishing")
    try:
        for field_name, text in update.items():
            saved = deps.service.set_stage_prompt(
                deps.session_id, sid, field_name, text, actor="model"
            )
    except ServiceError as exc:
        raise _service_error(exc) from None
    deps.on_event(PlanChanged(saved.version))
    state = "approved" if saved.approved else "not approved: propose it again"
    return f"Stored plan v{saved.version} ({state}): {sid}: new {', '.join(update)} prompt."


async def set_tier(ctx: RunContext[ShotcallerDeps], tier: Tier) -> str:
    """Switch between the draft tier (cheap previs) and delivery (final engines, paid)."""
    deps = ctx.deps
    try:
        return deps.service.set_tier(deps.session_id, tier, actor="model")
    except ServiceError as exc:
        return f"{CANNOT_SWITCH} {exc}"


async def show_plan(ctx: RunContext[ShotcallerDeps]) -> str:
    """The current plan, shot by shot."""
    return plan_table(require_plan(ctx.deps))


async def show_costs(ctx: RunContext[ShotcallerDeps]) -> str:
    """Where the session stands: its plan, spend against the budget shot by shot, the episode."""
    summary = session_summary(ctx.deps.store, ctx.deps.session_id, calls=False)
    lines = [f"Spent ${summary.cost_usd:.2f} of the ${summary.budget_usd:.2f} budget."]
    for shot in summary.shots:
        lines.append(
            f"  {shot.id}: ${shot.cost_usd:.2f} over {shot.attempts} "
            f"attempt{'' if shot.attempts == 1 else 's'}, "
            f"{shot.status.replace('_', ' ')}"
        )
    if summary.plan_version is not None:
        lines.append(
            f"Plan v{summary.plan_version}, {'approved' if summary.approved else 'not approved'}; "
            f"session {summary.status.replace('_', ' ')}."
        )
    for approval in summary.pending:
        # "status?" while a redo waits said only "awaiting approval", not what waits
        headline = approval.summary.strip().splitlines()[0] if approval.summary.strip() else ""
        lines.append(f"Waiting for your approval: {headline or approval.kind}")
    if summary.episode:
        lines.append(f"Episode: {summary.episode}")
    return "\n".join(lines)


def _ids(plan: ShotPlan) -> str:
    return ", ".join(s.id for s in plan.shots)
