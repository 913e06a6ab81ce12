"""The offline model through the real agent: brief → plan approval → production, in one store."""

from __future__ import annotations

from pathlib import Path

from agent.conversation import open_conversation
from agent.events import (
    AgentEvent,
    ApprovalNeeded,
    PlanChanged,
    ShotProgress,
    TextDelta,
    ToolCallStarted,
)
from sessions.store import open_store


async def test_brief_to_episode_offline(data_home: Path) -> None:
    store = open_store()
    events: list[AgentEvent] = []
    conversation = open_conversation(store, env={})
    assert conversation.session_id is None and conversation.pending is None

    reply = await conversation.send(
        "A 4-second ad for Crumb bakery in two shots. Dawn over the town. A loaf.", events.append
    )
    assert conversation.session_id is not None
    assert conversation.pending is not None and conversation.pending.kind == "plan"
    assert "plan v1" in reply
    assert PlanChanged(1) in events
    assert store.session(conversation.session_id).status == "awaiting_approval"

    await conversation.decide("approve", on_event=events.append)
    production = conversation.pending
    assert isinstance(production, ApprovalNeeded) and production.kind == "production"
    assert production.estimate_usd == 0.0
    plan = store.plan(conversation.session_id)
    assert plan is not None and plan.approved

    streamed: list[AgentEvent] = []
    reply = await conversation.decide("approve", on_event=streamed.append)
    events += streamed
    assert conversation.pending is None
    assert "completed — 2 of 2 shots done" in reply
    # The reply streamed word by word, as a model's would.
    deltas = [e.text for e in streamed if isinstance(e, TextDelta)]
    assert len(deltas) > 3 and "".join(deltas).strip() == reply
    assert any(isinstance(e, ShotProgress) and e.event.status == "accepted" for e in events)
    tools = [e.tool for e in events if isinstance(e, ToolCallStarted)]
    assert tools == ["propose_plan", "propose_plan", "produce", "produce"]
    assert store.session(conversation.session_id).status == "completed"
    roles = [m["role"] for m in store.messages(conversation.session_id)]
    assert roles == [
        "user",
        "assistant",
        "approval",
        "decision",
        "assistant",
        "approval",
        "decision",
        "assistant",
    ]
