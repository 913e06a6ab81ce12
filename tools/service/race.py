"""Proxy races: fail fast on a hard shot, then commit the expensive generation to one engine.

Operators test a hard shot on three or four engines at once, small and short, see which one
understands it, and only then pay for the delivery generation. Here:

1. `request_race` picks the candidates — engines that can make the stage at delivery tier (the
   winner is committed there), the most promising by expected cost per acceptable take (or the ones
   the person names) — and prices each proxy: the shot's own prompt and seed, the frame scaled to
   `[race] short_side`, a clip cut to `[race] duration_s`. It asks for one approval whose work list
   names every candidate; nothing runs before it is answered.
2. `run_race` (the service's `approve` for a race) reserves the whole race against the budget
   before the first call, runs every proxy at once (each engine within its concurrency), gates and
   scores each at draft tier, and settles what was charged. Each proxy is an attempt row (marked
   `params["race"]`, round 0: never counted against the stage's cap, never kept as a take) and a
   tool call under the race's; the race and its candidates are rows of their own
   (sessions/races.py) that `show`, the screens and provenance.json read.
3. `pick_race` pins the person's pick (or the best score, for `--yes`) for that shot's stage: the
   delivery router tries it first. At delivery tier it also asks for the commit — the stage made
   again, at full size, on the pinned engine with the race's prompt and seed, and everything made
   from it — which waits for approval like any paid work.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sessions.models import (
    Actor,
    Approval,
    Attempt,
    Shot,
    ShotPlan,
    ToolName,
    WorkItem,
    sha256_text,
)
from sessions.races import (
    Pin,
    RaceSummary,
    add_race,
    race_for_approval,
    race_sheet_path,
    races,
    record_pick,
    set_race_status,
)
from sessions.stages import STAGE_WORDS, STAGES
from sessions.store import now
from tools.engines.base import EngineResult
from tools.production.assemble import render_race_sheet
from tools.production.episode import production_status, recover
from tools.production.scheduler import Production
from tools.routing.attempts import new_attempt
from tools.routing.budget import BudgetExceeded
from tools.routing.dispatch import call_engine, engine_request, judge
from tools.routing.guardrails import idempotency_key, job_base
from tools.routing.learning import expected_walk
from tools.routing.rank import Candidate, Routing, rank_engines
from tools.routing.request import StageRequest
from tools.routing.seeds import SeedChoice, request_fingerprint
from tools.routing.slots import EngineSlots
from tools.service.answers import Outcome, ProgressFn, ServiceError
from tools.service.answers import shot_of as _shot
from tools.service.estimate import Estimate, Forecast, keys_for_tier, unavailable_engines
from tools.service.work import redo_work

if TYPE_CHECKING:
    from tools.service.service import ProductionService

RACEABLE: tuple[ToolName, ...] = ("generate_keyframe", "animate")


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Proxy:
    """What one race will make: the shot's stage, small and short, on each candidate."""

    shot: Shot
    tool: ToolName
    size: tuple[int, int]
    duration_s: float | None
    candidates: list[Candidate]

    @property
    def usd(self) -> float:
        return round(sum(c.estimate_usd for c in self.candidates), 6)


class RaceRouting(Routing):
    """The candidates as a routing (what an attempt row records), with a race's reasons."""

    race_id: str = ""

    def reason_for(self, candidate: Candidate, position: int) -> str:
        return (
            f"proxy {position + 1} of {len(self.ranked)} in race {self.race_id} for {self.tool}: "
            f"the same prompt and seed on each engine, small and short; "
            f"estimate ${candidate.estimate_usd:.3f}"
        )


# ── asking ─────────────────────────────────────────────────────────────────────────────────────


