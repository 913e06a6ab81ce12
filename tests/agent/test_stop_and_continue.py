"""'stop' said with nothing running is no brief, and 'continue' asks to make what is left (the TUI's
stop mid-production is tests/tui/test_stop_production.py)."""

from __future__ import annotations

from agent.conversation import open_conversation
from sessions.store import SessionStore
from tests.agent.test_plan_card_cost import BRIEF


async def test_stop_with_nothing_running_is_no_brief(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    reply = await c.send("stop")
    assert "nothing to stop" in reply and c.session_id is None


async def test_continue_asks_to_make_what_is_left(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    await c.send(BRIEF)
    await c.send("approve")
    assert c.pending is not None and c.pending.kind == "production"
    await c.send("reject")  # the production is not made now
    await c.send("continue")
    assert c.pending is not None and c.pending.kind == "production"
