"""A proxy race asked for in the chat, through the real offline agent, service and store: the
race waits for the person's yes with its estimate, runs, shows its candidates side by side; the
person's pick asks to commit the delivery take, which waits for its own yes."""

from __future__ import annotations

from pathlib import Path

from agent.conversation import open_conversation
from sessions.races import races
from sessions.store import SessionStore, open_store
from sessions.summary import session_summary
from tests.tools.studio import catalog_toml, engine_toml
from tools.catalog import parse_catalog


async def test_race_then_pick_in_the_chat(data_home: Path) -> None:
    catalog = parse_catalog(
        catalog_toml(
            engine_toml("sim-frames", tools=["generate_keyframe"], price="per_image = 0.01"),
            engine_toml("sim-kling", tools=["animate"], price="per_second = 0.2", quality=0.8),
            engine_toml("sim-runway", tools=["animate"], price="per_second = 0.1", quality=0.7),
        ),
        "test",
    )
    store = open_store()
    chat = open_conversation(store, catalog=catalog, env={}, tier="delivery", budget_usd=10.0)
    await chat.send("A 2-second shot of a dancer leaping on a rooftop.")
    await chat.decide("approve")  # the plan
    await chat.decide("approve")  # its production
    sid = chat.session_id or ""
    assert store.session(sid).status == "completed"

    await chat.send("race shot 1")
    waiting = chat.pending
    assert waiting is not None and "Reserves $" in waiting.summary  # the estimate, before money
    assert "sim-kling" in waiting.summary and "sim-runway" in waiting.summary
    assert races(store, sid)[-1].status == "pending"  # nothing ran before the yes

    reply = await chat.decide("approve")
    race = races(store, sid)[-1]
    assert race.status == "done" and len(race.candidates) == 2
    assert all(c.engine in reply for c in race.candidates)  # side by side in the answer

    other = next(c.engine for c in race.candidates if c.path and c.engine != race.best)
    await chat.send(f"pick {other} for shot 1")
    commit = chat.pending
    assert commit is not None and other in commit.summary  # the commit waits for its yes
    before = store.current_take(sid, "S01", "clip")
    assert before is not None
    await chat.decide("approve")
    assert races(store, sid)[-1].picked == other
    after = store.current_take(sid, "S01", "clip")
    assert after is not None and (after.take or 0) > (before.take or 0)  # a new delivery take
    assert clip_engine(store, sid) == other  # made on the pick


def clip_engine(store: SessionStore, sid: str) -> str:
    return session_summary(store, sid).shot("S01").takes["animate"].engine
