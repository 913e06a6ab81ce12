"""The one-object summary of a session that `--json` prints (DESIGN.md's contract)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sessions.models import TAKE_KIND
from sessions.store import SessionStore
from sessions.takes import takes as all_takes


def session_summary(store: SessionStore, session_id: str) -> dict[str, Any]:
    info = store.session(session_id)
    plan = store.plan(info.id)
    states = store.shot_states(info.id)
    attempts = store.attempts(info.id)
    engines_by_attempt = {a.id: a.engine for a in attempts}
    folder = store.session_dir(info.id)

    def existing(name: str) -> str | None:
        path = folder / name
        return str(path) if path.exists() else None

    history: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for made in all_takes(store, info.id):
        history.setdefault((made.shot_id or "", made.kind), []).append(
            {
                "take": made.take,
                "engine": engines_by_attempt.get(made.attempt_id or "", ""),
                "path": made.path,
                "current": made.current,
                "stale": made.stale,
            }
        )
    shots: list[dict[str, Any]] = []
    for shot in plan.shots if plan else []:
        mine = [a for a in attempts if a.shot_id == shot.id]
        takes: dict[str, Any] = {}
        for tool, kind in TAKE_KIND.items():
            take = store.current_take(info.id, shot.id, kind)
            if take is not None:
                takes[tool] = {
                    "engine": engines_by_attempt.get(take.attempt_id or "", ""),
                    "path": take.path,
                    "take": take.take,
                    "stale": take.stale,
                }
        status, reason = states.get(shot.id, (shot.status, ""))
        shots.append(
            {
                "id": shot.id,
                "status": status,
                "reason": reason,
                "description": shot.description,
                "duration_s": shot.duration_s,
                "framing": shot.framing,
                "camera": shot.camera,
                "tags": list(shot.tags),
                "chain_from": shot.chain_from,
                "seed": shot.seed,
                "cost_usd": round(sum(a.cost_usd for a in mine), 6),
                "attempts": len(mine),
                "takes": takes,
                # Every take per stage, oldest first, to pick an earlier one (`--use-take`).
                "take_history": {
                    tool: history[(shot.id, kind)]
                    for tool, kind in TAKE_KIND.items()
                    if (shot.id, kind) in history
                },
            }
        )
    return {
        "session_id": info.id,
        "title": info.title,
        "status": info.status,
        "tier": info.tier,
        "cost_usd": round(info.cost_usd, 6),
        "budget_usd": info.budget_usd,
        "plan_version": plan.version if plan else None,
        "approved": plan.approved if plan else False,
        "aspect_ratio": plan.aspect_ratio if plan else info.aspect_ratio,
        "duration_s": plan.total_duration_s if plan else None,
        "episode": existing("episode.mp4"),
        "storyboard": existing("storyboard.png"),
        "provenance": existing("provenance.json"),
        "folder": str(Path(folder)),
        "shots": shots,
        "continuity": [c.model_dump() for c in store.continuity(info.id)],
    }
