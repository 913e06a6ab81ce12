"""A shot's status as every door says it (sessions/summary.py `shot_summaries`): the chat's table,
`show` and `show --json` read the same summary, so a proposal over made takes reads "to remake"
in each (the chat said "to remake" while `show` said "stale"), and a shot a stopped production
left half made reads "stopped" (the rows and `show --json` said "in progress")."""

from __future__ import annotations

from pathlib import Path

from sessions.models import Brief
from sessions.summary import session_summary

BRIEF = (
    "A 12-second film for a bakery. A baker pulls bread from the oven. Flour drifts in the light."
)


async def test_a_proposal_over_made_takes_reads_to_remake_until_approved(data_home: Path) -> None:
    from agent.planner import plan_from_brief
    from agent.revisions import set_length
    from sessions.store import open_store
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    brief = Brief(text=BRIEF, title="Bakery", duration_s=12)
    sid = service.create_session(brief).id
    production = (await service.approve(service.propose_plan(sid, plan_from_brief(brief)).id)).next
    assert production is not None
    await service.approve(production.id)
    plan = store.plan(sid)
    assert plan is not None

    service.revise_plan(sid, set_length(plan, "20 seconds"))
    card = service.propose_plan(sid, None)
    shots = session_summary(store, sid).shots
    assert {s.status for s in shots} == {"to_remake"}, [(s.id, s.status) for s in shots]
    assert all("approving" in s.reason for s in shots)

    service.reject(card.id)  # the plan as produced is back: nothing to remake
    assert {s.status for s in session_summary(store, sid).shots} == {"done"}
    store.close()


async def test_a_shot_a_stopped_production_left_half_made_reads_stopped(data_home: Path) -> None:
    from agent.planner import plan_from_brief
    from sessions.store import open_store
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    brief = Brief(text=BRIEF, title="Bakery", duration_s=12)
    sid = service.create_session(brief).id
    service.propose_plan(sid, plan_from_brief(brief))
    # what a process killed mid-shot leaves behind: the shot in progress, the session producing,
    # and no process holding the session
    store.set_shot_status(sid, "S01", "in_progress", "")
    store.update_session(sid, status="producing")
    shots = session_summary(store, sid).shots
    assert [(s.id, s.status) for s in shots] == [("S01", "stopped"), ("S02", "pending")]
    store.close()
