""" "Keep faces blurred or from behind (safeguarding!)": a direction for every shot. In a brief it
is in the plan's look (so every prompt carries it) and no extra angle is a face; in the chat it is
a change of look, never a new brief (stop 45's walk: "no faces please, film the kids from behind"
replaced a six-shot plan with two shots of those words, one "closer on the kids' faces")."""

from __future__ import annotations

import pytest

from agent.briefing.lexicon import FACES_UNSEEN
from agent.conversation import open_conversation
from sessions.store import SessionStore
from tests.agent.planning import plan

TRIP = (
    "Year 5 trip to the Science Museum - short recap video for the parents' newsletter.\n"
    "The kids got on the coach at 8am, very excited. At the museum they built paper rockets and "
    "launched them in the hall. Mr Patel showed them the Apollo capsule. Lunch was packed "
    "sandwiches on the steps outside. On the way home half of them fell asleep on the bus.\n"
)


def test_a_brief_that_asks_for_no_faces_carries_it_and_adds_no_face_angle() -> None:
    p = plan(TRIP + "Please keep faces blurred or from behind (safeguarding!). About a minute.")
    assert FACES_UNSEEN in p.style
    assert all(FACES_UNSEEN in s.prompts.keyframe for s in p.shots)
    assert not [s.description for s in p.shots if "face" in s.description.lower()]
    assert "the coach" not in [m.name for m in p.cast]  # the coach they got on is a bus


def test_the_same_brief_without_the_direction_keeps_faces() -> None:
    p = plan(TRIP + "About a minute.")
    assert FACES_UNSEEN not in p.style


@pytest.mark.parametrize(
    "line",
    [
        "no faces please, film the kids from behind",
        "don't show the kids' faces",
        "keep faces hidden",
        "please blur their faces",
    ],
)
async def test_no_faces_in_the_chat_is_a_look_not_a_new_brief(
    store: SessionStore, line: str
) -> None:
    c = open_conversation(store, env={})
    await c.send(TRIP + "About a minute.")
    before = store.plan(c.session_id or "")
    assert before is not None
    await c.send(line)
    after = store.plan(c.session_id or "")
    assert after is not None and after.version == 2
    assert [s.description for s in after.shots] == [s.description for s in before.shots]
    assert FACES_UNSEEN in after.style
    await c.send("faces are fine now")
    again = store.plan(c.session_id or "")
    assert again is not None and again.version == 3 and FACES_UNSEEN not in again.style
