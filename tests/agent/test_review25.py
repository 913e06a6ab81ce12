"""Review 25: choosing an earlier take again must bring back only the takes that fit the plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sessions.store import SessionStore, open_store
from tests.support import produce
from tests.tools.test_service import seeded, service


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    s = open_store()
    yield s
    s.close()


def current(store: SessionStore, sid: str) -> dict[tuple[str | None, str], object]:
    return {(a.shot_id, a.kind): a for a in store.artifacts(sid, current_only=True)}


async def test_a_keyframe_brought_back_does_not_bring_back_an_unchained_clip_of_a_chained_shot(
    store: SessionStore,
) -> None:
    sid = seeded(store, shots=2)
    await produce(store, sid)  # S02: keyframe t1, clip t1 (from keyframe t1, not chained)
    svc = service(store)
    redo = svc.request_redo(sid, "S02", "generate_keyframe", actor="person")
    await svc.approve(redo.id, by="person")  # S02 keyframe t2, clip t2
    # The person now wants S02 to continue S01's last frame: a revision, approved and produced.
    plan = store.plan(sid)
    assert plan is not None
    shots = [s if s.id != "S02" else s.model_copy(update={"chain_from": "S01"}) for s in plan.shots]
    proposal = svc.propose_plan(sid, plan.model_copy(update={"shots": shots}), actor="person")
    outcome = await svc.approve(proposal.id, by="person")
    if outcome.next is not None:
        await svc.approve(outcome.next.id, by="person")
    now = current(store, sid)
    made = store.attempt(now[("S02", "clip")].attempt_id)  # type: ignore[attr-defined]
    assert made is not None and made.params.get("anchor_from") == "S01"  # chained now
    # Bring back S02's first keyframe: its clip must be remade chained, not the old clip t1.
    back = svc.request_use_take(sid, "S02", "generate_keyframe", 1, actor="person")
    await svc.approve(back.id, by="person")
    clip = current(store, sid)[("S02", "clip")]
    made = store.attempt(clip.attempt_id)  # type: ignore[attr-defined]
    assert made is not None and made.params.get("anchor_from") == "S01", (
        f"S02 clip t{clip.take} (not chained) is in use, fresh, though S02 continues S01"  # type: ignore[attr-defined]
    )


async def test_bringing_back_a_take_that_costs_nothing_is_not_refused_by_the_brake(
    store: SessionStore, tmp_path: Path
) -> None:
    from tests.catalogs import simulated_catalog
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    catalog = load_catalog(
        simulated_catalog(tmp_path / "paid.toml", per_image=0.04, per_second=0.1)
    )
    sid = seeded(store, shots=2)
    await produce(store, sid, catalog=catalog)
    svc = ProductionService(store, catalog, {})
    redo = svc.request_redo(sid, "S02", "generate_keyframe", actor="person")
    await svc.approve(redo.id, by="person")  # S02 keyframe t2 and clip t2, paid
    assert store.session_cost(sid) > 0
    svc.set_budget(sid, 0, actor="person")  # the brake: nothing more may be SPENT
    back = svc.request_use_take(sid, "S02", "generate_keyframe", 1, actor="person")
    assert back.estimate_usd == 0 and not back.work  # clip t1 comes back with it: free
    await svc.approve(back.id, by="person")
    now = current(store, sid)
    assert now[("S02", "keyframe")].take == 1  # type: ignore[attr-defined]
