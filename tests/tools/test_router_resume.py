"""The router across processes: what a killed production leaves, and what the next one does with it.

A "process" here is a fresh Router (fresh engines, nothing in memory) over the same store, after
`recover_session` as every producing path runs it; the kill is a cancellation at a chosen moment
(the SIGKILL suite in tests/e2e/test_crash_consistency.py covers the same ground with real kills).
Issue 12, items 2, 3, 8 and 10, and issue 11's rule that a request is never sent twice unchanged.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from sessions.models import Attempt
from sessions.store import SessionStore
from tools.catalog import EngineSpec, parse_catalog
from tools.engines.base import Engine, EngineRequest, EngineResult
from tools.engines.simulated import SimulatedEngine, draw_fate
from tools.production.recovery import recover_session
from tools.production.scheduler import Production
from tools.routing.budget import Budget
from tools.routing.router import Router, StageRequest

from .studio import SIZE, Studio, catalog_toml, engine_toml, open_studio, shot

FREE_KEYFRAMES = engine_toml(
    "sim-cards", tools=["generate_keyframe"], price="per_image = 0.0", quality=0.9
)


@dataclass
class Process:
    """One more process on the studio's session: a new router, its engines, its production."""

    router: Router
    production: Production
    sleeps: list[float]

    def engine(self, name: str) -> SimulatedEngine:
        engine = self.router.engine(self.router.catalog.engine(name))
        assert isinstance(engine, SimulatedEngine)
        return engine


def next_process(
    studio: Studio, catalog_text: str, env: Mapping[str, str] | None = None, **engines: Engine
) -> Process:
    catalog = parse_catalog(catalog_text, "test catalog")
    recover_session(studio.store, studio.session.id)
    sleeps: list[float] = []
    clock = [0.0]

    async def record_sleep(seconds: float) -> None:
        sleeps.append(round(seconds, 6))
        clock[0] += seconds

    spent = studio.store.session_cost(studio.session.id)
    router = Router(
        catalog,
        studio.store,
        Budget(cap_usd=studio.session.budget_usd, spent_usd=spent),
        env=env or {},
        engines=engines,
        clock=lambda: clock[0],
        sleep=record_sleep,
    )
    plan = studio.store.plan(studio.session.id)
    assert plan is not None
    production = Production(studio.store, router, studio.session, plan, resolution=SIZE)
    return Process(router, production, sleeps)


async def kill_when(
    work: asyncio.Future[object] | asyncio.Task[object], ready: Callable[[], bool]
) -> None:
    """Cancel `work` (as a kill would stop it) once `ready()` holds; fail if it never does."""
    for _ in range(2000):
        if ready():
            break
        assert not work.done(), "the production finished before the moment to kill it"
        await asyncio.sleep(0.005)
    else:
        raise AssertionError("the moment to kill never came")
    work.cancel()
    with pytest.raises(asyncio.CancelledError):
        await work


def rows(store: SessionStore, session_id: str, shot_id: str, tool: str) -> list[Attempt]:
    return store.attempts(session_id, shot_id, tool)


# ── item 2: a kill during failover ─────────────────────────────────────────────────────────────


async def test_a_kill_during_failover_polls_the_backup_job_and_never_pays_the_primary_again(
    data_home: Path,
) -> None:
    primary_down = engine_toml("sim-first", tools=["animate"], quality=0.9, timeout=1.0)
    backup_slow = engine_toml("sim-backup", tools=["animate"], quality=0.5, latency_s=30.0)
    studio = open_studio(
        data_home, catalog_toml(FREE_KEYFRAMES, primary_down, backup_slow), [shot(1)]
    )
    sid = studio.session.id
    work = asyncio.ensure_future(studio.production.make())

    def backup_submitted() -> bool:
        return any(
            a.engine == "sim-backup" and a.provider_job_id
            for a in rows(studio.store, sid, "S01", "animate")
        )

    await kill_when(work, backup_submitted)
    first, backup = rows(studio.store, sid, "S01", "animate")
    assert (first.engine, first.error_kind) == ("sim-first", "timeout")
    assert (backup.engine, backup.status) == ("sim-backup", "interrupted")

    # The primary is back, the backup answers at once: the resume must poll the backup's job.
    primary_back = engine_toml("sim-first", tools=["animate"], quality=0.9)
    backup_fast = engine_toml("sim-backup", tools=["animate"], quality=0.5)
    later = next_process(studio, catalog_toml(FREE_KEYFRAMES, primary_back, backup_fast))
    report = await later.production.make()

    assert report.shots == {"S01": "done"}
    assert (later.engine("sim-backup").submitted, later.engine("sim-backup").polled) == (0, 1)
    assert later.engine("sim-first").submitted == 0  # never paid again for covered work
    after = rows(studio.store, sid, "S01", "animate")
    assert [a.id for a in after] == [first.id, backup.id]
    kept = studio.store.attempt(backup.id)
    assert kept.status == "succeeded" and kept.provider_job_id == backup.provider_job_id
    # item 10: an adopted job that succeeds carries no trace of the interruption
    assert (kept.error_kind, kept.error) == (None, None)
    take = studio.store.current_take(sid, "S01", "clip")
    assert take is not None and take.attempt_id == backup.id


