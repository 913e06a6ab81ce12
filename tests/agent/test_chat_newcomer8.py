"""Findings of a newcomer who walked the README at stop 27 (fresh clone, the CLI and tmux), each
reproduced through the front door it was found at, and what they expected instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.conversation import open_conversation
from agent.events import ToolCallFinished
from sessions.store import SessionStore, open_store
from tests.agent.test_chat_newcomer7 import BIKES, produced, produced_by_cli, session_id_of
from tests.e2e.test_cli import run_cli


async def test_what_a_free_draft_card_costs_at_delivery(store: SessionStore) -> None:
    """Typed (chat, no keys, the built-in catalog) with the plan card open at draft tier:
    "how much will this cost?". Saw: "Producing it at draft tier: free (animatic)." and nothing
    about delivery, though the person had been quoted a delivery price before. Expected: the
    free card, and what the plan would cost at delivery with the keys it needs."""
    c = open_conversation(store, env={})
    await c.send(BIKES)
    assert c.pending is not None and c.pending.kind == "plan"
    reply = await c.send("how much will this cost?")
    assert "free" in reply, reply
    assert "At delivery tier the whole plan would cost about $" in reply, reply
    assert "FAL_KEY" in reply and reply.rstrip().endswith("set."), reply


async def test_a_priced_card_is_not_followed_by_a_delivery_quote(store: SessionStore) -> None:
    """A card with a price of its own is answered with that price alone."""
    from tests.agent.test_chat_newcomer7 import planned

    c = await planned(store)
    reply = await c.send("how much will this cost?")
    assert "$2.20" in reply and "At delivery tier" not in reply, reply


def test_a_waiting_card_says_the_budget_as_it_is_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed (CLI): `run --yes`, `resume ID --shot S02 --redo keyframe` (the card waits), then
    `resume ID --budget 0` and `show ID`. Saw: the card still read "$19.xx of the $20.00 budget
    is left". Expected: the budget as it is now, and that the work no longer fits it."""
    sid, catalog = produced_by_cli(tmp_path, capsys)
    code, out, _ = run_cli(["resume", sid, "--shot", "S02", "--redo", "keyframe", *catalog], capsys)
    assert code == 3 and "of the $20.00 budget is left" in out, out
    run_cli(["resume", sid, "--budget", "0", *catalog], capsys)
    waiting = [a for a in open_store().approvals(sid, status="pending") if a.kind == "production"]
    assert len(waiting) == 1
    card = waiting[0].summary
    assert "of the $20.00 budget" not in card, card
    assert card.splitlines()[-2].endswith("of the $0.00 budget is left."), card
    assert card.splitlines()[-1].startswith("This does not fit the budget"), card
    code, out, _ = run_cli(["show", sid, *catalog], capsys)
    assert "of the $20.00 budget" not in out, out


async def test_a_refused_change_beside_a_waiting_card_points_at_the_card(
    store: SessionStore,
) -> None:
    """Typed (chat) on a made plan: "redo shot 2's keyframe" (its card waits), then "make it
    16:9" on a 16:9 plan, then "hello" and "thanks". Saw: the refusal, then "Nothing to make:
    every shot already has up-to-date takes" beside the card that waited; "hello" answered "The
    plan is above: … approve it". Expected: the refusal, and that the redo waits for an answer."""
    c = await produced(store)
    await c.send("redo shot 2's keyframe")
    assert c.pending is not None and c.pending.kind == "production"
    reply = await c.send("make it 16:9")
    assert "already 16:9" in reply and "Nothing to make" not in reply, reply
    assert '"Redo S02 keyframe" waits for your approval' in reply, reply
    for line in ("hello", "thanks"):
        reply = await c.send(line)
        assert '"Redo S02 keyframe" waits for your approval' in reply, reply
        assert "approve it" not in reply, reply
    assert c.pending is not None and c.pending.kind == "production"


async def test_hello_on_a_made_plan_says_what_can_be_done(store: SessionStore) -> None:
    """Typed (chat) on a plan produced whole, nothing waiting: "hello". Saw: "The plan is above:
    say what to change, approve it, or send a new brief" (it was approved and made)."""
    c = await produced(store)
    assert c.pending is None
    reply = await c.send("hello")
    assert "approve it" not in reply and "redo" in reply, reply


async def test_a_refused_tier_switch_is_no_tick(store: SessionStore) -> None:
    """Typed (chat, no keys): "switch to delivery". Saw the tool line "✓ set_tier Cannot switch:
    no engine can make keyframes…". Expected: the line marked as not done, with why."""
    c = open_conversation(store, env={})
    await c.send(BIKES)
    finished: list[ToolCallFinished] = []
    await c.send(
        "switch to delivery",
        lambda e: finished.append(e) if isinstance(e, ToolCallFinished) else None,
    )
    tier = [e for e in finished if e.tool == "set_tier"]
    assert tier and not tier[0].ok and tier[0].result.startswith("Cannot switch"), tier
    assert store.session(c.session_id or "").tier == "draft"
    # reopened, the session's history marks it the same way (it showed "✓ set_tier Cannot…")
    from tui.session_state import history

    lines = [p for role, p in history(store, c.session_id or "") if role == "tool"]
    tier_lines = [p for p in lines if isinstance(p, ToolCallFinished) and p.tool == "set_tier"]
    assert tier_lines and not any(p.ok for p in tier_lines), tier_lines


def test_show_names_the_take_hint_only_where_there_are_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed (CLI): `run brief.txt` (planned, nothing made), then `show ID`. Saw: "(* current
    take; pick another with: …)" under a plan with no takes. After `run --yes` it is there."""
    brief = tmp_path / "brief.txt"
    brief.write_text(BIKES)
    code, out, _ = run_cli(["run", str(brief)], capsys)
    assert code == 3, out
    sid = session_id_of(out)
    code, out, _ = run_cli(["show", sid], capsys)
    assert code == 0 and "current take" not in out, out
    made, _ = produced_by_cli(tmp_path, capsys)
    code, out, _ = run_cli(["show", made], capsys)
    assert "(* current take; pick another with" in out, out


def test_show_lists_each_cut_once_as_last_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed (CLI) after two redos of a shot: `show ID`. Saw "cut (hard) S01→S02: ok" three
    times (each redo checks the cut again). Expected: each cut once, its latest verdict."""
    sid, catalog = produced_by_cli(tmp_path, capsys)
    for _ in range(2):
        code, out, _ = run_cli(
            ["resume", sid, "--shot", "S02", "--redo", "keyframe", "--yes", *catalog], capsys
        )
        assert code == 0, out
    code, out, _ = run_cli(["show", sid], capsys)
    cuts = [line for line in out.splitlines() if "S01→S02" in line]
    assert len(cuts) == 1, out


async def test_what_a_waiting_redo_costs_names_the_redo(store: SessionStore) -> None:
    """Typed (chat) with a redo card waiting: "how much will this cost?". Saw "What waits for
    it: At draft tier: …" without saying what waits."""
    c = await produced(store)
    await c.send("redo shot 2's keyframe")
    reply = await c.send("how much will this cost?")
    assert "Waiting for it: Redo S02 keyframe." in reply and "$0.30" in reply, reply