def request_race(
    service: ProductionService,
    session_id: str,
    shot_ids: Sequence[str] | None,
    *,
    engines: int | None = None,
    names: Sequence[str] | None = None,
    stage_word: str | None = None,
    actor: Actor = "person",
) -> Approval:
    """Price a race of each chosen shot (default: every shot with a tag the catalog marks hard)
    and put it before the person as one approval naming every candidate."""
    sid = service.store.session(session_id).id
    plan = service._approved(sid)
    rules = service.catalog.race
    count = engines if engines is not None else (len(names) if names else rules.engines)
    if count < 2 or count > rules.max_engines:
        raise ServiceError(
            f"a race runs 2 to {rules.max_engines} engines (the catalog's [race] max_engines), "
            f"not {count}"
        )
    tool = _tool(stage_word)
    shots = _chosen(service, plan, shot_ids)
    proxies = [_proxy(service, sid, plan, shot, tool, count, names) for shot in shots]
    total = round(sum(p.usd for p in proxies), 6)
    info = service.store.session(sid)
    left = info.budget_usd - info.cost_usd
    if total > left + 1e-9:
        raise ServiceError(
            f"the race would reserve ${total:.2f}; ${left:.2f} of the ${info.budget_usd:.2f} "
            "budget is left"
        )
    work = [
        WorkItem(
            shot_id=p.shot.id,
            tool=p.tool,
            why="race",
            engine=c.name,
            estimate_usd=c.estimate_usd,
            seed=p.shot.seed,
            seed_reason="every proxy of a race has the shot's own seed",
        )
        for p in proxies
        for c in p.candidates
    ]
    args: dict[str, Any] = {
        "shot_ids": [p.shot.id for p in proxies],
        "tools": {p.shot.id: p.tool for p in proxies},
        "engines": {p.shot.id: [c.name for c in p.candidates] for p in proxies},
    }
    # One unit: an approval without its races would run a race of nothing.
    with service._writing(sid, "request_race", args, actor, unit=True) as call:
        for waiting in service.store.approvals(sid, status="pending"):
            if waiting.verb == "race" and _same_race(waiting.work, work):
                call.result = {"approval": waiting.id, "already_waiting": True}
                call.approval_id = waiting.id
                return waiting
        estimate = Estimate(
            items=work,
            worst_usd=total,
            forecast=Forecast(listed_usd=total, expected_usd=total, p10_usd=total, p90_usd=total),
        )
        approval = service._add_approval(
            sid,
            kind="production",
            verb="race",
            args=args,
            work=work,
            estimate=estimate,
            summary=_race_summary(proxies, total, left, info.budget_usd),
            actor=actor,
        )
        for proxy in proxies:
            add_race(
                service.store,
                race_id=secrets.token_hex(4),
                session_id=sid,
                approval_id=approval.id,
                shot_id=proxy.shot.id,
                tool=proxy.tool,
                prompt=getattr(proxy.shot.prompts, STAGES[proxy.tool].prompt_field),
                seed=proxy.shot.seed,
                size=proxy.size,
                duration_s=proxy.duration_s,
                engines={c.name: c.estimate_usd for c in proxy.candidates},
            )
        call.result = {"approval": approval.id, "reserved_usd": total}
        call.approval_id = approval.id
        service._settle(sid)
    return approval


def why_no_race(service: ProductionService, session_id: str, shot_id: str) -> str | None:
    """Why `shot_id`'s next stage cannot be raced here (the line `request_race` would refuse it
    with: no approved plan, no two engines with keys …), or None when a race can be asked for.
    Reads only: the screens ask it before they offer the race."""
    try:
        sid = service.store.session(session_id).id
        plan = service._approved(sid)
        shot = _shot(plan, shot_id)
        _proxy(service, sid, plan, shot, None, service.catalog.race.engines, None)
    except (ServiceError, LookupError) as exc:
        return str(exc)
    return None


def _tool(stage_word: str | None) -> ToolName | None:
    if stage_word is None:
        return None
    tool = STAGE_WORDS.get(stage_word.strip().lower())
    if tool not in RACEABLE:
        raise ServiceError(f"a race makes keyframes or clips, not {stage_word!r}")
    return tool


