"""Whole conversations with a scripted model: what the agent calls, and what the store keeps."""

from __future__ import annotations

from pydantic_ai.messages import ModelMessage, ModelRequest, ToolReturnPart

from agent.agent import planner_agent
from agent.conversation import open_conversation
from agent.events import AgentEvent, ApprovalNeeded, PlanChanged, ToolCallFinished, ToolCallStarted
from sessions.store import SessionStore

from .scripting import Scripted, call, last_prompt, last_returns, say

BRIEF = (
    "A 6-second ad for Crumb bakery. Dawn over the town. "
    "The baker shapes dough. A loaf comes out of the oven."
)
SHOTS = [
    {"description": "Dawn over the town", "duration_s": 2, "framing": "wide", "camera": "drone",
     "tags": ["landscape", "camera_motion"]},
    {"description": "The baker shapes dough", "duration_s": 2, "framing": "medium",
     "camera": "handheld", "subjects": ["the baker"], "tags": ["human_motion", "character"]},
    {"description": "A loaf comes out of the oven", "duration_s": 2, "framing": "close",
     "camera": "push-in", "subjects": ["the baker", "a loaf"], "tags": ["product", "character"],
     "chain_from": "S02"},
]  # fmt: skip


def producer_script(messages: list[ModelMessage]) -> object:
    """An LLM that plans, makes mistakes the tools correct, revises when asked, and produces."""
    n = len(messages)
    prompt = last_prompt(messages)
    if prompt == BRIEF:
        # First try: durations that do not add up to the brief's 6 seconds.
        short = [dict(s, duration_s=1) for s in SHOTS]
        return call("propose_plan", n, shots=short)
    if prompt is not None:  # the person's revision, while the plan waits for them
        return call("revise_plan", n, change="revise_shot", shot_id="S02", text="a close-up")
    ret = last_returns(messages)[-1]
    text = ret.model_response_str(wrap_if_error=False)
    if ret.tool_name == "propose_plan" and ret.outcome == "retried":
        return call("propose_plan", n, shots=SHOTS, title="Crumb at dawn")
    if ret.tool_name == "revise_plan":
        return call("propose_plan", n)
    if ret.tool_name == "propose_plan":
        return call("produce", n, stages=["keyframe", "animate", "sparkle"])
    if ret.tool_name == "produce" and ret.outcome == "retried" and "stage" in text:
        return call("produce", n, shot_ids=["S09"])
    if ret.tool_name == "produce" and ret.outcome == "retried":
        return call("produce", n, shot_ids=["1", "S02", "last"])
    return say(f"Done. {text.splitlines()[0]}")


async def test_brief_proposal_revision_approval_production(store: SessionStore) -> None:
    script = Scripted(producer_script)  # type: ignore[arg-type]
    events: list[AgentEvent] = []
    with planner_agent().override(model=script.model()):
        conversation = open_conversation(store, env={})
        await conversation.send(BRIEF, events.append)
        pending = conversation.pending
        assert isinstance(pending, ApprovalNeeded) and pending.kind == "plan"
        assert "Crumb at dawn — plan v1" in pending.summary

        await conversation.decide("revise", "make shot 2 a close-up", events.append)
        assert conversation.pending is not None and conversation.pending.kind == "plan"
        assert "plan v2" in conversation.pending.summary

        await conversation.send("approve", events.append)
        production = conversation.pending
        assert production is not None and production.kind == "production"
        assert "S01–S03" in production.summary and production.estimate_usd == 0.0

        reply = await conversation.decide("approve", on_event=events.append)

    assert reply.startswith(
        "Done. Produce S01–S03 (keyframe, clip): completed — 3 of 3 shots done."
    )
    calls = [(e.tool, e.args.get("shot_ids")) for e in events if isinstance(e, ToolCallStarted)]
    assert [tool for tool, _ in calls] == [
        "propose_plan",  # durations wrong → retried
        "propose_plan",  # proposal v1
        "propose_plan",  # still waiting, told with the person's revision
        "revise_plan",
        "propose_plan",  # v2 put before the person
        "propose_plan",  # approved
        "produce",  # unknown stage → retried
        "produce",  # unknown shot → retried
        "produce",  # awaiting approval
        "produce",  # approved and run
    ]
    retried = [e.result for e in events if isinstance(e, ToolCallFinished) and not e.ok]
    # The tool line says what was wrong, never the advice meant for the model, never raw JSON.
    assert any("the shots last 3 s in all but the brief asks for 6 s" in r for r in retried)
    assert not any("sum to" in r or r.startswith("{") for r in retried)
    assert any("unknown stage 'sparkle'" in r for r in retried)
    assert any("there is no shot s09" in r.lower() for r in retried)
    assert [e.version for e in events if isinstance(e, PlanChanged)] == [1, 2, 2, 2]

    sid = conversation.session_id
    assert sid is not None
    plans = store.plans(sid)
    assert [p.version for p in plans] == [1, 2]
    final = store.plan(sid)
    assert final is not None and final.approved and final.shots[1].framing == "close"
    assert final.shots[2].chain_from == "S02"
    assert store.session(sid).status == "completed"
    produced = {(a.shot_id, a.tool) for a in store.attempts(sid) if a.status == "succeeded"}
    assert produced == {
        (s, t) for s in ("S01", "S02", "S03") for t in ("generate_keyframe", "animate")
    }
    logged = {row["tool"] for row in store.tool_calls(sid)}
    assert logged >= {"generate_keyframe", "animate"}
    roles = [m["role"] for m in store.messages(sid)]
    assert roles.count("approval") == 3 and roles.count("decision") == 3


async def test_tool_errors_reach_the_model_as_retries(store: SessionStore) -> None:
    """A tool retry arrives as the tool's answer, with what would work."""
    script = Scripted(producer_script)  # type: ignore[arg-type]
    with planner_agent().override(model=script.model()):
        conversation = open_conversation(store, env={})
        await conversation.send(BRIEF)
    second = script.seen[1][-1]
    assert isinstance(second, ModelRequest)
    (retry,) = [p for p in second.parts if isinstance(p, ToolReturnPart)]
    assert retry.outcome == "retried"
    assert "the shots last 3 s in all but the brief asks for 6 s" in str(retry.content)
