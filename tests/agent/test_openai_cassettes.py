"""The same conversation against an OpenAI-compatible chat-completions server, from cassettes.

The cassettes (tests/cassettes/llm, written by make_cassettes.py) are played with record_mode
"none": a request they do not hold fails the test instead of reaching a network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import vcr
from pydantic_ai.models import override_allow_model_requests
from vcr.request import Request

from agent.conversation import open_conversation
from agent.events import AgentError, AgentEvent, ToolCallFinished, ToolCallStarted
from sessions.store import SessionStore
from tools.catalog import parse_catalog

from .test_conversation_scripted import BRIEF

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "llm"
ENV = {"OPENAI_BASE_URL": "http://llm.test/v1", "OPENAI_API_KEY": "sk-test-not-a-key"}
# The key above is for the planner; with it the default catalog would route keyframes to OpenAI's
# image models too. Productions here stay on the animatic.
ANIMATIC_ONLY = parse_catalog(
    """
version = "animatic-only"
[[engine]]
name = "animatic"
provider = "animatic"
tools = ["generate_keyframe", "animate", "inpaint", "upscale"]
tiers = ["draft"]
price = { per_second = 0.0 }
""",
    "test",
)


class Server:
    """The cassette player, keeping each request body the agent sent."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []

    def _capture(self, request: Request) -> Request:
        # vcrpy filters a request more than once; an SDK retry resends the same body: keep one.
        if request.body:
            body = json.loads(request.body)
            if not self.bodies or self.bodies[-1] != body:
                self.bodies.append(body)
        return request

    def play(self, name: str) -> Any:
        player = vcr.VCR(
            cassette_library_dir=str(CASSETTES),
            record_mode="none",
            match_on=["method", "scheme", "host", "port", "path"],
            before_record_request=self._capture,
        )
        return player.use_cassette(f"{name}.yaml", allow_playback_repeats=False)


async def test_plan_revise_approve_produce_over_chat_completions(store: SessionStore) -> None:
    server = Server()
    events: list[AgentEvent] = []
    with server.play("chat_flow") as cassette, override_allow_model_requests(True):
        conversation = open_conversation(
            store, model="openai:gpt-4.1-mini", env=ENV, catalog=ANIMATIC_ONLY
        )
        await conversation.send(BRIEF, events.append)
        assert conversation.pending is not None and conversation.pending.kind == "plan"
        await conversation.decide("revise", "make shot 2 a close-up", events.append)
        assert conversation.pending is not None and "plan v2" in conversation.pending.summary
        await conversation.decide("approve", on_event=events.append)
        assert conversation.pending is not None and conversation.pending.kind == "production"
        reply = await conversation.decide("approve", on_event=events.append)
        assert cassette.all_played

    assert conversation.last_error is None
    assert reply == "Done: all three shots are produced and the episode is cut."
    sid = conversation.session_id or ""
    assert store.session(sid).status == "completed"
    plan = store.plan(sid)
    assert plan is not None and plan.version == 2 and plan.approved
    assert plan.shots[1].framing == "close"

    # The chat API, not /v1/responses, and never a forced tool call (servers that cannot force
    # one answer 500); the tools are offered as functions.
    assert all(body.get("tool_choice", "auto") == "auto" for body in server.bodies)
    names = {t["function"]["name"] for t in server.bodies[0]["tools"]}
    assert {"propose_plan", "revise_plan", "produce", "show_costs"} <= names
    # The malformed arguments went back to the model as a retry, with the tool call echoed.
    assert len(server.bodies) == 6  # the 429 and its retry carried the same request
    retry = server.bodies[1]["messages"]
    assert retry[-2]["tool_calls"][0]["function"]["name"] == "propose_plan"
    assert retry[-1]["role"] == "tool" and "invalid" in retry[-1]["content"].lower()
    # The revision reached the model as the person's words, beside the call's answer: the plan
    # still waits for them (it stays pending until a revised plan replaces it).
    waiting, note = server.bodies[2]["messages"][-2:]
    assert waiting["role"] == "tool" and "has not answered this yet" in waiting["content"]
    assert note["role"] == "user" and note["content"] == "make shot 2 a close-up"
    started = [e.tool for e in events if isinstance(e, ToolCallStarted)]
    assert started.count("produce") == 2 and "revise_plan" in started
    assert any(isinstance(e, ToolCallFinished) and e.tool == "produce" and e.ok for e in events)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("chat_rate_limited", "rate-limiting requests (429)"), ("chat_server_error", "HTTP 500")],
)
async def test_llm_http_errors_become_one_clear_message(
    store: SessionStore, name: str, fragment: str
) -> None:
    server = Server()
    events: list[AgentEvent] = []
    with server.play(name) as cassette, override_allow_model_requests(True):
        conversation = open_conversation(store, model="openai:gpt-4.1-mini", env=ENV)
        reply = await conversation.send(BRIEF, events.append)
        assert cassette.all_played
    errors = [e for e in events if isinstance(e, AgentError)]
    assert len(errors) == 1 and fragment in errors[0].message
    assert conversation.last_error == errors[0]
    assert "\n" not in reply and "offline" in reply
    assert "sk-test" not in reply


async def test_after_an_llm_failure_the_person_may_ask_for_offline(store: SessionStore) -> None:
    server = Server()
    with server.play("chat_rate_limited"), override_allow_model_requests(True):
        conversation = open_conversation(store, model="openai:gpt-4.1-mini", env=ENV)
        await conversation.send(BRIEF)
    assert conversation.last_error is not None and conversation.model_name == "openai:gpt-4.1-mini"
    assert await conversation.send("use offline") == "Now planning with offline."
    await conversation.send(BRIEF)
    assert conversation.pending is not None and conversation.pending.kind == "plan"
    assert store.session_row(conversation.session_id or "")["model"] == "offline"


async def test_a_failure_while_answering_an_approval_keeps_it_pending(store: SessionStore) -> None:
    conversation = open_conversation(store, env=ENV)  # offline plans
    await conversation.send(BRIEF)
    pending = conversation.pending
    assert pending is not None
    assert conversation.use_model("openai:gpt-4.1-mini") == "Now planning with openai:gpt-4.1-mini."
    server = Server()
    with server.play("chat_rate_limited"), override_allow_model_requests(True):
        await conversation.decide("approve")
    # The person's approval took effect (the plan is approved, its production waits); the model's
    # call stays open for the next turn, which tells it so.
    assert conversation.last_error is not None
    sid = conversation.session_id or ""
    plan = store.plan(sid)
    assert plan is not None and plan.approved
    production = conversation.pending
    assert production is not None and production.kind == "production"
    resumed = open_conversation(store, session_id=sid, env=ENV)  # offline again
    assert resumed.pending == production
    reply = await resumed.send("approve")
    assert "completed" in reply and resumed.pending is None
    assert store.session(sid).status == "completed"