def _chosen(
    service: ProductionService, plan: ShotPlan, shot_ids: Sequence[str] | None
) -> list[Shot]:
    if shot_ids:
        return list({s.id: s for s in (_shot(plan, ref) for ref in shot_ids)}.values())
    hard = set(service.catalog.race.hard_tags)
    shots = [s for s in plan.shots if hard & set(s.tags)]
    if not shots:
        raise ServiceError(
            f"no shot has a tag the catalog marks hard ({', '.join(sorted(hard))}); "
            "name one, e.g. --shot S03"
        )
    return shots


def _proxy(
    service: ProductionService,
    session_id: str,
    plan: ShotPlan,
    shot: Shot,
    tool: ToolName | None,
    count: int,
    names: Sequence[str] | None,
) -> Proxy:
    """The race for one shot: its stage (the clip once it has a keyframe to animate), the proxy's
    frame and length, and the candidates with their prices."""
    catalog, rules = service.catalog, service.catalog.race
    has_input = _has_input(service, session_id, shot)
    tool = tool or ("animate" if has_input else "generate_keyframe")
    if tool == "animate" and not has_input:
        raise ServiceError(
            f"{shot.id} has no keyframe to animate yet: make it first, or race the keyframe "
            "(--stage keyframe)"
        )
    size = proxy_size(plan.resolution, rules.short_side)
    duration = min(shot.duration_s, rules.duration_s) if tool == "animate" else None
    routing = rank_engines(
        catalog,
        tool,
        shot.tags,
        "delivery",
        duration_s=duration,
        width=size[0],
        height=size[1],
        unavailable=unavailable_engines(catalog, service.env),
        source=None,
    )
    able = {c.name: c for c in routing.ranked}
    if names:
        unknown = [n for n in names if n not in able]
        if unknown:
            why = "; ".join(
                f"{n}: {routing.excluded.get(n) or f'it cannot make a {STAGES[tool].word} here'}"
                for n in unknown
            )
            raise ServiceError(f"cannot race {', '.join(unknown)} on {shot.id} ({why})")
        chosen = [able[n] for n in dict.fromkeys(names)]
    else:
        beliefs = service.beliefs()
        order = expected_walk(routing.ranked, beliefs, shot.tags, "delivery")
        chosen = [s.candidate for s in order[:count]]
    if len(chosen) < 2:
        have = ", ".join(able) or "none"
        keys = keys_for_tier(catalog, "delivery", service.env, [tool])
        hint = f"; set {' or '.join(keys)} for more" if keys else ""
        raise ServiceError(
            f"a race needs two engines that can make {shot.id}'s {STAGES[tool].word} at delivery "
            f"tier here (available: {have}{hint})"
        )
    return Proxy(shot, tool, size, duration, chosen)


def _has_input(service: ProductionService, session_id: str, shot: Shot) -> bool:
    store = service.store
    if store.current_take(session_id, shot.id, "keyframe") is not None:
        return True
    return bool(shot.chain_from and store.current_take(session_id, shot.chain_from, "clip"))


def proxy_size(resolution: tuple[int, int], short_side: int) -> tuple[int, int]:
    """The plan's frame scaled so its short side is `short_side` (never larger), in even pixels."""
    width, height = resolution
    scale = min(1.0, short_side / min(width, height))
    return (max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2))


def _same_race(a: Sequence[WorkItem], b: Sequence[WorkItem]) -> bool:
    def key(items: Sequence[WorkItem]) -> list[tuple[str, str, str]]:
        return sorted((w.shot_id, w.tool, w.engine) for w in items)

    return key(a) == key(b)


def _race_summary(proxies: list[Proxy], total: float, left: float, budget: float) -> str:
    lines = []
    for p in proxies:
        length = f", {p.duration_s:g} s" if p.duration_s else ""
        each = ", ".join(f"{c.name} ${c.estimate_usd:.2f}" for c in p.candidates)
        lines.append(
            f"Race {p.shot.id} {STAGES[p.tool].word} on {len(p.candidates)} engines "
            f"({p.size[0]}×{p.size[1]}{length} proxies, seed {p.shot.seed}): {each}."
        )
    lines.append(
        f"Reserves ${total:.2f} before it starts (${left:.2f} of the ${budget:.2f} budget left); "
        "you pick the winner, which is then made at delivery tier."
    )
    return "\n".join(lines)


