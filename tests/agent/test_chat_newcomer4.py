"""What a newcomer typed in the chat (stop 23) and the app got wrong, each through the real agent,
the offline model, the service and SQLite: questions while a card waits, small talk, a "no" that
answered the wrong question, relative lengths, undo, platform words, and phrases with extra words.
"""

from __future__ import annotations

from agent.conversation import Conversation, open_conversation
from agent.offline import NEW_BRIEF_QUESTION
from sessions.store import SessionStore
from tests.agent.test_chat_vocabulary import plan_of
from tests.agent.test_chat_vocabulary import planned as planned_brief

FILM = (
    "A 20-second film for a bike repair shop. A mechanic trues a wheel. A bell on the counter. "
    "A customer rides away down the street. Our logo at the end."
)


async def planned(store: SessionStore) -> Conversation:
    return await planned_brief(store, FILM)


async def test_a_question_while_production_waits_is_answered_and_the_card_stays(
    store: SessionStore,
) -> None:
    c = await planned(store)
    await c.send("approve")
    card = c.pending
    assert card is not None and card.kind == "production"
    version = plan_of(store, c).version
    reply = await c.send("wait, quick q - whats the difference between draft and delivery?")
    assert "Draft is the cheap previs tier" in reply
    assert plan_of(store, c).version == version and plan_of(store, c).approved
    assert c.pending is not None and c.pending.approval_id == card.approval_id
    assert store.session(c.session_id or "").title == plan_of(store, c).title
    reply = await c.send("is this going to cost me anything?")
    assert "Nothing is spent without your approval" in reply
    reply = await c.send("why is the sky blue?")  # none of its business: still no new plan
    assert "I can't answer that here" in reply and plan_of(store, c).version == version