async def test_a_resumed_walk_goes_on_past_the_engine_that_already_failed(data_home: Path) -> None:
    primary_down = engine_toml("sim-first", tools=["animate"], quality=0.9, server_error=1.0)
    backup_slow = engine_toml("sim-backup", tools=["animate"], quality=0.5, latency_s=30.0)
    studio = open_studio(
        data_home, catalog_toml(FREE_KEYFRAMES, primary_down, backup_slow), [shot(1)]
    )
    sid = studio.session.id
    work = asyncio.ensure_future(studio.production.make())
    # killed while the backup was being called, before it gave a job id: nothing to poll
    await kill_when(
        work,
        lambda: any(a.engine == "sim-backup" for a in rows(studio.store, sid, "S01", "animate")),
    )
    studio.store.db.execute(
        "update attempts set provider_job_id = null where engine = 'sim-backup'"
    )
    studio.store.db.conn.commit()

    backup_fast = engine_toml("sim-backup", tools=["animate"], quality=0.5)
    later = next_process(studio, catalog_toml(FREE_KEYFRAMES, primary_down, backup_fast))
    assert (await later.production.make()).shots == {"S01": "done"}
    assert later.engine("sim-first").submitted == 0  # it answered 503 already: the walk moved on
    engines = [a.engine for a in rows(studio.store, sid, "S01", "animate")]
    assert engines == ["sim-first", "sim-backup", "sim-backup"]


# ── item 3: a kill while shots wait for an engine slot ─────────────────────────────────────────


async def test_kills_while_shots_wait_for_a_slot_use_no_cap(data_home: Path) -> None:
    slow = engine_toml("sim-one", tools=["generate_keyframe"], concurrency=1, latency_s=30.0)
    fast = engine_toml("sim-one", tools=["generate_keyframe"], concurrency=1)
    studio = open_studio(data_home, catalog_toml(slow, cap=2), [shot(1), shot(2), shot(3)])
    sid = studio.session.id
    keyframes = ["generate_keyframe"]

    def s01_in_engine() -> bool:
        return any(
            a.provider_job_id and a.status == "running"
            for a in rows(studio.store, sid, "S01", "generate_keyframe")
        )

    work = asyncio.ensure_future(studio.production.make(stages=keyframes))
    await kill_when(work, s01_in_engine)  # S02 and S03 wait in the queue behind S01
    again = next_process(studio, catalog_toml(slow, cap=2))
    work = asyncio.ensure_future(again.production.make(stages=keyframes))
    await kill_when(work, s01_in_engine)  # S01's job is polled; the others wait again

    last = next_process(studio, catalog_toml(fast, cap=2))
    report = await last.production.make(stages=keyframes)
    assert report.shots == {"S01": "done", "S02": "done", "S03": "done"}
    every = studio.store.attempts(sid)
    assert len([a for a in every if a.shot_id == "S01"]) == 1  # one job, submitted once, polled
    assert Counter(a.shot_id for a in every) == {"S01": 1, "S02": 1, "S03": 1}
    assert all(a.provider_job_id for a in every)  # no row for work that never reached the engine


# ── item 8: one long 429 does not fail the shots that never asked ──────────────────────────────


def _seed_for_fates(spec_text: str, wanted: dict[int, str], tool: str = "animate") -> int:
    """A fault seed where each shot's (by its seed) first call plays the wanted fate."""
    for seed in range(2000):
        spec = parse_catalog(catalog_toml(spec_text.replace("seed = 0", f"seed = {seed}"))).engines[
            0
        ]
        fates = {
            shot_seed: draw_fate(
                spec,
                shot_id=f"S{shot_seed - 100:02d}",
                tool=tool,
                seed=shot_seed,
                tags=(),
                call=0,
            ).kind
            for shot_seed in wanted
        }
        if fates == wanted:
            return seed
    raise AssertionError("no such seed")