# ── running ────────────────────────────────────────────────────────────────────────────────────


async def run_race(
    service: ProductionService, approval: Approval, by: Actor, on_progress: ProgressFn | None
) -> Outcome:
    """The approved race: reserve all of it, make every proxy at once, gate and score each."""
    sid = approval.session_id
    waiting = race_for_approval(service.store, approval.id)
    with service._writing(sid, "race", {"approval_id": approval.id, **approval.args}, by) as call:
        call.approval_id = approval.id
        service.store.update_approval(
            approval.id, status="approved", answered_by=by, answered=now()
        )
        production = service._production(sid, on_progress)
        recover(production)
        total = round(sum(w.estimate_usd for w in approval.work), 6)
        key = f"race:{approval.id}"
        try:  # the whole race, before the first call: it runs entirely or not at all
            production.router.budget.reserve(key, total)
        except BudgetExceeded as exc:
            service._answer(approval, "failed", by, {"error": str(exc)})
            service._settle(sid, after=_status(service, sid))
            call.status, call.result = "refused", {"error": str(exc)}
            raise ServiceError(f"the race cannot start: {exc}") from None
        spent = 0.0
        try:
            jobs = [
                _run_candidate(production, race, engine, call.id, approval.asked_by)
                for race in waiting
                for engine in (c.engine for c in race.candidates)
            ]
            for race in waiting:
                set_race_status(service.store, race.id, "running")
            made = await asyncio.gather(*jobs)
            spent = round(sum(a.cost_usd for a in made), 6)
        except BaseException as exc:
            for race in waiting:
                set_race_status(service.store, race.id, "failed")
            service._answer(approval, "failed", by, {"error": str(exc)})
            service._settle(sid, after=_status(service, sid))
            raise
        finally:
            production.router.budget.settle(key, spent)
        for race in waiting:
            set_race_status(service.store, race.id, "done")
        for race in race_for_approval(service.store, approval.id):
            _draw_sheet(service, race)
        done = race_for_approval(service.store, approval.id)
        service._answer(approval, "done", by, {"spent_usd": spent, "races": [r.id for r in done]})
        call.result = {"spent_usd": spent, "races": [_brief(r) for r in done]}
        service._settle(sid, after=_status(service, sid))
    message = "\n".join([*(race_lines(r) for r in done), f"Spent ${spent:.2f}."])
    return Outcome(approval, service.store.session(sid).status, message, spent_usd=spent)


