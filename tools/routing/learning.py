"""A router that learns: P(accept | engine, tag, tier) from the data home's history, and a delivery
order by expected cost per acceptable take.

Beliefs. Each (engine, tag, tier) holds a Beta posterior over the chance that one output is
accepted. Its prior comes from the catalog (`[learning]`: the tier's `prior_accept`, or the engine's
own `acceptance`, times `off_strength` on a tag the engine is not strong at, worth `prior_strength`
outputs). Each judged output (sessions/history.py) counts once under every tag of its shot, and
`transfer` times under the engine's other tags (an engine good at everything shows it before it has
been tried on every tag). Engines change — a provider ships a new model version, or quietly
retrains — so older outputs weigh less: each new output of an engine at a tier multiplies what came
before by 2^(-1/half_life), and a new model version keeps only `new_version_carry` of the old one's
counts. A shot with several tags averages its tags' posteriors. Beside it, per engine and tier, a
Beta over how often a call comes back with an output at all (timeouts, 5xx and 429s are the rest):
a call yields an accepted take with chance q = reliability × P(accept).

Order (`LearnedRanker`, the router's `ranker` hook). At delivery tier the engines the static
ranking admits are reordered. An engine the person pinned for the shot's stage (a race's pick) goes
first. Then, when the catalog says `ranking = "learned"`: P(accept) is drawn from each posterior
(Thompson sampling, seeded by the shot and the draw's number, so the same history orders the same
way), and of the orders of the cheapest engines the one with the lowest expected spend per accepted
take over the regeneration cap is taken, among those whose chance of ending with a take within the
cap is at least `success_floor` (so a cheap, erratic engine goes first only with a dependable one
behind it). Drawing rather than taking the mean is the exploration: an engine with few outputs has
a wide posterior and now and then draws high enough to be tried — a newly added engine gets its
chance, and one that got worse is found out. Engines whose `quality` prior is below `quality_floor`
come after the others, and, for a shot that wants sound, engines that make none after those that do
(sound cannot be added later). Draft tier keeps the static ranking.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sessions.history import Judged, judged_since, shot_tags
from sessions.races import Pin
from sessions.store import SessionStore
from tools.catalog import Catalog, EngineSpec
from tools.routing.rank import SOUND_TAGS, Candidate, Routing, strengths_of

if TYPE_CHECKING:
    from tools.routing.request import StageRequest

UNTAGGED = ""
# Outputs finish (engine done) before their row is written (after the gate and signing): each
# refresh looks back this far and skips what it has already counted.
LOOKBACK_S = 600.0
SEARCH = 6  # orders are searched among this many of the cheapest engines per acceptable take
RELIABILITY_STRENGTH = 4.0
_MIN_Q = 0.01  # a chance this low still ranks the engine last, without dividing by zero


@dataclass(frozen=True)
class Belief:
    """A Beta(alpha, beta) posterior over P(accept), how many outputs it has seen, and the
    chance that a call comes back with an output at all."""

    alpha: float
    beta: float
    observed: float = 0.0  # judged outputs behind it, after decay
    prior_mean: float = 0.0
    reliability: float = 1.0

    @property
    def mean(self) -> float:
        return self.alpha / (self.alpha + self.beta)

    def sample(self, rng: random.Random) -> float:
        return rng.betavariate(self.alpha, self.beta)

    def words(self) -> str:
        seen = f"{self.observed:.0f} judged output{'' if round(self.observed) == 1 else 's'}"
        return f"P(accept) ≈ {self.mean:.2f} from {seen} (prior {self.prior_mean:.2f})"


@dataclass
class Beliefs:
    """What the data home says about every engine, kept up to date incrementally."""

    catalog: Catalog
    counts: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)  # accept, reject
    overall: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # all tags at once
    calls: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # output, transient
    seen: set[str] = field(default_factory=set)
    watermark: str = ""
    _tags: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    _keys_of: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (engine, tier) → tags
    _version: dict[str, str] = field(default_factory=dict)

    # ── learning ───────────────────────────────────────────────────────────────────────────────

    def refresh(self, store: SessionStore) -> int:
        """Count what was judged since the last refresh; returns how many new observations."""
        since = _earlier(self.watermark, LOOKBACK_S) if self.watermark else ""
        new = [j for j in judged_since(store, since) if j.id not in self.seen]
        if not new:
            return 0
        unknown = {j.session_id for j in new if (j.session_id, j.shot_id) not in self._tags}
        if unknown:
            self._tags.update(shot_tags(store, unknown))
        for judged in new:
            self.observe(judged, self._tags.get((judged.session_id, judged.shot_id), ()))
        return len(new)

    def observe(self, judged: Judged, tags: Sequence[str]) -> None:
        """One call of `judged.engine` on a shot with `tags`: older outputs of that engine at that
        tier weigh a little less, and a new model version resets most of what was known."""
        self.seen.add(judged.id)
        self.watermark = max(self.watermark, judged.at)
        rules = self.catalog.learning
        engine, tier = judged.engine, judged.tier
        last = self._version.get(engine)
        if judged.model_version and last and judged.model_version != last:
            self._scale(lambda key: key[0] == engine, rules.new_version_carry)
        if judged.model_version:
            self._version[engine] = judged.model_version
        self._scale(lambda key: key[:2] == (engine, tier), 0.5 ** (1.0 / rules.half_life))
        calls = self.calls.setdefault((engine, tier), [0.0, 0.0])
        calls[1 if judged.verdict == "transient" else 0] += 1.0
        if judged.verdict == "transient":
            return
        index = 0 if judged.accepted else 1
        self.overall.setdefault((engine, tier), [0.0, 0.0])[index] += 1.0
        keys = self._keys_of.setdefault((engine, tier), set())
        for tag in set(tags) or {UNTAGGED}:
            keys.add(tag)
            self.counts.setdefault((engine, tier, tag), [0.0, 0.0])[index] += 1.0

    def _scale(self, which: Callable[[tuple[str, ...]], bool], factor: float) -> None:
        """Weigh what the keys `which` picks (engine, tier[, tag]) by `factor`."""
        tables: tuple[
            dict[tuple[str, str, str], list[float]] | dict[tuple[str, str], list[float]], ...
        ]
        tables = (self.counts, self.overall, self.calls)
        for table in tables:
            for key, pair in table.items():
                if which(key):
                    pair[0] *= factor
                    pair[1] *= factor

    # ── believing ──────────────────────────────────────────────────────────────────────────────

    def typical(self, tier: str, *, excluding: str = "") -> float:
        """What a typical engine's output is accepted at, at `tier`: the catalog's prior while the
        data home knows nothing, then the mean of what each other engine it has seen showed (the
        catalog's prior counting as one more engine). An engine starts from this: a new one is
        taken to be as good as those known, until its own outputs say otherwise."""
        rules = self.catalog.learning
        base = rules.prior_accept.delivery if tier == "delivery" else rules.prior_accept.draft
        strength = rules.prior_strength
        means = [
            (base * strength + accepted) / (strength + accepted + rejected)
            for (engine, seen_tier), (accepted, rejected) in self.overall.items()
            if seen_tier == tier and accepted + rejected > 0 and engine != excluding
        ]
        return (base + sum(means)) / (1 + len(means))

    def prior_mean(self, spec: EngineSpec, tag: str, tier: str) -> float:
        rules = self.catalog.learning
        if spec.acceptance is not None:
            base = spec.acceptance
        else:
            base = self.typical(tier, excluding=spec.name)
        if tag != UNTAGGED and tag not in strengths_of(spec):
            base *= rules.off_strength
        return min(max(base, 1e-3), 1 - 1e-3)

    def reliability(self, spec: EngineSpec, tier: str) -> float:
        prior = self.catalog.learning.prior_reliability
        output, transient = self.calls.get((spec.name, tier), (0.0, 0.0))
        return (prior * RELIABILITY_STRENGTH + output) / (RELIABILITY_STRENGTH + output + transient)

    def belief(self, spec: EngineSpec, tags: Sequence[str], tier: str) -> Belief:
        """P(accept) for this engine on a shot with `tags` at `tier`."""
        rules = self.catalog.learning
        strength = rules.prior_strength
        all_accepted, all_rejected = self.overall.get((spec.name, tier), (0.0, 0.0))
        alphas, betas, seen, priors = [], [], [], []
        for tag in dict.fromkeys(tags) or (UNTAGGED,):
            mean = self.prior_mean(spec, tag, tier)
            accepted, rejected = self.counts.get((spec.name, tier, tag), (0.0, 0.0))
            # what the engine did on its other tags counts `transfer` times here
            other_accepted = max(0.0, all_accepted - accepted) * rules.transfer
            other_rejected = max(0.0, all_rejected - rejected) * rules.transfer
            alphas.append(mean * strength + accepted + other_accepted)
            betas.append((1 - mean) * strength + rejected + other_rejected)
            seen.append(accepted + rejected)
            priors.append(mean)
        n = len(alphas)
        return Belief(
            sum(alphas) / n,
            sum(betas) / n,
            sum(seen) / n,
            sum(priors) / n,
            self.reliability(spec, tier),
        )


def load_beliefs(store: SessionStore, catalog: Catalog) -> Beliefs:
    beliefs = Beliefs(catalog)
    beliefs.refresh(store)
    return beliefs


# ── ordering ───────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Scored:
    """A candidate with what is believed of it, and the chance it was ordered by."""

    candidate: Candidate
    belief: Belief
    p: float  # P(accept) it was ordered by (a draw, or the posterior's mean)
    pinned: bool = False
    below_floor: bool = False
    silent: bool = False  # the shot wants sound and this engine makes none

    @property
    def q(self) -> float:
        """The chance that one call yields an accepted take."""
        return max(self.p * self.belief.reliability, _MIN_Q)

    @property
    def per_acceptable_usd(self) -> float:
        """List price ÷ P(accept): what one acceptable take costs, the outputs that are not
        accepted paid for too (a call that returns nothing — a timeout, a 5xx — is not billed)."""
        return self.candidate.estimate_usd / max(self.p, _MIN_Q)

    @property
    def group(self) -> tuple[bool, bool, bool]:
        return (not self.pinned, self.silent, self.below_floor)


def score(
    candidates: Sequence[Candidate],
    beliefs: Beliefs,
    tags: Sequence[str],
    tier: str,
    *,
    pinned: str | None = None,
    rng: random.Random | None = None,
) -> list[Scored]:
    """Each candidate with its belief and P(accept): drawn with `rng`, else the mean."""
    floor = beliefs.catalog.learning.quality_floor
    wants_sound = bool(set(tags) & SOUND_TAGS)
    found = []
    for c in candidates:
        belief = beliefs.belief(c.spec, tags, tier)
        found.append(
            Scored(
                c,
                belief,
                belief.sample(rng) if rng is not None else belief.mean,
                pinned=c.name == pinned,
                below_floor=c.spec.quality < floor,
                silent=wants_sound and not c.spec.audio,
            )
        )
    return found


def walk_value(walk: Sequence[Scored], cap: int) -> tuple[float, float]:
    """(expected spend, chance of an accepted take) of trying `walk` in order, round and round as
    the router does, for `cap` calls; a call is billed when it returns an output."""
    spend, missing = 0.0, 1.0
    for attempt in range(cap):
        s = walk[attempt % len(walk)]
        spend += missing * s.belief.reliability * s.candidate.estimate_usd
        missing *= 1.0 - s.q
    return spend, 1.0 - missing


def plan_walk(scored: Sequence[Scored], cap: int, success_floor: float) -> list[Scored]:
    """The order to try the engines in: pinned, then sound-making, then above the quality floor
    (each group after the one before); within the first group, the order of its cheapest engines
    with the least expected spend per accepted take, among those that end with a take within the
    cap at least `success_floor` of the time when any does."""
    if not scored:  # no engine here can make it: nothing to order
        return []
    groups: dict[tuple[bool, bool, bool], list[Scored]] = {}
    for s in sorted(scored, key=lambda s: (s.candidate.estimate_usd / s.q, s.candidate.name)):
        groups.setdefault(s.group, []).append(s)
    ordered = [groups[g] for g in sorted(groups)]
    head = ordered[0]
    if head and head[0].pinned:  # the person's pick first; the others behind it, as below
        rest = plan_walk([s for g in ordered[1:] for s in g], max(1, cap - 1), success_floor)
        return [head[0], *rest]
    tail = [s for g in ordered[1:] for s in g]
    best: tuple[tuple[bool, float, float], list[Scored]] | None = None
    for walk in itertools.permutations(head[:SEARCH], min(cap, len(head))):
        ring = [*walk, *(s for s in head if s not in walk), *tail]  # the router's whole ring
        spend, success = walk_value(ring, cap)
        # Cost per accepted take, among the orders that reach the floor if any does: when the
        # beliefs are too unsure for any to (a fresh data home), the cheapest per take, not the
        # surest — the surest is then only the one the prior happens to flatter.
        key = (success < success_floor, spend / max(success, _MIN_Q), spend)
        if best is None or key < best[0]:
            best = (key, ring)
    return best[1] if best else [*head, *tail]


@dataclass
class LearnedRouting(Routing):
    """A ranking reordered by what was learned, each engine with the words that say why."""

    notes: dict[str, str] = field(default_factory=dict)

    def reason_for(self, candidate: Candidate, position: int) -> str:
        note = self.notes.get(candidate.name)
        if note is None:
            return super().reason_for(candidate, position)
        lead = "first choice" if position == 0 else f"choice {position + 1} (failover)"
        return f"{lead} for {self.tool} at {self.tier} tier: {note}"


def _note(s: Scored, drawn: bool, race_id: str) -> str:
    if s.pinned:
        return f"pinned by the person's pick in race {race_id}; {s.belief.words()}"
    how = f"drew {s.p:.2f}, " if drawn else ""
    floor = "; below the quality floor, so tried late" if s.below_floor else ""
    return (
        f"{s.belief.words()}; {how}${s.per_acceptable_usd:.3f} per acceptable take "
        f"(list ${s.candidate.estimate_usd:.3f}, {s.belief.reliability:.0%} of calls return){floor}"
    )


class LearnedRanker:
    """The router's `ranker`: reorders a delivery stage's ranking (pins, then learned cost)."""

    def __init__(
        self,
        store: SessionStore,
        catalog: Catalog,
        *,
        beliefs: Beliefs | None = None,
        pins: Mapping[tuple[str, str], Pin] | None = None,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.learn = catalog.learning.ranking == "learned"
        self.beliefs = beliefs or Beliefs(catalog)
        self.pins = dict(pins or {})
        self._draws: dict[tuple[str, str, int], int] = {}

    def __call__(self, routing: Routing, req: StageRequest) -> Routing:
        if req.tier != "delivery" or not routing.ranked:
            return routing
        pin = self.pins.get((req.shot.id, req.tool))
        if not self.learn and pin is None:
            return routing
        if not self.learn:  # a pin alone: the pinned engine first, the rest as they were
            assert pin is not None
            ranked = sorted(routing.ranked, key=lambda c: c.name != pin.engine)
            note = f"pinned by the person's pick in race {pin.race_id}"
            notes = {pin.engine: note} if ranked[0].name == pin.engine else {}
            return _copy(routing, ranked, notes)
        self.beliefs.refresh(self.store)
        # One draw per call, numbered per shot and stage: deterministic for a given history.
        slot = (req.shot.id, req.tool, req.base_seed)
        number = self._draws.get(slot, 0)
        self._draws[slot] = number + 1
        rng = random.Random(
            f"{self.catalog.learning.seed}|{req.shot.seed}|{req.tool}|{req.base_seed}|{number}"
        )
        scored = score(
            routing.ranked,
            self.beliefs,
            req.shot.tags,
            req.tier,
            pinned=pin.engine if pin else None,
            rng=rng,
        )
        rules = self.catalog.learning
        order = plan_walk(
            scored, self.catalog.guardrails.max_attempts_per_stage, rules.success_floor
        )
        notes = {s.candidate.name: _note(s, True, pin.race_id if pin else "") for s in order}
        return _copy(routing, [s.candidate for s in order], notes)


def expected_walk(
    candidates: Sequence[Candidate],
    beliefs: Beliefs,
    tags: Sequence[str],
    tier: str,
    *,
    pinned: str | None = None,
) -> list[Scored]:
    """The order a delivery stage is expected to take, on the posteriors' means (no draw):
    what estimates and races use."""
    scored = score(candidates, beliefs, tags, tier, pinned=pinned)
    rules = beliefs.catalog.learning
    return plan_walk(scored, beliefs.catalog.guardrails.max_attempts_per_stage, rules.success_floor)


def _copy(routing: Routing, ranked: list[Candidate], notes: dict[str, str]) -> LearnedRouting:
    """The same routing (whatever else it carries) with a new order and the reasons for it."""
    values = {f.name: getattr(routing, f.name) for f in dataclasses.fields(routing) if f.init}
    values.update(ranked=ranked, excluded=dict(routing.excluded))
    values["notes"] = {**getattr(routing, "notes", {}), **notes}
    return LearnedRouting(**values)


def _earlier(stamp: str, seconds: float) -> str:
    """An ISO time `seconds` before `stamp` (the store writes UTC with microseconds)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    return (moment - timedelta(seconds=seconds)).isoformat(timespec="microseconds")
