"""A router that learns: P(accept | engine, tag, tier) from the data home's history, and a delivery
ranking by expected cost per acceptable take.

Beliefs. Each (engine, tag, tier) holds a Beta posterior over the chance that one output is
accepted. Its prior comes from the catalog (`[learning]`: the tier's `prior_accept`, or the engine's
own `acceptance`, times `off_strength` on a tag the engine is not strong at, worth `prior_strength`
outputs); each judged output in the history (sessions/history.py) adds one accept or one reject to
every tag of its shot. Engines change — a provider ships a new model version, or quietly retrains —
so older outputs weigh less: each new output of an engine at a tier multiplies what came before by
2^(-1/half_life), and a new model version keeps only `new_version_carry` of the old one's counts.
A shot with several tags averages its tags' posteriors (its outputs were counted under each).

Ranking (`LearnedRanker`, the router's `ranker` hook). At delivery tier the engines the static
ranking admits are reordered: an engine the person pinned for this shot's stage (a race's pick)
first; then, when the catalog says `ranking = "learned"`, by list price ÷ P(accept), P drawn from
each posterior (Thompson sampling, seeded by the shot and the draw's number, so the same history
ranks the same way). Drawing rather than taking the mean is the exploration: an engine with few
outputs has a wide posterior and now and then draws high enough to be tried, so a newly added
engine gets its chance, and one that got worse is found out. Engines whose `quality` prior is below
`quality_floor` go after the others; among engines equally able to make a shot's sound, one that
makes it still goes first (it cannot be added later). Draft tier keeps the static ranking.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Mapping, Sequence
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
_MIN_P = 0.01  # a draw this low still ranks the engine last, without dividing by zero


@dataclass(frozen=True)
class Belief:
    """A Beta(alpha, beta) posterior over P(accept), with how many outputs it has seen."""

    alpha: float
    beta: float
    observed: float = 0.0  # judged outputs behind it, after decay
    prior_mean: float = 0.0

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
        """One output of `judged.engine` on a shot with `tags`: older outputs of that engine at
        that tier weigh a little less, and a new model version resets most of what was known."""
        self.seen.add(judged.id)
        self.watermark = max(self.watermark, judged.at)
        rules = self.catalog.learning
        last = self._version.get(judged.engine)
        if judged.model_version and last and judged.model_version != last:
            for (engine, _, _), pair in self.counts.items():
                if engine == judged.engine:
                    pair[0] *= rules.new_version_carry
                    pair[1] *= rules.new_version_carry
        if judged.model_version:
            self._version[judged.engine] = judged.model_version
        decay = 0.5 ** (1.0 / rules.half_life)
        keys = self._keys_of.setdefault((judged.engine, judged.tier), set())
        for tag in keys:
            pair = self.counts[(judged.engine, judged.tier, tag)]
            pair[0] *= decay
            pair[1] *= decay
        for tag in set(tags) or {UNTAGGED}:
            keys.add(tag)
            pair = self.counts.setdefault((judged.engine, judged.tier, tag), [0.0, 0.0])
            pair[0 if judged.accepted else 1] += 1.0

    # ── believing ──────────────────────────────────────────────────────────────────────────────

    def prior_mean(self, spec: EngineSpec, tag: str, tier: str) -> float:
        rules = self.catalog.learning
        base = spec.acceptance
        if base is None:
            base = rules.prior_accept.delivery if tier == "delivery" else rules.prior_accept.draft
        if tag != UNTAGGED and tag not in strengths_of(spec):
            base *= rules.off_strength
        return min(max(base, 1e-3), 1 - 1e-3)

    def belief(self, spec: EngineSpec, tags: Sequence[str], tier: str) -> Belief:
        """P(accept) for this engine on a shot with `tags` at `tier`."""
        strength = self.catalog.learning.prior_strength
        alphas, betas, seen, priors = [], [], [], []
        for tag in dict.fromkeys(tags) or (UNTAGGED,):
            mean = self.prior_mean(spec, tag, tier)
            accepted, rejected = self.counts.get((spec.name, tier, tag), (0.0, 0.0))
            alphas.append(mean * strength + accepted)
            betas.append((1 - mean) * strength + rejected)
            seen.append(accepted + rejected)
            priors.append(mean)
        n = len(alphas)
        return Belief(sum(alphas) / n, sum(betas) / n, sum(seen) / n, sum(priors) / n)


def load_beliefs(store: SessionStore, catalog: Catalog) -> Beliefs:
    beliefs = Beliefs(catalog)
    beliefs.refresh(store)
    return beliefs


# ── ranking ────────────────────────────────────────────────────────────────────────────────────


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


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    belief: Belief
    p: float  # the P(accept) it was ranked by (a draw, or the posterior's mean)
    pinned: bool
    below_floor: bool
    silent: bool  # the shot wants sound and this engine makes none

    @property
    def per_acceptable_usd(self) -> float:
        return self.candidate.estimate_usd / max(self.p, _MIN_P)

    def key(self) -> tuple[bool, bool, bool, float, float, str]:
        return (
            not self.pinned,
            self.silent,
            self.below_floor,
            self.per_acceptable_usd,
            -self.candidate.spec.quality,
            self.candidate.name,
        )


def learned_order(
    candidates: Sequence[Candidate],
    beliefs: Beliefs,
    tags: Sequence[str],
    tier: str,
    *,
    pinned: str | None = None,
    rng: random.Random | None = None,
) -> list[Scored]:
    """`candidates` by expected cost per acceptable take (P drawn with `rng`, else the mean)."""
    floor = beliefs.catalog.learning.quality_floor
    wants_sound = bool(set(tags) & SOUND_TAGS)
    scored = []
    for c in candidates:
        belief = beliefs.belief(c.spec, tags, tier)
        p = belief.sample(rng) if rng is not None else belief.mean
        scored.append(
            Scored(
                c,
                belief,
                p,
                pinned=c.name == pinned,
                below_floor=c.spec.quality < floor,
                silent=wants_sound and not c.spec.audio,
            )
        )
    return sorted(scored, key=Scored.key)


def _note(s: Scored, drawn: bool, race_id: str) -> str:
    if s.pinned:
        return f"pinned by the person's pick in race {race_id}; {s.belief.words()}"
    how = f"drew {s.p:.2f}, " if drawn else ""
    floor = "; below the quality floor, so tried late" if s.below_floor else ""
    return (
        f"{s.belief.words()}; {how}${s.per_acceptable_usd:.3f} per acceptable take "
        f"(list ${s.candidate.estimate_usd:.3f}){floor}"
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
            return _copy(
                routing, ranked, {pin.engine: note} if ranked[0].name == pin.engine else {}
            )
        self.beliefs.refresh(self.store)
        # One draw per call, numbered per shot and stage: deterministic for a given history.
        slot = (req.shot.id, req.tool, req.seed_value)
        number = self._draws.get(slot, 0)
        self._draws[slot] = number + 1
        rng = random.Random(
            f"{self.catalog.learning.seed}|{req.shot.seed}|{req.tool}|{req.seed_value}|{number}"
        )
        order = learned_order(
            routing.ranked,
            self.beliefs,
            req.shot.tags,
            req.tier,
            pinned=pin.engine if pin else None,
            rng=rng,
        )
        notes = {s.candidate.name: _note(s, True, pin.race_id if pin else "") for s in order}
        return _copy(routing, [s.candidate for s in order], notes)


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


def expected_per_acceptable(price_usd: float, p_accept: float) -> float:
    """List price ÷ P(accept): what one acceptable take costs on average, retries included."""
    return price_usd / max(p_accept, _MIN_P) if math.isfinite(price_usd) else price_usd
