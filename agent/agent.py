"""The planner agent: one pydantic-ai `Agent`, built on first use (never at import).

Its output is either the reply text or the tool calls awaiting the person's approval
(`DeferredToolRequests`); `agent.conversation` turns those into `ApprovalNeeded` and back.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import pydantic_ai
from pydantic_ai import Agent, DeferredToolRequests, RunContext
from pydantic_ai.toolsets import FunctionToolset

from agent import plan_tools, production_tools
from agent.call_log import LoggedTools
from agent.deps import ShotcallerDeps

PlannerAgent = Agent[ShotcallerDeps, str | DeferredToolRequests]
TOOL_RETRIES = 3  # a model gets three tries to fix a bad shot id or duration before the turn fails


def _prompt(name: str) -> str:
    return files("prompts").joinpath(name).read_text(encoding="utf-8")


async def session_state(ctx: RunContext[ShotcallerDeps]) -> str:
    """Where the session stands, so the model never guesses the plan's version or the tier.

    Async on purpose: pydantic-ai runs sync functions in a worker thread, and the store's SQLite
    connection belongs to the event loop's thread."""
    deps = ctx.deps
    info = deps.store.session(deps.session_id)
    plan = deps.plan()
    state = (
        "no plan yet"
        if plan is None
        else f"plan v{plan.version}, {len(plan.shots)} shots, "
        f"{'approved' if plan.approved else 'not approved'}"
    )
    made = sum(
        a.kind in ("keyframe", "clip")
        for a in deps.store.artifacts(deps.session_id, current_only=True)
        if a.shot_id and plan is not None and a.shot_id in {s.id for s in plan.shots}
    )
    if made:  # a new brief asks first, whichever front door made them
        state += f", {made} takes made"
    # What the person has not answered yet, by its card's headline: the model's reply to "hello"
    # or to a refused change points at it rather than at a plan approved long ago.
    waiting = [
        a.summary.splitlines()[0][:80] if a.kind == "production" else "the plan"
        for a in deps.store.approvals(deps.session_id, status="pending")
    ]
    if waiting:
        state += "; waiting for the person's approval: " + ", ".join(f'"{w}"' for w in waiting)
    return (
        f"Session {info.id}: {state}; tier {deps.current_tier()}; "
        f"spent ${info.cost_usd:.2f} of ${info.budget_usd:.2f} (fixed by the person's options)."
    )


# The model's tools, each call logged (agent/call_log.py).
TOOLS: list[Any] = [
    plan_tools.propose_plan,
    plan_tools.revise_plan,
    plan_tools.set_stage_prompts,
    plan_tools.set_tier,
    plan_tools.show_plan,
    plan_tools.show_costs,
    production_tools.generate_keyframe,
    production_tools.animate,
    production_tools.inpaint,
    production_tools.upscale,
    production_tools.check_continuity,
    production_tools.produce,
    production_tools.use_take,
    production_tools.race,
    production_tools.assemble,
]


@cache
def planner_agent() -> PlannerAgent:
    """The one agent of shotcaller. Cached: tools and instructions are registered once."""
    # pydantic-ai prints a banner (its logo, a sign-up link) to stderr on a process's first run,
    # in a terminal or under a coding agent: it smeared the chat's screen and came before every
    # `shotcaller say` answer. This program owns its output.
    pydantic_ai.BANNER_ENABLED = False
    return Agent(
        deps_type=ShotcallerDeps,
        output_type=[str, DeferredToolRequests],
        instructions=[_prompt("planner.md"), session_state],
        retries=TOOL_RETRIES,
        toolsets=[LoggedTools(FunctionToolset(TOOLS, max_retries=TOOL_RETRIES))],
        name="shotcaller",
    )