async def test_one_long_retry_after_does_not_fail_a_shot_that_never_asked(data_home: Path) -> None:
    busy = engine_toml("sim-only", tools=["animate"], rate_limit=0.5, retry_after_s=600, seed=0)
    seed = _seed_for_fates(busy, {101: "rate_limit", 102: "ok"})
    text = catalog_toml(
        FREE_KEYFRAMES, busy.replace("seed = 0", f"seed = {seed}"), max_retry_after_s=5
    )
    studio = open_studio(data_home, text, [shot(1), shot(2)])
    first = await studio.production.make(["S01"])
    assert first.shots == {"S01": "failed"}
    assert "Retry-After 600 s exceeds 5 s" in first.reasons["S01"]  # its own answer
    second = await studio.production.make(["S02"])  # S02 never asked: it waits, bounded
    assert second.shots == {"S02": "done"}, second.reasons
    assert studio.sleeps == [5.0]
    (clip,) = studio.dispatched("S02", "animate")
    assert clip.status == "succeeded"


async def test_a_shot_queued_behind_a_429_waits_out_the_cooling_before_calling(
    data_home: Path,
) -> None:
    flaky = engine_toml(
        "sim-first",
        tools=["generate_keyframe"],
        quality=0.9,
        latency_s=0.05,
        rate_limit=0.5,
        retry_after_s=2.0,
        concurrency=1,
        seed=0,
    )
    fates = {101: "ok", 102: "rate_limit", 103: "ok"}
    seed = _seed_for_fates(flaky, fates, "generate_keyframe")
    other = engine_toml("sim-other", tools=["generate_keyframe"], quality=0.5)
    text = catalog_toml(flaky.replace("seed = 0", f"seed = {seed}"), other, max_retry_after_s=5)
    engines = recording(text, "sim-first")
    studio = open_studio(data_home, text, [shot(1), shot(2), shot(3)], engines=engines)
    engines["sim-first"].clock = studio.router.clock
    report = await studio.production.make(stages=["generate_keyframe"])
    assert report.shots == {"S01": "done", "S02": "done", "S03": "done"}
    # S01 held sim-first's only slot while S02 and S03 queued for it. S02 met a 429 and moved on
    # to sim-other; S03, next in the queue, held off the 2 s the 429 asked for, not calling sooner.
    assert engines["sim-first"].calls == [("S01", 0.0), ("S02", 0.0), ("S03", 2.0)]
    assert [a.engine for a in studio.dispatched("S02")] == ["sim-first", "sim-other"]


# ── item 10: job ids are unique across processes ──────────────────────────────────────────────


async def test_a_redo_in_a_new_process_gets_a_new_job_id(data_home: Path) -> None:
    text = catalog_toml(engine_toml("sim-any", tools=["generate_keyframe"]))
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make(stages=["generate_keyframe"])
    later = next_process(studio, text)
    await later.production.make(["S01"], ["generate_keyframe"], redo=True, operator_redo=True)
    jobs = [a.provider_job_id for a in studio.attempts("S01")]
    assert len(jobs) == 2 and jobs[0] != jobs[1]


# ── issue 11: a request an engine answered is not sent again unchanged ─────────────────────────


class Recording:
    """A simulated engine that remembers the seed of every request it was sent."""

    def __init__(self, spec: EngineSpec) -> None:
        self.spec = spec
        self.inner = SimulatedEngine(spec)
        self.seeds: list[int] = []
        self.calls: list[tuple[str, float]] = []  # (shot, the router's clock) per call
        self.clock: Callable[[], float] = lambda: 0.0

    def availability(self, env: Mapping[str, str]) -> str | None:
        return None

    async def run(self, request: EngineRequest) -> EngineResult:
        self.seeds.append(request.seed)
        self.calls.append((request.shot_id, self.clock()))
        return await self.inner.run(request)


def recording(text: str, *names: str) -> dict[str, Recording]:
    catalog = parse_catalog(text, "test catalog")
    return {name: Recording(catalog.engine(name)) for name in names}


async def test_after_a_rejection_the_only_engine_gets_a_new_seed(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES, engine_toml("sim-smudge", tools=["animate"], low_quality=1.0)
    )
    engines = recording(text, "sim-smudge")
    studio = open_studio(data_home, text, [shot(1)], engines=engines)
    await studio.production.make()
    tries = studio.dispatched("S01", "animate")
    assert [a.status for a in tries] == ["rejected"] * 3
    seeds = [a.seed for a in tries]
    assert seeds[0] == 101 and len(set(seeds)) == 3
    assert engines["sim-smudge"].seeds == seeds  # what was sent is what was recorded
    assert "rejected" in str(tries[1].params["seed_reason"])
    assert tries[0].params["seed_reason"] == "the shot's locked seed"


