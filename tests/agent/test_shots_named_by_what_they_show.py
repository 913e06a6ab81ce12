"""A shot dropped by what it shows, with no "shot" said, and slow motion asked of one shot: each
phrase through the real agent, tools and store (stop 45's walk found both answered with help)."""

from __future__ import annotations

import pytest

from agent.conversation import Conversation, open_conversation
from sessions.store import SessionStore
from tests.agent.test_chat_vocabulary import plan_of

CLINIC = (
    "Clinic video, 20 seconds.\n"
    "1. Dr Okafor greeting a patient at reception\n"
    "2. Okafor checking a child's ears\n"
    "3. The waiting room with toys\n"
    '4. Logo card "Riverside Family Clinic"\n'
)


async def planned(store: SessionStore) -> Conversation:
    c = open_conversation(store, env={})
    await c.send(CLINIC)
    assert c.pending is not None and c.pending.kind == "plan"
    return c


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("lose the logo", "Logo card"),
        ("can we not have the waiting room", "waiting room"),
        ("I don't want the waiting room", "waiting room"),
        ("get rid of the logo card please", "Logo card"),
        ("could we drop the waiting room?", "waiting room"),
    ],
)
async def test_a_shot_named_by_its_subject_is_dropped(
    store: SessionStore, line: str, gone: str
) -> None:
    c = await planned(store)
    await c.send(line)
    plan = plan_of(store, c)
    assert plan.version == 2 and len(plan.shots) == 3
    assert not any(gone in s.description for s in plan.shots)
    assert sum(s.duration_s for s in plan.shots) == pytest.approx(20)
    assert c.pending is not None and c.pending.kind == "plan"  # a new card, not an approval


async def test_a_part_of_a_shot_is_asked_about_and_nothing_is_dropped(
    store: SessionStore,
) -> None:
    c = await planned(store)
    reply = await c.send("can we not have the toys")
    assert "part of shot 3" in reply and "drop shot 3" in reply
    assert plan_of(store, c).version == 1 and len(plan_of(store, c).shots) == 4


async def test_words_in_several_shots_ask_which(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("drop the Okafor")
    assert "shots 1 and 2" in reply
    assert plan_of(store, c).version == 1


async def test_words_in_no_shot_drop_nothing(store: SessionStore) -> None:
    c = await planned(store)
    await c.send("cut the music")
    assert plan_of(store, c).version == 1 and len(plan_of(store, c).shots) == 4


@pytest.mark.parametrize(
    "line",
    [
        "make shot 3 slow motion",
        "make shot 3 slow-mo",
        "put shot 3 in slo-mo",
        "shoot shot 3 in slow motion",
    ],
)
async def test_slow_motion_for_one_shot_holds_it_longer(store: SessionStore, line: str) -> None:
    c = await planned(store)
    before = plan_of(store, c).shots[2].duration_s
    await c.send(line)
    plan = plan_of(store, c)
    assert plan.version == 2 and plan.shots[2].duration_s > before
    assert sum(s.duration_s for s in plan.shots) == pytest.approx(20)  # the total holds
    assert plan.style == plan_of(store, c).style and "slow" not in (plan.style or "").lower()


@pytest.mark.parametrize(
    ("line", "shot", "framing"),
    [
        ("shot 1 closer", 0, "medium"),  # the chat's own revise hint
        ("make shot 1 closer", 0, "medium"),
        ("shot 2 a bit tighter", 1, "close"),
        ("make shot 2 wider", 1, "wide"),
        ("the last one wider", 3, "medium"),
    ],
)
async def test_closer_and_wider_are_a_step_of_framing(
    store: SessionStore, line: str, shot: int, framing: str
) -> None:
    c = await planned(store)
    assert [s.framing for s in plan_of(store, c).shots][:2] == ["wide", "medium"]
    await c.send(line)
    plan = plan_of(store, c)
    assert plan.version == 2 and plan.shots[shot].framing == framing


async def test_a_negative_shot_length_is_refused(store: SessionStore) -> None:
    c = await planned(store)
    reply = await c.send("make shot 2 -3 seconds long")
    assert "above zero" in reply
    plan = plan_of(store, c)
    assert plan.version == 1 and sum(s.duration_s for s in plan.shots) == pytest.approx(20)


async def test_an_added_shot_of_someone_new_is_someone(store: SessionStore) -> None:
    # stop 45's walk: the added shot had no subject and no tags, and its previs was an empty room
    c = await planned(store)
    await c.send("add a shot at the end: Rosa handing a bouquet over the counter")
    (added,) = [s for s in plan_of(store, c).shots if "Rosa" in s.description]  # before the card
    assert added.subjects == ["Rosa"] and {"character", "human_motion"} <= set(added.tags)
    await c.send("add a shot at the end: the rings on a cushion")
    (rings,) = [s for s in plan_of(store, c).shots if "rings" in s.description]
    assert rings.subjects == []


async def test_a_slowed_shot_keeps_its_pace_when_a_shot_is_added(store: SessionStore) -> None:
    # stop 45's walk: "make shot 2 slower" (3.5 → 5 s), then an added shot took S02 back to 3.5 s
    c = await planned(store)
    await c.send("make shot 2 slower")
    slowed = plan_of(store, c).shots[1].duration_s
    await c.send("add a shot after 3: a nurse waving from the door")
    plan = plan_of(store, c)
    assert plan.shots[1].duration_s == slowed
    assert sum(s.duration_s for s in plan.shots) == pytest.approx(20)


async def test_end_on_the_logo_adds_a_still_card_at_the_end(store: SessionStore) -> None:
    # stop 45's walk: "end on the logo" was not understood
    c = open_conversation(store, env={})
    await c.send("A 9 second ad: a kettle boiling, tea poured into a cup, a biscuit dunked.")
    await c.send("end on the logo")
    plan = plan_of(store, c)
    last = plan.shots[-1]
    assert plan.version == 2 and last.description == "The logo"
    assert (last.framing, last.camera) == ("insert", "static") and "typography" in last.tags
    await c.send("open on a title card saying Tea Time")
    assert plan_of(store, c).shots[0].description.startswith("A title card")
