"""Invariants of the router over random catalogs of simulated engines, fault rates, budgets and
plans, produced concurrently: the budget holds, no stage passes its cap, every failure has a row,
failover follows the ranking, and a refusal under `ask` never triggers a paid retry."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sessions.models import TAGS, Attempt

from .studio import catalog_toml, engine_toml, open_studio, shot

PROFILE = settings(
    max_examples=40,
    derandomize=True,  # the same examples on every run: no flaky CI
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

rate = st.sampled_from([0.0, 0.0, 0.1, 0.3, 0.6])


@st.composite
def engines(draw: st.DrawFn, index: int) -> str:
    tools = draw(
        st.sampled_from([["generate_keyframe"], ["animate"], ["generate_keyframe", "animate"]])
    )
    return engine_toml(
        f"sim-{index}",
        tools=tools,
        tiers=draw(st.sampled_from([["draft"], ["delivery"], ["draft", "delivery"]])),
        strengths=draw(st.lists(st.sampled_from(TAGS[:5]), max_size=2, unique=True)),
        price=f"per_second = {draw(st.sampled_from([0.0, 0.05, 0.1, 0.4]))}",
        quality=draw(st.sampled_from([0.3, 0.6, 0.9])),
        concurrency=draw(st.integers(1, 3)),
        timeout=draw(rate),
        rate_limit=draw(rate),
        retry_after_s=draw(st.sampled_from([0.01, 2.0])),
        server_error=draw(rate),
        low_quality=draw(rate),
        refusal=draw(st.sampled_from([0.0, 0.0, 0.2])),
        corrupt=draw(st.sampled_from([0.0, 0.1])),
        retired=draw(st.sampled_from([False, False, False, True])),
        seed=draw(st.integers(0, 1000)),
    )


@st.composite
def productions(draw: st.DrawFn) -> dict[str, object]:
    count = draw(st.integers(2, 4))
    always = engine_toml("sim-cards", tools=["generate_keyframe"], price="per_image = 0.0")
    text = catalog_toml(
        always,
        *(draw(engines(i)) for i in range(count)),
        cap=draw(st.integers(1, 4)),
        on_refusal=draw(st.sampled_from(["ask", "failover", "fail"])),
        max_retry_after_s=1.0,
    )
    shots = []
    for n in range(1, draw(st.integers(2, 5)) + 1):
        tags = draw(st.lists(st.sampled_from(TAGS[:5]), max_size=2, unique=True))
        chain = f"S{n - 1:02d}" if n > 1 and draw(st.booleans()) else None
        shots.append(shot(n, tags, chain_from=chain))
    return {
        "text": text,
        "shots": shots,
        "tier": draw(st.sampled_from(["draft", "delivery"])),
        "budget": draw(st.sampled_from([0.0, 0.02, 0.05, 0.2, 5.0])),
    }


def _chains(attempts: list[Attempt]) -> list[list[Attempt]]:
    """Each stage call's rows, in order: a chain starts at a row with no failover_from."""
    by_id = {a.id: a for a in attempts}
    children: dict[str, Attempt] = {a.failover_from: a for a in attempts if a.failover_from}
    chains = []
    for head in (a for a in attempts if a.failover_from is None or a.failover_from not in by_id):
        chain = [head]
        while chain[-1].id in children:
            chain.append(children[chain[-1].id])
        chains.append(chain)
    return chains


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
@PROFILE
@given(productions())
async def test_guardrails_hold_over_random_productions(case: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        studio = open_studio(
            Path(folder),
            str(case["text"]),
            case["shots"],  # type: ignore[arg-type]
            tier=case["tier"],  # type: ignore[arg-type]
            budget_usd=float(case["budget"]),  # type: ignore[arg-type]
        )
        rails = studio.catalog.guardrails
        report = await studio.production.make()
        rows = studio.attempts()
        event(f"shots done: {sum(s == 'done' for s in report.shots.values()) > 0}")
        event(f"kinds: {sorted({a.error_kind or a.status for a in rows})}"[:60])
        try:
            # the budget holds, in the books and in the store
            assert studio.router.budget.spent_usd <= studio.router.budget.cap_usd + 1e-9
            assert studio.store.session_cost(studio.session.id) <= float(case["budget"]) + 1e-9
            assert studio.router.budget.reserved_usd == pytest.approx(0.0)
            # no stage passes its cap; every row is finalised
            per_stage: dict[tuple[str, str], int] = defaultdict(int)
            for a in rows:
                assert a.status != "running"
                if a.error_kind not in ("budget", "cap"):
                    per_stage[(a.shot_id, a.tool)] += 1
            assert all(n <= rails.max_attempts_per_stage for n in per_stage.values())
            # every shot that did not finish has rows saying why (or no engine was eligible)
            for shot_id, status in report.shots.items():
                if status != "done":
                    failed_rows = [a for a in rows if a.shot_id == shot_id]
                    reason = report.reasons[shot_id]
                    assert failed_rows or "no engine can" in reason, reason
                    assert all(a.status != "succeeded" for a in failed_rows if a.tool == "animate")
            # failover follows the ranking (rate limits reorder by design: checked apart)
            if not any(a.error_kind == "rate_limited" for a in rows):
                for chain in _chains(rows):
                    ring = list(chain[0].ranking)
                    cursor = 0
                    for a in chain:
                        if a.error_kind == "cap":
                            continue
                        assert a.engine == ring[cursor % len(ring)], [x.engine for x in chain]
                        index = ring.index(a.engine)
                        dropped = a.error_kind in ("retired", "auth", "budget") or (
                            a.status == "refused" and rails.on_refusal == "failover"
                        )
                        if dropped:
                            ring.pop(index)
                            cursor = index
                        else:
                            cursor = index + 1
                        if ring:
                            cursor %= len(ring)
            # a refusal under `ask` is the last thing that stage did
            if rails.on_refusal == "ask":
                for chain in _chains(rows):
                    refused = [i for i, a in enumerate(chain) if a.status == "refused"]
                    assert not refused or refused[0] == len(chain) - 1
        finally:
            studio.store.close()
