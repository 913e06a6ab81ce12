"""The router under load: a 24-shot plan on simulated engines.

(a) orchestration overhead per attempt with zero-latency engines: the router's own time (ranking,
    reservation, both attempt-row writes, keeping the take), measured two ways, one stage at a time:
    the CPU the event loop's thread spends in run_stage (engines, the gate and signing the take run
    on worker threads), and run_stage's wall time minus the engine's, the gate's and signing's time
    (this one also counts thread hand-offs and whatever else the machine is doing); target < 1 ms
    median. Signing (C2PA, per accepted take) is work on the output like the gate, not routing: it
    is reported on its own line.
(b) wall time against the critical-path lower bound with realistic waits scaled 3:1000 and each
    engine's concurrency; target within 1.1x.
(c) cost per accepted shot and acceptance on engines that are not what the catalog says, and that
    change halfway through the run (bench/drift.py): the learned router (tools/routing/learning.py)
    learning across the three seeds as episodes in one data home, against the static ranking it
    replaces, every shot on the most expensive engine, every shot on the cheapest, one fixed engine
    per tool (a manual picker), and the cheapest-passing oracle — which knows every fate and pays
    only for the cheapest engine whose call passes, any quality; target: the learned router within
    1.5x the oracle's cost per accepted shot, accepting no fewer shots than the static ranking.
    The learned router's draws depend on the order outputs come back in (threads), so it is run
    three times, each in a fresh data home; the others are deterministic.

The simulated catalog mirrors ../shared/ENGINES.md: list prices and typical waits; an engine's base
rate of spoiled outputs falls with its quality prior, and rises on shots whose tags it is not strong
at (`low_quality_off_strength`, see tools/engines/simulated.py). Premium is not best at everything:
a Veo-class engine is weak at human motion, as production teams report.

Run: .venv/bin/python -m bench.routing [--drift-only] [--seeds 11,22,33 --seeds 44,55,66]
(each --seeds is part (c) on another three episodes, measured side by side in the same run; a
"known odds" row plays the learned order on each engine's true chance per call — with and without
knowing the drift — to tell what the order leaves from what learning costs)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import tools.routing.attempts
from bench._common import table, write_json
from bench.fleet import (
    CAP,
    LEARNED_RUNS,
    SCALE,
    SEEDS,
    SHOTS,
    SIZE,
    catalog_text,
    plan_shots,
)
from sessions.models import Attempt, Brief, Shot, ShotPlan
from sessions.stages import STAGES
from sessions.store import open_store
from tools.catalog import Catalog, EngineSpec, parse_catalog
from tools.engines.base import Engine, EngineRequest, EngineResult, build_engine
from tools.engines.simulated import draw_fate
from tools.production.scheduler import Production
from tools.production.takes import PendingTake, seal_take
from tools.routing.budget import Budget
from tools.routing.guardrails import current_round
from tools.routing.request import GateResult
from tools.routing.router import Router, StageOutcome, StageRequest


@dataclass
class Run:
    spend: float
    accepted: int
    attempts: int
    wall_s: float
    lower_bound_s: float
    overheads_ms: list[float]  # wall time of run_stage minus engine and gate, per attempt
    loop_cpu_ms: list[float]  # CPU the event loop's thread spent in run_stage, per attempt
    gate_misses: int  # outputs meant to pass that the gate rejected (should be 0)
    signing_ms: list[float]  # signing and hashing each kept take, on a worker thread


def core_overhead_ms(text: str, seed: int, count: int = 480) -> list[float]:
    """The issue's definition of orchestration overhead, per attempt: routing + reservation + both
    log writes — the ranking, the stage's history and cap check, the idempotency key, reserving
    and settling the estimate, the row written before dispatch and the row finalised after.
    The same router methods production calls; no engine, no gate, no take kept (signing, renames:
    measured apart, above). The cap is lifted so one session can hold `count` attempts."""
    catalog = parse_catalog(
        text.replace(f"max_attempts_per_stage = {CAP}", "max_attempts_per_stage = 20"), "core"
    )
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        brief = Brief(text="bench", title="bench", duration_s=48, tier="delivery")
        info = store.create_session(brief, budget_usd=1e9)
        plan = store.save_plan(
            info.id, ShotPlan(title="bench", aspect_ratio="16:9", shots=plan_shots(seed))
        )
        budget = Budget(cap_usd=1e9)
        router = Router(catalog, store, budget, env={})
        for index in range(count):
            shot = plan.shots[index % len(plan.shots)]
            req = StageRequest(
                session_id=info.id,
                shot=shot,
                tool="animate",
                tier="delivery",
                prompt=shot.prompts.motion,
                width=SIZE[0],
                height=SIZE[1],
                shot_dir=Path(folder) / shot.id,
                duration_s=shot.duration_s,
                plan_approved=True,
            )
            started = time.perf_counter()
            routing = router.routing(
                req.tool, shot, req.tier, duration_s=shot.duration_s, size=SIZE
            )
            history = store.attempts(info.id, shot.id, req.tool)
            round_ = current_round(history, operator_redo=False)
            candidate = routing.ranked[0]
            attempt = router._prepare(req, candidate, routing, round_, None, history)
            if attempt is None:
                break
            budget.reserve(attempt.id, candidate.estimate_usd)
            store.start_attempt(attempt)
            attempt.status, attempt.cost_usd = "failed", candidate.estimate_usd
            attempt.error_kind = "server_error"  # finalised as a failure: no take to keep
            store.finish_attempt(attempt)
            budget.settle(attempt.id, attempt.cost_usd)
            samples.append((time.perf_counter() - started) * 1000)
        store.close()
    return samples


async def produce(text: str, seed: int, *, sequential: bool = False) -> Run:
    catalog = parse_catalog(text, "bench")
    # per (shot, stage): worker-thread time spent on outputs — the gate, and signing the take
    gate_s: dict[tuple[str, str], float] = defaultdict(float)
    signing: list[float] = []
    stage_of = {s.label: tool for tool, s in STAGES.items()}

    def timed_seal(pending: PendingTake) -> str:
        started = time.perf_counter()
        try:
            return seal_take(pending)
        finally:
            took = time.perf_counter() - started
            signing.append(took * 1000)
            label = pending.source.name.split("-", 1)[0]  # attempts/animate-<id>.mp4
            gate_s[(pending.source.parent.parent.name, stage_of[label])] += took

    tools.routing.attempts.seal_take = timed_seal  # the router's keep_take looks it up when it runs
    try:
        return await _produce(catalog, seed, gate_s, signing, sequential=sequential)
    finally:
        tools.routing.attempts.seal_take = seal_take


async def _produce(
    catalog: Catalog,
    seed: int,
    gate_s: dict[tuple[str, str], float],
    signing: list[float],
    *,
    sequential: bool,
) -> Run:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        info = store.create_session(
            Brief(text="bench", title="bench", duration_s=48, tier="delivery"), budget_usd=1000.0
        )
        plan = store.save_plan(
            info.id, ShotPlan(title="bench", aspect_ratio="16:9", shots=plan_shots(seed))
        )
        store.approve_plan(info.id)
        plan = store.plan(info.id) or plan
        engine_cpu = [0.0]  # loop-thread CPU spent inside engines (their side of the call)
        engines = {s.name: _Timed(build_engine(s), engine_cpu) for s in catalog.engines}
        router = Router(catalog, store, Budget(cap_usd=1000.0), env={}, engines=engines)
        real_gate = router.gate

        def timed_gate(req: StageRequest, path: Path) -> GateResult:
            started = time.perf_counter()
            try:
                return real_gate(req, path)
            finally:
                gate_s[(req.shot.id, req.tool)] += time.perf_counter() - started

        router.gate = timed_gate
        production = Production(store, router, info, plan, tier="delivery", resolution=SIZE)
        overheads: list[float] = []
        loop_ms: list[float] = []
        started = time.perf_counter()
        if sequential:  # one stage at a time, so run_stage's wall time is the router's alone
            run_stage = router.run_stage

            async def timed_stage(req: StageRequest) -> StageOutcome:
                t0, cpu0, inside0 = time.perf_counter(), time.thread_time(), engine_cpu[0]
                outcome = await run_stage(req)
                wall = time.perf_counter() - t0
                # the event loop's thread only, less what the engines did on it
                loop_cpu = time.thread_time() - cpu0 - (engine_cpu[0] - inside0)
                made = [a for a in outcome.attempts if a.elapsed_s is not None]
                engine = sum(a.elapsed_s or 0.0 for a in made)
                if made:
                    mine = wall - engine - gate_s[(req.shot.id, req.tool)]
                    overheads.append(mine / len(made) * 1000)
                    loop_ms.append(loop_cpu / len(made) * 1000)
                return outcome

            router.run_stage = timed_stage  # type: ignore[method-assign]
            for shot in plan.shots:
                await production.make([shot.id])
        else:
            await production.make()
        wall_s = time.perf_counter() - started
        rows = store.attempts(info.id)
        states = store.shot_states(info.id)
        accepted = sum(1 for status, _ in states.values() if status == "done")
        misses = sum(
            1
            for a in rows
            if a.status == "rejected"
            and _meant_to_pass(catalog.engine(a.engine), plan.shot(a.shot_id), a.tool, rows, a.id)
        )
        lower = lower_bound(catalog, plan.shots, rows, gate_s)
        store.close()
    return Run(
        spend=sum(a.cost_usd for a in rows),
        accepted=accepted,
        attempts=sum(1 for a in rows if a.elapsed_s is not None),
        wall_s=wall_s,
        lower_bound_s=lower,
        overheads_ms=overheads,
        loop_cpu_ms=loop_ms,
        gate_misses=misses,
        signing_ms=signing,
    )


class _Timed:
    """An engine as it is, counting the loop-thread CPU it uses (rendering runs on workers)."""

    def __init__(self, inner: Engine, total: list[float]) -> None:
        self.inner, self.spec, self.total = inner, inner.spec, total

    def availability(self, env: Mapping[str, str]) -> str | None:
        return self.inner.availability(env)

    async def run(self, request: EngineRequest) -> EngineResult:
        started = time.thread_time()
        try:
            return await self.inner.run(request)
        finally:
            self.total[0] += time.thread_time() - started


def _meant_to_pass(
    spec: EngineSpec, shot: Shot, tool: str, rows: list[Attempt], attempt_id: str
) -> bool:
    same = [
        a
        for a in rows
        if a.engine == spec.name
        and a.shot_id == shot.id
        and a.tool == tool
        and a.error_kind not in ("budget", "cap")
    ]
    call = [a.id for a in same].index(attempt_id)
    sent = same[call].seed  # a retry after a rejection is sent with a new seed
    fate = draw_fate(spec, shot_id=shot.id, tool=tool, seed=sent, tags=tuple(shot.tags), call=call)
    return fate.passes


def lower_bound(
    catalog: Catalog,
    shots: list[Shot],
    rows: list[Attempt],
    gate_s: dict[tuple[str, str], float],
) -> float:
    """No schedule of these same attempts can finish sooner: neither faster than the busiest
    engine's work over its slots, nor than the longest chain of dependent stages (keyframe →
    animate, and a look-back shot's animate after its predecessor's), each stage counting its
    engine calls, its gate and signing its take (`gate_s`): a stage is done when its take is kept."""
    busy: dict[str, float] = defaultdict(float)
    stage: dict[tuple[str, str], float] = defaultdict(float)
    for a in rows:
        if a.elapsed_s is None:
            continue
        busy[a.engine] += a.elapsed_s
        stage[(a.shot_id, a.tool)] += a.elapsed_s
    capacity = max(busy[name] / catalog.engine(name).concurrency for name in busy)
    done: dict[str, float] = {}
    for shot in shots:  # plan order: a predecessor always comes first
        keyframe = stage[(shot.id, "generate_keyframe")] + gate_s[(shot.id, "generate_keyframe")]
        ready = max(keyframe, done.get(shot.chain_from or "", 0.0))
        done[shot.id] = ready + stage[(shot.id, "animate")] + gate_s[(shot.id, "animate")]
    return max(capacity, max(done.values()))


def drift_part(seeds: tuple[int, ...]) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    """Part (c) on the episodes `seeds`: prints its table; returns its JSON and summary rows."""
    from bench.drift import KNOWN, LEARNED, ORACLE, STATIC, Tally, compare, run_setup

    results = compare(seeds)
    learned_runs = [results[LEARNED]] + [
        run_setup(None, learned=True, seeds=seeds) for _ in range(LEARNED_RUNS - 1)
    ]
    total = SHOTS * len(seeds)
    oracle_cost = results[ORACLE].per_accepted

    def row(label: str, t: Tally) -> tuple[object, ...]:
        episodes = " ".join(f"{s / a:.3f}" if a else "-" for s, a in t.per_episode)
        return (
            label,
            round(t.spend, 3),
            f"{t.accepted}/{total}",
            round(t.per_accepted, 4),
            f"{t.per_accepted / oracle_cost:.2f}x",
            episodes,
        )

    rows = [row(f"{LEARNED} #{n + 1}", t) for n, t in enumerate(learned_runs)]
    rows += [row(label, t) for label, t in results.items() if label != LEARNED]
    print(
        f"{SHOTS}-shot plan x {len(seeds)} episodes (seeds {seeds}), delivery tier, cap {CAP}, "
        f"{SIZE[0]}x{SIZE[1]}; engines drift halfway (bench/drift.py)"
    )
    print(
        table(
            [
                "setup",
                "spend $",
                "accepted",
                "$ / accepted shot",
                "vs oracle",
                "$/shot per episode",
            ],
            rows,
        )
    )
    learned_cost = statistics.mean(t.per_accepted for t in learned_runs)
    learned_accepted = statistics.mean(t.accepted for t in learned_runs)
    last = [t.per_episode[-1][0] / t.per_episode[-1][1] for t in learned_runs]
    oracle_last = results[ORACLE].per_episode[-1][0] / results[ORACLE].per_episode[-1][1]
    clips = results[LEARNED].animate_by_half
    print()
    print("learned router's clip attempts per engine, before / after the drift:")
    for half in ("before", "after"):
        print(f"  {half:<6} " + ", ".join(f"{e} {n}" for e, n in clips[half].most_common()))
    print()
    at = f" (seeds {'/'.join(map(str, seeds))})"
    summary = [
        (f"learned $/accepted shot vs cheapest-passing oracle (mean of runs){at}", f"{learned_cost / oracle_cost:.2f}x", "<= 1.5x"),
        ("  same, third episode only", f"{statistics.mean(last) / oracle_last:.2f}x", ""),
        ("  known odds (the same order on true chances) vs oracle", f"{results[KNOWN].per_accepted / oracle_cost:.2f}x", ""),
        ("learned vs static ranking, $/accepted shot", f"{learned_cost / results[STATIC].per_accepted:.2f}x", ""),
        ("accepted shots: learned (mean) / static / oracle", f"{learned_accepted:.1f} / {results[STATIC].accepted} / {results[ORACLE].accepted}", "learned >= static"),
    ]  # fmt: skip
    data: dict[str, object] = {
        "seeds": list(seeds),
        "drift": {
            label: {
                "spend": t.spend,
                "accepted": t.accepted,
                "attempts": t.attempts,
                "per_accepted_shot": t.per_accepted,
                "vs_oracle": t.per_accepted / oracle_cost,
                "per_episode": t.per_episode,
            }
            for label, t in results.items()
        },
        "learned_runs": [
            {
                "per_accepted_shot": t.per_accepted,
                "accepted": t.accepted,
                "per_episode": t.per_episode,
            }
            for t in learned_runs
        ],
        "learned_vs_oracle": learned_cost / oracle_cost,
        "learned_vs_oracle_third_episode": statistics.mean(last) / oracle_last,
        "learned_clips_by_half": {h: dict(c) for h, c in clips.items()},
    }
    return data, summary


def seed_set(text: str) -> tuple[int, ...]:
    try:
        seeds = tuple(int(s) for s in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not three seeds: {text!r} (e.g. 11,22,33)") from None
    if len(seeds) != len(SEEDS):
        raise argparse.ArgumentTypeError(f"not three seeds: {text!r} (e.g. 11,22,33)")
    return seeds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.routing", description=__doc__)
    parser.add_argument(
        "--seeds",
        type=seed_set,
        action="append",
        help="part (c)'s three episodes (repeat for more sets, each side by side in one run); "
        f"default {','.join(map(str, SEEDS))}",
    )
    parser.add_argument("--drift-only", action="store_true", help="part (c) only")
    args = parser.parse_args(argv)
    seed_sets: list[tuple[int, ...]] = args.seeds or [SEEDS]
    measures: list[tuple[str, object, str]] = []
    data: dict[str, object] = {"shots": SHOTS, "seeds": list(SEEDS), "cap": CAP}
    if not args.drift_only:
        measures, misses = overhead_and_wall(data)

    # (c) cost and acceptance on drifting engines, every setup side by side, per set of seeds
    drift = []
    for seeds in seed_sets:
        part, summary = drift_part(seeds)
        drift.append(part)
        measures += summary
    first = drift[0]
    data.update({k: first[k] for k in ("drift", "learned_runs", "learned_vs_oracle", "learned_vs_oracle_third_episode", "learned_clips_by_half")})  # fmt: skip
    data["drift_by_seeds"] = drift
    if not args.drift_only:
        measures.append(("good outputs the gate rejected", misses, "0"))
    print(table(["measure", "value", "target"], measures))
    path = write_json("routing", data)
    print(f"wrote {path}")


def overhead_and_wall(data: dict[str, object]) -> tuple[list[tuple[str, object, str]], int]:
    """Parts (a) and (b): their table rows (and the gate's misses); their numbers into `data`."""
    # (a) overhead, zero-latency engines, one stage at a time
    core = [ms for seed in SEEDS for ms in core_overhead_ms(catalog_text(seed, scale=0.0), seed)]
    overheads: list[float] = []
    loop_cpu: list[float] = []
    signing_ms: list[float] = []
    for seed in SEEDS:
        run = asyncio.run(produce(catalog_text(seed, scale=0.0), seed, sequential=True))
        overheads += run.overheads_ms
        loop_cpu += run.loop_cpu_ms
        signing_ms += run.signing_ms
    overhead_ms = statistics.median(overheads)
    loop_cpu_ms = statistics.median(loop_cpu)

    # (b) wall time against the critical path, realistic waits scaled, concurrent production
    ratios = []
    misses = 0
    for seed in SEEDS:
        run = asyncio.run(produce(catalog_text(seed, scale=SCALE), seed))
        ratios.append((run.wall_s, run.lower_bound_s, run.wall_s / run.lower_bound_s))
        misses += run.gate_misses
    data.update(
        {
            "core_overhead_ms_median": statistics.median(core),
            "core_overhead_samples": len(core),
            "overhead_ms_median": overhead_ms,
            "loop_cpu_ms_median": loop_cpu_ms,
            "overhead_samples": len(overheads),
            "signing_ms_median": statistics.median(signing_ms),
            "wall_vs_bound": [{"wall_s": w, "bound_s": b, "ratio": r} for w, b, r in ratios],
            "gate_misses": misses,
        }
    )
    rows: list[tuple[str, object, str]] = [
        ("routing + reservation + both log writes / attempt, median (ms)", round(statistics.median(core), 3), "< 1"),
        ("  same, p90 (ms)", round(sorted(core)[int(len(core) * 0.9)], 3), ""),
        ("whole router loop / attempt incl. keeping takes, loop CPU, median (ms)", round(loop_cpu_ms, 3), ""),
        ("whole router loop / attempt, wall - engine - gate, median (ms)", round(overhead_ms, 3), ""),
        ("  same, p90 (ms)", round(sorted(overheads)[int(len(overheads) * 0.9)], 3), ""),
        ("signing + hashing / take, worker thread, median (ms)", round(statistics.median(signing_ms), 3), ""),
        ("wall / critical-path bound (per seed)", " ".join(f"{r:.3f}" for *_, r in ratios), "<= 1.1"),
        ("wall s / bound s (per seed)", " ".join(f"{w:.2f}/{b:.2f}" for w, b, _ in ratios), ""),
    ]  # fmt: skip
    return rows, misses


if __name__ == "__main__":
    main()