async def test_after_rejections_the_walk_moves_down_then_wraps_with_a_new_seed(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-a", tools=["animate"], quality=0.9, low_quality=1.0),
        engine_toml("sim-b", tools=["animate"], quality=0.5, low_quality=1.0),
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    tries = studio.dispatched("S01", "animate")
    assert [(a.engine, a.seed == 101) for a in tries] == [
        ("sim-a", True),
        ("sim-b", True),
        ("sim-a", False),
    ]


async def test_a_deterministic_engine_is_never_asked_the_same_thing_twice(data_home: Path) -> None:
    text = catalog_toml(engine_toml("sim-det", tools=["generate_keyframe"], deterministic=True))
    studio = open_studio(data_home, text, [shot(1)])
    for _ in range(3):  # the person redoes the keyframe twice, prompt unchanged
        await studio.production.make(["S01"], ["generate_keyframe"], redo=True, operator_redo=True)
    seeds = [a.seed for a in studio.dispatched("S01", "generate_keyframe")]
    assert len(seeds) == 3 and len(set(seeds)) == 3
    assert "deterministic" in str(studio.dispatched("S01")[1].params["seed_reason"])


async def test_a_seeded_engine_redone_by_the_person_keeps_the_seed_it_is_given(
    data_home: Path,
) -> None:
    text = catalog_toml(engine_toml("sim-any", tools=["generate_keyframe"]))
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make(["S01"], ["generate_keyframe"])
    await studio.production.make(["S01"], ["generate_keyframe"], redo=True, operator_redo=True)
    assert [a.seed for a in studio.dispatched("S01")] == [
        101,
        101,
    ]  # a new seed is the caller's call


async def test_a_request_may_name_its_seed_and_why(data_home: Path) -> None:
    text = catalog_toml(engine_toml("sim-any", tools=["generate_keyframe"]))
    engines = recording(text, "sim-any")
    studio = open_studio(data_home, text, [shot(1)], engines=engines)
    base = StageRequest(
        session_id=studio.session.id,
        shot=studio.plan.shot("S01"),
        tool="generate_keyframe",
        tier="draft",
        prompt="keyframe 1",
        width=SIZE[0],
        height=SIZE[1],
        shot_dir=studio.production.shot_dir("S01"),
        plan_approved=True,
    )
    first = await studio.router.run_stage(base)
    base.seed, base.seed_reason = 777, "a redo of an unchanged prompt draws a new seed"
    base.operator_redo = True
    second = await studio.router.run_stage(base)
    assert first.status == second.status == "accepted"
    one, two = first.attempts[0], second.attempts[0]
    assert (one.seed, two.seed) == (101, 777)
    assert engines["sim-any"].seeds == [101, 777]
    assert two.params["seed_reason"] == "a redo of an unchanged prompt draws a new seed"
    assert one.idempotency_key != two.idempotency_key


# ── a job whose stage moved on while it ran, unseen ────────────────────────────────────────────


async def test_a_job_superseded_by_a_new_keyframe_is_polled_for_the_record_never_taken(
    data_home: Path,
) -> None:
    slow = engine_toml("sim-any", latency_s=30.0)
    studio = open_studio(data_home, catalog_toml(slow), [shot(1)])
    sid = studio.session.id
    await next_process(studio, catalog_toml(engine_toml("sim-any"))).production.make(
        stages=["generate_keyframe"]
    )
    work = asyncio.ensure_future(studio.production.make(stages=["animate"]))
    await kill_when(
        work, lambda: any(a.provider_job_id for a in rows(studio.store, sid, "S01", "animate"))
    )
    (orphan,) = rows(studio.store, sid, "S01", "animate")
    # The person redoes the keyframe with a new prompt before the clip was ever seen.
    fast = catalog_toml(engine_toml("sim-any"))
    later = next_process(studio, fast)
    later.production.plan.shot("S01").prompts.keyframe = "the harbour at night"
    await later.production.make(["S01"], ["generate_keyframe"], redo=True, operator_redo=True)
    report = await later.production.make(["S01"], ["animate"], redo=True)
    assert report.shots == {"S01": "done"}
    old = studio.store.attempt(orphan.id)
    assert (old.status, old.error_kind) == ("failed", "interrupted")
    assert "superseded" in (old.error or "") and old.cost_usd > 0  # on the books, once
    assert (later.engine("sim-any").polled, later.engine("sim-any").submitted) == (1, 2)
    clip = studio.store.current_take(sid, "S01", "clip")
    keyframe = studio.store.current_take(sid, "S01", "keyframe")
    assert clip is not None and keyframe is not None and clip.attempt_id != orphan.id
    assert studio.store.attempt(clip.attempt_id).params["image"] == keyframe.path
