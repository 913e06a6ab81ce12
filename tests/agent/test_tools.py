"""The single-shot tools, as a model calls them after an approved production."""

from __future__ import annotations

from pathlib import Path

from pydantic_ai.messages import ModelMessage, ModelResponse

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
    ("generate_keyframe", {"shot_id": "S07"}),
    ("generate_keyframe", {"shot_id": "S01"}),
    ("animate", {"shot_id": "1", "prompt": "A slow pan across the roofs."}),
    ("inpaint", {"shot_id": "S02", "prompt": "Remove the crumbs; keep the loaf and framing."}),
    ("upscale", {"shot_id": "S02", "scale": 9}),
    ("upscale", {"shot_id": "S02", "scale": 1.5}),
    ("check_continuity", {"shot_a": "S01", "shot_b": "S02"}),
    ("revise_plan", {"change": "revise_shot", "shot_id": "S02", "text": "90 seconds"}),
    ("assemble", {}),
    ("show_plan", {}),
]


def after_production(messages: list[ModelMessage]) -> ModelResponse:
    n = len(messages)
    if last_prompt(messages) == BRIEF:
        return call("propose_plan", n, shots=SHOTS)
    if last_prompt(messages) is not None:
        return call(*AFTERWARDS[0][:1], n, **AFTERWARDS[0][1])
    ret = last_returns(messages)[-1]
    if ret.tool_name == "propose_plan":
        return call("produce", n)
    done = sum(1 for m in messages if isinstance(m, ModelResponse)) - 3  # plan, produce ×2
    if 0 < done < len(AFTERWARDS):
        tool, args = AFTERWARDS[done]
        return call(tool, n, **args)
    return say("ok")


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
    assert "there is no shot s07" in text[2].lower()
    assert "new take t2" in text[3] and "new take t2" in text[4]
    assert "scale is 1.5 to 4" in text[6]
    assert "a shot lasts 1 to 60 seconds, not 90" in text[9]
    assert "Episode:" in text[10] and "plan v2 (approved)" in text[11]
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
        "assemble",
    }  # fmt: skip
    assert all(t.description for t in model.last_model_request_parameters.function_tools)  # type: ignore[union-attr]
    assert c.last_error is None
