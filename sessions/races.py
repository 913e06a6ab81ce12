"""Proxy races in the store: a race, its candidates and the engine the person picked.

A race makes one shot's stage small and short on several engines at once (tools/service/race.py).
Its candidates are ordinary attempt rows — provenance like any engine call — marked with the race's
id (`params["race"]`) and round 0, so they never count against the stage's regeneration cap and are
never kept as takes. The pick pins the winner for that shot's stage: the delivery router tries the
pinned engine first (tools/routing/learning.py).

`RaceSummary` is what `show --json` carries and what the screens read, one per race.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from sessions.models import Attempt, ToolName
from sessions.store import SessionStore, now

RACE_STATUSES = ("pending", "running", "done", "failed")


class RaceCandidate(BaseModel):
    """One engine in a race: its proxy, gated and scored (or why there is none)."""

    engine: str
    estimate_usd: float
    # pending (not dispatched yet) | running | succeeded | rejected | failed | refused | interrupted
    status: str = "pending"
    attempt_id: str | None = None
    gate: str | None = None  # accept | reject, when the output was judged
    score: float | None = None  # the quality gate's score in [0, 1]
    reason: str = ""  # the gate's reason, or the engine's error
    cost_usd: float = 0.0
    elapsed_s: float | None = None
    path: str | None = None  # the proxy file
    picked: bool = False


class RaceSummary(BaseModel):
    """A race as a person reads it: the candidates side by side, the best, the pick."""

    id: str
    session_id: str
    shot_id: str
    tool: ToolName
    status: str  # pending (awaiting approval) | running | done | failed
    prompt: str
    seed: int
    width: int
    height: int
    duration_s: float | None
    reserved_usd: float
    spent_usd: float = 0.0
    created: str
    finished: str = ""
    approval_id: str = ""
    candidates: list[RaceCandidate] = Field(default_factory=list)
    best: str | None = None  # the best-scoring accepted proxy's engine (what --yes picks)
    picked: str | None = None
    picked_by: str = ""
    picked_at: str = ""
    sheet: str | None = None  # the proxies side by side, one picture (once the race is done)


class Pin(BaseModel):
    """The engine a shot's stage is committed to at delivery tier, and what it was raced with."""

    session_id: str
    shot_id: str
    tool: ToolName
    engine: str
    prompt_sha256: str
    seed: int
    race_id: str = ""
    pinned_by: str = ""
    created: str = ""


def add_race(
    store: SessionStore,
    *,
    race_id: str,
    session_id: str,
    approval_id: str,
    shot_id: str,
    tool: ToolName,
    prompt: str,
    seed: int,
    size: tuple[int, int],
    duration_s: float | None,
    engines: dict[str, float],
) -> None:
    """A race waiting for its approval: the engines it will run, each with its estimate."""
    with store.db.conn:
        store.db.conn.execute(
            "insert into races (id, session_id, approval_id, shot_id, tool, prompt, seed, width, "
            "height, duration_s, engines_json, reserved_usd, status, created, finished, "
            "picked_engine, picked_by, picked_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, '', '', '', '')",
            [
                race_id,
                session_id,
                approval_id,
                shot_id,
                tool,
                prompt,
                seed,
                size[0],
                size[1],
                duration_s,
                json.dumps(engines),
                round(sum(engines.values()), 6),
                now(),
            ],
        )


def set_race_status(store: SessionStore, race_id: str, status: str) -> None:
    finished = now() if status in ("done", "failed") else ""
    with store.db.conn:
        store.db.conn.execute(
            "update races set status = ?, finished = ? where id = ?", [status, finished, race_id]
        )


def races(store: SessionStore, session_id: str, *, shot_id: str | None = None) -> list[RaceSummary]:
    """The session's races (of one shot, if given), oldest first, with their candidates."""
    where, args = "session_id = ?", [session_id]
    if shot_id:
        where, args = where + " and shot_id = ?", [*args, shot_id]
    rows = list(store.db.query(f"select * from races where {where} order by created, id", args))
    if not rows:
        return []
    by_race: dict[str, list[Attempt]] = {}
    for attempt in store.attempts(session_id, shot_id):
        race_id = attempt.params.get("race")
        if isinstance(race_id, str):
            by_race.setdefault(race_id, []).append(attempt)
    found = [_summary(row, by_race.get(row["id"], [])) for row in rows]
    for summary in found:
        sheet = race_sheet_path(store, summary.session_id, summary.id)
        summary.sheet = str(sheet) if sheet.exists() else None
    return found


