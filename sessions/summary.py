"""One typed summary of a session: what `show --json` prints and what the screens read.

DESIGN.md's JSON contract is `SessionSummary.model_dump()`. It is built from a few aggregate queries
(counts and sums in SQL, one query for every take), so a session with 10,000 logged attempts
summarises as fast as one with ten.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from sessions.forecasts import ForecastCheck, forecast_checks
from sessions.models import Approval, CastMember, ContinuityResult, ShotPlan
from sessions.races import RaceSummary, races
from sessions.stages import STAGE_OF_KIND, STAGES
from sessions.store import SessionStore
from sessions.views import live_status


class TakeRef(BaseModel):
    take: int | None
    engine: str
    path: str
    current: bool = True
    stale: bool = False
    seed: int | None = None


class ShotSummary(BaseModel):
    id: str
    status: str
    reason: str = ""
    description: str
    duration_s: float
    framing: str
    camera: str
    tags: list[str]
    chain_from: str | None
    seed: int
    cost_usd: float = 0.0
    attempts: int = 0
    # The current take per tool (`generate_keyframe`, `animate`, `inpaint`, `upscale`).
    takes: dict[str, TakeRef] = Field(default_factory=dict)
    # Every take per tool, oldest first, to pick an earlier one (`--use-take`).
    take_history: dict[str, list[TakeRef]] = Field(default_factory=dict)
    # The cast members the shot shows (the plan's `cast`, by name).
    cast: list[str] = Field(default_factory=list)

    @property
    def stale(self) -> bool:
        return any(t.stale for t in self.takes.values())


class ToolCall(BaseModel):
    """One call of a verb or a tool: who asked, with what, the approval it waited for, the result."""

    id: str
    tool: str
    shot_id: str = ""
    actor: str = ""
    args: dict[str, Any] = Field(default_factory=dict)
    result: Any = None
    status: str = ""
    started: str = ""
    finished: str = ""
    approval_id: str | None = None
    parent_id: str | None = None


class SessionSummary(BaseModel):
    session_id: str
    title: str
    status: str
    tier: str
    cost_usd: float
    budget_usd: float
    plan_version: int | None
    approved: bool
    aspect_ratio: str
    duration_s: float | None
    style: str = ""  # the plan's look ("black and white, moody"): every shot's prompts carry it
    episode: str | None
    storyboard: str | None
    provenance: str | None
    folder: str
    shots: list[ShotSummary]
    continuity: list[ContinuityResult]
    pending: list[Approval] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    # The plan's cast: who must look the same in every shot, with their references.
    cast: list[CastMember] = Field(default_factory=list)
    # Proxy races, their candidates side by side and the pick (sessions/races.py).
    races: list[RaceSummary] = Field(default_factory=list)
    # What each approved piece of work was predicted to cost, and what it spent.
    forecasts: list[ForecastCheck] = Field(default_factory=list)

    def shot(self, shot_id: str) -> ShotSummary:
        for shot in self.shots:
            if shot.id == shot_id:
                return shot
        raise KeyError(shot_id)


def session_summary(
    store: SessionStore, session_id: str, *, calls: bool = True, plan: ShotPlan | None = None
) -> SessionSummary:
    info = store.session(session_id)
    plan = plan or store.plan(info.id)
    folder = store.session_dir(info.id)

    def existing(name: str) -> str | None:
        path = folder / name
        return str(path) if path.exists() else None

    return SessionSummary(
        session_id=info.id,
        title=info.title,
        status=info.status,
        tier=info.tier,
        cost_usd=round(info.cost_usd, 6),
        budget_usd=info.budget_usd,
        plan_version=plan.version if plan else None,
        approved=plan.approved if plan else False,
        aspect_ratio=plan.aspect_ratio if plan else info.aspect_ratio,
        style=plan.style if plan else "",
        duration_s=plan.total_duration_s if plan else None,
        episode=existing("episode.mp4"),
        storyboard=existing("storyboard.png"),
        provenance=existing("provenance.json"),
        folder=str(Path(folder)),
        shots=shot_summaries(store, info.id, plan) if plan else [],
        continuity=store.continuity(info.id),
        pending=store.approvals(info.id, status="pending"),
        tool_calls=[tool_call(row) for row in store.tool_calls(info.id)] if calls else [],
        cast=list(plan.cast) if plan else [],
        races=races(store, info.id),
        forecasts=forecast_checks(store, info.id),
    )


def _as_said(
    store: SessionStore, session_id: str, plan: ShotPlan, states: dict[str, tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """Each shot's stored status as every door says it: "in_progress" left by a process that
    stopped (quit or killed mid-production) is "stopped" (the store keeps it, so `resume`
    picks the shot up); "stale" under a proposal not yet approved is "to_remake" (its changes
    apply when it is approved; the chat said "to remake" while `show` said "stale")."""
    said = dict(states)
    if any(status == "in_progress" for status, _ in said.values()):
        info = store.session(session_id)
        if live_status(store, session_id, info.status) == "stopped":
            said = {
                k: ("stopped", reason or "stopped part-way")
                if status == "in_progress"
                else (status, reason)
                for k, (status, reason) in said.items()
            }
    if not plan.approved:
        said = {
            k: ("to_remake", "approving the plan makes it again")
            if status == "stale"
            else (status, reason)
            for k, (status, reason) in said.items()
        }
    return said


def shot_summaries(
    store: SessionStore, session_id: str, plan: ShotPlan, shot_id: str | None = None
) -> list[ShotSummary]:
    """One summary per planned shot (or just `shot_id`): live status, attempts, cost, takes."""
    where, take_where, args = "session_id = ?", "t.session_id = ?", [session_id]
    if shot_id:
        where, take_where = where + " and shot_id = ?", take_where + " and t.shot_id = ?"
        args = [*args, shot_id]
    stats = {
        r["shot_id"]: (int(r["n"]), float(r["c"]))
        for r in store.db.query(
            f"select shot_id, count(*) as n, coalesce(sum(cost_usd), 0) as c from attempts "
            f"where {where} group by shot_id",
            args,
        )
    }
    history: dict[str, dict[str, list[TakeRef]]] = {}
    current: dict[str, dict[str, TakeRef]] = {}
    kinds = tuple(STAGE_OF_KIND)
    marks = ",".join("?" * len(kinds))
    takes = store.db.query(
        f"select t.shot_id, t.kind, t.take, t.path, t.current, t.stale, a.engine, a.seed "
        f"from artifacts t left join attempts a on a.id = t.attempt_id "
        f"where {take_where} and t.kind in ({marks}) "
        f"order by t.shot_id, t.kind, t.take",
        [*args, *kinds],
    )
    for r in takes:
        tool = STAGE_OF_KIND[r["kind"]].tool
        ref = TakeRef(
            take=r["take"],
            engine=r["engine"] or "",
            path=r["path"],
            current=bool(r["current"]),
            stale=bool(r["stale"]),
            seed=r["seed"],
        )
        history.setdefault(r["shot_id"], {}).setdefault(tool, []).append(ref)
        if ref.current:
            current.setdefault(r["shot_id"], {})[tool] = ref
    states = _as_said(store, session_id, plan, store.shot_states(session_id))
    shots: list[ShotSummary] = []
    for shot in plan.shots:
        if shot_id and shot.id != shot_id:
            continue
        count, cost = stats.get(shot.id, (0, 0.0))
        status, reason = states.get(shot.id, (shot.status, ""))
        mine = current.get(shot.id, {})
        shots.append(
            ShotSummary(
                id=shot.id,
                status=status,
                reason=reason,
                description=shot.description,
                duration_s=shot.duration_s,
                framing=shot.framing,
                camera=shot.camera,
                tags=list(shot.tags),
                chain_from=shot.chain_from,
                seed=shot.seed,
                cost_usd=round(cost, 6),
                attempts=count,
                takes={tool: mine[tool] for tool in STAGES if tool in mine},
                # in stage order, as `takes` (show listed the clip's takes above the keyframe's)
                take_history={
                    tool: made
                    for tool in STAGES
                    if (made := history.get(shot.id, {}).get(tool)) is not None
                },
                cast=[m.name for m in plan.cast if shot.id in m.shots],
            )
        )
    return shots


def tool_call(row: dict[str, Any]) -> ToolCall:
    def parsed(text: str | None) -> Any:
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    return ToolCall(
        id=row["id"],
        tool=row["tool"],
        shot_id=row.get("shot_id") or "",
        actor=row.get("actor") or "",
        args=parsed(row.get("args_json")) or {},
        result=parsed(row.get("result_json")),
        status=row.get("status") or "",
        started=row.get("started") or "",
        finished=row.get("finished") or "",
        approval_id=row.get("approval_id"),
        parent_id=row.get("parent_id"),
    )


@dataclass(frozen=True)
class LoggedCall:
    """One row of a call's log as the chat opens it: how deep it sits, the call, and the person's
    answer to the approval it waited for (if any)."""

    depth: int
    call: ToolCall
    approval: Approval | None = None

    def line(self) -> str:
        c = self.call
        words = [c.tool, f"by {c.actor or '?'}", c.status or "?"]
        if c.shot_id:
            words.insert(1, c.shot_id)
        if self.approval is not None:
            answer: str = self.approval.status
            if self.approval.answered_by:
                answer += f" by {self.approval.answered_by}"
            words.append(f"approval {self.approval.id} {answer}")
        if c.started and c.finished:
            words.append(c.finished[11:19])
        return "  " * self.depth + " · ".join(words)


def call_log(store: SessionStore, session_id: str, roots: Sequence[str]) -> list[LoggedCall]:
    """The rows `roots` name and every call they caused (`parent_id`), depth first, in order."""
    calls = [tool_call(row) for row in store.tool_calls(session_id)]
    children: dict[str | None, list[ToolCall]] = {}
    for call in calls:
        children.setdefault(call.parent_id, []).append(call)
    by_id = {call.id: call for call in calls}
    out: list[LoggedCall] = []

    def walk(call: ToolCall, depth: int) -> None:
        approval = store.approval(call.approval_id) if call.approval_id else None
        out.append(LoggedCall(depth, call, approval))
        for child in children.get(call.id, []):
            walk(child, depth + 1)

    for root in roots:
        if root in by_id:
            walk(by_id[root], 0)
    return out