async def test_small_talk_is_no_plan_before_or_after_a_brief(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    for said in ("hey there! how's it going?", "yo whats up", "Hello! Hope you're well."):
        reply = await c.send(said)
        assert reply.startswith("Hello!"), said
    assert c.session_id is None and store.list_sessions() == []
    await c.send(FILM)
    version = plan_of(store, c).version
    await c.send("yo whats up")
    assert plan_of(store, c).version == version and c.pending is not None


async def test_no_answers_the_new_brief_question_not_the_plan_card(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("approve")
    await c.send("approve")  # produced (the animatic)
    await c.send("make it 24 seconds")  # a revised plan waits for approval
    card = c.pending
    assert card is not None and card.kind == "plan"
    reply = await c.send("A 10-second square ad for running shoes: a runner laces up at dawn.")
    assert reply == NEW_BRIEF_QUESTION
    reply = await c.send("no")
    assert "Keeping the current plan" in reply
    assert c.pending is not None and c.pending.approval_id == card.approval_id  # still waiting
    reply = await c.send("approve")
    assert "approved" in reply.lower()


async def test_relative_lengths_keep_every_shots_share(store: SessionStore) -> None:
    c = await planned(store)
    before = [s.duration_s for s in plan_of(store, c).shots]
    await c.send("make it 5 seconds shorter")
    plan = plan_of(store, c)
    assert plan.total_duration_s == 15 and len(plan.shots) == len(before)
    await c.send("add ten seconds")
    assert plan_of(store, c).total_duration_s == 25
    await c.send("trim 5 seconds")
    assert plan_of(store, c).total_duration_s == 20
    await c.send("no! make it 40 seconds")
    assert plan_of(store, c).total_duration_s == 40


async def test_undo_goes_back_a_version_and_to_a_named_one(store: SessionStore) -> None:
    c = await planned(store)
    first = [s.description for s in plan_of(store, c).shots]
    await c.send("drop the first shot, that's not a shot lol")
    assert [s.description for s in plan_of(store, c).shots] == first[1:]
    await c.send("undo")
    plan = plan_of(store, c)
    assert [s.description for s in plan.shots] == first and "back to plan v1" in plan.note
    await c.send("make it vertical")
    await c.send("go back to plan v1")
    plan = plan_of(store, c)
    assert plan.aspect_ratio == "16:9" and [s.description for s in plan.shots] == first


async def test_platform_words_set_the_frame(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("this is for instagram stories btw")
    assert plan_of(store, c).aspect_ratio == "9:16"
    await c.send("make it 4:5 for the instagram feed")
    assert plan_of(store, c).aspect_ratio == "4:5"


async def test_shot_phrases_the_newcomer_used(store: SessionStore) -> None:
    c = await planned(store)
    plan = plan_of(store, c)
    third = plan.shots[2]
    await c.send("the third one should be in slow motion")
    assert plan_of(store, c).shots[2].duration_s > third.duration_s
    second = plan_of(store, c).shots[1].duration_s
    await c.send("let shot 2 breathe a bit")
    assert plan_of(store, c).shots[1].duration_s > second
    last_two = [s.description for s in plan_of(store, c).shots[-2:]]
    await c.send("swap the last two shots")
    assert [s.description for s in plan_of(store, c).shots[-2:]] == last_two[::-1]
    await c.send("make the opener a drone shot")
    assert plan_of(store, c).shots[0].camera == "drone"
    await c.send("black and white please")
    assert "black and white" in plan_of(store, c).style
    await c.send("the bell shot should be a close-up")
    bell = next(s for s in plan_of(store, c).shots if "bell" in s.description.lower())
    assert bell.framing == "close"
    reply = await c.send("split the first shot into 3: a wheel, a spoke, a hand")
    assert "can't split" in reply and plan_of(store, c).title == plan.title


async def test_rejecting_a_card_never_reads_as_failed(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("approve")
    await c.send("approve")  # produced
    await c.send("make it 24 seconds")  # every clip's length changed: they go stale
    await c.send("approve")  # the plan; the production card for the stale clips waits
    assert c.pending is not None and c.pending.kind == "production"
    reply = await c.send("no")
    assert "nothing was" in reply.lower() or "rejected" in reply.lower()
    assert store.session(c.session_id or "").status == "partial"  # made before, not failed


async def test_shots_named_by_what_is_beside_them(store: SessionStore) -> None:
    c = await planned(store)
    plan = plan_of(store, c)
    logo = next(i for i, s in enumerate(plan.shots) if "logo" in s.description.lower())
    before_logo = plan.shots[logo - 1]
    await c.send("make the one before the logo longer")
    assert plan_of(store, c).shots[logo - 1].duration_s > before_logo.duration_s
    await c.send("move the bell shot before the mechanic")
    assert "bell" in plan_of(store, c).shots[0].description.lower()
    await c.send("add a shot after the bell: a spanner on a pegboard")
    assert "spanner" in plan_of(store, c).shots[1].description.lower()
    await c.send("drop the one before the logo")
    assert all("rides" not in s.description for s in plan_of(store, c).shots)


async def test_a_cast_member_described_older_is_not_a_vintage_look(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    await c.send(
        "A 15-second film. Tomás, our mechanic, trues a wheel. Tomás hands the bike back to a "
        "customer. Our logo."
    )
    style = plan_of(store, c).style
    reply = await c.send("Tomas should be older, like in his 60s")
    plan = plan_of(store, c)
    member = plan.member("Tomás")
    assert member is not None and "older, in his 60s" in member.description, reply
    assert plan.style == style  # no 'vintage' look for the whole film
    reply = await c.send("make Tomas a bit taller")
    member = plan_of(store, c).member("Tomás")
    assert member is not None and "taller" in member.description, reply


def _clip_take(store: SessionStore, session_id: str, shot_id: str) -> int:
    clip = store.current_take(session_id, shot_id, "clip")
    assert clip is not None
    return clip.take or 0


async def test_an_earlier_take_comes_back_from_the_chat(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("approve")
    await c.send("approve")  # produced: every clip is take 1
    sid = c.session_id or ""
    bell = next(s.id for s in plan_of(store, c).shots if "bell" in s.description.lower())
    await c.send("redo the bell shot's clip")
    await c.send("approve")
    assert _clip_take(store, sid, bell) == 2
    await c.send("hmm actually the old clip of the bell was better, bring it back")
    if c.pending is not None:  # a card when remaking what came after costs anything
        await c.send("approve")
    assert _clip_take(store, sid, bell) == 1
    await c.send("use take 2 of the bell shot's clip")
    if c.pending is not None:
        await c.send("approve")
    assert _clip_take(store, sid, bell) == 2


async def test_more_ways_to_say_no_and_black_and_white_drops_colour(store: SessionStore) -> None:
    c = await planned(store)
    card = c.pending
    assert card is not None
    await c.send("no thanks")
    assert c.pending is None or c.pending.approval_id != card.approval_id
    await c.send("make it warmer")
    await c.send("black and white please")
    style = plan_of(store, c).style
    assert "black and white" in style and "warm" not in style
