"""A saved conversation, restored, gives the model everything that was said and done."""

from __future__ import annotations

from pathlib import Path

from pydantic_ai.messages import (
    ModelMessage,
    ModelMessagesTypeAdapter,
    ModelResponse,
    ToolCallPart,
    UserPromptPart,
)

from agent.agent import planner_agent
from agent.conversation import open_conversation
from sessions.store import open_store

from .scripting import Scripted, call, last_prompt, last_returns, say
from .test_conversation_scripted import BRIEF, SHOTS


def planner(messages: list[ModelMessage]) -> ModelResponse:
    if last_prompt(messages) is not None:
        if "cost" in (last_prompt(messages) or ""):
            return call("show_costs", len(messages))
        return call("propose_plan", len(messages), shots=SHOTS)
    ret = last_returns(messages)[-1]
    return say(f"{ret.tool_name}: {ret.outcome}")


async def test_resumed_conversation_continues_with_the_full_history(data_home: Path) -> None:
    first = Scripted(planner)
    store = open_store()
    with planner_agent().override(model=first.model()):
        conversation = open_conversation(store, env={})
        await conversation.send(BRIEF)
    waiting = conversation.pending
    assert waiting is not None
    before = ModelMessagesTypeAdapter.dump_json(conversation.history)
    sid = conversation.session_id
    store.close()

    # Another process, later: the store reopened, the conversation restored from it.
    store = open_store()
    second = Scripted(planner)
    with planner_agent().override(model=second.model()):
        resumed = open_conversation(store, session_id=sid, env={})
        assert ModelMessagesTypeAdapter.dump_json(resumed.history) == before
        assert resumed.pending == waiting
        assert resumed.transcript()[0] == ("user", BRIEF)
        assert resumed.transcript()[-1][0] == "approval"
        reply = await resumed.decide("approve")
        assert reply == "propose_plan: success"
        await resumed.send("what did it cost so far?")

    history = second.seen[-1]
    prompts = [p.content for m in history for p in m.parts if isinstance(p, UserPromptPart)]
    assert prompts == [BRIEF, "what did it cost so far?"]
    tool_calls = [p.tool_name for m in history for p in m.parts if isinstance(p, ToolCallPart)]
    assert tool_calls == ["propose_plan", "show_costs"]
    # Every message the first process had is in what the model now sees, in order.
    assert history[: len(conversation.history)] == resumed.history[: len(conversation.history)]
    assert len(history) > len(conversation.history)
    plan = store.plan(resumed.session_id or "")
    assert plan is not None and plan.approved


async def test_resume_without_pending_has_nothing_to_decide(data_home: Path) -> None:
    store = open_store()
    with planner_agent().override(model=Scripted(planner).model()):
        conversation = open_conversation(store, env={})
        await conversation.send(BRIEF)
        await conversation.decide("reject", "not today")
        resumed = open_conversation(store, session_id=conversation.session_id, env={})
    assert resumed.pending is None
    assert await resumed.decide("approve") == "Nothing is waiting for your approval."


async def test_an_interrupted_production_is_pending_again_on_resume(data_home: Path) -> None:
    store = open_store()
    conversation = open_conversation(store, env={})
    await conversation.send("A 1-second shot of a cat on a porch.")
    await conversation.send("approve")
    production = conversation.pending
    assert production is not None and production.kind == "production"
    sid = conversation.session_id or ""
    # The person approved, then the process died before the production's turn was saved.
    store.add_message(sid, "decision", "approve")

    resumed = open_conversation(store, session_id=sid, env={})
    assert resumed.pending == production
    reply = await resumed.send("approve")
    assert "completed — 1 of 1 shot done" in reply and resumed.pending is None
