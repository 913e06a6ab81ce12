"""After a take changes: the redo a crash cut short, and the checks that must be made again.

What a new take makes stale is decided where the take is recorded (sessions/takes.py); what is then
remade is the application service's work list (tools/service/work.py). What is left here are the
two things a production does besides making takes: finding a paid job a dead process never saw
finish, and re-checking the cuts and characters that changed.
"""

from __future__ import annotations

import itertools

from sessions.models import Attempt, ContinuityResult, WorkItem
from sessions.stages import STAGES
from sessions.store import SessionStore
from tools.production.scheduler import Production


def pending_jobs(store: SessionStore, session_id: str) -> list[WorkItem]:
    """Stages that have a take but whose latest attempt is a provider job a dead process submitted
    and never saw finish: an interrupted redo, which a plain resume would skip. They are made again
    (before anything made from them), with the seed the redo drew: the router finds the row by its
    idempotency key and polls the job instead of paying for a new one."""
    latest: dict[tuple[str, str], Attempt] = {}
    for attempt in store.attempts(session_id):  # oldest first: the last one seen is the latest
        latest[(attempt.shot_id, attempt.tool)] = attempt
    found: list[WorkItem] = []
    for (shot_id, _), attempt in sorted(latest.items()):
        redo = store.current_take(session_id, shot_id, STAGES[attempt.tool].kind) is not None
        if attempt.status == "interrupted" and attempt.provider_job_id and redo:
            reason = attempt.params.get("seed_reason")
            found.append(
                WorkItem(
                    shot_id=shot_id,
                    tool=attempt.tool,
                    why="redo",
                    seed=attempt.seed,
                    seed_reason=str(reason) if reason else "the interrupted redo's own seed",
                )
            )
    return found


def check_missing_cuts(production: Production) -> list[ContinuityResult]:
    """Check each adjacent cut that has no up-to-date verdict; return every up-to-date verdict."""
    store, sid = production.store, production.session.id
    fresh = {(c.shot_a, c.shot_b) for c in store.continuity(sid) if c.kind == "cut"}
    for a, b in itertools.pairwise(production.plan.shots):
        if (a.id, b.id) not in fresh:
            production.check_continuity(a.id, b.id)
    return [c for c in store.continuity(sid) if c.kind == "cut"]


def recheck_characters(production: Production) -> list[ContinuityResult]:
    """Character colour checks span many shots' keyframes: cheap, so redone whole each time, with
    the previous verdicts kept as stale history."""
    production.store.mark_character_checks_stale(production.session.id)
    return production.check_characters()
