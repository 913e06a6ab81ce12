"""The offline model's chat vocabulary, each phrase through the real agent, tools and store."""

from __future__ import annotations

import pytest
from pydantic_ai.messages import ModelRequest, ToolReturnPart, UserPromptPart

from agent.conversation import Conversation, open_conversation
from agent.events import AgentEvent, TextDelta, ToolCallFinished
from agent.offline import HELP, NEW_BRIEF_QUESTION, PACE_ANSWER, Call, decide
from sessions.models import ShotPlan
from sessions.store import SessionStore

COFFEE = (
    "A 15-second vertical TikTok for a coffee shop: steam rising from a flat white, the barista's "
    "hands pouring latte art, a customer's first sip and smile."
)
BAKERY = (
    "A 6-second ad for Crumb bakery in three shots. Dawn over the town. The baker shapes dough. "
    "A loaf comes out of the oven."
)


async def planned(store: SessionStore, brief: str = BAKERY) -> Conversation:
    c = open_conversation(store, env={})
    await c.send(brief)
    assert c.pending is not None and c.pending.kind == "plan"
    return c


def plan_of(store: SessionStore, c: Conversation) -> ShotPlan:
    plan = store.plan(c.session_id or "")
    assert plan is not None
    return plan


async def test_hello_gets_a_reply_and_no_session(store: SessionStore) -> None:
    c = open_conversation(store, env={})
    events: list[AgentEvent] = []
    reply = await c.send("hello", events.append)
    assert reply.startswith("Hello!") and "Describe the video" in reply
    assert c.session_id is None and store.list_sessions() == []
    assert [e.text for e in events if isinstance(e, TextDelta)] == [reply]
    await c.send(BAKERY)
    assert c.pending is not None and plan_of(store, c).title == "Ad for Crumb bakery"


