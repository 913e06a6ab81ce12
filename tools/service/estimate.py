"""What work would cost, before it is asked for: pure arithmetic over the catalog.

Each work item is priced on the engine the router would try first for it: `usd` is the sum of those
list prices, as if every first attempt were accepted; `worst_usd` is what the regeneration cap
allows at most (every attempt of the round used, on the dearest engine the ranking could fail over
to) — the figure the budget guards against.

`forecast` is what the work is expected to cost once outputs that are not accepted are paid for
too: each stage walks its ranking (pinned engine first, then the learned order at delivery) under
the cap, each attempt accepted with a chance drawn from that engine's posterior (tools/routing/
learning.py). Simulated a couple of thousand times with a fixed seed, that gives the expected total
and its p10–p90 range, each item's chance of an accepted take, and the expected cost per acceptable
shot — price ÷ P(accept), plus the refinement stages (inpaint, upscale) the work list holds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sessions.models import ShotPlan, Tier, WorkItem
from sessions.races import Pin
from sessions.stages import STAGES, make_order
from tools.catalog import Catalog
from tools.engines.base import missing_key, unavailable_reason
from tools.routing.learning import Beliefs, Scored, expected_walk, score
from tools.routing.rank import Candidate, rank_engines

SIMULATIONS = 2000


@dataclass(frozen=True)
class ItemForecast:
    """One stage's expectation: its first engine, that engine's P(accept), what it will cost."""

    shot_id: str
    tool: str
    engine: str
    p_accept: float  # the first engine's posterior mean
    per_acceptable_usd: float  # list price ÷ P(accept) on the first engine
    expected_usd: float  # mean spend on the stage, failovers and the cap included
    accept_chance: float  # chance the stage ends with an accepted take within the cap


@dataclass
class Forecast:
    """What the work is expected to cost, with its spread, before anything is spent."""

    listed_usd: float = 0.0  # list prices of the first choices (the estimate's `usd`)
    expected_usd: float = 0.0
    p10_usd: float = 0.0
    p90_usd: float = 0.0
    shots: int = 0
    expected_shots: float = 0.0  # shots expected to end with every stage accepted
    items: list[ItemForecast] = field(default_factory=list)
    # A quote: the prices assume these keys are set (none here can make the work without them).
    keys_to_set: list[str] = field(default_factory=list)

    @property
    def per_acceptable_shot_usd(self) -> float | None:
        return self.expected_usd / self.expected_shots if self.expected_shots else None

    def words(self) -> str:
        """`expected $4.10 (p10–p90 $3.20–$5.30) paying for outputs that are not accepted too; 2.6
        of 4 shots expected to end on an accepted take within the redo cap, $1.58 per acceptable
        shot`"""
        per = self.per_acceptable_shot_usd
        # How many shots the spend is expected to leave acceptable, beside what each costs: the
        # per-shot figure alone read as more than the whole ("$0.38 per acceptable shot" under
        # "expected $0.36") when fewer than one of one shot is expected to pass.
        # ("0.9 of 4 shots expected acceptable" read as a verdict on the plan: it is the count
        # expected to end on an accepted take before each stage's redo cap is spent)
        passing = (
            f"{self.expected_shots:.1f} of {self.shots} shot{'' if self.shots == 1 else 's'} "
            f"expected to end on an accepted take within the redo cap"
        )
        each = (
            f"; {passing}, ${per:.2f} per acceptable shot" if per is not None and self.shots else ""
        )
        return (
            f"expected ${self.expected_usd:.2f} (p10–p90 ${self.p10_usd:.2f}–${self.p90_usd:.2f}) "
            f"paying for outputs that are not accepted too{each}"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "listed_usd": self.listed_usd,
            "expected_usd": self.expected_usd,
            "p10_usd": self.p10_usd,
            "p90_usd": self.p90_usd,
            "shots": self.shots,
            "expected_shots": self.expected_shots,
            "items": [item.__dict__ for item in self.items],
        }


@dataclass
class Estimate:
    items: list[WorkItem] = field(default_factory=list)  # priced: engine and estimate_usd set
    worst_usd: float = 0.0
    # (shot id, stage) pairs no engine here can make, with why; production would fail there.
    impossible: list[str] = field(default_factory=list)
    keys_to_set: list[str] = field(default_factory=list)  # variables that would make one usable
    forecast: Forecast = field(default_factory=Forecast)
    # each priced item with the order its engines will be tried in (to forecast several at once)
    walks: list[tuple[WorkItem, list[Scored]]] = field(default_factory=list, repr=False)
    # When only keys are missing: the same work priced as if `keys_to_set` were set (what a
    # person asks before buying keys: "what would delivery cost?"). Never used to spend.
    if_keyed: Estimate | None = field(default=None, repr=False)

    @property
    def usd(self) -> float:
        return round(sum(i.estimate_usd for i in self.items), 6)


def _source(item: WorkItem, clips: Collection[str]) -> Path | None:
    """What an upscale or inpaint is made from, as far as ranking cares: a clip or a still."""
    if item.tool == "upscale":
        return Path("clip.mp4" if item.shot_id in clips else "keyframe.png")
    if item.tool == "inpaint":
        return Path("keyframe.png")
    return None


def unavailable_engines(catalog: Catalog, env: Mapping[str, str]) -> dict[str, str]:
    return {
        spec.name: reason
        for spec in catalog.engines
        if (reason := unavailable_reason(spec, env)) is not None
    }


def estimate_work(
    catalog: Catalog,
    plan: ShotPlan,
    work: Sequence[WorkItem],
    tier: Tier,
    env: Mapping[str, str],
    clips: Collection[str] = (),
    *,
    beliefs: Beliefs | None = None,
    pins: Mapping[tuple[str, str], Pin] | None = None,
) -> Estimate:
    """Price each item on its first-choice engine; say which items no engine here can make; and
    forecast the spend with what `beliefs` (default: the catalog's priors alone) say about each
    engine's chance of an accepted output. `clips`: the shots that have (or will have) a clip,
    whose upscale is a video upscaler's. `pins`: engines the person committed shots' stages to.

    Work no engine here can make because keys are missing is also priced as if they were set
    (`if_keyed`), so the price of a tier can be seen before its keys are bought."""
    unavailable = unavailable_engines(catalog, env)
    result = _estimate(catalog, plan, work, tier, unavailable, clips, beliefs, pins)
    if result.impossible and result.keys_to_set:
        keyless = {n: r for n, r in unavailable.items() if missing_key(r) is None}
        keyed = _estimate(catalog, plan, work, tier, keyless, clips, beliefs, pins)
        if not keyed.impossible:
            # The keys this price needs are those of the engines it names, not every missing
            # one; priced again with only those set, the cap and the forecast are the ones the
            # person will see once they are (failover stays among the engines they unlock).
            used = engines_named(keyed.items)
            needed = set(_keys(unavailable.get(n, "") for n in used))
            only = {n: r for n, r in unavailable.items() if not set(_keys([r])) & needed}
            named = _estimate(catalog, plan, work, tier, only, clips, beliefs, pins)
            keyed = keyed if named.impossible else named
            keyed.keys_to_set = sorted(needed)
            result.if_keyed = keyed
    return result


def _estimate(
    catalog: Catalog,
    plan: ShotPlan,
    work: Sequence[WorkItem],
    tier: Tier,
    unavailable: Mapping[str, str],
    clips: Collection[str],
    beliefs: Beliefs | None,
    pins: Mapping[tuple[str, str], Pin] | None,
) -> Estimate:
    width, height = plan.resolution
    cap = catalog.guardrails.max_attempts_per_stage
    beliefs = beliefs or Beliefs(catalog)
    pins = pins or {}
    result = Estimate()
    walks: list[tuple[WorkItem, list[Scored]]] = []
    shots = {s.id: s for s in plan.shots}
    for item in work:
        shot = shots.get(item.shot_id)
        if shot is None:
            continue
        video = item.tool in ("animate", "upscale")
        routing = rank_engines(
            catalog,
            item.tool,
            shot.tags,
            tier,
            duration_s=shot.duration_s if video else None,
            width=width,
            height=height,
            unavailable=unavailable,
            source=_source(item, clips),
        )
        if not routing.ranked:
            result.impossible.append(f"{shot.id} {STAGES[item.tool].word}")
            result.keys_to_set += _keys(routing.excluded.values())
            result.items.append(item)
            continue
        walk = _walk(routing.ranked, beliefs, shot.tags, tier, pins.get((shot.id, item.tool)))
        first = walk[0].candidate
        priced = item.model_copy(update={"engine": first.name, "estimate_usd": first.estimate_usd})
        result.items.append(priced)
        walks.append((priced, walk))
        result.worst_usd += cap * max(c.estimate_usd for c in routing.ranked)
    result.keys_to_set = sorted(set(result.keys_to_set))
    result.worst_usd = round(result.worst_usd, 6)
    result.walks = walks
    result.forecast = forecast(walks, cap=cap, seed=catalog.learning.seed)
    result.forecast.listed_usd = result.usd
    return result


def _walk(
    ranked: Sequence[Candidate],
    beliefs: Beliefs,
    tags: Sequence[str],
    tier: Tier,
    pin: Pin | None,
) -> list[Scored]:
    """The order the router will try the engines in, each with its belief: at delivery the
    learned order (posterior means: an estimate does not explore) under any pin; else static."""
    pinned = pin.engine if pin is not None and tier == "delivery" else None
    if tier == "delivery" and beliefs.catalog.learning.ranking == "learned":
        return expected_walk(ranked, beliefs, tags, tier, pinned=pinned)
    by_name = {s.candidate.name: s for s in score(ranked, beliefs, tags, tier, pinned=pinned)}
    return [by_name[c.name] for c in sorted(ranked, key=lambda c: c.name != pinned)]


def forecast(
    walks: Sequence[tuple[WorkItem, Sequence[Scored]]],
    *,
    cap: int,
    seed: int = 0,
    simulations: int = SIMULATIONS,
) -> Forecast:
    """Play each stage's walk `simulations` times: each engine's P(accept) drawn once per play
    from its posterior (what we do not know about the engine), each attempt accepted with that
    chance (what we cannot know about one output); a stage after a failed one of the same shot
    is never made. Pure and seeded."""
    rng = np.random.default_rng(seed)
    total = np.zeros(simulations)
    alive: dict[str, np.ndarray] = {}  # shot → plays where every stage so far was accepted
    result = Forecast(shots=len({item.shot_id for item, _ in walks}))
    order = make_order([item.tool for item, _ in walks])
    for item, walk in sorted(walks, key=lambda w: order.index(w[0].tool)):
        ok = alive.setdefault(item.shot_id, np.ones(simulations, dtype=bool))
        chances = [rng.beta(s.belief.alpha, s.belief.beta, simulations) for s in walk]
        spent = np.zeros(simulations)
        done = np.zeros(simulations, dtype=bool)
        for attempt in range(cap):
            k = attempt % len(walk)
            # a call that comes back with an output is billed, and accepted with the drawn chance
            billed = ok & ~done & (rng.random(simulations) < walk[k].belief.reliability)
            spent[billed] += walk[k].candidate.estimate_usd
            done |= billed & (rng.random(simulations) < chances[k])
        total += spent
        alive[item.shot_id] = ok & done
        first = walk[0]
        result.items.append(
            ItemForecast(
                shot_id=item.shot_id,
                tool=item.tool,
                engine=first.candidate.name,
                p_accept=round(first.belief.mean, 4),
                per_acceptable_usd=round(first.per_acceptable_usd, 6),
                expected_usd=round(float(spent.mean()), 6),
                accept_chance=round(float(done[ok].mean()) if ok.any() else 0.0, 4),
            )
        )
    shots_done = sum(mask for mask in alive.values()) if alive else np.zeros(simulations)
    result.expected_usd = round(float(total.mean()), 6)
    result.p10_usd = round(float(np.percentile(total, 10)), 6)
    result.p90_usd = round(float(np.percentile(total, 90)), 6)
    result.expected_shots = round(float(np.mean(shots_done)), 4)
    return result


def keys_for_tier(
    catalog: Catalog, tier: Tier, env: Mapping[str, str], tools: Sequence[str]
) -> list[str]:
    """The key variables that would make an engine of `tier` offering one of `tools` usable."""
    unavailable = unavailable_engines(catalog, env)
    wanted = [
        reason
        for name, reason in unavailable.items()
        if tier in catalog.engine(name).tiers and set(tools) & set(catalog.engine(name).tools)
    ]
    return sorted(set(_keys(wanted)))


def _keys(reasons: Iterable[str]) -> list[str]:
    """The variables these unavailability reasons wait for, in order."""
    return [key for reason in reasons if (key := missing_key(reason)) is not None]


def cost_lines(items: Sequence[WorkItem]) -> list[str]:
    """What each shot's work costs, one line per shot, stage by stage with the engine that is
    tried first: `S01 $0.64 — keyframe $0.04 flux-1.1-pro, clip $0.60 kling-2.1-pro`."""
    shots: dict[str, list[WorkItem]] = {}
    for item in items:
        shots.setdefault(item.shot_id, []).append(item)
    lines = []
    for shot_id, work in shots.items():
        total = sum(i.estimate_usd for i in work)
        stages = ", ".join(
            f"{STAGES[i.tool].word} ${i.estimate_usd:.2f} {i.engine}"
            if i.engine
            else f"{STAGES[i.tool].word}: no engine here"
            for i in work
        )
        lines.append(f"{shot_id} ${total:.2f} — {stages}")
    return lines


def engines_named(items: Sequence[WorkItem]) -> list[str]:
    """The first-choice engines of `items`, each once, in order."""
    return list(dict.fromkeys(i.engine for i in items if i.engine))
