"""The offline model's vocabulary, through the real agent, tools and store."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.conversation import open_conversation
from agent.offline import HELP, Call, decide
from sessions.store import open_store

BRIEF = (
    "A 6-second ad for Crumb bakery in three shots. Dawn over the town. "
    "The baker shapes dough. A loaf comes out of the oven."
)


async def test_every_phrase_of_the_vocabulary(data_home: Path) -> None:
    store = open_store()
    c = open_conversation(store, env={})

    await c.send(BRIEF)
    sid = c.session_id or ""
    plan = store.plan(sid)
    assert plan is not None and len(plan.shots) == 3 and c.pending is not None

    async def plan_after(line: str) -> str:
        reply = await c.send(line)
        assert c.pending is not None and c.pending.kind == "plan", reply
        return reply

    await plan_after("revise shot 2: a close-up")
    assert (p := store.plan(sid)) and p.version == 2 and p.shots[1].framing == "close"
    await plan_after("drop shot 3")
    assert (p := store.plan(sid)) and len(p.shots) == 2
    await plan_after("add a shot after 1: a close-up of the shop sign")
    assert (p := store.plan(sid)) and p.shots[1].description.startswith("A close-up of the shop")
    await plan_after("make it vertical")
    assert (p := store.plan(sid)) and p.aspect_ratio == "9:16"
    await plan_after("make it 16:9")
    assert (p := store.plan(sid)) and p.aspect_ratio == "16:9" and p.version == 6
    reply = await plan_after("revise shot 9: a close-up")
    assert "could not make that change: there is no shot 9" in reply
    assert (p := store.plan(sid)) and p.version == 6

    await c.send("approve")
    assert c.pending is not None and c.pending.kind == "production"
    reply = await c.send("approve")
    assert "completed — 3 of 3 shots done" in reply

    reply = await c.send("what did it cost")
    assert reply.startswith("Spent $0.00 of the $20.00 budget.")

    await c.send("redo shot 1's keyframe")
    assert c.pending is not None and c.pending.summary.startswith("Redo S01 keyframe")
    # The estimate names what the new keyframe makes stale: its clip is remade with it.
    assert "S01 keyframe (redo), S01 clip (from the new keyframe)" in c.pending.summary
    await c.send("approve")
    assert (take := store.current_take(sid, "S01", "keyframe")) and take.take == 2
    # The person approved this redo: it opens a new round of the regeneration cap.
    assert store.attempts(sid, "S01", "generate_keyframe")[-1].params["round"] == 2
    assert (clip := store.current_take(sid, "S01", "clip")) and clip.take == 2

    await c.send("redo shot 2's clip")
    assert c.pending is not None and c.pending.summary.startswith("Redo S02 clip")
    assert await c.send("reject") == "Not started; nothing was spent."
    assert (clip := store.current_take(sid, "S02", "clip")) and clip.take == 1

    # No delivery engine has its key here: the tier stays, and the reply says what to set.
    reply = await c.send("use delivery tier")
    assert "no engine can make keyframes and clips at delivery tier here (set FAL_KEY" in reply
    assert "REPLICATE_API_TOKEN" not in reply  # an upscaler's key makes no keyframe or clip
    assert store.session(sid).tier == "draft"
    assert await c.send("use draft tier") == "The session now produces at draft tier."

    reply = await c.send("please dance")
    assert reply == f"I did not understand that. {HELP}" and "\n" not in reply
    assert await c.send("approve") == "Nothing is waiting for your approval right now."


@pytest.mark.parametrize(
    ("line", "tool", "args"),
    [
        ("drop shot 2", "revise_plan", {"change": "drop_shot", "shot_id": "2"}),
        ("Revise shot 3: slow push-in", "revise_plan",
         {"change": "revise_shot", "shot_id": "3", "text": "slow push-in"}),
        ("add a shot after 1: the sign", "revise_plan",
         {"change": "add_shot_after", "shot_id": "1", "text": "the sign"}),
        ("make it square", "revise_plan", {"change": "set_aspect_ratio", "text": "square"}),
        ("redo shot 4's clip", "animate", {"shot_id": "4"}),
        ("redo shot 2's keyframe", "generate_keyframe", {"shot_id": "2"}),
        ("use delivery tier", "set_tier", {"tier": "delivery"}),
        ("What did it cost?", "show_costs", {}),
        ("show the plan", "show_plan", {}),
    ],
)  # fmt: skip
def test_phrases_become_tool_calls(line: str, tool: str, args: dict[str, object]) -> None:
    from pydantic_ai.messages import ModelRequest, ToolReturnPart, UserPromptPart

    planned = ModelRequest(parts=[ToolReturnPart("propose_plan", "ok", "c1")])
    decision = decide([planned, ModelRequest(parts=[UserPromptPart(line)])])
    assert decision == Call(tool, args)


def test_before_a_plan_commands_ask_for_a_brief() -> None:
    from pydantic_ai.messages import ModelRequest, UserPromptPart

    assert decide([ModelRequest(parts=[UserPromptPart("drop shot 2")])]) == (
        "There is no plan yet: send a brief first."
    )


async def test_a_question_while_production_waits_is_answered_and_it_still_waits(
    data_home: Path,
) -> None:
    store = open_store()
    c = open_conversation(store, env={})
    await c.send("A 2-second shot of a cat on a porch.")
    await c.send("approve")
    waiting = c.pending
    assert waiting is not None and waiting.kind == "production"
    reply = await c.send("what did it cost")
    assert reply.startswith("Spent $0.00")
    assert c.pending is not None and c.pending.approval_id == waiting.approval_id
    assert store.attempts(c.session_id or "") == []
    # Answered later, it is still the same request, and it runs.
    reply = await c.send("approve")
    assert "completed — 1 of 1 shot done" in reply and c.pending is None


async def test_the_estimate_says_why_each_take_is_remade(data_home: Path) -> None:
    """Not a bare "its input changed": a clip remade after a length change says so, and one
    remade from a new keyframe names it (found walking the chat: a longer shot's clip read
    "(its input changed)")."""
    store = open_store()
    c = open_conversation(store, env={})
    await c.send(BRIEF)
    await c.send("approve")
    assert "3 of 3 shots done" in await c.send("approve")

    await c.send("make shot 2 longer")
    await c.send("approve")  # the plan: its production card waits next
    assert c.pending is not None and c.pending.kind == "production"
    assert "S02 clip (its length changed)" in c.pending.summary
    assert "input changed" not in c.pending.summary
    await c.send("approve")

    await c.send("redo shot 2's keyframe")
    assert c.pending is not None
    assert "S02 keyframe (redo), S02 clip (from the new keyframe)" in c.pending.summary