async def test_small_talk_while_a_plan_waits_keeps_it_waiting(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("thanks!")
    assert reply.startswith("You're welcome.")
    assert c.pending is not None and c.pending.kind == "plan"
    assert plan_of(store, c).version == 1


SHORT = "A 3-second ad for Crumb bakery in three shots. Dawn over the town. The baker shapes dough. A loaf."


async def test_redo_phrases_ask_to_produce_again(store: SessionStore) -> None:
    c = await planned(store, SHORT)
    await c.send("approve")
    await c.send("approve")  # produced
    for line, stages in [
        ("redo shot 2", "Redo S02 keyframe"),
        ("redo the second shot's keyframe", "Redo S02 keyframe"),
        ("redo the last shot's clip", "Redo S03 clip"),
        ("regenerate the keyframe of shot 1", "Redo S01 keyframe"),
    ]:
        await c.send(line)
        assert c.pending is not None and c.pending.kind == "production", line
        assert stages in c.pending.summary, line
        assert await c.send("reject") == "Not started; nothing was spent."


async def test_redo_before_approval_says_why_and_keeps_the_plan(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("redo shot 2")
    assert reply.startswith("I could not do that: plan v1 is not approved yet")
    assert "propose_plan" not in reply and "call" not in reply
    assert c.pending is not None and c.pending.kind == "plan"


async def test_add_a_shot_at_the_end_and_at_the_start(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("add a shot at the end: a close-up of the shop sign")
    plan = plan_of(store, c)
    assert len(plan.shots) == 4 and plan.shots[-1].description == "A close-up of the shop sign"
    assert plan.shots[-1].framing == "close" and plan.total_duration_s == 6
    await c.send("add a shot at the start: the street at night")
    assert plan_of(store, c).shots[0].description == "The street at night"


async def test_an_added_or_dropped_shot_says_where_the_time_came_from(
    store: SessionStore,
) -> None:
    # The film keeps its length, so the others shrink: said, with the way to a longer film
    c = await planned(store, COFFEE)
    reply = await c.send("add a shot at the end: a close-up of the shop sign")
    plan = plan_of(store, c)
    added = plan.shots[-1].duration_s
    assert "added a shot at the end: a close-up of the shop sign" in reply
    assert f"the other shots gave up {added:g} s between them to keep the film 15 s" in reply
    longer = 15 + added
    assert f"say 'make it {longer:g} seconds' for a longer film" in reply
    await c.send(f"make it {longer:g} seconds")
    assert plan_of(store, c).total_duration_s == longer
    reply = await c.send("drop shot 1")
    assert "dropped S01; its " in reply and f"to keep the film {longer:g} s" in reply


async def test_swap_and_move(store: SessionStore) -> None:
    c = await planned(store)
    before = [s.description for s in plan_of(store, c).shots]
    await c.send("swap shots 1 and 2")
    assert [s.description for s in plan_of(store, c).shots] == [before[1], before[0], before[2]]
    await c.send("move shot 3 before shot 1")
    assert [s.description for s in plan_of(store, c).shots] == [before[2], before[1], before[0]]
    await c.send("swap the first and last shots")
    assert [s.description for s in plan_of(store, c).shots] == [before[0], before[1], before[2]]
    assert c.pending is not None and c.pending.kind == "plan"


async def test_total_length(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("make it 30 seconds")
    plan = plan_of(store, c)
    assert plan.total_duration_s == 30 and len(plan.shots) == 3
    assert all(f"{s.frames} frames" in s.prompts.motion for s in plan.shots)


async def test_a_length_said_in_bare_numbers_is_the_new_total(store: SessionStore) -> None:
    # The brief's "actually make it 15 not 30" was read; in the chat it was not understood.
    c = await planned(store)
    await c.send("actually make it 12 not 6")
    plan = plan_of(store, c)
    assert plan.total_duration_s == 12 and len(plan.shots) == 3


async def test_bare_numbers_that_are_not_the_length_change_nothing(store: SessionStore) -> None:
    # "make it 4 not 3" of a 6 s plan means the shots, "9 not 16" the frame: never the length
    c = await planned(store)
    for line in ("actually make it 4 not 3", "make it 9 not 16"):
        await c.send(line)
        plan = plan_of(store, c)
        assert plan.total_duration_s == 6 and plan.version == 1, line


async def test_a_slower_shot_takes_time_from_the_others(store: SessionStore) -> None:
    c = await planned(store, COFFEE)
    first = plan_of(store, c)
    await c.send("can the second shot be slower?")
    plan = plan_of(store, c)
    assert plan.shots[1].duration_s > first.shots[1].duration_s
    assert plan.total_duration_s == first.total_duration_s == 15
    await c.send("make shot 2 faster")
    assert plan_of(store, c).shots[1].duration_s < plan.shots[1].duration_s


async def test_pacing_of_the_whole_video_is_answered_in_one_line(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("make it slower")
    assert reply.startswith(PACE_ANSWER)
    assert plan_of(store, c).version == 1


@pytest.mark.parametrize(
    ("line", "note"),
    [("I want it to feel more cinematic", "cinematic"), ("moodier", "moody"),
     ("can it look warmer?", "warm")],
)  # fmt: skip
async def test_look_words_become_style_notes_in_every_prompt(
    store: SessionStore, line: str, note: str
) -> None:
    c = await planned(store)
    await c.send(line)
    plan = plan_of(store, c)
    assert note in plan.style.split(", ")
    assert all(note in s.prompts.keyframe for s in plan.shots)


async def test_a_stylized_look_tags_every_shot(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("make it look like anime")
    assert all("stylized" in s.tags for s in plan_of(store, c).shots)


async def test_a_new_aspect_ratio_leaves_no_format_words(store: SessionStore) -> None:
    c = await planned(store, COFFEE)
    assert plan_of(store, c).aspect_ratio == "9:16"
    await c.send("make it 16:9")
    plan = plan_of(store, c)
    assert plan.aspect_ratio == "16:9"
    words = " ".join([plan.title, *(s.description + s.prompts.keyframe for s in plan.shots)])
    assert "vertical" not in words.lower() and "tiktok" not in words.lower()
    assert all("16:9 (1280×720)" in s.prompts.keyframe for s in plan.shots)


async def test_the_aspect_it_already_has_changes_nothing(store: SessionStore) -> None:
    """Newcomer 8: "make it 16:9" on a 16:9 plan stored v2 ("aspect ratio 16:9 → 16:9"), which
    un-approved it. Now it is said to be 16:9 already and the plan stays as it was."""
    c = await planned(store)
    assert plan_of(store, c).aspect_ratio == "16:9"
    reply = await c.send("make it 16:9")
    plan = plan_of(store, c)
    assert plan.version == 1 and "already 16:9" in reply, reply
    assert c.pending is not None and c.pending.kind == "plan"


async def test_a_new_brief_replaces_an_unproduced_plan(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("A 20-second vertical video: a dog runs on a beach, then shakes off the water.")
    plan = plan_of(store, c)
    assert plan.version == 2 and plan.total_duration_s == 20 and plan.aspect_ratio == "9:16"
    info = store.session(c.session_id or "")
    assert info.brief.startswith("A 20-second vertical video") and info.title == plan.title
    assert c.pending is not None and c.pending.kind == "plan"


async def test_a_new_brief_after_production_asks_first(store: SessionStore) -> None:
    c = await planned(store, SHORT)
    await c.send("approve")
    await c.send("approve")
    reply = await c.send("Ten seconds: a cat sleeps on a porch in the sun.")
    assert reply == NEW_BRIEF_QUESTION and c.pending is None
    assert plan_of(store, c).version == 1
    await c.send("yes")
    plan = plan_of(store, c)
    assert plan.version == 2 and plan.total_duration_s == 10
    await c.send("approve")
    # The new plan's shots are new shots: none of the old takes is theirs, all are made anew.
    assert c.pending is not None and "Makes: S01 keyframe, S01 clip" in c.pending.summary
    assert store.artifacts(c.session_id or "", "S01") == []


async def test_a_new_brief_after_production_can_be_declined(store: SessionStore) -> None:
    c = await planned(store, SHORT)
    await c.send("approve")
    await c.send("approve")
    await c.send("Ten seconds: a cat sleeps on a porch in the sun.")
    reply = await c.send("no")
    assert reply.startswith("Keeping the current plan")
    assert plan_of(store, c).version == 1


async def test_what_it_cannot_do_is_one_line_naming_what_it_can(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("make the sky purple and add dragons everywhere maybe")
    first = reply.split("\n\n")[0]
    assert first.startswith("I did not understand") and first.endswith(HELP)
    assert "\n" not in first


async def test_tool_lines_never_carry_advice_for_the_model(store: SessionStore) -> None:
    c = await planned(store)
    events: list[AgentEvent] = []
    reply = await c.send("revise shot 9: a close-up", events.append)
    assert "there is no shot 9; the plan has S01–S03" in reply
    lines = [e.result for e in events if isinstance(e, ToolCallFinished)]
    assert lines and not any(r.startswith("{") or "Call propose_plan" in r for r in lines)
    assert not any("Fix the errors" in r for r in lines)


def _planned_messages(line: str) -> list[object]:
    planned = ModelRequest(parts=[ToolReturnPart("propose_plan", "ok", "c1")])
    return [planned, ModelRequest(parts=[UserPromptPart(line)])]


@pytest.mark.parametrize(
    ("line", "tool", "args"),
    [
        ("redo shot 2", "generate_keyframe", {"shot_id": "2"}),
        ("redo the second shot's keyframe", "generate_keyframe", {"shot_id": "2"}),
        ("add a shot at the end: the logo", "revise_plan",
         {"change": "add_shot_after", "shot_id": "last", "text": "the logo"}),
        ("add a shot before shot 2: a door", "revise_plan",
         {"change": "add_shot_after", "shot_id": "before 2", "text": "a door"}),
        ("swap shots 1 and 2", "revise_plan",
         {"change": "swap_shots", "shot_id": "1", "text": "2"}),
        ("move shot 3 before shot 1", "revise_plan",
         {"change": "move_shot", "shot_id": "3", "text": "before 1"}),
        ("move the third shot to the end", "revise_plan",
         {"change": "move_shot", "shot_id": "3", "text": "to the end"}),
        ("make it 30 seconds", "revise_plan", {"change": "set_length", "text": "30 seconds"}),
        ("actually make it 15 not 30", "revise_plan",
         {"change": "set_length", "text": "15 seconds not 30 seconds"}),
        ("make it 1 instead of 2 minutes", "revise_plan",
         {"change": "set_length", "text": "1 minutes not 2 minutes"}),
        ("can the second shot be slower?", "revise_plan",
         {"change": "revise_shot", "shot_id": "2", "text": "slower"}),
        ("shot 3 is too slow", "revise_plan",
         {"change": "revise_shot", "shot_id": "3", "text": "faster"}),
        ("I want it to feel more cinematic", "revise_plan",
         {"change": "set_style", "text": "I want it to feel more cinematic"}),
        ("moodier", "revise_plan", {"change": "set_style", "text": "moodier"}),
        ("drop the fourth shot", "revise_plan", {"change": "drop_shot", "shot_id": "4"}),
        ("add a shot of a cat on the counter after shot 1", "revise_plan",
         {"change": "add_shot_after", "shot_id": "1", "text": "a cat on the counter"}),
        ("add a close-up of the crust", "revise_plan",
         {"change": "add_shot_after", "shot_id": "last", "text": "close-up of the crust"}),
        ("please add a wide shot of the street at the start", "revise_plan",
         {"change": "add_shot_after", "shot_id": "0", "text": "wide shot of the street"}),
        ("add a shot between shots 1 and 2: a close-up of the notebook", "revise_plan",
         {"change": "add_shot_after", "shot_id": "1", "text": "a close-up of the notebook"}),
    ],
)  # fmt: skip
def test_phrases_become_tool_calls(line: str, tool: str, args: dict[str, object]) -> None:
    assert decide(_planned_messages(line)) == Call(tool, args)  # type: ignore[arg-type]


@pytest.mark.parametrize("line", ["hello", "Hi there!", "thanks", "thank you so much", "ok"])
def test_small_talk_is_never_a_plan(line: str) -> None:
    decision = decide(_planned_messages(line))  # type: ignore[arg-type]
    assert isinstance(decision, str) and "plan v" not in decision


async def test_an_added_shot_of_something_is_a_revision_never_a_new_brief(
    store: SessionStore,
) -> None:
    # It was read as a new brief: the whole plan was replaced by "Add a shot of a cat …".
    c = await planned(store)
    before = plan_of(store, c)
    await c.send("add a shot of a cat on the counter after shot 1")
    after = plan_of(store, c)
    assert after.title == before.title and len(after.shots) == len(before.shots) + 1
    assert after.shots[1].description == "A cat on the counter"
    assert [s.description for s in after.shots[2:]] == [s.description for s in before.shots[1:]]


@pytest.mark.parametrize("line", ["looks good, go", "great - ship it", "perfect, produce it"])
async def test_a_yes_in_other_words_approves(store: SessionStore, line: str) -> None:
    c = await planned(store)
    await c.send(line)
    assert c.pending is not None and c.pending.kind == "production"
    assert store.plan(c.session_id or "").approved  # type: ignore[union-attr]


async def test_yes_with_a_change_is_a_change_not_an_approval(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("yes, make it vertical")
    assert c.pending is not None and c.pending.kind == "plan"
    assert plan_of(store, c).aspect_ratio == "9:16"


async def test_renaming_the_session_in_chat(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("change the title to Dawn at Crumb")
    assert reply.startswith("Renamed the session to “Dawn at Crumb”.")
    assert store.session(c.session_id or "").title == "Dawn at Crumb"
    # the plan still waits, as the next version under its new title
    assert c.pending is not None and c.pending.kind == "plan"
    assert plan_of(store, c).title == "Dawn at Crumb"
    assert any(call["tool"] == "rename_session" for call in store.tool_calls(c.session_id or ""))


async def test_a_shot_added_at_the_end_goes_before_the_end_card(store: SessionStore) -> None:
    brief = (
        "A 15-second spot for Crumb bakery. The baker shapes dough. A loaf comes out of the "
        'oven. End on the Crumb logo and "Baked at dawn".'
    )
    c = await planned(store, brief)
    before = plan_of(store, c)
    assert "typography" in before.shots[-1].tags
    await c.send("add a close-up of the crust")
    after = plan_of(store, c)
    assert after.shots[-2].description == "Close-up of the crust"
    assert after.shots[-1].description == before.shots[-1].description


async def test_an_edit_the_vocabulary_misses_never_replaces_the_plan(store: SessionStore) -> None:
    # A newcomer's "add a shot between …" once became a new one-shot brief over their plan.
    c = await planned(store)
    before = plan_of(store, c)
    reply = await c.send("add two more angles on the dough, one from above, 6 seconds each")
    assert plan_of(store, c).version == before.version and reply.startswith("I did not understand")


NEIGHBOURS = (
    "A 20 second film about a small bakery at dawn. Ines shapes dough at the long wooden table. "
    "Flour drifts in the light from the window. Her neighbour Tomás brings her coffee. The first "
    "loaves come out of the oven."
)


@pytest.mark.parametrize(
    ("line", "shot", "check"),
    [
        ("make the flour shot slower", 1, "longer"),
        ("drop the shot of the loaves", 3, "gone"),
        ("make the oven one faster", 3, "shorter"),
    ],
)
async def test_a_shot_named_by_what_it_shows(
    store: SessionStore, line: str, shot: int, check: str
) -> None:
    # A newcomer said "the ship shot" and was told to use numbers.
    c = await planned(store, NEIGHBOURS)
    before = plan_of(store, c)
    await c.send(line)
    after = plan_of(store, c)
    assert after.version == before.version + 1
    if check == "gone":
        assert before.shots[shot].description not in [s.description for s in after.shots]
    else:
        grew = after.shots[shot].duration_s > before.shots[shot].duration_s
        assert grew == (check == "longer")
    # what the person typed is what the session keeps
    assert line in [m["text"] for m in store.messages(c.session_id or "")]


async def test_a_shot_named_by_words_two_shots_share_changes_nothing(store: SessionStore) -> None:
    c = await planned(store, NEIGHBOURS)
    before = plan_of(store, c)
    reply = await c.send("make the Ines shot slower")  # Ines is in shots 1 and 3
    assert plan_of(store, c).version == before.version
    assert reply.startswith("“the Ines shot”: Ines is in shots 1 and 3")


async def test_an_added_shot_picks_up_the_person_it_names(store: SessionStore) -> None:
    c = await planned(store, NEIGHBOURS)
    plan = plan_of(store, c)
    assert {m.name for m in plan.cast} >= {"Ines", "Tomás"}  # each named once in the brief
    await c.send("add a shot of the neighbour waving after shot 3")
    added = plan_of(store, c).shots[3]
    assert added.description == "The neighbour waving"
    assert added.subjects == ["Tomás"]
    assert {"character", "human_motion"} <= set(added.tags)


async def test_a_renamed_session_gives_the_next_plan_its_title(store: SessionStore) -> None:
    c = await planned(store, NEIGHBOURS)
    await c.send("call it Morning Loaves")
    await c.send("make shot 2 slower")
    plan = plan_of(store, c)
    assert plan.title == store.session(c.session_id or "").title == "Morning Loaves"
    assert "Morning Loaves" in (c.pending.summary if c.pending else "")


async def test_a_look_said_as_a_wish_and_a_look_already_there(store: SessionStore) -> None:
    c = await planned(store, COFFEE)
    reply = await c.send("I want warm morning light")
    plan = plan_of(store, c)
    assert plan.version == 2 and "warm" in plan.style and "soft morning light" in plan.style
    assert "style +warm, +soft morning light" in reply
    reply = await c.send("make it warmer")
    assert "the look already says warm, so nothing changed" in reply
    assert plan_of(store, c).version == 2  # no version that changes nothing
    assert c.pending is not None and c.pending.kind == "plan"


@pytest.mark.parametrize(
    ("line", "shown", "where"),
    [
        ("I want a shot of the barista smiling", "The barista smiling", -1),
        ("I'd like another shot of the queue", "The queue", -1),
        ("can we have a close-up of the logo at the start?", "Close-up of the logo", 0),
    ],
)
async def test_a_shot_asked_for_in_a_persons_words_is_added(
    store: SessionStore, line: str, shown: str, where: int
) -> None:
    c = await planned(store, COFFEE)
    await c.send(line)
    plan = plan_of(store, c)
    assert len(plan.shots) == 4 and plan.shots[where].description == shown, [
        s.description for s in plan.shots
    ]
    assert plan.total_duration_s == 15


async def test_a_shot_added_at_the_end_stays_before_the_end_card_and_says_so(
    store: SessionStore,
) -> None:
    c = await planned(
        store,
        "A 12-second ad for Crumb bakery. The baker shapes dough. A loaf "
        'comes out of the oven. End on the logo, "Crumb".',
    )
    card = plan_of(store, c).shots[-1]
    reply = await c.send("add a shot at the end: the shop sign")
    plan = plan_of(store, c)
    assert plan.shots[-1].description == card.description
    assert plan.shots[-2].description == "The shop sign"
    assert f"added a shot before the end card {card.id}: the shop sign" in reply
    assert "'at the very end' puts it after the card" in reply
    await c.send("add a shot at the very end: the street at night")
    assert plan_of(store, c).shots[-1].description == "The street at night"


async def test_dropping_every_shot_says_so(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("drop shots 1, 2 and 3")
    assert "that drops every shot" in reply and "only shot" not in reply, reply
    assert len(plan_of(store, c).shots) == 3
