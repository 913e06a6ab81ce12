"""A clip take brought back brings back the keyframe it was animated from: stop 45's walk found
"bring back take 1 of shot 3" after a redo left clip t1 over keyframe t2, so the storyboard showed
one picture and the episode another. Through the chat, with the real service, store and animatic."""

from __future__ import annotations

from agent.conversation import open_conversation
from sessions.store import SessionStore

TEA = "A 9 second ad: a kettle boiling, tea poured into a cup, a biscuit dunked."


async def test_a_clip_brought_back_comes_with_its_keyframe(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    await c.send(TEA)
    await c.send("yes")  # the plan
    if c.pending is not None:
        await c.send("yes")  # its production, when it asks
    sid = c.session_id or ""
    await c.send("redo shot 3")
    if c.pending is not None:
        await c.send("yes")
    assert store.current_take(sid, "S03", "keyframe").take == 2  # type: ignore[union-attr]
    reply = await c.send("bring back take 1 of shot 3")
    if c.pending is not None:
        reply = await c.send("yes")
    keyframe = store.current_take(sid, "S03", "keyframe")
    clip = store.current_take(sid, "S03", "clip")
    assert keyframe is not None and clip is not None
    assert (keyframe.take, clip.take) == (1, 1), reply
    assert not keyframe.stale and not clip.stale
    assert "keyframe t1" in reply
