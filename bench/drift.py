"""Part (c) of bench/routing: cost per accepted shot on engines that are not what the catalog says.

The router sees bench/routing's catalog — list prices, strengths, quality priors — but the engines
behind it behave otherwise (`TRUTH`): a cheap engine the catalog calls a stylized specialist is
good at nearly everything, one sold for human motion spoils a third of its clips, and halfway
through the run (from the 37th of the 72 shots) two providers ship new model versions: wan-2.2
becomes good, seedance-1-pro gets worse. Each engine reports its version, as providers do.

The three seeds are three episodes produced one after the other in ONE data home, so the learned
router carries what it saw into the next episode (the baselines have nothing to learn: each runs in
a data home of its own). Every setup meets the same fates: a call's outcome depends only on the
engine, the shot, the stage, how many calls that engine already made for it and the seed sent — the
shot's own, except that the router retries a rejected request with a new seed, whose draw the
oracle (which never retries) does not see.

The cheapest-passing oracle knows every fate: for each stage it pays only for the cheapest engine
whose next call passes, any quality — a floor no real router reaches. The target: the learned router
within 1.5× its cost per accepted shot, accepting no fewer shots than the static ranking it replaces.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.fleet import CAP, ENGINES, MANUAL, SEEDS, SHOTS, SIZE, catalog_text, plan_shots
from sessions.models import Brief, Shot, ShotPlan, ToolName
from sessions.store import SessionStore, open_store
from tools.catalog import Catalog, EngineSpec, parse_catalog
from tools.engines.base import EngineRequest, EngineResult
from tools.engines.simulated import SimulatedEngine, draw_fate, low_quality_chance
from tools.production.scheduler import Production
from tools.routing.budget import Budget
from tools.routing.learning import Belief, Beliefs, LearnedRanker
from tools.routing.rank import rank_engines
from tools.routing.router import Router

# How each engine really behaves: the tags it really understands, its base rate of spoiled
# outputs, and how much more often it spoils a shot by the share of the shot's tags it does not
# understand (an engine either gets a kind of shot or it does not) — before the drift, and after.
Behaviour = tuple[tuple[str, ...], float, float]
EVERYTHING = ("landscape", "architecture", "camera_motion", "human_motion", "physics",
              "character", "stylized", "typography", "product")  # fmt: skip
OFF = 0.85
_SAME = "same"
TRUTH_TABLE: dict[str, tuple[Behaviour, Behaviour | str]] = {
    # keyframes: the cheap one is what the catalog says; the dear ones are good at everything
    "flux-schnell": ((("landscape", "architecture", "product"), 0.08, OFF), _SAME),
    "flux-1.1-pro": ((EVERYTHING, 0.04, OFF), _SAME),
    "runway-gen4-image": ((("character", "stylized", "human_motion", "physics"), 0.05, OFF), _SAME),
    "gpt-image-1": ((EVERYTHING, 0.04, OFF), _SAME),
    # clips: the catalog sells runway-gen4-turbo for human motion (it only gets characters),
    # calls wan-2.2 a stylized specialist (it gets landscapes and camera moves too) and seedance a
    # stylized one (it gets all but people in motion); luma is better than its quality prior says
    "veo-3.1": ((("landscape", "architecture", "camera_motion"), 0.03, OFF), _SAME),
    "kling-2.1-pro": ((("human_motion", "physics", "character", "architecture"), 0.05, OFF), _SAME),
    "runway-gen4-turbo": ((("character",), 0.15, OFF), _SAME),
    "luma-ray-2-flash": ((EVERYTHING, 0.08, OFF), _SAME),
    # halfway, two providers ship new versions: seedance's forgets all but stylized shots, wan's
    # learns people, physics and products
    "seedance-1-pro": (
        (tuple(t for t in EVERYTHING if t not in ("human_motion", "physics")), 0.06, OFF),
        (("stylized",), 0.10, OFF),
    ),
    "wan-2.2": (
        (("stylized", "camera_motion", "landscape"), 0.06, OFF),
        (EVERYTHING, 0.05, OFF),
    ),
}
TRUTH: dict[str, tuple[Behaviour, Behaviour]] = {
    name: (before, before if after == _SAME else after)  # type: ignore[misc]
    for name, (before, after) in TRUTH_TABLE.items()
}
TOTAL = SHOTS * len(SEEDS)
LEARNED, STATIC = "learned router (one data home)", "static ranking (the old router)"
ORACLE = "oracle (cheapest passing, any quality)"
KNOWN = "known odds (learned order, true chances)"
KNOWN_BEFORE = "known odds, blind to the drift"


def drifted(episode: int, shot_id: str) -> bool:
    """Whether this shot is made after the providers shipped their new versions."""
    return episode * SHOTS + int(shot_id[1:]) - 1 >= TOTAL // 2


def truth_spec(claimed: EngineSpec, *, after: bool) -> EngineSpec:
    before, later = TRUTH[claimed.name]
    strengths, base, off = later if after else before
    version = 2 if after and later != before else 1  # only a changed engine ships a new version
    assert claimed.faults is not None
    faults = claimed.faults.model_copy(
        update={"low_quality": base, "low_quality_off_strength": off}
    )
    return claimed.model_copy(
        update={
            "strengths": strengths,
            "faults": faults,
            "model": f"{claimed.name}-v{version}",
        }
    )


class Drifting:
    """One engine as the router calls it: the old version for shots before the drift, the new
    one after (each a simulated engine playing its true behaviour)."""

    def __init__(self, claimed: EngineSpec, episode: int) -> None:
        self.spec = claimed
        self.episode = episode
        self.before = SimulatedEngine(truth_spec(claimed, after=False))
        self.after = SimulatedEngine(truth_spec(claimed, after=True))

    def availability(self, env: Mapping[str, str]) -> str | None:
        return None

    async def run(self, request: EngineRequest) -> EngineResult:
        engine = self.after if drifted(self.episode, request.shot_id) else self.before
        return await engine.run(request)


def learning_catalog(seed: int, *, only: set[str] | None = None, learned: bool) -> Catalog:
    text = catalog_text(seed, scale=0.0, only=only)
    ranking = "learned" if learned else "static"
    head, rest = text.split("[[engine]]", 1)
    return parse_catalog(head + f'[learning]\nranking = "{ranking}"\n\n[[engine]]' + rest, "drift")


class KnownOdds(Beliefs):
    """A diagnostic, not a router: the learned router's order (tools/routing/learning.py,
    plan_walk) fed each engine's true chance per call — what `TRUTH` makes of the shot's tags —
    instead of a posterior; it knows the odds, never a fate. Set `blind` and it keeps the old
    versions' odds after the drift. What it pays against the learned router is what learning
    costs; against the oracle, what the order itself leaves."""

    after: bool = False
    blind: bool = False

    def refresh(self, store: SessionStore) -> int:
        return 0

    def belief(self, spec: EngineSpec, tags: Sequence[str], tier: str) -> Belief:
        truth = truth_spec(spec, after=self.after and not self.blind)
        assert truth.faults is not None
        f = truth.faults
        returned = 1.0 - f.rate_limit - f.refusal - f.server_error - f.timeout
        spoiled = f.corrupt + low_quality_chance(f, truth.strengths, tuple(tags))
        p = min(max((returned - spoiled) / returned, 1e-3), 1 - 1e-3)
        return Belief(p * 1e6, (1 - p) * 1e6, 1e6, p, returned)


@dataclass
class Tally:
    spend: float = 0.0
    accepted: int = 0
    attempts: int = 0
    per_episode: list[tuple[float, int]] = field(default_factory=list)  # spend, accepted
    animate_by_half: dict[str, Counter[str]] = field(
        default_factory=lambda: {"before": Counter(), "after": Counter()}
    )

    def add(self, spend: float, accepted: int, attempts: int) -> None:
        self.spend += spend
        self.accepted += accepted
        self.attempts += attempts
        self.per_episode.append((spend, accepted))

    @property
    def per_accepted(self) -> float:
        return self.spend / self.accepted if self.accepted else float("inf")


async def episode(
    store: SessionStore, catalog: Catalog, seed: int, index: int, beliefs: Beliefs | None
) -> tuple[float, int, int, list[tuple[str, str, bool]]]:
    """One episode in `store`: its spend, accepted shots, engine calls, and each accepted clip's
    (shot, engine, after the drift)."""
    info = store.create_session(
        Brief(text="bench", title=f"episode {index + 1}", duration_s=48, tier="delivery"),
        budget_usd=1000.0,
    )
    store.save_plan(info.id, ShotPlan(title="bench", aspect_ratio="16:9", shots=plan_shots(seed)))
    store.approve_plan(info.id)
    plan = store.plan(info.id)
    assert plan is not None
    engines = {s.name: Drifting(s, index) for s in catalog.engines}
    router = Router(catalog, store, Budget(cap_usd=1000.0), env={}, engines=engines)
    if beliefs is not None:
        router.ranker = LearnedRanker(store, catalog, beliefs=beliefs)
    production = Production(store, router, info, plan, tier="delivery", resolution=SIZE)
    # The drift falls between two halves of an episode: each half is produced in turn, so every
    # call of a new version comes after every call of the old one, as it would in a real run.
    halves: dict[bool, list[str]] = {}
    for shot in plan.shots:
        halves.setdefault(drifted(index, shot.id), []).append(shot.id)
    for after in sorted(halves):
        if isinstance(beliefs, KnownOdds):
            beliefs.after = after
        await production.make(halves[after])
    rows = store.attempts(info.id)
    accepted = sum(1 for status, _ in store.shot_states(info.id).values() if status == "done")
    clips = [
        (a.shot_id, a.engine, drifted(index, a.shot_id))
        for a in rows
        if a.tool == "animate" and a.elapsed_s is not None
    ]
    calls = sum(1 for a in rows if a.elapsed_s is not None)
    return sum(a.cost_usd for a in rows), accepted, calls, clips


def run_setup(
    only: set[str] | None,
    *,
    learned: bool,
    seeds: Sequence[int] = SEEDS,
    known: str = "",
) -> Tally:
    """The episodes in order (one per seed); one data home for all of them. `known`: "odds" or
    "blind" plays the learned order on `KnownOdds` instead of learning."""
    tally = Tally()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        beliefs: Beliefs | None = None
        for index, seed in enumerate(seeds):
            catalog = learning_catalog(seed, only=only, learned=learned or bool(known))
            if known:
                beliefs = KnownOdds(catalog)
                beliefs.blind = known == "blind"
            elif learned:
                beliefs = beliefs or Beliefs(catalog)
                beliefs.catalog = catalog  # same rules; this episode's fault seeds
            spend, accepted, calls, clips = asyncio.run(
                episode(store, catalog, seed, index, beliefs)
            )
            tally.add(spend, accepted, calls)
            for _, engine, after in clips:
                tally.animate_by_half["after" if after else "before"][engine] += 1
        store.close()
    return tally


def oracle(seeds: Sequence[int] = SEEDS) -> Tally:
    """Cost of the cheapest engine whose next call passes, per stage, knowing every fate."""
    tally = Tally()
    for index, seed in enumerate(seeds):
        catalog = learning_catalog(seed, learned=False)
        spend, accepted = 0.0, 0
        for shot in plan_shots(seed):
            costs = [
                _cheapest_pass(catalog, shot, tool, index)
                for tool in ("generate_keyframe", "animate")
            ]
            if all(c is not None for c in costs):
                spend += sum(c or 0.0 for c in costs)
                accepted += 1
        tally.add(spend, accepted, 0)
    return tally


def _cheapest_pass(catalog: Catalog, shot: Shot, tool: ToolName, index: int) -> float | None:
    duration = shot.duration_s if tool == "animate" else None
    ranked = rank_engines(
        catalog, tool, shot.tags, "delivery", duration_s=duration, width=SIZE[0], height=SIZE[1]
    ).ranked
    passing = []
    for candidate in ranked:
        spec = truth_spec(candidate.spec, after=drifted(index, shot.id))
        for call in range(CAP):
            fate = draw_fate(
                spec, shot_id=shot.id, tool=tool, seed=shot.seed, tags=tuple(shot.tags), call=call
            )
            if fate.passes:
                passing.append(candidate.estimate_usd)
                break
    return min(passing) if passing else None


def compare(seeds: Sequence[int] = SEEDS) -> dict[str, Tally]:
    """Every setup on the drifting engines, side by side, on the episodes `seeds`."""
    names = [e[0] for e in ENGINES]
    priced = learning_catalog(1, learned=False)

    def unit(name: str) -> float:
        return priced.engine(name).estimate(duration_s=1.0, width=1000, height=1000)

    def extreme(tool: str, *, most: bool) -> str:
        able = sorted((n for n in names if tool in priced.engine(n).tools), key=unit)
        return able[-1] if most else able[0]

    premium = {extreme("generate_keyframe", most=True), extreme("animate", most=True)}
    cheapest = {extreme("generate_keyframe", most=False), extreme("animate", most=False)}
    manual = set(MANUAL.values())
    return {
        LEARNED: run_setup(None, learned=True, seeds=seeds),
        STATIC: run_setup(None, learned=False, seeds=seeds),
        f"premium ({', '.join(sorted(premium))})": run_setup(premium, learned=False, seeds=seeds),
        f"cheapest ({', '.join(sorted(cheapest))})": run_setup(
            cheapest, learned=False, seeds=seeds
        ),
        f"manual ({', '.join(sorted(manual))})": run_setup(manual, learned=False, seeds=seeds),
        KNOWN: run_setup(None, learned=False, seeds=seeds, known="odds"),
        KNOWN_BEFORE: run_setup(None, learned=False, seeds=seeds, known="blind"),
        ORACLE: oracle(seeds),
    }
