"""The stale graph: what a new take of one stage makes out of date, over a plan; and a revision's
stale takes, measured against the plan each take was made under."""

from __future__ import annotations

import asyncio
import json
from itertools import pairwise
from pathlib import Path

import pytest

from sessions.models import Brief, Shot, ShotPlan
from sessions.stages import stale_after
from sessions.store import SessionStore, open_store


def plan(chains: dict[str, str] | None = None, count: int = 4) -> ShotPlan:
    chains = chains or {}
    shots = [
        Shot(
            id=f"S{i:02d}",
            description=f"shot {i}",
            duration_s=1.0,
            framing="wide",
            camera="static",
            chain_from=chains.get(f"S{i:02d}"),
            seed=i,
        )
        for i in range(1, count + 1)
    ]
    return ShotPlan(title="t", aspect_ratio="16:9", shots=shots)


def test_a_new_keyframe_stales_its_clip_finish_and_both_cuts() -> None:
    stale = stale_after(plan(), "S02", "keyframe")
    assert stale.takes == {("S02", "clip"), ("S02", "inpaint"), ("S02", "upscale")}
    assert stale.cuts == {("S01", "S02"), ("S02", "S03")}


def test_a_new_clip_stales_the_chained_successor_transitively() -> None:
    stale = stale_after(plan({"S03": "S02", "S04": "S03"}), "S02", "clip")
    assert stale.takes == {
        ("S02", "upscale"),
        ("S03", "clip"),
        ("S03", "upscale"),
        ("S04", "clip"),
        ("S04", "upscale"),
    }
    assert stale.cuts == {("S01", "S02"), ("S02", "S03"), ("S03", "S04")}
    assert stale.shots() == ["S02", "S03", "S04"]


def test_finishing_stages_stale_nothing_and_ends_have_one_cut() -> None:
    assert not stale_after(plan(), "S03", "upscale").takes
    assert not stale_after(plan(), "S03", "inpaint").cuts
    assert stale_after(plan(), "S01", "clip").cuts == {("S01", "S02")}
    assert stale_after(plan(), "S04", "clip").cuts == {("S03", "S04")}


def test_the_take_itself_is_never_stale_and_bad_input_is_refused() -> None:
    stale = stale_after(plan({"S02": "S01"}), "S01", "keyframe")
    assert ("S01", "keyframe") not in stale.takes
    with pytest.raises(ValueError):
        stale_after(plan(), "S01", "episode")
    with pytest.raises(KeyError):
        stale_after(plan(), "S09", "clip")


# --- through the service and SQLite: what each take was made under -------------------------

TEA = (
    "A 16-second film for a tea shop in four shots. A kettle steaming on a stove. "
    "A cat asleep on the windowsill. A tin of tea on a wooden shelf. A cup poured at a table."
)


async def test_undo_after_an_approved_drop_remakes_no_other_shots_clip(data_home: Path) -> None:
    """Produced, 'drop shot 3' (its 3 s go to the other shots) approved, then 'undo': every
    shot is back at the length its clip was made at. Measured against the approved drop, the
    other clips were stale, and producing the undo remade them (paid, with keys)."""
    from agent.planner import plan_from_brief
    from agent.revisions import drop_shot, revert_to
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    brief = Brief(text=TEA, title="Tea", duration_s=16)
    sid = service.create_session(brief).id
    first = plan_from_brief(brief)
    asked = service.propose_plan(sid, first)
    production = (await service.approve(asked.id)).next
    assert production is not None
    await service.approve(production.id)
    made = {(a.shot_id, a.kind): a.path for a in store.artifacts(sid, current_only=True)}
    attempts = len(store.attempts(sid))
    v1 = store.plan(sid)
    assert v1 is not None and len(v1.shots) == 4

    dropped = service.revise_plan(sid, drop_shot(v1, "S03"))
    assert [s.duration_s for s in dropped.shots] != [s.duration_s for s in v1.shots[:2]] + [
        v1.shots[3].duration_s
    ]  # the drop changed the others' lengths: their clips are stale, rightly
    assert {k for _, k in _stale(store, sid)} == {"clip"}
    await service.approve(service.propose_plan(sid, None).id)

    undone = service.revise_plan(sid, revert_to(dropped, v1))
    assert [(s.seed, s.duration_s) for s in undone.shots] == [
        (s.seed, s.duration_s) for s in v1.shots
    ]
    assert _stale(store, sid) == []  # every take was made at exactly this plan
    card = service.propose_plan(sid, None)
    assert card.work == []
    follow = (await service.approve(card.id)).next
    if follow is not None:
        await service.approve(follow.id)
    assert len(store.attempts(sid)) == attempts  # nothing made again
    now_ = {(a.shot_id, a.kind): a.path for a in store.artifacts(sid, current_only=True)}
    assert {k: now_[k] for k in made if k[1] in ("keyframe", "clip")} == {
        k: v for k, v in made.items() if k[1] in ("keyframe", "clip")
    }
    store.close()


def _stale(store: SessionStore, session_id: str) -> list[tuple[str | None, str]]:
    return [(a.shot_id, a.kind) for a in store.artifacts(session_id, current_only=True) if a.stale]


