"""The router's guardrails, played out with simulated engines on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessions.models import sha256_text
from sessions.provenance import write_provenance
from tools.engines.simulated import SimulatedEngine, draw_fate
from tools.production.scheduler import production_order
from tools.routing.attempts import new_attempt
from tools.routing.guardrails import PlanNotApproved, idempotency_key, job_base
from tools.routing.rank import Routing
from tools.routing.router import StageRequest
from tools.routing.seeds import choose_seed
from tools.routing.slots import EngineSlots

from .studio import SIZE, catalog_toml, engine_toml, open_studio, shot

FREE_KEYFRAMES = engine_toml(
    "sim-cards", tools=["generate_keyframe"], price="per_image = 0.0", quality=0.9
)


async def test_a_preferred_engine_that_times_out_hands_the_shot_to_the_second(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-veo", tools=["animate"], strengths=["landscape"], timeout=1.0),
        engine_toml("sim-kling", tools=["animate"], price="per_second = 0.2"),
    )
    studio = open_studio(data_home, text, [shot(1, ["landscape"])])
    report = await studio.production.make()
    assert report.shots == {"S01": "done"}
    first, second = studio.dispatched("S01", "animate")
    assert (first.engine, first.status, first.error_kind) == ("sim-veo", "failed", "timeout")
    assert (second.engine, second.status, second.failover_from) == (
        "sim-kling",
        "succeeded",
        first.id,
    )
    assert "after sim-veo: timeout" in second.route_reason
    record = json.loads(write_provenance(studio.store, studio.session.id).read_text())
    animate = [a for a in record["attempts"] if a["tool"] == "animate"]
    assert [a["engine"] for a in animate] == ["sim-veo", "sim-kling"]
    assert animate[1]["failover_from"] == animate[0]["id"]
    assert animate[0]["ranking"] == ["sim-veo", "sim-kling"]


async def test_an_engine_that_always_spoils_its_output_uses_exactly_the_cap(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-smudge", tools=["animate"], low_quality=1.0),
        cap=3,
    )
    studio = open_studio(data_home, text, [shot(1), shot(2)])
    report = await studio.production.make()
    assert report.shots == {"S01": "failed", "S02": "failed"}  # production went on for S02
    for shot_id in ("S01", "S02"):
        attempts = studio.dispatched(shot_id, "animate")
        assert len(attempts) == 3
        assert {a.status for a in attempts} == {"rejected"}
        assert all(a.gate_decision == "reject" for a in attempts)
    status, reason = studio.store.shot_states(studio.session.id)["S01"]
    assert status == "failed" and "regeneration cap reached (3 of 3" in reason


async def test_the_llm_cannot_open_a_new_round_but_the_person_can(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES, engine_toml("sim-smudge", tools=["animate"], low_quality=1.0), cap=2
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    again = await studio.production.animate("S01")  # what the agent's tool call does
    assert again.status == "failed" and "regeneration cap reached (2 of 2" in again.reason
    assert again.attempts == []  # refused by code: no engine call, no row
    assert len(studio.dispatched("S01", "animate")) == 2
    await studio.production.make(["S01"], ["animate"], redo=True, operator_redo=True)
    rounds = [a.params["round"] for a in studio.dispatched("S01", "animate")]
    assert rounds == [1, 1, 2, 2]


async def test_a_retired_engine_is_out_for_the_rest_of_the_session(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-sora", tools=["animate"], quality=0.9, retired=True),
        engine_toml("sim-luma", tools=["animate"], quality=0.5),
    )
    studio = open_studio(data_home, text, [shot(1), shot(2), shot(3)])
    studio.production.on_event = None
    for shot_id in ("S01", "S02", "S03"):  # one after another: the first call finds out
        await studio.production.make([shot_id])
    engines = [a.engine for a in studio.dispatched(stage="animate")]
    assert engines == ["sim-sora", "sim-luma", "sim-luma", "sim-luma"]
    later = studio.dispatched("S03", "animate")[0]
    assert later.ranking == ["sim-luma"]
    assert "sim-sora" in studio.router.unavailable()


def _seed_where(spec_text: str, first: str, then: str) -> int:
    """A fault seed whose first call plays `first` and second plays `then` (found, not guessed)."""
    from tools.catalog import parse_catalog

    for seed in range(500):
        spec = parse_catalog(catalog_toml(spec_text.replace("seed = 0", f"seed = {seed}"))).engines[
            0
        ]
        fates = [
            draw_fate(spec, shot_id="S01", tool="animate", seed=101, tags=(), call=n).kind
            for n in (0, 1)
        ]
        if fates == [first, then]:
            return seed
    raise AssertionError("no such seed")


async def test_a_429_cools_the_engine_for_its_retry_after_then_retries_it(
    data_home: Path,
) -> None:
    flaky = engine_toml("sim-only", tools=["animate"], rate_limit=0.5, retry_after_s=0.02, seed=0)
    seed = _seed_where(flaky, "rate_limit", "ok")
    text = catalog_toml(FREE_KEYFRAMES, flaky.replace("seed = 0", f"seed = {seed}"))
    studio = open_studio(data_home, text, [shot(1)])
    report = await studio.production.make()
    assert report.shots == {"S01": "done"}
    first, second = studio.dispatched("S01", "animate")
    assert (first.error_kind, first.cost_usd) == ("rate_limited", 0.0)
    assert (second.engine, second.status) == ("sim-only", "succeeded")
    assert studio.sleeps == [0.02]  # no other engine: waited exactly the Retry-After, once


async def test_a_retry_after_longer_than_the_bound_fails_over_without_waiting(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-busy", tools=["animate"], quality=0.9, rate_limit=1.0, retry_after_s=600),
        engine_toml("sim-calm", tools=["animate"], quality=0.5),
        max_retry_after_s=5,
    )
    studio = open_studio(data_home, text, [shot(1)])
    report = await studio.production.make()
    assert report.shots == {"S01": "done"}
    assert [a.engine for a in studio.dispatched("S01", "animate")] == ["sim-busy", "sim-calm"]
    assert studio.sleeps == []


async def test_a_long_retry_after_with_no_other_engine_fails_within_the_bound(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-busy", tools=["animate"], rate_limit=1.0, retry_after_s=600),
        max_retry_after_s=5,
    )
    studio = open_studio(data_home, text, [shot(1)])
    report = await studio.production.make()
    assert report.shots == {"S01": "failed"}
    assert "Retry-After 600 s exceeds 5 s" in report.reasons["S01"]
    assert studio.sleeps == []


async def test_a_budget_too_small_for_the_premium_engine_uses_the_cheaper_one(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-premium", tools=["animate"], price="per_second = 0.40", quality=0.95),
        engine_toml("sim-budget", tools=["animate"], price="per_second = 0.05", quality=0.6),
    )
    # 0.25 s shots: premium costs 0.10, budget 0.0125 each; 0.05 affords neither premium take
    studio = open_studio(data_home, text, [shot(1), shot(2)], tier="delivery", budget_usd=0.05)
    report = await studio.production.make()
    assert report.shots == {"S01": "done", "S02": "done"}
    rows = studio.attempts(stage="animate")
    refused = [a for a in rows if a.error_kind == "budget"]
    assert {a.engine for a in refused} == {"sim-premium"} and len(refused) == 2
    taken = [a for a in rows if a.status == "succeeded"]
    assert {a.engine for a in taken} == {"sim-budget"}
    spent = studio.store.session_cost(studio.session.id)
    assert spent == pytest.approx(0.025) and spent <= 0.05
    assert studio.router.budget.spent_usd <= studio.router.budget.cap_usd


async def test_delivery_without_an_approved_plan_is_refused(data_home: Path) -> None:
    text = catalog_toml(FREE_KEYFRAMES, engine_toml("sim-any", tools=["animate"]))
    studio = open_studio(data_home, text, [shot(1)], tier="delivery", approved=False)
    with pytest.raises(PlanNotApproved):
        await studio.production.make()
    outcome = await studio.production.generate_keyframe("S01")  # the agent's tool, directly
    assert outcome.status == "failed" and "approved plan" in outcome.reason
    assert studio.attempts() == []


async def test_draft_never_uses_a_delivery_only_engine(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-master", tools=["animate"], tiers=["delivery"], quality=0.99),
        engine_toml("sim-draft", tools=["animate"], tiers=["draft"]),
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    (attempt,) = studio.dispatched("S01", "animate")
    assert attempt.engine == "sim-draft" and attempt.ranking == ["sim-draft"]


async def test_a_refusal_under_ask_waits_for_the_person(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-strict", tools=["animate"], quality=0.9, refusal=1.0),
        engine_toml("sim-lax", tools=["animate"], quality=0.5),
    )
    studio = open_studio(data_home, text, [shot(1)])
    report = await studio.production.make()
    assert report.shots == {"S01": "needs_attention"}
    assert [a.status for a in studio.dispatched("S01", "animate")] == ["refused"]
    again = await studio.production.animate("S01")  # the agent trying again on its own
    assert again.status == "needs_attention" and again.attempts == []
    assert len(studio.dispatched("S01", "animate")) == 1  # nothing paid was retried


async def test_the_persons_redo_after_a_refusal_tries_the_next_engine_first(
    data_home: Path,
) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-strict", tools=["animate"], quality=0.9, refusal=1.0),
        engine_toml("sim-lax", tools=["animate"], quality=0.5),
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    report = await studio.production.make(["S01"], ["animate"], redo=True, operator_redo=True)
    assert report.shots == {"S01": "done"}
    refused, redone = studio.dispatched("S01", "animate")
    assert (refused.engine, refused.status) == ("sim-strict", "refused")
    assert (redone.engine, redone.status) == ("sim-lax", "succeeded")
    assert redone.ranking == ["sim-lax", "sim-strict"]


async def test_a_redo_with_a_new_prompt_asks_the_refusing_engine_again(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-strict", tools=["animate"], quality=0.9, refusal=1.0),
        engine_toml("sim-lax", tools=["animate"], quality=0.5),
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    studio.plan.shot("S01").prompts.motion = "a gentler motion prompt"
    await studio.production.make(["S01"], ["animate"], redo=True, operator_redo=True)
    assert [a.engine for a in studio.dispatched("S01", "animate")] == ["sim-strict", "sim-strict"]


async def test_a_refusal_under_failover_moves_on(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-strict", tools=["animate"], quality=0.9, refusal=1.0),
        engine_toml("sim-lax", tools=["animate"], quality=0.5),
        on_refusal="failover",
    )
    studio = open_studio(data_home, text, [shot(1)])
    report = await studio.production.make()
    assert report.shots == {"S01": "done"}
    assert [a.engine for a in studio.dispatched("S01", "animate")] == ["sim-strict", "sim-lax"]


async def test_a_corrupt_output_is_caught_and_failed_over(data_home: Path) -> None:
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-broken", tools=["animate"], quality=0.9, corrupt=1.0),
        engine_toml("sim-fine", tools=["animate"], quality=0.5),
    )
    studio = open_studio(data_home, text, [shot(1)])
    await studio.production.make()
    first, second = studio.dispatched("S01", "animate")
    assert (first.status, first.error_kind, first.quality_score) == ("rejected", "bad_output", 0.0)
    assert first.cost_usd > 0  # a generated-but-bad output is billed
    assert second.status == "succeeded"


def _request(studio_shot_dir: Path, studio: object, shot_id: str = "S01") -> StageRequest:
    from .studio import Studio

    assert isinstance(studio, Studio)
    return StageRequest(
        session_id=studio.session.id,
        shot=studio.plan.shot(shot_id),
        tool="generate_keyframe",
        tier="draft",
        prompt=studio.plan.shot(shot_id).prompts.keyframe,
        width=SIZE[0],
        height=SIZE[1],
        shot_dir=studio_shot_dir,
        plan_approved=True,
    )


async def test_a_job_left_running_is_polled_not_paid_again(data_home: Path) -> None:
    text = catalog_toml(engine_toml("sim-cards", tools=["generate_keyframe"]))
    studio = open_studio(data_home, text, [shot(1)])
    req = _request(studio.production.shot_dir("S01"), studio)
    # An earlier process wrote the row and got a job id, then died before the result came.
    candidate = studio.router.routing(
        req.tool, req.shot, req.tier, duration_s=None, size=SIZE
    ).ranked[0]
    # the job as the router names it: session, shot, stage, engine, prompt, seed, image, take 1
    base = job_base(
        req.session_id, "S01", req.tool, "sim-cards", sha256_text(req.prompt), req.shot.seed, "", 1
    )
    routing = studio.router.routing(req.tool, req.shot, req.tier, duration_s=None, size=SIZE)
    crashed = new_attempt(
        req,
        candidate,
        routing,
        studio.catalog,
        key=idempotency_key(base, 0),
        seed=choose_seed(req, candidate.spec, []),
        round_=1,
        previous=None,
        operator="",
    )
    crashed.provider_job_id = "sim:sim-cards:S01:generate_keyframe:0"
    studio.store.start_attempt(crashed)
    outcome = await studio.router.run_stage(req)
    assert outcome.status == "accepted"
    assert [a.id for a in outcome.attempts] == [crashed.id]
    engine = studio.router.engine(studio.catalog.engine("sim-cards"))
    assert isinstance(engine, SimulatedEngine)
    assert (engine.submitted, engine.polled) == (0, 1)
    assert len(studio.attempts("S01")) == 1


async def test_chained_shots_wait_and_animate_from_the_previous_clip(data_home: Path) -> None:
    text = catalog_toml(FREE_KEYFRAMES, engine_toml("sim-any", tools=["animate"]))
    studio = open_studio(data_home, text, [shot(1), shot(2, chain_from="S01")])
    await studio.production.make()
    (clip,) = studio.dispatched("S02", "animate")
    assert clip.params["anchor_from"] == "S01"
    order = [(e.shot_id, e.status) for e in studio.events if e.stage == "animate"]
    # S02 says it waits only when it reaches its clip before S01's is accepted; on a loaded
    # machine S01 may be done first (the newcomer's walk saw this test fail so). Either way
    # S02's clip starts after S01's is accepted.
    if ("S02", "waiting") in order:
        assert order.index(("S02", "waiting")) < order.index(("S01", "accepted"))
    assert order.index(("S01", "accepted")) < order.index(("S02", "started"))


async def test_a_freed_engine_slot_goes_to_the_earliest_shot_waiting() -> None:
    import asyncio

    slots = EngineSlots(1)
    served: list[int] = []
    gate = asyncio.Event()

    async def shot_needs(priority: int) -> None:
        async with slots.hold(priority):
            served.append(priority)
            await gate.wait()

    first = asyncio.create_task(shot_needs(9))
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(shot_needs(p)) for p in (5, 2, 7)]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(first, *waiting)
    assert served == [9, 2, 5, 7]


def test_production_order_is_plan_order_with_chain_heads_first() -> None:
    shots = [shot(1), shot(2), shot(3), shot(4, chain_from="S03"), shot(5, chain_from="S04")]
    shots += [shot(6), shot(7), shot(8, chain_from="S07")]
    order = production_order(shots)
    ranked = sorted(order, key=order.__getitem__)
    # S03 heads a chain of two, S04 and S07 chains of one; every other shot keeps plan order.
    assert ranked == ["S03", "S04", "S07", "S01", "S02", "S05", "S06", "S08"]
    plain = [shot(n) for n in range(1, 5)]
    assert production_order(plain) == {"S01": 0, "S02": 1, "S03": 2, "S04": 3}


async def test_a_failure_reorders_the_engines_left_by_what_the_ranker_now_knows(
    data_home: Path,
) -> None:
    # A learning ranker sees each result as it lands: after sim-smudge spoils its take, the engine
    # it now ranks first is tried next — not the one the walk's first ranking put second.
    text = catalog_toml(
        FREE_KEYFRAMES,
        engine_toml("sim-smudge", tools=["animate"], low_quality=1.0),
        engine_toml("sim-second", tools=["animate"], low_quality=1.0),
        engine_toml("sim-third", tools=["animate"]),
    )
    studio = open_studio(data_home, text, [shot(1)])
    asked: list[int] = []

    def ranker(routing: Routing, req: StageRequest) -> Routing:
        if req.tool != "animate":
            return routing
        asked.append(len(studio.dispatched("S01", "animate")))
        failed = {a.engine for a in studio.dispatched("S01", "animate")}
        order = (
            ["sim-smudge", "sim-second", "sim-third"]
            if not failed
            else ["sim-third", "sim-smudge", "sim-second"]
        )
        ranked = sorted(routing.ranked, key=lambda c: order.index(c.name))
        return Routing(routing.tool, routing.tier, ranked, dict(routing.excluded))

    studio.production.router.ranker = ranker
    report = await studio.production.make()
    assert report.shots == {"S01": "done"}
    assert [a.engine for a in studio.dispatched("S01", "animate")] == ["sim-smudge", "sim-third"]
    assert asked == [0, 1]  # asked once for the walk, once after the failure
