"""Proxy races through the application service: reservation, candidates, pick, commit, provenance.

Simulated engines on a real store: `sim-smudge` spoils every output (the gate rejects it), the two
others pass; every engine charges its list price, so the budget arithmetic is exact."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.provenance import provenance_record
from sessions.store import SessionStore, open_store
from sessions.summary import session_summary
from tools.catalog import parse_catalog
from tools.production.recovery import recover_session
from tools.service import ProductionService, ServiceError

from .studio import catalog_toml, engine_toml

RACE = """
[race]
engines = 3
max_engines = 3
duration_s = 0.25
short_side = 18
hard_tags = ["human_motion"]
"""


def catalog_text() -> str:
    return catalog_toml(
        engine_toml("sim-cards", tools=["generate_keyframe"], price="per_image = 0.0"),
        engine_toml("sim-kling", tools=["animate"], price="per_second = 0.4", quality=0.8),
        engine_toml("sim-runway", tools=["animate"], price="per_second = 0.2", quality=0.7),
        engine_toml("sim-smudge", tools=["animate"], price="per_second = 0.1", low_quality=1.0),
    ).replace('version = "test"\n', 'version = "test"\n' + RACE)


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    s = open_store()
    yield s
    s.close()


def studio(
    store: SessionStore, *, budget: float = 5.0, tier: str = "delivery"
) -> tuple[ProductionService, str]:
    catalog = parse_catalog(catalog_text(), "race catalog")
    service = ProductionService(store, catalog, {})
    info = service.create_session(
        Brief(text="a dancer", title="Dancer", duration_s=1.0, tier=tier),  # type: ignore[arg-type]
        budget_usd=budget,
    )
    shots = [
        Shot(
            id=f"S0{n}",
            description=f"a dancer leaps, take {n}",
            duration_s=0.5,
            framing="wide",
            camera="pan",
            tags=["human_motion"] if n == 1 else ["landscape"],
            seed=40 + n,
            prompts=StagePrompts(keyframe=f"dancer {n}", motion=f"the dancer leaps {n}"),
        )
        for n in (1, 2)
    ]
    store.save_plan(
        info.id, ShotPlan(title="Dancer", aspect_ratio="16:9", shots=shots, approved=True)
    )
    return service, info.id


def keyframes(service: ProductionService, sid: str) -> None:
    approval = service.request_production(sid, stages=["generate_keyframe"], actor="person")
    assert approval is not None
    asyncio.run(service.approve(approval.id, by="person"))


def test_a_race_names_every_candidate_and_reserves_the_whole_race(store: SessionStore) -> None:
    service, sid = studio(store)
    keyframes(service, sid)
    approval = service.request_race(sid)  # no shot named: the hard-tagged ones (S01)
    assert approval.verb == "race" and approval.status == "pending"
    assert {(w.shot_id, w.tool, w.why) for w in approval.work} == {("S01", "animate", "race")}
    assert sorted(w.engine for w in approval.work) == ["sim-kling", "sim-runway", "sim-smudge"]
    # proxies are short (0.25 s, not the shot's 0.5 s): the estimate is the list price of that
    assert approval.estimate_usd == pytest.approx(0.25 * (0.4 + 0.2 + 0.1))
    for engine in ("sim-kling", "sim-runway", "sim-smudge"):
        assert engine in approval.summary
    [race] = service.races(sid)
    assert race.status == "pending" and (race.width, race.height) == (32, 18)
    assert race.seed == 41 and race.prompt == "the dancer leaps 1"
    assert not [a for a in store.attempts(sid) if a.params.get("race")]  # nothing ran yet


def test_a_race_that_does_not_fit_the_budget_is_refused_before_any_call(
    store: SessionStore,
) -> None:
    service, sid = studio(store, budget=0.12)  # one proxy fits, the whole race does not
    keyframes(service, sid)
    with pytest.raises(ServiceError, match="the race would reserve"):
        service.request_race(sid, ["S01"])
    service.set_budget(sid, 1.0)
    approval = service.request_race(sid, ["S01"])
    service.set_budget(sid, 0.12)  # the budget shrank while the race waited for its yes
    with pytest.raises(ServiceError, match="cannot start"):
        asyncio.run(service.approve(approval.id, by="person"))
    assert not [a for a in store.attempts(sid) if a.params.get("race")]  # all or nothing
    assert store.approval(approval.id).status == "failed"  # type: ignore[union-attr]


def test_the_race_runs_every_proxy_and_yes_picks_the_best_score_then_commits(
    store: SessionStore,
) -> None:
    service, sid = studio(store)
    keyframes(service, sid)
    approval = service.request_race(sid, ["S01"])
    outcome = asyncio.run(service.approve(approval.id, by="--yes"))
    proxies = [a for a in store.attempts(sid, "S01", "animate") if a.params.get("race")]
    assert sorted(a.engine for a in proxies) == ["sim-kling", "sim-runway", "sim-smudge"]
    for proxy in proxies:  # small, short, draft-gated, the shot's seed, outside the cap's rounds
        assert (proxy.tier, proxy.seed, proxy.params["round"]) == ("draft", 41, 0)
        assert (proxy.params["width"], proxy.params["height"]) == (32, 18)
        assert proxy.params["duration_s"] == 0.25 and proxy.prompt == "the dancer leaps 1"
    assert outcome.spent_usd == pytest.approx(sum(a.cost_usd for a in proxies))
    [race] = service.races(sid)
    by_engine = {c.engine: c for c in race.candidates}
    assert race.status == "done"
    assert by_engine["sim-smudge"].gate == "reject"
    assert {by_engine["sim-kling"].gate, by_engine["sim-runway"].gate} == {"accept"}
    best = max(
        (c for c in race.candidates if c.gate == "accept"),
        key=lambda c: (c.score or 0.0, -c.estimate_usd),
    )
    assert race.best == best.engine
    assert store.current_take(sid, "S01", "clip") is None  # a proxy is never a take
    # the proxies side by side in one picture, decoded back: one frame per candidate
    assert race.sheet is not None and race.sheet in outcome.message
    with Image.open(race.sheet) as sheet:
        assert sheet.width == 16 + 3 * (320 + 16) and sheet.height > 180

    pin, commit = service.pick_race(sid, "S01", actor="--yes")
    assert pin.engine == race.best and pin.seed == 41
    assert commit is not None and commit.work[0].engine == race.best  # estimated on the pin
    assert (commit.work[0].shot_id, commit.work[0].tool, commit.work[0].seed) == (
        "S01",
        "animate",
        41,
    )
    asyncio.run(service.approve(commit.id, by="--yes"))
    take = store.current_take(sid, "S01", "clip")
    assert take is not None
    made = store.attempt(take.attempt_id or "")
    assert (made.engine, made.tier, made.seed) == (race.best, "delivery", 41)
    assert made.prompt == race.prompt and (made.params["width"], made.params["height"]) == (
        1280,
        720,
    )
    assert "pinned by the person's pick" in made.route_reason


def test_the_person_may_pick_another_engine_than_the_best(store: SessionStore) -> None:
    service, sid = studio(store)
    keyframes(service, sid)
    asyncio.run(service.approve(service.request_race(sid, ["S01"]).id, by="person"))
    [race] = service.races(sid)
    other = next(c.engine for c in race.candidates if c.gate == "accept" and c.engine != race.best)
    pin, commit = service.pick_race(sid, "S01", other, actor="person")
    assert pin.engine == other and commit is not None and commit.work[0].engine == other
    with pytest.raises(ServiceError, match="was not in race"):
        service.pick_race(sid, "S01", "sim-cards")
    [race] = service.races(sid)
    assert race.picked == other and race.picked_by == "person"


def test_a_draft_session_pins_without_spending(store: SessionStore) -> None:
    service, sid = studio(store, tier="draft")
    keyframes(service, sid)
    asyncio.run(service.approve(service.request_race(sid, ["S01"]).id, by="person"))
    pin, commit = service.pick_race(sid, "S01", actor="person")
    assert commit is None and pin.engine  # committed when the session goes to delivery
    service.set_tier(sid, "delivery", actor="person")
    approval = service.request_production(sid, actor="person")
    assert approval is not None
    assert (
        next(w for w in approval.work if w.shot_id == "S01" and w.tool == "animate").engine
        == pin.engine
    )


def test_a_race_is_provenance_and_never_adopted_as_a_take(store: SessionStore) -> None:
    service, sid = studio(store)
    keyframes(service, sid)
    approval = service.request_race(sid, ["S01"])
    asyncio.run(service.approve(approval.id, by="person"))
    service.pick_race(sid, "S01", actor="person")

    recovered = recover_session(store, sid)  # a resume after the race: nothing to adopt
    assert recovered.adopted == [] and store.current_take(sid, "S01", "clip") is None

    record = json.loads(json.dumps(provenance_record(store, sid)))
    [race] = record["races"]
    assert len(race["candidates"]) == 3 and race["picked"] == race["best"]
    assert record["pins"][0]["engine"] == race["picked"]
    raced = [a for a in record["attempts"] if a["params"].get("race") == race["id"]]
    assert len(raced) == 3
    calls = {c["tool"]: c for c in record["tool_calls"]}
    assert {"request_race", "race", "pick_race"} <= set(calls)
    children = [c for c in record["tool_calls"] if c["parent_id"] == calls["race"]["id"]]
    assert sorted(c["args"]["engine"] for c in children) == [
        "sim-kling",
        "sim-runway",
        "sim-smudge",
    ]
    summary = session_summary(store, sid)
    assert summary.races[0].id == race["id"] and summary.races[0].picked == race["picked"]


def test_race_proxies_do_not_use_the_stages_regeneration_cap(store: SessionStore) -> None:
    service, sid = studio(store)
    keyframes(service, sid)
    asyncio.run(service.approve(service.request_race(sid, ["S01"]).id, by="person"))
    approval = service.request_production(sid, actor="person")
    assert approval is not None
    asyncio.run(service.approve(approval.id, by="person"))
    rounds = [a.params["round"] for a in store.attempts(sid, "S01", "animate")]
    assert rounds.count(0) == 3 and all(r == 1 for r in rounds if r != 0)
    assert store.current_take(sid, "S01", "clip") is not None


def test_bad_race_requests_are_one_clear_line(store: SessionStore) -> None:
    service, sid = studio(store)
    with pytest.raises(ServiceError, match="no keyframe to animate"):
        service.request_race(sid, ["S01"], stage_word="animate")
    with pytest.raises(ServiceError, match="needs two engines that can make S02's keyframe"):
        service.request_race(sid, ["S02"])  # no keyframe yet: its keyframe would be raced
    with pytest.raises(ServiceError, match="2 to 3 engines"):
        service.request_race(sid, ["S01"], engines=4)
    with pytest.raises(ServiceError, match="not 'upscale'"):
        service.request_race(sid, ["S01"], stage_word="upscale")
    with pytest.raises(ServiceError, match="no finished race"):
        service.pick_race(sid, "S01")
    keyframes(service, sid)
    with pytest.raises(ServiceError, match=r"cannot race sim-cards on S01 .*cannot make a clip"):
        service.request_race(sid, ["S01"], names=["sim-kling", "sim-cards"])
