"""The agent's production tools: thin adapters over the application service (tools/service/).

Anything that can spend money is a request: the service prices it (every shot and stage it will make
or remake, dependents included) and the tool waits for the person's approval (pydantic-ai's deferred
approval) before the service makes it. Budget, tier caps and regeneration caps are the service's
and the router's: no tool here takes a budget or a cap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic_ai import ModelRetry, RunContext
from pydantic_ai.exceptions import ApprovalRequired

from agent.deps import ShotcallerDeps
from sessions.lock import SessionLocked
from sessions.models import Actor, Approval, ToolName
from sessions.stages import DEFAULT_STAGES, STAGE_WORDS
from sessions.takes import TakeNotFound
from tools.service import NotApproved, ServiceError, UnknownShot

# Who answered an approval, as the conversation passes it on: the person, or their `--yes`.
APPROVED_BY: dict[str, Actor] = {"person": "person", "auto": "--yes"}


def approval_metadata(approval: Approval) -> dict[str, Any]:
    """What travels with a deferred call: the service's approval and how the card shows it."""
    return {
        "approval_id": approval.id,
        "kind": approval.kind,
        "summary": approval.summary,
        "estimate_usd": approval.estimate_usd,
    }


async def _paid(ctx: RunContext[ShotcallerDeps], request: Callable[[], Approval | None]) -> str:
    """Ask the service for the work and wait for the person; once approved, have it made."""
    deps = ctx.deps
    if ctx.tool_call_approved:
        meta = ctx.tool_call_metadata if isinstance(ctx.tool_call_metadata, dict) else {}
        by = APPROVED_BY.get(str(meta.get("approved_by")), "person")
        try:
            outcome = await deps.service.approve(
                str(meta.get("approval_id")), by=by, on_progress=deps.progress
            )
        except (ServiceError, SessionLocked) as exc:
            return f"Not done: {exc}"
        return outcome.message
    try:
        approval = request()
    except (TakeNotFound, UnknownShot, NotApproved) as exc:  # the model can act on these
        raise ModelRetry(str(exc)) from None
    except (ServiceError, SessionLocked) as exc:
        return f"Cannot do that: {exc}"
    if approval is None:
        return "Nothing to make: every shot already has up-to-date takes."
    if approval.free:  # nothing for an engine to make: nothing to ask
        outcome = await deps.service.approve(approval.id, by="model", on_progress=deps.progress)
        return outcome.message
    raise ApprovalRequired(metadata=approval_metadata(approval))


def _stage(word: str) -> ToolName:
    stage = STAGE_WORDS.get(word.strip().lower())
    if stage is None:
        raise ModelRetry(
            f"unknown stage {word!r}: use generate_keyframe, animate, inpaint or upscale"
        )
    return stage


def _redo(
    ctx: RunContext[ShotcallerDeps], shot_id: str, tool: ToolName, prompt: str
) -> Callable[[], Approval | None]:
    deps = ctx.deps
    return lambda: deps.service.request_redo(
        deps.session_id, shot_id, tool, prompt=prompt or None, actor="model"
    )


# The stage tools make a new take of one stage of one shot; what was made from the old take is
# remade with it (the service prices all of it). Each needs the person's approval.


async def generate_keyframe(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str = "") -> str:
    """New keyframe take for a shot (its keyframe prompt, or prompt); its clip is remade."""
    return await _paid(ctx, _redo(ctx, shot_id, "generate_keyframe", prompt))


async def animate(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str = "") -> str:
    """New clip take for a shot (its motion prompt, or prompt); chained clips are remade."""
    return await _paid(ctx, _redo(ctx, shot_id, "animate", prompt))


async def inpaint(ctx: RunContext[ShotcallerDeps], shot_id: str, prompt: str) -> str:
    """Repaint part of a shot's keyframe as prompt says, keeping the composition."""
    if not prompt.strip():
        raise ModelRetry("say what to correct in the keyframe")
    return await _paid(ctx, _redo(ctx, shot_id, "inpaint", prompt))


async def upscale(ctx: RunContext[ShotcallerDeps], shot_id: str) -> str:
    """Upscale a shot's clip (or its keyframe when it has no clip)."""
    return await _paid(ctx, _redo(ctx, shot_id, "upscale", ""))


async def produce(
    ctx: RunContext[ShotcallerDeps], shot_ids: Sequence[str] = (), stages: Sequence[str] = ()
) -> str:
    """Produce the approved plan: the stages (default keyframe, clip) of shot_ids (default all)
    that are missing or stale, then the cuts and the episode. Needs approval."""
    deps = ctx.deps
    tools = [_stage(w) for w in stages] if stages else list(DEFAULT_STAGES)
    ids = list(shot_ids) or None
    return await _paid(
        ctx, lambda: deps.service.request_production(deps.session_id, ids, tools, actor="model")
    )


async def use_take(ctx: RunContext[ShotcallerDeps], shot_id: str, stage: str, take: int) -> str:
    """Make take number `take` (0: the one before) of a shot's stage current again; what was
    made from the replaced take is remade. Needs approval when that costs anything."""
    deps = ctx.deps
    tool = _stage(stage)
    return await _paid(
        ctx,
        lambda: deps.service.request_use_take(deps.session_id, shot_id, tool, take, actor="model"),
    )


async def race(
    ctx: RunContext[ShotcallerDeps], shot_ids: Sequence[str] = (), pick: str = ""
) -> str:
    """Proxy race: shots' next stage small on several engines at once, side by side. Needs
    approval. pick=ENGINE with one shot commits it (delivery)."""
    deps = ctx.deps
    if not pick or ctx.tool_call_approved:
        ids = list(shot_ids) or None
        return await _paid(
            ctx, lambda: deps.service.request_race(deps.session_id, ids, actor="model")
        )
    if len(shot_ids) != 1:
        raise ModelRetry("pick goes with exactly one shot id")
    try:
        pin, commit = deps.service.pick_race(deps.session_id, shot_ids[0], pick, actor="model")
    except UnknownShot as exc:
        raise ModelRetry(str(exc)) from None
    except (ServiceError, SessionLocked) as exc:
        return f"Cannot pick: {exc}"
    if commit is None:
        return f"Picked {pin.engine} for {pin.shot_id}: delivery makes it there first."
    raise ApprovalRequired(metadata=approval_metadata(commit))


async def check_continuity(ctx: RunContext[ShotcallerDeps], shot_a: str, shot_b: str) -> str:
    """Check the cut from shot_a's last frame to shot_b's first: does it hold, what would fix it."""
    deps = ctx.deps
    try:
        result = deps.service.check_continuity(deps.session_id, shot_a, shot_b, actor="model")
    except ServiceError as exc:
        raise ModelRetry(str(exc)) from None
    a, b = result.shot_a, result.shot_b
    if result.passed:
        return f"{a}→{b} {result.cut} cut holds"
    return f"{a}→{b} {result.cut} cut: {'; '.join(result.reasons)}. {result.suggestion}".strip()


async def assemble(ctx: RunContext[ShotcallerDeps]) -> str:
    """Cut the episode from the current clips, with storyboard and provenance. Free."""
    deps = ctx.deps
    try:
        made = deps.service.assemble(deps.session_id, actor="model")
    except (ServiceError, SessionLocked) as exc:
        return f"Cannot assemble: {exc}"
    return (
        f"Episode: {made['episode']}\nStoryboard: {made['storyboard']}\n"
        f"Provenance: {made['provenance']}"
    )
