"""Takes follow their shots when the chat moves, adds, drops or replaces them.

A newcomer moved 'the tin shot' to the start and then saw the kettle's keyframe listed as the tin's
(S01), and after a new brief in the same session put an old 9:16 card into a 1:1 ad with
`--use-take`. Everything here runs the real chat (offline planner), the real service, the local
animatic engine and SQLite in a temp dir.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from agent.conversation import Conversation, open_conversation
from sessions.models import Artifact
from sessions.store import SessionStore, open_store

BRIEF = (
    "A 12-second film for a tea shop in three shots. A kettle steaming on a stove. "
    "A cat asleep on the windowsill. A tin of tea on a wooden shelf."
)


def _current(store: SessionStore, session_id: str, shot_id: str, kind: str) -> Artifact | None:
    return store.current_take(session_id, shot_id, kind)


async def _produced(store: SessionStore) -> Conversation:
    chat = open_conversation(store, env={})
    await chat.send(BRIEF)
    await chat.decide("approve")  # the plan
    await chat.decide("approve")  # its production (the animatic: free)
    assert chat.session_id is not None
    assert store.session(chat.session_id).status == "completed"
    return chat


def _pictures(store: SessionStore, session_id: str) -> dict[str, tuple[str, str]]:
    """Shot description → (its current keyframe's hash, its current clip's hash)."""
    plan = store.plan(session_id)
    assert plan is not None
    out: dict[str, tuple[str, str]] = {}
    for shot in plan.shots:
        key = _current(store, session_id, shot.id, "keyframe")
        clip = _current(store, session_id, shot.id, "clip")
        assert key is not None and clip is not None, shot.id
        out[shot.description] = (key.sha256, clip.sha256)
    return out


async def test_moving_a_shot_moves_its_takes_attempts_and_status(data_home: Path) -> None:
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    before = _pictures(store, sid)
    attempts_before = {
        d: len(store.attempts(sid, shot_id=s.id))
        for s in store.plan(sid).shots  # type: ignore[union-attr]
        for d in [s.description]
    }

    reply = await chat.send("move the tin shot to the start")
    assert "plan v" in reply
    plan = store.plan(sid)
    assert plan is not None and plan.shots[0].description.startswith("A tin of tea")
    # Each shot keeps its own pictures under its new id; none goes stale for moving.
    assert _pictures(store, sid) == before
    for shot in plan.shots:
        key = _current(store, sid, shot.id, "keyframe")
        assert key is not None and not key.stale, shot.id
        assert len(store.attempts(sid, shot_id=shot.id)) == attempts_before[shot.description]
    # The files stay where they were made; a new take of S01 does not overwrite the kettle's.
    tin_key = _current(store, sid, "S01", "keyframe")
    assert tin_key is not None and Path(tin_key.path).is_file()
    episode_before = store.artifacts(sid, kind="episode", current_only=True)[-1]
    await chat.decide("approve")  # the revised plan
    # Nothing changed in a picture, so producing the revision makes no take; but the episode
    # is cut again in the new order, after its new cuts are checked (free: no card to answer).
    assert chat.pending is None or "S01 keyframe" not in (chat.pending.summary or "")
    if chat.pending is not None:
        await chat.decide("approve")
    episode = store.artifacts(sid, kind="episode", current_only=True)[-1]
    assert episode.created > episode_before.created
    ids = [s.id for s in plan.shots]
    cuts = {(c.shot_a, c.shot_b) for c in store.continuity(sid) if c.kind == "cut"}
    assert cuts == set(itertools.pairwise(ids))
    assert _pictures(store, sid) == before  # and still no take was made again
    store.close()


async def test_a_new_shot_has_no_takes_and_a_dropped_shot_takes_its_own_away(
    data_home: Path,
) -> None:
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    before = _pictures(store, sid)

    await chat.send("add a shot at the start: steam curling past the window")
    plan = store.plan(sid)
    assert plan is not None and "steam" in plan.shots[0].description.lower()
    assert _current(store, sid, "S01", "keyframe") is None  # nothing made for it yet
    assert store.artifacts(sid, "S01") == []  # nor any earlier take under its id
    kept = {d: p for d, p in before.items()}
    for shot in plan.shots[1:]:
        key = _current(store, sid, shot.id, "keyframe")
        assert key is not None and key.sha256 == kept[shot.description][0]

    await chat.send("drop the cat shot")
    plan = store.plan(sid)
    assert plan is not None and not any("cat" in s.description.lower() for s in plan.shots)
    live = {s.id for s in plan.shots}
    cat_keyframe = before[next(d for d in before if "cat" in d.lower())][0]
    # The cat's takes are kept in the history, under an id no shot has.
    rows = [a for a in store.artifacts(sid) if a.sha256 == cat_keyframe]
    assert rows and all(a.shot_id not in live and "~v" in (a.shot_id or "") for a in rows)
    store.close()


async def test_a_new_brief_in_the_same_session_starts_with_no_takes(data_home: Path) -> None:
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None

    reply = await chat.send(
        "A 10-second square ad for running shoes. A runner laces her shoes. "
        "She sprints across a bridge at dawn."
    )
    assert "Plan this new brief instead?" in reply  # shots were produced: it asks first
    reply = await chat.send("yes")
    assert "plan v" in reply
    plan = store.plan(sid)
    assert plan is not None and plan.aspect_ratio == "1:1"
    for shot in plan.shots:
        assert store.artifacts(sid, shot.id) == [], shot.id  # the tea film's takes are not these
    store.close()


def _stale(store: SessionStore, session_id: str) -> list[tuple[str | None, str]]:
    return [(a.shot_id, a.kind) for a in store.artifacts(session_id, current_only=True) if a.stale]


async def test_a_rejected_revision_is_not_the_plan_and_stales_nothing(data_home: Path) -> None:
    """'make the opener a drone shot', then no: the approved plan is the plan again, its takes
    up to date (the opener stayed a drone shot with a stale keyframe)."""
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    approved = store.plan(sid)
    assert approved is not None
    await chat.send("make the opener a drone shot")
    assert _stale(store, sid)  # the revision, while it waits, says what it would remake
    await chat.send("no")
    plan = store.plan(sid)
    assert plan is not None and plan.approved
    assert [s.camera for s in plan.shots] == [s.camera for s in approved.shots]
    assert _stale(store, sid) == []
    assert store.session(sid).status == "completed"
    store.close()


async def test_undo_after_a_length_change_remakes_nothing(data_home: Path) -> None:
    """'trim 5 seconds' then 'undo': the plan is the one the takes were made for, so producing
    it has nothing to make (every clip was remade, at a price, before)."""
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    attempts = len(store.attempts(sid))
    await chat.send("trim 5 seconds")
    assert {k for _, k in _stale(store, sid)} == {"clip"}
    await chat.send("undo")
    assert _stale(store, sid) == []
    await chat.decide("approve")  # the plan, as it was
    if chat.pending is not None:
        assert "Makes: nothing new" in chat.pending.summary
        await chat.decide("approve")
    assert len(store.attempts(sid)) == attempts
    store.close()


async def test_plan_changes_the_person_approves_never_use_up_the_cap(data_home: Path) -> None:
    """Three length changes, each approved and produced: each remade clip is a new picture the
    person approved, a round of its own (the third production stopped at 'regeneration cap
    reached (3 of 3 attempts for animate)' on a shot that never failed)."""
    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    made = {store.plan(sid).shot("S02").frames}  # type: ignore[union-attr]
    for length in ("14 seconds", "16 seconds", "13 seconds", "15 seconds"):
        await chat.send(f"make it {length}")
        await chat.decide("approve")  # the plan
        if store.plan(sid).shot("S02").frames in made:  # type: ignore[union-attr]
            continue  # a clip made at this length before fits again: it is back, nothing to make
        made.add(store.plan(sid).shot("S02").frames)  # type: ignore[union-attr]
        assert chat.pending is not None and chat.pending.kind == "production"
        reply = await chat.decide("approve")  # remaking the clips
        assert "cap reached" not in reply, reply
    assert store.session(sid).status == "completed"
    # one clip per length S02 was given, each a round of its own (a length it had before
    # brings back the clip made at it: sessions/baseline.py)
    assert len(store.attempts(sid, "S02", "animate")) == len(made) >= 4
    store.close()


async def test_a_length_change_keeps_the_persons_keyframe_prompt(data_home: Path) -> None:
    """A keyframe prompt the person wrote (`resume --redo keyframe --prompt …`) survives 'make it
    2 seconds longer': the picture did not change, so neither does its keyframe."""
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    chat = await _produced(store)
    sid = chat.session_id
    assert sid is not None
    service = ProductionService(store, load_catalog(), {})
    service.set_stage_prompt(
        sid, "S02", "keyframe", "a grey cat curled on a sunlit sill", actor="person"
    )
    await chat.send("make it 2 seconds longer")
    plan = store.plan(sid)
    assert plan is not None and plan.total_duration_s == 14
    assert plan.shots[1].prompts.keyframe == "a grey cat curled on a sunlit sill"
    assert ("S02", "keyframe") not in _stale(store, sid)
    store.close()


async def test_a_new_brief_asks_first_when_another_door_made_the_takes(data_home: Path) -> None:
    """Shots produced from the CLI, then a new brief typed in the chat: it asks before replacing
    the plan (it replaced it at once, as nothing in the chat's history showed a production)."""
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    chat = open_conversation(store, env={})
    await chat.send(BRIEF)
    await chat.decide("approve")  # the plan; the production card waits
    sid = chat.session_id
    assert sid is not None and chat.pending is not None
    service = ProductionService(store, load_catalog(), {})
    await service.approve(chat.pending.approval_id, by="person")  # `resume ID --yes`-like
    reopened = open_conversation(store, session_id=sid, env={})
    reply = await reopened.send(
        "A 10-second square ad for running shoes. A runner laces her shoes at dawn."
    )
    assert "Plan this new brief instead?" in reply
    store.close()
