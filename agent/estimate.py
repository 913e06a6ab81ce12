"""What a production would cost, before it is asked for: pure arithmetic over the catalog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sessions.models import ShotPlan, Tier, ToolName
from tools.catalog import Catalog
from tools.engines.base import unavailable_reason
from tools.routing.rank import rank_engines


@dataclass
class Estimate:
    usd: float = 0.0
    # (shot id, stage) pairs no engine here can make, with why; production would fail there.
    impossible: list[str] = field(default_factory=list)


def estimate_production(
    catalog: Catalog,
    plan: ShotPlan,
    shot_ids: Sequence[str],
    stages: Sequence[ToolName],
    tier: Tier,
    env: Mapping[str, str],
) -> Estimate:
    """The first-choice engine's expected charge for each chosen shot and stage, summed."""
    unavailable = {
        spec.name: reason
        for spec in catalog.engines
        if (reason := unavailable_reason(spec, env)) is not None
    }
    width, height = plan.resolution
    result = Estimate()
    for shot in plan.shots:
        if shot.id not in shot_ids:
            continue
        for stage in stages:
            video = stage in ("animate", "upscale")
            routing = rank_engines(
                catalog,
                stage,
                shot.tags,
                tier,
                duration_s=shot.duration_s if video else None,
                width=width,
                height=height,
                unavailable=unavailable,
            )
            if routing.ranked:
                result.usd += routing.ranked[0].estimate_usd
            else:
                result.impossible.append(f"{shot.id} {stage}")
    return result
