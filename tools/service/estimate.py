"""What work would cost, before it is asked for: pure arithmetic over the catalog.

Each work item is priced on the engine the router would try first for it. `expected_usd` is that
price; `worst_usd` is what the regeneration cap allows at most (every attempt of the round used, on
the dearest engine the ranking could fail over to) — the figure the budget guards against.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sessions.models import ShotPlan, Tier, WorkItem
from sessions.stages import STAGES
from tools.catalog import Catalog
from tools.engines.base import unavailable_reason
from tools.routing.rank import rank_engines


@dataclass
class Estimate:
    items: list[WorkItem] = field(default_factory=list)  # priced: engine and estimate_usd set
    worst_usd: float = 0.0
    # (shot id, stage) pairs no engine here can make, with why; production would fail there.
    impossible: list[str] = field(default_factory=list)
    keys_to_set: list[str] = field(default_factory=list)  # variables that would make one usable

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
) -> Estimate:
    """Price each item on its first-choice engine; say which items no engine here can make.
    `clips`: the shots that have (or will have) a clip, whose upscale is a video upscaler's."""
    unavailable = unavailable_engines(catalog, env)
    width, height = plan.resolution
    cap = catalog.guardrails.max_attempts_per_stage
    result = Estimate()
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
        first = routing.ranked[0]
        result.items.append(
            item.model_copy(update={"engine": first.name, "estimate_usd": first.estimate_usd})
        )
        result.worst_usd += cap * max(c.estimate_usd for c in routing.ranked)
    result.keys_to_set = sorted(set(result.keys_to_set))
    result.worst_usd = round(result.worst_usd, 6)
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


def _keys(reasons: object) -> list[str]:
    found = []
    for reason in reasons:  # type: ignore[attr-defined]
        text = str(reason)
        if text.endswith(" is not set"):
            found.append(text.removesuffix(" is not set"))
    return found


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