async def _run_candidate(
    production: Production, race: RaceSummary, engine: str, parent_id: str, actor: str
) -> Attempt:
    """One proxy: an attempt row before the call, the engine within its concurrency, the gate."""
    store, router, catalog = production.store, production.router, production.router.catalog
    shot = production.plan.shot(race.shot_id)
    spec = catalog.engine(engine)
    image = _input(production, shot) if race.tool == "animate" else None
    req = StageRequest(
        session_id=race.session_id,
        shot=shot,
        tool=race.tool,
        tier="draft",  # a proxy is judged as previs: does the engine understand the shot?
        prompt=race.prompt,
        width=race.width,
        height=race.height,
        shot_dir=production.shot_dir(shot.id) / "races" / race.id,
        fps=production.plan.fps,
        duration_s=race.duration_s,
        image=image,
        params={"race": race.id, "proxy": True},
        plan_approved=True,
        seed=race.seed,
        seed_reason="a race's proxies all have the shot's own seed",
    )
    candidate = next(
        Candidate(spec, 0.0, c.estimate_usd, ()) for c in race.candidates if c.engine == engine
    )
    routing = RaceRouting(
        race.tool,
        "draft",
        [Candidate(catalog.engine(c.engine), 0.0, c.estimate_usd, ()) for c in race.candidates],
    )
    routing.race_id = race.id
    base = job_base(
        race.session_id,
        shot.id,
        race.tool,
        engine,
        sha256_text(race.prompt),
        race.seed,
        "race",
        race.id,
    )
    seed = SeedChoice(
        race.seed, req.base_seed_reason, request_fingerprint(req, engine, race.seed)
    )  # the same seed on every engine: the race compares engines, not draws
    attempt = new_attempt(
        req,
        candidate,
        routing,
        catalog,
        key=idempotency_key(base, 0),
        seed=seed,
        round_=0,
        previous=None,
        operator=router.operator,
    )
    Path(attempt.output_path or "").parent.mkdir(parents=True, exist_ok=True)
    started = now()

    def job_known(job: str) -> None:
        attempt.provider_job_id = job
        store.set_provider_job_id(attempt.id, job)

    slots = router._slots.setdefault(spec.name, EngineSlots(spec.concurrency))
    written = False
    try:
        async with slots.hold(req.priority):  # the row is written once the slot is held
            store.start_attempt(attempt)
            written = True
            production._emit(shot.id, race.tool, "attempt", f"race {race.id}: {engine} proxy")
            result = await call_engine(
                router.engine(spec), engine_request(req, attempt, job_known), attempt,
                candidate.estimate_usd,
            )  # fmt: skip
        if isinstance(result, EngineResult):
            await judge(router.gate, req, attempt, result)
    except BaseException:
        if written:
            attempt.status, attempt.error_kind = "interrupted", "interrupted"
            store.finish_attempt(attempt)
        raise
    store.finish_attempt(attempt)
    verdict = (
        f"score {attempt.quality_score:.2f}, {attempt.gate_decision}"
        if attempt.quality_score is not None
        else (attempt.error or attempt.status)
    )
    production._emit(
        shot.id,
        race.tool,
        "accepted" if attempt.status == "succeeded" else "failed",
        f"race {race.id}: {engine} {verdict}",
    )
    store.log_tool_call(
        race.session_id,
        race.tool,
        {"shot_id": shot.id, "race": race.id, "engine": engine, "prompt": race.prompt,
         "seed": race.seed, "tier": "draft", "proxy": [race.width, race.height]},
        {"status": attempt.status, "score": attempt.quality_score, "gate": attempt.gate_decision,
         "attempts": [attempt.id], "path": attempt.output_path},
        shot_id=shot.id,
        status=attempt.status,
        started=started,
        actor=actor,
        parent_id=parent_id,
    )  # fmt: skip
    return attempt


def _input(production: Production, shot: Shot) -> Path | None:
    """What the clip is animated from: the previous clip's last frame for a chained shot (as the
    production would), else the shot's keyframe."""
    if shot.chain_from:
        anchor = production.anchor_frame(shot.chain_from)
        if anchor is not None:
            return anchor
    keyframe = production.store.current_take(production.session.id, shot.id, "keyframe")
    return Path(keyframe.path) if keyframe else None


def _status(service: ProductionService, session_id: str) -> str:
    """Where the session stands after a race: a race makes no take, so a session that had none
    is still planning."""
    plan = service.store.plan(session_id)
    kinds = {"keyframe", "clip", "inpaint", "upscale"}
    if plan is None or not any(a.kind in kinds for a in service.store.artifacts(session_id)):
        return "planning"
    return production_status(service.store, session_id, plan)


def _draw_sheet(service: ProductionService, race: RaceSummary) -> None:
    """The proxies side by side in one picture; a race that cannot be drawn (a full disk) is
    still a race: its candidates are in the store and shown as text."""
    try:
        render_race_sheet(race, race_sheet_path(service.store, race.session_id, race.id))
    except (OSError, ValueError) as exc:
        log.warning("race %s: no side-by-side picture (%s)", race.id, exc)


