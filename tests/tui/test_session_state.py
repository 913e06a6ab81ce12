from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import sha256_text
from sessions.store import now, open_store
from tests.sessions.test_store import attempt
from tui.session_state import where_it_stopped


def test_an_approved_plan_never_produced_is_not_called_stopped() -> None:
    store = open_store()
    brief = parse_brief("A 10-second ad for a bakery at dawn.")
    info = store.create_session(brief, budget_usd=5.0)
    store.save_plan(info.id, plan_from_brief(brief))
    store.approve_plan(info.id)
    plan = store.plan(info.id)
    assert plan is not None
    assert where_it_stopped(store, info.id, plan) is None  # waiting on production approval
    store.start_attempt(
        attempt(info.id, shot_id=plan.shots[0].id, started_at=now(), prompt_sha256=sha256_text("x"))
    )
    stopped = where_it_stopped(store, info.id, plan)
    assert stopped is not None and stopped.startswith("Stopped with 0 of")
