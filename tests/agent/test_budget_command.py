""" "budget 40" in the chat: the person's own command, handled before any model, through the service.
The model has no way to set a budget (the service refuses it)."""

from __future__ import annotations

import pytest

from agent.conversation import open_conversation
from agent.events import AgentError, AgentEvent
from sessions.store import SessionStore
from tools.service import NotAllowed

BAKERY = "A 10-second ad for a bakery at dawn, two shots."


@pytest.mark.parametrize(
    ("said", "usd"),
    [
        ("budget 40", 40.0),
        ("Budget: $12.50", 12.5),
        ("set the budget to $40", 40.0),
        ("change my budget to 75 dollars", 75.0),
        ("raise the budget to 100 usd.", 100.0),
    ],
)
async def test_the_persons_budget_is_set_through_the_service(
    store: SessionStore, said: str, usd: float
) -> None:
    c = open_conversation(store, model="offline", env={})
    await c.send(BAKERY)
    assert c.session_id is not None
    reply = await c.send(said)
    assert reply.startswith(f"Budget set to ${usd:.2f}")
    assert store.session(c.session_id).budget_usd == usd
    [call] = [r for r in store.tool_calls(c.session_id) if r["tool"] == "set_budget"]
    assert call["actor"] == "person"
    # The plan's approval waits through it, and can still be answered.
    assert c.pending is not None and c.pending.kind == "plan"
    await c.send("approve")
    assert c.pending is not None and c.pending.kind == "production"


async def test_a_budget_before_the_brief_is_the_new_sessions(store: SessionStore) -> None:
    c = open_conversation(store, model="offline", env={})
    assert (await c.send("budget 7")).startswith("The budget will be $7.00")
    await c.send(BAKERY)
    assert c.session_id is not None
    assert store.session(c.session_id).budget_usd == 7.0


@pytest.mark.parametrize("said", ["budget -3", "budget 2000000"])
async def test_an_impossible_budget_is_one_line_and_changes_nothing(
    store: SessionStore, said: str
) -> None:
    c = open_conversation(store, model="offline", env={})
    await c.send(BAKERY)
    assert c.session_id is not None
    before = store.session(c.session_id).budget_usd
    errors: list[AgentEvent] = []
    await c.send(said, errors.append)
    [error] = [e for e in errors if isinstance(e, AgentError)]
    assert "a budget is a number of dollars from 0 to" in error.message
    assert store.session(c.session_id).budget_usd == before


async def test_the_model_may_not_set_the_budget(store: SessionStore) -> None:
    c = open_conversation(store, model="offline", env={})
    await c.send(BAKERY)
    assert c.session_id is not None
    with pytest.raises(NotAllowed):
        c.service.set_budget(c.session_id, 1000.0, actor="model")
