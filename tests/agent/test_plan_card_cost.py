"""The plan's card after takes exist quotes what producing the revision would make — the same
work, and the same sum, as the production its approval asks for — not the whole film again."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.conversation import Conversation, open_conversation
from sessions.store import SessionStore
from tests.agent.test_chat_vocabulary import plan_of
from tests.tui.test_costs import PAID
from tools.catalog import load_catalog

BRIEF = (
    "A 10-second ad for a bike shop. A mechanic trues a wheel in the workshop. "
    "A customer rides away down the street."
)


@pytest.fixture
def paid_chat(store: SessionStore, tmp_path: Path) -> Conversation:
    path = tmp_path / "paid.toml"
    path.write_text(PAID)
    return open_conversation(store, env={}, catalog=load_catalog(path, env={}))


def card(c: Conversation) -> str:
    assert c.pending is not None
    return c.pending.summary


async def produced(c: Conversation, store: SessionStore) -> None:
    await c.send(BRIEF)
    assert c.pending is not None and c.pending.kind == "plan"
    assert "Producing it at draft tier: about $" in card(c)
    await c.send("approve")
    await c.send("approve")
    assert c.pending is None and store.session(c.session_id or "").status == "completed"


async def test_a_revised_shot_is_all_the_card_prices(
    paid_chat: Conversation, store: SessionStore
) -> None:
    await produced(paid_chat, store)
    await paid_chat.send("make the second shot slower")
    plan = plan_of(store, paid_chat)
    text = card(paid_chat)
    assert "Producing what it changes at draft tier" in text
    # Slower S02 takes its seconds from S01 (the film stays 10 s): both clips are remade, from
    # keyframes that still fit — no keyframe is priced again.
    costs = [line for line in text.splitlines() if line.startswith("  S0") and " — " in line]
    assert [line.split()[0] for line in costs] == ["S01", "S02"], text
    assert not any("keyframe" in line for line in costs), text
    quoted = paid_chat.pending.estimate_usd if paid_chat.pending else None
    await paid_chat.send("approve")
    production = paid_chat.pending
    assert production is not None and production.kind == "production"
    assert production.estimate_usd == pytest.approx(quoted)
    approval = store.approval(production.approval_id)
    assert approval is not None
    assert {(w.shot_id, w.tool) for w in approval.work} == {("S01", "animate"), ("S02", "animate")}
    assert plan.version == 2


async def test_a_plan_whose_takes_all_fit_costs_nothing(
    paid_chat: Conversation, store: SessionStore
) -> None:
    await produced(paid_chat, store)
    await paid_chat.send("make shot 1 faster")
    await paid_chat.send("undo")
    text = card(paid_chat)
    assert "nothing to make; every shot's takes still fit" in text, text


async def test_renaming_a_produced_film_keeps_its_takes(
    paid_chat: Conversation, store: SessionStore
) -> None:
    await produced(paid_chat, store)
    reply = await paid_chat.send("call it Spoke & Chain")
    assert "Renamed the session" in reply
    plan = plan_of(store, paid_chat)
    assert plan.approved and plan.title == "Spoke & Chain" and plan.version == 2
    assert not any(a.stale for a in store.artifacts(paid_chat.session_id or "", current_only=True))
    assert paid_chat.pending is None  # nothing to make, nothing asked
    assert not any("Spoke" in s.prompts.keyframe for s in plan.shots)


async def test_renaming_while_the_plan_waits_renames_what_is_approved(
    paid_chat: Conversation, store: SessionStore
) -> None:
    await paid_chat.send(BRIEF)
    first = paid_chat.pending
    reply = await paid_chat.send("call it Spoke & Chain")
    assert "waits for your answer under its new title" in reply
    assert paid_chat.pending is not None and paid_chat.pending.kind == "plan"
    assert first is not None and paid_chat.pending.approval_id != first.approval_id
    assert "Spoke & Chain — plan v2" in paid_chat.pending.summary
    await paid_chat.send("approve")
    plan = plan_of(store, paid_chat)
    assert plan.approved and plan.title == "Spoke & Chain"


async def test_bringing_back_a_keyframe_brings_back_its_clip(
    paid_chat: Conversation, store: SessionStore
) -> None:
    await produced(paid_chat, store)
    sid = paid_chat.session_id or ""
    await paid_chat.send("redo the second shot's keyframe")
    await paid_chat.send("approve")
    spent = store.session(sid).cost_usd
    await paid_chat.send("bring back the old keyframe of shot 2")
    assert paid_chat.pending is None  # nothing to make, so nothing to approve
    current = {(a.shot_id, a.kind): a.take for a in store.artifacts(sid, current_only=True)}
    assert current[("S02", "keyframe")] == 1 and current[("S02", "clip")] == 1
    assert not any(a.stale for a in store.artifacts(sid, current_only=True) if a.shot_id == "S02")
    assert store.session(sid).cost_usd == spent