def race_sheet_path(store: SessionStore, session_id: str, race_id: str) -> Path:
    """Where a race's proxies are drawn side by side (tools/production/assemble.py)."""
    return store.session_dir(session_id) / "races" / f"{race_id}.png"


def race(store: SessionStore, race_id: str) -> RaceSummary | None:
    row = store.db.execute("select session_id from races where id = ?", [race_id]).fetchone()
    if row is None:
        return None
    return next((r for r in races(store, row[0]) if r.id == race_id), None)


def race_for_approval(store: SessionStore, approval_id: str) -> list[RaceSummary]:
    rows = store.db.execute(
        "select id, session_id from races where approval_id = ? order by created, id",
        [approval_id],
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    return [r for r in races(store, rows[0][1]) if r.id in ids]


def record_pick(
    store: SessionStore, race_id: str, engine: str, *, by: str, prompt_sha256: str
) -> Pin:
    """The person's pick, and the pin it makes, in one transaction (a later pick replaces it)."""
    summary = race(store, race_id)
    if summary is None:
        raise LookupError(f"no race {race_id!r}")
    stamp = now()
    pin = Pin(
        session_id=summary.session_id,
        shot_id=summary.shot_id,
        tool=summary.tool,
        engine=engine,
        prompt_sha256=prompt_sha256,
        seed=summary.seed,
        race_id=race_id,
        pinned_by=by,
        created=stamp,
    )
    with store.db.conn:
        store.db.conn.execute(
            "update races set picked_engine = ?, picked_by = ?, picked_at = ? where id = ?",
            [engine, by, stamp, race_id],
        )
        store.db.conn.execute(
            "insert or replace into pins (session_id, shot_id, tool, engine, prompt_sha256, seed, "
            "race_id, pinned_by, created) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                pin.session_id,
                pin.shot_id,
                pin.tool,
                pin.engine,
                pin.prompt_sha256,
                pin.seed,
                pin.race_id,
                pin.pinned_by,
                pin.created,
            ],
        )
    return pin


def pins(store: SessionStore, session_id: str) -> dict[tuple[str, str], Pin]:
    """(shot id, tool) → the engine pinned for it."""
    rows = store.db.query("select * from pins where session_id = ?", [session_id])
    return {(r["shot_id"], r["tool"]): Pin.model_validate(r) for r in rows}


def _summary(row: dict[str, Any], attempts: list[Attempt]) -> RaceSummary:
    engines: dict[str, float] = json.loads(row["engines_json"] or "{}")
    latest = {a.engine: a for a in attempts}  # one proxy per engine; the newest if resumed
    candidates = []
    for name, estimate in engines.items():
        attempt = latest.get(name)
        candidate = RaceCandidate(engine=name, estimate_usd=estimate)
        if attempt is not None:
            candidate = candidate.model_copy(
                update={
                    "status": attempt.status,
                    "attempt_id": attempt.id,
                    "gate": attempt.gate_decision,
                    "score": attempt.quality_score,
                    "reason": attempt.gate_reason or attempt.error or "",
                    "cost_usd": attempt.cost_usd,
                    "elapsed_s": attempt.elapsed_s,
                    "path": attempt.output_path if attempt.status != "running" else None,
                    "picked": name == row["picked_engine"],
                }
            )
        candidates.append(candidate)
    return RaceSummary(
        id=row["id"],
        session_id=row["session_id"],
        shot_id=row["shot_id"],
        tool=row["tool"],
        status=row["status"],
        prompt=row["prompt"],
        seed=row["seed"],
        width=row["width"],
        height=row["height"],
        duration_s=row["duration_s"],
        reserved_usd=row["reserved_usd"],
        spent_usd=round(sum(a.cost_usd for a in attempts), 6),
        created=row["created"],
        finished=row["finished"] or "",
        approval_id=row["approval_id"] or "",
        candidates=candidates,
        best=best_candidate(candidates),
        picked=row["picked_engine"] or None,
        picked_by=row["picked_by"] or "",
        picked_at=row["picked_at"] or "",
    )


def best_candidate(candidates: list[RaceCandidate]) -> str | None:
    """The accepted proxy with the highest score; a tie goes to the cheaper engine."""
    accepted = [c for c in candidates if c.gate == "accept" and c.score is not None]
    if not accepted:
        return None
    return min(accepted, key=lambda c: (-(c.score or 0.0), c.estimate_usd, c.engine)).engine