def _brief(race: RaceSummary) -> dict[str, object]:
    return {
        "race": race.id,
        "shot_id": race.shot_id,
        "best": race.best,
        "candidates": {
            c.engine: {"status": c.status, "score": c.score, "cost_usd": c.cost_usd}
            for c in race.candidates
        },
    }


def race_lines(race: RaceSummary) -> str:
    """The candidates side by side, in one block a person reads at a glance."""
    head = (
        f"Race {race.id} — {race.shot_id} {STAGES[race.tool].word} "
        f"({race.width}×{race.height}{f', {race.duration_s:g} s' if race.duration_s else ''}, "
        f"seed {race.seed}), {race.status}"
    )
    rows = [head]
    for c in sorted(race.candidates, key=lambda c: -(c.score or -1.0)):
        score = f"{c.score:.2f}" if c.score is not None else "  — "
        mark = "✓" if c.gate == "accept" else "✗" if c.status != "pending" else "·"
        tags = (" best" if c.engine == race.best else "") + (" PICKED" if c.picked else "")
        why = f"  {c.reason}" if c.gate != "accept" and c.reason else ""
        # before it runs, what the proxy will cost; after, what it did
        cost = f"≈${c.estimate_usd:.2f}" if c.status == "pending" else f"${c.cost_usd:.2f}"
        rows.append(
            f"  {mark} {c.engine:<24} score {score}  {cost}{tags}{why}"
            + (f"\n      {c.path}" if c.path and c.gate == "accept" else "")
        )
    if race.sheet:
        rows.append(f"  side by side: {race.sheet}")
    return "\n".join(rows)


# ── picking and committing ─────────────────────────────────────────────────────────────────────


def pick_race(
    service: ProductionService,
    session_id: str,
    shot_id: str,
    engine: str | None,
    *,
    actor: Actor = "person",
) -> tuple[Pin, Approval | None]:
    """Pin the pick for the shot's stage (the best score when `engine` is None) and, at delivery
    tier, ask for the commit: the stage made at full size on that engine with the race's seed."""
    sid = service.store.session(session_id).id
    plan = service._approved(sid)
    shot = _shot(plan, shot_id)
    done = [r for r in races(service.store, sid, shot_id=shot.id) if r.status == "done"]
    if not done:
        raise ServiceError(
            f"{shot.id} has no finished race yet (shotcaller race {sid} --shot {shot.id})"
        )
    race = done[-1]
    choice = engine or race.best
    if choice is None:
        raise ServiceError(
            f"no proxy of race {race.id} passed the gate; pick one by name if you like it "
            f"(--pick {' | '.join(c.engine for c in race.candidates)})"
        )
    made = {c.engine: c for c in race.candidates}
    if choice not in made:
        raise ServiceError(f"{choice} was not in race {race.id} ({', '.join(made)})")
    if made[choice].path is None or made[choice].status not in ("succeeded", "rejected"):
        raise ServiceError(
            f"{choice} made no proxy in race {race.id} ({made[choice].reason or made[choice].status})"
        )
    args = {"shot_id": shot.id, "race": race.id, "engine": choice}
    with service._writing(sid, "pick_race", args, actor, shot_id=shot.id) as call:
        pin = record_pick(
            service.store, race.id, choice, by=actor, prompt_sha256=sha256_text(race.prompt)
        )
        call.result = {"pinned": choice, "tool": race.tool, "seed": race.seed}
    if service._tier(sid) != "delivery":
        return pin, None
    work = redo_work(
        plan,
        service._takes(sid),
        shot.id,
        race.tool,
        seed=race.seed,
        reason=f"the seed its proxies were raced with (race {race.id})",
    )
    commit = service._request(
        sid,
        verb="redo",
        args={
            "shot_id": shot.id,
            "tool": race.tool,
            "prompt": None,
            "race": race.id,
            "engine": choice,
        },
        work=work,
        headline=f"Commit {shot.id} {STAGES[race.tool].word} to {choice} (race {race.id})",
        actor=actor,
    )
    return pin, commit
