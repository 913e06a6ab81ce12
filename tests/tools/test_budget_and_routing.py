from __future__ import annotations

import pytest

from tools.catalog import load_catalog
from tools.routing.budget import Budget, BudgetExceeded
from tools.routing.rank import rank_engines


def test_budget_reserves_before_spending_and_settles_after() -> None:
    budget = Budget(cap_usd=1.0)
    budget.reserve("a", 0.6)
    with pytest.raises(BudgetExceeded):
        budget.reserve("b", 0.5)
    assert budget.reserved_usd == pytest.approx(0.6)
    budget.settle("a", 0.4)
    assert (budget.spent_usd, budget.reserved_usd) == (pytest.approx(0.4), 0.0)
    budget.reserve("b", 0.6)  # the unspent part of the first reservation came back


def test_ranking_prefers_strengths_then_cost_for_draft() -> None:
    catalog = load_catalog()
    routing = rank_engines(
        catalog,
        "animate",
        ["human_motion", "physics"],
        "draft",
        duration_s=5,
        width=1280,
        height=720,
    )
    assert routing.ranked[0].name == "runway-gen4-turbo"  # covers both tags, cheapest of those
    assert "kling-2.1-pro" in routing.excluded  # delivery-only
    assert "sora-2" in routing.excluded and "retired" in routing.excluded["sora-2"]
    assert "human_motion" in routing.reason_for(routing.ranked[0], 0)


def test_an_engine_whose_clips_stop_short_of_the_shot_is_left_out() -> None:
    """A 10 s landscape shot: Veo (8 s clips) would come back short and be rejected after it
    was paid for, so it is not ranked; an engine that makes 10 s clips is."""
    catalog = load_catalog()
    routing = rank_engines(
        catalog,
        "animate",
        ["landscape", "camera_motion"],
        "delivery",
        duration_s=10,
        width=1280,
        height=720,
    )
    assert "up to 8 s" in routing.excluded["veo-3.1"]
    assert routing.ranked and all(
        c.spec.max_duration_s is None or c.spec.max_duration_s >= 10 for c in routing.ranked
    )
    short = rank_engines(
        catalog, "animate", ["landscape"], "delivery", duration_s=8, width=1280, height=720
    )
    assert "veo-3.1" in [c.name for c in short.ranked]


def test_ranking_prefers_quality_for_delivery() -> None:
    catalog = load_catalog()
    routing = rank_engines(
        catalog,
        "animate",
        ["landscape", "camera_motion"],
        "delivery",
        duration_s=5,
        width=1280,
        height=720,
    )
    # Veo 3.1 on fal and on Vertex share the quality prior: the cheaper route leads.
    assert routing.names[:2] == ["veo-3.1", "veo-3.1-vertex"]
    assert "animatic" in routing.excluded  # previs is draft-only


def test_unavailable_engines_are_left_out_with_their_reason() -> None:
    catalog = load_catalog()
    routing = rank_engines(
        catalog,
        "generate_keyframe",
        [],
        "draft",
        duration_s=None,
        width=1280,
        height=720,
        unavailable={"flux-schnell": "FAL_KEY is not set"},
    )
    assert routing.excluded["flux-schnell"] == "FAL_KEY is not set"
