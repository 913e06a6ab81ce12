"""What a newcomer typed into `shotcaller say` and the chat, and what a person expected, each
through the real agent (the offline model, or a scripted LLM for the tool), the service and SQLite:
"make it shorter" with no amount, a dropped shot brought back by what it shows (with its takes),
new words for a title card, and a line in Italian.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_ai.messages import ModelMessage, ModelResponse

from agent.agent import planner_agent
from agent.conversation import open_conversation
from agent.offline import NOT_ENGLISH_ANSWER
from sessions.store import SessionStore, open_store
from tests.agent.scripting import Scripted, call, last_prompt, last_returns, say
from tests.agent.test_chat_newcomer6 import planned, produced
from tests.agent.test_chat_vocabulary import plan_of

CRUMB = (
    "A 15 second video for a bakery called Crumb. A croissant being pulled apart, steam rising. "
    'The baker Ines dusting flour on the counter. The logo "Crumb" on the window.'
)


# --- the length, a step at a time ------------------------------------------------------------


async def test_make_it_shorter_takes_a_third_off_and_says_how_to_ask_exactly(
    store: SessionStore,
) -> None:
    c = await planned(store, CRUMB)
    assert plan_of(store, c).total_duration_s == 15
    reply = await c.send("make it shorter")
    assert plan_of(store, c).total_duration_s == 10
    assert "15 s → 10 s" in reply and "make it N seconds" in reply
    assert c.pending is not None and c.pending.kind == "plan"  # asked again, nothing made


async def test_a_bit_longer_and_much_shorter_are_steps_of_their_own(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    await c.send("make the video a bit longer")
    assert plan_of(store, c).total_duration_s == 19  # 15 × 5/4, to the second
    await c.send("make it much shorter")
    assert plan_of(store, c).total_duration_s == 10  # 19 / 2, to the second
    await c.send("shorten it")
    assert plan_of(store, c).total_duration_s == 7


async def test_slower_for_the_whole_film_still_asks_which_shot(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    reply = await c.send("make it slower")
    assert "shot by shot" in reply and plan_of(store, c).version == 1


async def test_shorter_than_a_second_a_shot_is_refused_in_words(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    await c.send("make it 3 seconds")
    reply = await c.send("make it shorter")
    assert "drop a shot first" in reply and plan_of(store, c).total_duration_s == 3


# --- a dropped shot brought back --------------------------------------------------------------


async def test_bring_back_the_croissant_shot_puts_it_where_it_was(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    first = plan_of(store, c)
    await c.send("drop the croissant shot")
    assert len(plan_of(store, c).shots) == 2
    reply = await c.send("bring back the croissant shot")
    plan = plan_of(store, c)
    assert [s.seed for s in plan.shots] == [s.seed for s in first.shots]
    assert plan.shots[0].duration_s == first.shots[0].duration_s
    assert plan.total_duration_s == 15
    assert "brought back “A croissant being pulled apart" in reply and "at the start" in reply


async def test_put_the_shot_of_the_baker_back_after_the_shot_it_followed(
    store: SessionStore,
) -> None:
    c = await planned(store, CRUMB)
    await c.send("drop shot 2")
    await c.send("put the shot of the baker back")
    assert "ines" in plan_of(store, c).shots[1].description.lower()


async def test_bring_back_says_what_it_cannot(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    reply = await c.send("bring back the croissant shot")
    assert "in the plan already" in reply and plan_of(store, c).version == 1
    await c.send("drop shot 1")
    reply = await c.send("bring back the dragon shot")
    assert "no dropped shot shows 'dragon'" in reply and "A croissant" in reply
    # once it is back nothing is dropped now ("no shot was dropped" read as if none ever was)
    await c.send("bring back the croissant shot")
    reply = await c.send("bring back the dragon shot")
    assert "no shot is dropped from this plan now, so none shows 'dragon'" in reply, reply


async def test_a_brought_back_shot_has_its_takes_and_costs_nothing_to_make_again(
    store: SessionStore,
) -> None:
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    keyframe = store.current_take(sid, "S01", "keyframe")
    await c.send("drop the croissant shot")
    await c.send("approve")
    await c.send("bring back the croissant shot")
    back = store.current_take(sid, "S01", "keyframe")
    assert keyframe is not None and back is not None and back.path == keyframe.path
    plan = plan_of(store, c)
    assert plan.shots[0].status == "done"
    # what the plan's card would make: not the croissant shot, whose takes are back
    card = c.pending.summary if c.pending else ""
    assert "S01 keyframe" not in card and "S01 clip" not in card, card


async def test_undo_after_a_drop_gives_the_shot_its_takes_back(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    clip = store.current_take(sid, "S01", "clip")
    await c.send("drop shot 1")
    assert store.current_take(sid, "S01", "clip") != clip  # S01 is the baker now
    await c.send("undo")
    back = store.current_take(sid, "S01", "clip")
    assert clip is not None and back is not None and back.path == clip.path
    assert plan_of(store, c).shots[0].status == "done"


def restoring(messages: list[ModelMessage]) -> ModelResponse:
    """An LLM that plans, drops the croissant shot, then brings it back with revise_plan."""
    n = len(messages)
    prompt = last_prompt(messages)
    if prompt == CRUMB:
        return call("propose_plan", n, shots=SHOTS)
    if prompt == "drop the first shot":
        return call("revise_plan", n, change="drop_shot", shot_id="S01")
    if prompt == "I miss the croissant":
        return call("revise_plan", n, change="restore_shot", text="croissant")
    returns = last_returns(messages) if prompt is None else []
    if returns and returns[-1].tool_name == "revise_plan":
        return call("propose_plan", n)
    return say("ok")


SHOTS = [
    {"description": "A croissant being pulled apart, steam rising", "duration_s": 6,
     "framing": "close", "camera": "static"},
    {"description": "The baker Ines dusting flour on the counter", "duration_s": 5,
     "framing": "medium", "camera": "handheld"},
    {"description": 'The logo "Crumb" on the window', "duration_s": 4, "framing": "insert",
     "camera": "static"},
]  # fmt: skip


async def test_a_model_brings_a_dropped_shot_back_with_revise_plan(data_home: Path) -> None:
    store = open_store()
    with planner_agent().override(model=Scripted(restoring).model()):
        c = open_conversation(store, env={})
        await c.send(CRUMB)
        await c.send("drop the first shot")
        await c.send("I miss the croissant")
    plan = plan_of(store, c)
    assert plan.shots[0].description.startswith("A croissant")
    assert len(plan.shots) == 3 and plan.total_duration_s == 15


# --- the words on a card ----------------------------------------------------------------------


async def test_make_the_logo_shot_say_new_words(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    reply = await c.send('make shot 3 say "Crumb Bakery"')
    shot = plan_of(store, c).shots[2]
    assert shot.description == 'The logo "Crumb Bakery" on the window'
    assert "typography" in shot.tags and "dialogue" not in shot.tags
    assert 'the words "Crumb Bakery"' in reply


async def test_a_shot_without_words_gets_them_added(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    await c.send("shot 1 should read FRESH DAILY")
    shot = plan_of(store, c).shots[0]
    assert shot.description.endswith('with the words "FRESH DAILY"')
    assert "typography" in shot.tags


async def test_should_say_more_about_is_no_words_on_screen(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    await c.send("shot 2 should say more about the bread")
    assert "say more" not in plan_of(store, c).shots[1].description.lower()


# --- another language -------------------------------------------------------------------------


async def test_a_line_in_italian_gets_an_honest_answer_and_no_new_brief(
    store: SessionStore,
) -> None:
    c = await planned(store, CRUMB)
    for line in ("puoi farlo più corto?", "rendilo più corto di 5 secondi", "mach es kürzer bitte"):
        reply = await c.send(line)
        assert reply.startswith(NOT_ENGLISH_ANSWER[:40]), reply
    assert plan_of(store, c).version == 1 and c.pending is not None


async def test_names_with_accents_are_still_english(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    reply = await c.send("add a shot at the end: Zoë and Chloé share a croissant")
    assert "Zoë" in plan_of(store, c).shots[-2].description, reply  # before the end card


# --- a card answered after the session was reopened ------------------------------------------


async def test_no_to_a_reopened_revision_says_the_approved_plan_is_back(
    store: SessionStore,
) -> None:
    c = await produced(store, CRUMB)
    await c.send("make it shorter")
    reopened = open_conversation(store, session_id=c.session_id, env={})
    assert reopened.pending is not None and reopened.pending.kind == "plan"
    reply = await reopened.decide("reject")
    assert reply.startswith("Set aside. The plan you approved before is back as v3"), reply
    assert "its takes as they were" in reply
    assert plan_of(store, reopened).total_duration_s == 15


async def test_redo_while_the_plan_waits_keeps_its_one_card(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    await c.send("make it shorter")
    card = c.pending
    reply = await c.send("redo shot 3")
    assert "not approved yet" in reply
    assert c.pending is not None and card is not None
    assert c.pending.approval_id == card.approval_id  # the same card, not a copy of it


async def test_yes_to_the_new_brief_question_after_a_question_in_between(
    store: SessionStore,
) -> None:
    c = await produced(store, CRUMB)
    asked = await c.send(
        "A 10 second video of a lighthouse at night: the beam sweeping, then waves on the rocks."
    )
    assert "Plan this new brief instead?" in asked and "'no'" in asked
    await c.send("what will this cost?")
    await c.send("yes")
    assert "lighthouse" in plan_of(store, c).title.lower()
    assert c.pending is not None and c.pending.kind == "plan"


async def test_no_to_the_new_brief_question_keeps_the_plan(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    await c.send("A 10 second video of a lighthouse at night: the beam sweeping, then waves.")
    reply = await c.send("no")
    assert (
        reply.startswith("Keeping the current plan") and "crumb" in plan_of(store, c).title.lower()
    )


async def test_a_shot_brought_back_with_words_added_since_its_takes_is_made_again(
    store: SessionStore,
) -> None:
    # the words came after its takes, and its drop was approved: measured against the approved
    # plan (which lacks it) its takes were never stale, and the old picture would have been cut
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    await c.send("shot 1 should read FRESH DAILY")
    await c.send("drop shot 1")
    await c.send("approve")
    await c.send("bring back the croissant shot")
    keyframe = store.current_take(sid, "S01", "keyframe")
    assert keyframe is not None and keyframe.stale
    assert plan_of(store, c).shots[0].description.endswith('with the words "FRESH DAILY"')


async def test_undo_after_an_approved_drop_leaves_the_shots_takes_fresh(
    store: SessionStore,
) -> None:
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    await c.send("drop shot 1")
    await c.send("approve")
    await c.send("undo")
    for kind in ("keyframe", "clip"):
        take = store.current_take(sid, "S01", kind)
        assert take is not None and not take.stale, kind


async def test_undo_after_an_approved_drop_remakes_no_other_shot(store: SessionStore) -> None:
    # the drop gave shot 3's seconds to the others (their clips rightly stale); the undo gives
    # every shot back the length its clip was made at, and producing it made them all again
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    lengths = [s.duration_s for s in plan_of(store, c).shots]
    attempts = len(store.attempts(sid))
    await c.send("drop shot 3")
    assert [s.duration_s for s in plan_of(store, c).shots] != lengths[:2]
    await c.send("approve")
    await c.send("undo")
    assert [s.duration_s for s in plan_of(store, c).shots] == lengths
    stale = [(a.shot_id, a.kind) for a in store.artifacts(sid, current_only=True) if a.stale]
    assert stale == []
    await c.send("approve")  # the plan, as the takes were made for it
    if c.pending is not None:
        assert "Makes: nothing new" in c.pending.summary, c.pending.summary
        await c.send("approve")
    assert len(store.attempts(sid)) == attempts


async def test_a_rejected_drop_gives_the_shot_back_with_its_takes(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    sid = c.session_id or ""
    clip = store.current_take(sid, "S03", "clip")
    await c.send("drop shot 3")
    reply = await c.send("no")
    assert "its takes as they were" in reply
    back = store.current_take(sid, "S03", "clip")
    assert clip is not None and back is not None and back.path == clip.path
    assert store.session(sid).status == "completed"


async def test_bring_back_shot_2_by_its_number_just_after_dropping_it(
    store: SessionStore,
) -> None:
    c = await planned(store, CRUMB)
    first = plan_of(store, c)
    await c.send("drop shot 2")
    await c.send("bring back shot 2")
    assert [s.seed for s in plan_of(store, c).shots] == [s.seed for s in first.shots]


async def test_briefs_and_looks_that_begin_bring_back_are_no_restore(store: SessionStore) -> None:
    # (a fresh-eyes review: "Bring back summer…" planned nothing, "…the golden light" was a look)
    c = open_conversation(store, env={})
    await c.send(
        "Bring back summer with our iced tea: friends laugh on a beach, then a glass clinks."
    )
    assert c.pending is not None and len(plan_of(store, c).shots) >= 2
    reply = await c.send("bring back the golden light")
    assert "dropped" not in reply and plan_of(store, c).style


async def test_after_no_to_the_new_brief_an_ok_is_a_revision_again(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    await c.send("A 10 second video of a lighthouse at night: the beam sweeping, then waves.")
    await c.send("no")
    await c.send("ok, make shot 2 slower")
    plan = plan_of(store, c)
    assert "crumb" in plan.title.lower() and "slower" in plan.note


async def test_a_dish_with_accents_is_no_other_language(store: SessionStore) -> None:
    c = await planned(store, CRUMB)
    reply = await c.send("add more crème brûlée")
    assert not reply.startswith(NOT_ENGLISH_ANSWER[:40]), reply


async def test_a_cast_change_names_the_shots_not_they(store: SessionStore) -> None:
    c = await produced(store, CRUMB)
    reply = await c.send("Ines should be older, with grey hair")
    assert "in S02" in reply and "they" not in reply, reply
    assert "S02 is made again once you approve" in reply, reply


async def test_undo_never_brings_back_a_rejected_plan(store: SessionStore) -> None:
    """A newcomer's walk: produced, a change approved, a new brief planned and rejected (the
    plan came back), then "undo" went back to the rejected new brief's plan, with the old
    plan's cast on its shots; a second undo went there again."""
    c = await produced(store, CRUMB)
    first = plan_of(store, c)
    await c.send("make shot 2 a close-up")
    await c.send("approve")
    changed = plan_of(store, c)
    await c.send("A 10-second vertical reel: a dog runs along a beach at dawn, then shakes off.")
    await c.send("yes")
    await c.send("no")
    assert plan_of(store, c).title == changed.title
    reply = await c.send("undo")
    back = plan_of(store, c)
    assert back.title == first.title and "dog" not in " ".join(s.description for s in back.shots)
    assert [s.framing for s in back.shots] == [s.framing for s in first.shots], reply
    assert {m.name for m in back.cast} == {m.name for m in first.cast}
