"""The single-shot tools, as a model calls them after an approved production."""

from __future__ import annotations

from pathlib import Path

from pydantic_ai.messages import ModelMessage, ModelRequest, ModelResponse, UserPromptPart

from agent.agent import planner_agent
from agent.conversation import open_conversation
from agent.events import AgentEvent, ToolCallFinished
from sessions.store import open_store

from .scripting import Scripted, call, last_prompt, last_returns, say

BRIEF = "A 2-second ad for Crumb bakery in two shots. Dawn over the town. A loaf on a table."
SHOTS = [
    {"description": "Dawn over the town", "duration_s": 1, "framing": "wide", "camera": "pan"},
    {"description": "A loaf on a table", "duration_s": 1, "framing": "close", "camera": "static"},
]
# What the model does after production, in order: (tool, args). Bad arguments come back as retries.
AFTERWARDS = [
    ("set_stage_prompts", {"shot_id": "S01"}),
    ("set_stage_prompts", {"shot_id": "S01", "keyframe": "Town roofs at dawn, 24mm, mist."}),
    # A model's rewrite puts the plan back before the person (here --yes approves it).
    ("propose_plan", {}),
    ("generate_keyframe", {"shot_id": "S07"}),
    ("generate_keyframe", {"shot_id": "S01"}),
    ("animate", {"shot_id": "1", "prompt": "A slow pan across the roofs."}),
    ("inpaint", {"shot_id": "S02", "prompt": "Remove the crumbs; keep the loaf and framing."}),
    ("upscale", {"shot_id": "S09"}),
    ("upscale", {"shot_id": "S02"}),
    ("check_continuity", {"shot_a": "S01", "shot_b": "S02"}),
    ("revise_plan", {"change": "revise_shot", "shot_id": "S02", "text": "90 seconds"}),
    ("assemble", {}),
    ("show_plan", {}),
]


def after_production(messages: list[ModelMessage]) -> ModelResponse:
    n = len(messages)
    if last_prompt(messages) == BRIEF:
        return call("propose_plan", n, shots=SHOTS)
    details = [i for i, m in enumerate(messages) if _prompt_of(m) == "now the details"]
    if not details:  # the brief's turn: plan approved → produce
        ret = last_returns(messages)[-1]
        return call("produce", n) if ret.tool_name == "propose_plan" else say("ok")
    done = sum(1 for m in messages[details[0] :] if isinstance(m, ModelResponse))
    if done < len(AFTERWARDS):
        tool, args = AFTERWARDS[done]
        return call(tool, n, **args)
    return say("ok")


def _prompt_of(message: ModelMessage) -> str | None:
    if isinstance(message, ModelRequest):
        for part in message.parts:
            if isinstance(part, UserPromptPart):
                return str(part.content)
    return None


async def test_single_shot_tools(data_home: Path) -> None:
    store = open_store()
    events: list[AgentEvent] = []
    with planner_agent().override(model=Scripted(after_production).model()):
        c = open_conversation(store, env={}, auto_approve=True)
        await c.send(BRIEF)
        await c.send("now the details", events.append)
    sid = c.session_id or ""
    results = [(e.tool, e.ok, e.result) for e in events if isinstance(e, ToolCallFinished)]
    assert [(tool, ok) for tool, ok, _ in results] == [
        ("set_stage_prompts", False),
        ("set_stage_prompts", True),
        ("propose_plan", True),
        ("generate_keyframe", False),
        ("generate_keyframe", True),
        ("animate", True),
        ("inpaint", True),
        ("upscale", False),
        ("upscale", True),
        ("check_continuity", True),
        ("revise_plan", False),
        ("assemble", True),
        ("show_plan", True),
    ]
    text = {i: r for i, (_, _, r) in enumerate(results)}
    assert "at least one of keyframe, motion or finishing" in text[0]
    assert "not approved: propose it again" in text[1] and "approved" in text[2]
    assert "there is no shot s07" in text[3].lower()
    assert "Redo S01 keyframe" in text[4] and "Redo S01 clip" in text[5]
    assert "Make S02 inpaint" in text[6] and "Make S02 upscale" in text[8]
    assert "there is no shot s09" in text[7].lower()
    assert "a shot lasts 1 to 60 seconds, not 90" in text[10]
    assert "Episode:" in text[11] and "plan v4 (approved)" in text[12]  # prompts: v2, v3, v4
    plan = store.plan(sid)
    assert plan is not None and plan.shots[0].prompts.keyframe.startswith("Town roofs at dawn")
    keyframe = store.attempts(sid, "S01", "generate_keyframe")[-1]
    assert keyframe.prompt.startswith("Town roofs at dawn")
    assert store.current_take(sid, "S02", "inpaint") is not None
    assert store.current_take(sid, "S02", "upscale") is not None


async def test_every_tool_schema_is_usable_by_a_generic_model(data_home: Path) -> None:
    """pydantic-ai's TestModel reads all tool schemas and calls the read-only ones."""
    from pydantic_ai.models.test import TestModel

    model = TestModel(call_tools=["show_costs"])
    with planner_agent().override(model=model):
        c = open_conversation(open_store(), env={})
        await c.send(BRIEF)
    tools = {t.name for t in model.last_model_request_parameters.function_tools}  # type: ignore[union-attr]
    assert tools == {
        "propose_plan", "revise_plan", "set_stage_prompts", "set_tier", "show_plan", "show_costs",
        "generate_keyframe", "animate", "inpaint", "upscale", "check_continuity", "produce",
        "use_take", "race", "assemble",
    }  # fmt: skip
    assert all(t.description for t in model.last_model_request_parameters.function_tools)  # type: ignore[union-attr]
    assert c.last_error is None
