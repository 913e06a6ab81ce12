"""A new brief on a produced session, then rejected: the session is as it was, takes and all.

Found by a newcomer in the chat: after 'yes' to plan the new brief and ctrl+n on its plan, the
shots read "pending, 0 attempts", the title was the rejected brief's, and resuming would have
made (and at delivery tier paid for) every stage again."""

from __future__ import annotations

from agent.conversation import open_conversation
from sessions.store import SessionStore

BAKERY = (
    "A 3-second ad for Crumb bakery in three shots. Dawn over the town. The baker shapes "
    "dough. A loaf."
)
CYCLIST = "Actually, new idea: a 10 second clip of a cyclist crossing a bridge at dawn"


async def test_rejecting_a_new_brief_gives_back_the_plan_its_takes_and_its_title(
    store: SessionStore,
) -> None:
    c = open_conversation(store, env={})
    for line in (BAKERY, "approve", "approve"):
        await c.send(line)
    sid = c.session_id or ""
    before = sorted(
        (a.shot_id, a.kind, a.take) for a in store.artifacts(sid, current_only=True) if a.shot_id
    )
    info = store.session(sid)
    assert len(before) == 6 and info.status == "completed"

    await c.send(CYCLIST)
    await c.send("yes")  # plan the new brief
    assert store.session(sid).title != info.title
    await c.send("reject")

    plan = store.plan(sid)
    assert plan is not None and plan.approved and plan.title == info.title
    after = sorted(
        (a.shot_id, a.kind, a.take) for a in store.artifacts(sid, current_only=True) if a.shot_id
    )
    assert after == before
    assert not any(a.stale for a in store.artifacts(sid, current_only=True))
    assert {status for status, _ in store.shot_states(sid).values()} == {"done"}
    again = store.session(sid)
    assert (again.title, again.brief, again.aspect_ratio) == (
        info.title,
        info.brief,
        info.aspect_ratio,
    )
    assert again.status == "completed"


async def test_approving_a_new_brief_still_starts_its_shots_afresh(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    for line in (BAKERY, "approve", "approve", CYCLIST, "yes"):
        await c.send(line)
    sid = c.session_id or ""
    await c.send("approve")  # the new plan; its production waits
    plan = store.plan(sid)
    assert plan is not None and len(plan.shots) == 1
    assert not [a for a in store.artifacts(sid, current_only=True) if a.shot_id == "S01"]


async def test_the_reply_to_a_rejected_new_brief_says_the_old_plan_is_back(
    store: SessionStore,
) -> None:
    c = open_conversation(store, env={})
    for line in (BAKERY, "approve", "approve", CYCLIST, "yes"):
        await c.send(line)
    reply = await c.send("reject")
    # "The plan is set aside" alone left the person wondering what their session now held.
    assert "The plan you approved before is back as v" in reply
    assert "(3 shots, its takes as they were)" in reply


async def test_a_new_brief_said_to_be_one_plans_without_the_saying(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    await c.send(BAKERY)
    reply = await c.send(CYCLIST)
    # "Actually, new idea:" is the person talking, not the brief: it became S01's words and
    # the title ("10 second clip of a cyclist…"), and a cyclist crossing is a body in motion.
    plan = store.plan(c.session_id or "")
    assert plan is not None and len(plan.shots) == 1
    assert plan.title == "Cyclist crossing a bridge at dawn"
    shot = plan.shots[0]
    assert shot.description == "A cyclist crossing a bridge at dawn"
    assert "human_motion" in shot.tags
    assert "1 shot, 10 s" in reply and "1 shots" not in reply
