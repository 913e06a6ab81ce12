"""Expected cost per acceptable shot, before spending: the forecast's arithmetic, and where the
person sees it (the plan's approval, `run` without --yes, `show` after production)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from sessions.models import Brief, Shot, ShotPlan, StagePrompts, WorkItem
from sessions.store import open_store
from tests.e2e.test_cli import run_cli
from tools.catalog import parse_catalog
from tools.routing.learning import Belief, Scored
from tools.routing.rank import Candidate
from tools.service import ProductionService
from tools.service.estimate import forecast

from .studio import catalog_toml, engine_toml

CATALOG = catalog_toml(
    engine_toml("sim-frames", tools=["generate_keyframe"], price="per_image = 0.02"),
    engine_toml("sim-clips", tools=["animate"], price="per_second = 0.5"),
)


def walk(price: float, alpha: float, beta: float) -> list[Scored]:
    spec = parse_catalog(CATALOG).engine("sim-clips")
    belief = Belief(alpha, beta)  # reliability 1: every call returns an output
    return [Scored(Candidate(spec, 1.0, price, ()), belief, belief.mean)]


def item(shot: str, tool: str = "animate") -> WorkItem:
    return WorkItem(shot_id=shot, tool=tool, why="missing")  # type: ignore[arg-type]


def test_a_sure_engine_costs_its_price_and_an_even_one_pays_for_its_misses() -> None:
    sure = forecast([(item("S01"), walk(1.0, 1e6, 1))], cap=3)
    assert sure.expected_usd == pytest.approx(1.0, rel=1e-3)
    assert (sure.p10_usd, sure.p90_usd) == (pytest.approx(1.0), pytest.approx(1.0))
    assert sure.per_acceptable_shot_usd == pytest.approx(1.0, rel=1e-3)

    even = forecast([(item("S01"), walk(1.0, 1e6, 1e6))], cap=3, simulations=20_000)
    # tries until accepted or the cap: 1 + 1/2 + 1/4 calls, accepted 7 times in 8
    assert even.expected_usd == pytest.approx(1.75, rel=0.03)
    assert even.expected_shots == pytest.approx(0.875, rel=0.03)
    assert (even.p10_usd, even.p90_usd) == (1.0, 3.0)
    assert even.items[0].per_acceptable_usd == pytest.approx(2.0)  # price ÷ P(accept)


def test_a_stage_after_a_failed_one_is_never_paid_for() -> None:
    never = walk(1.0, 1, 1e6)  # the keyframe is never accepted
    result = forecast(
        [(item("S01", "generate_keyframe"), never), (item("S01"), walk(5.0, 1e6, 1))], cap=2
    )
    assert result.expected_usd == pytest.approx(2.0, rel=1e-3)  # two keyframe calls, no clip
    assert result.expected_shots == pytest.approx(0.0, abs=1e-3)


def test_the_plan_approval_shows_the_expected_total_and_its_range(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    service = ProductionService(store, parse_catalog(CATALOG), {})
    info = service.create_session(
        Brief(text="t", title="Harbour", duration_s=2, tier="delivery"), budget_usd=10
    )
    shots = [
        Shot(id=f"S0{n}", description="d", duration_s=1, framing="wide", camera="pan", seed=n,
             prompts=StagePrompts(keyframe="k", motion="m"))
        for n in (1, 2)
    ]  # fmt: skip
    approval = service.propose_plan(
        info.id, ShotPlan(title="Harbour", aspect_ratio="16:9", shots=shots), actor="person"
    )
    assert "expected $" in approval.summary and "p10–p90" in approval.summary
    assert "per acceptable shot" in approval.summary
    # what "acceptable" counts, said beside the count (the walk read "0.9 of 4 shots expected
    # acceptable" as a verdict on the plan)
    assert "of 2 shots expected to end on an accepted take within the redo cap" in approval.summary
    production = asyncio.run(service.approve(approval.id, by="person")).next
    assert production is not None and "p10–p90" in production.summary
    made = asyncio.run(service.approve(production.id, by="person"))
    assert "(predicted $" in made.message  # every front door's answer: spent beside predicted
    _, out, _ = run_cli(["show", info.id, "--json"], capsys)
    [check] = json.loads(out)["forecasts"]
    assert check["verb"] == "produce" and check["actual_usd"] == pytest.approx(
        store.session_cost(info.id)
    )
    assert check["expected_usd"] > check["listed_usd"] > 0  # misses are priced in
    each = {(i["shot_id"], i["tool"]): i for i in check["items"]}  # per shot and stage
    assert set(each) == {(s, t) for s in ("S01", "S02") for t in ("generate_keyframe", "animate")}
    assert all(0 < i["p_accept"] < 1 and i["per_acceptable_usd"] > 0 for i in each.values())
    _, out, _ = run_cli(["show", info.id], capsys)
    assert "predicted $" in out and "spent $" in out
    store.close()


def test_run_without_yes_prints_the_expected_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(CATALOG)
    brief = tmp_path / "brief.txt"
    brief.write_text("A 2-second clip of waves breaking at a lighthouse.\n")
    code, out, _ = run_cli(
        ["run", str(brief), "--tier", "delivery", "--catalog", str(catalog)], capsys
    )
    assert code == 3 and "expected $" in out and "p10–p90" in out