async def test_a_clip_older_than_its_keyframe_stays_stale_through_an_undo(
    data_home: Path,
) -> None:
    """Staleness no plan explains is kept: S02's keyframe redone and the production stopped
    before its clip (the chat quit), then 'drop shot 3' approved and 'undo'. The plan is the
    one the clip was made for, but not its keyframe: the clip, and the cuts beside it, are
    still stale; every other take is up to date."""
    from agent.planner import plan_from_brief
    from agent.revisions import drop_shot, revert_to
    from tools.catalog import load_catalog
    from tools.production.scheduler import ProgressEvent
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    brief = Brief(text=TEA, title="Tea", duration_s=16)
    sid = service.create_session(brief).id
    production = (await service.approve(service.propose_plan(sid, plan_from_brief(brief)).id)).next
    assert production is not None
    await service.approve(production.id)

    def stop_after_the_keyframe(event: ProgressEvent) -> None:
        if event.stage == "generate_keyframe" and event.status == "accepted":
            raise asyncio.CancelledError  # the chat quit

    redo = service.request_redo(sid, "S02", "generate_keyframe", actor="person")
    with pytest.raises(asyncio.CancelledError):
        await service.approve(redo.id, on_progress=stop_after_the_keyframe)
    assert sorted(_stale(store, sid)) == [("S02", "clip")]
    v1 = store.plan(sid)
    assert v1 is not None

    dropped = service.revise_plan(sid, drop_shot(v1, "S03"))
    await service.approve(service.propose_plan(sid, None).id)
    service.revise_plan(sid, revert_to(dropped, v1))
    assert sorted(_stale(store, sid)) == [("S02", "clip")]
    checked = {(c.shot_a, c.shot_b) for c in store.continuity(sid) if c.kind == "cut"}
    assert not checked & {("S01", "S02"), ("S02", "S03")}  # checked with the old clip
    store.close()


async def _produced(service, store, brief: Brief):  # type: ignore[no-untyped-def]
    from agent.planner import plan_from_brief

    sid = service.create_session(brief).id
    production = (await service.approve(service.propose_plan(sid, plan_from_brief(brief)).id)).next
    assert production is not None
    await service.approve(production.id)
    return sid


async def _approve_and_produce(service, sid: str) -> None:  # type: ignore[no-untyped-def]
    follow = (await service.approve(service.propose_plan(sid, None).id)).next
    if follow is not None:
        await service.approve(follow.id)


def _current(store: SessionStore, sid: str) -> dict[tuple[str | None, str], int | None]:
    return {
        (a.shot_id, a.kind): a.take
        for a in store.artifacts(sid, current_only=True)
        if a.kind in ("keyframe", "clip") and "~" not in (a.shot_id or "")  # not a dropped shot's
    }


async def test_undo_of_a_produced_drop_brings_back_the_clips_made_at_the_old_lengths(
    data_home: Path,
) -> None:
    """'drop shot 3' approved and produced (the other clips remade longer, as t2), then 'undo':
    the t1 clips fit the plan again. They were stale, and producing the undo paid for them a
    third time; now they are back in use, the card makes nothing, and the log says so. A 'no'
    to the undo brings the t2 clips back the same way."""
    from agent.revisions import drop_shot, revert_to
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = await _produced(service, store, Brief(text=TEA, title="Tea", duration_s=16))
    v1 = store.plan(sid)
    assert v1 is not None
    before = _current(store, sid)
    assert set(before.values()) == {1}

    dropped = service.revise_plan(sid, drop_shot(v1, "S03"))
    await _approve_and_produce(service, sid)
    longer = _current(store, sid)
    assert {longer[(s, "clip")] for s in ("S01", "S02", "S03")} == {2}  # remade at new lengths
    attempts = len(store.attempts(sid))

    service.revise_plan(sid, revert_to(dropped, v1))
    assert _current(store, sid) == before and _stale(store, sid) == []
    card = service.propose_plan(sid, None)
    assert card.work == [] and "nothing to make" in card.summary
    revise = [c for c in store.tool_calls(sid) if c["tool"] == "revise_plan"][-1]
    assert sorted(json.loads(revise["result_json"])["back_in_use"]) == [
        "S01 clip t1",
        "S02 clip t1",
        "S04 clip t1",
    ]

    service.reject(card.id)  # the drop, as produced, is the plan again: its own clips with it
    assert _current(store, sid) == longer and _stale(store, sid) == []

    service.revise_plan(sid, revert_to(store.plan(sid), v1))  # type: ignore[arg-type]
    await _approve_and_produce(service, sid)
    assert len(store.attempts(sid)) == attempts  # nothing made again
    ids = [s.id for s in v1.shots]
    cuts = {(c.shot_a, c.shot_b) for c in store.continuity(sid) if c.kind == "cut"}
    assert cuts == set(pairwise(ids))  # measured again with the clips in use
    store.close()


async def test_a_clip_made_from_another_keyframe_or_on_another_frame_is_not_brought_back(
    data_home: Path,
) -> None:
    """S02 redescribed and produced (keyframe and clip t2), then 'undo': keyframe t1 fits
    again and so does the clip animated from it. A clip that started on the shot before's last
    frame is never brought back (that frame may be another now): it is made again."""
    from agent.revisions import revert_to, revise_shot
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    chained = TEA.replace("A cat asleep", "Then, continuing, a cat asleep")
    sid = await _produced(service, store, Brief(text=chained, title="Tea", duration_s=16))
    v1 = store.plan(sid)
    assert v1 is not None
    before = _current(store, sid)
    follower = next((s.id for s in v1.shots if s.chain_from), None)
    assert follower == "S02"  # it starts on S01's last frame

    changed = service.revise_plan(sid, revise_shot(v1, "S01", "a copper kettle on a gas ring"))
    await _approve_and_produce(service, sid)
    assert _current(store, sid)[("S01", "keyframe")] == 2

    service.revise_plan(sid, revert_to(changed, v1))
    now_ = _current(store, sid)
    assert now_[("S01", "keyframe")] == 1 and now_[("S01", "clip")] == 1
    assert (follower, "clip") in _stale(store, sid)  # to be made on S01's clip again
    assert {k: v for k, v in now_.items() if k[0] not in ("S01", follower)} == {
        k: v for k, v in before.items() if k[0] not in ("S01", follower)
    }
    store.close()
