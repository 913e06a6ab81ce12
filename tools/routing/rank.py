"""Ranking engines for a shot's stage: pure functions over the catalog, no I/O.

Among engines that offer the tool, allow the tier and are available, rank by how well their
strengths cover the shot's tags, then by expected cost (draft) or quality prior (delivery).
An engine whose clips come with sound (catalog `audio = true`) counts as strong at the tags that
ask for sound (`sound`, `dialogue`), and wins a tie on coverage for such a shot.
A stage of a shot that shows cast members with references goes first to the engines that can take
those references (`reference_fit`); the others stay in the ranking, after them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sessions.models import Tier, ToolName
from tools.catalog import Catalog, EngineSpec
from tools.engines.base import source_unavailable

# The tags a silent engine cannot serve: the brief wants the clip's own sound.
SOUND_TAGS: frozenset[str] = frozenset({"sound", "dialogue"})


def strengths_of(spec: EngineSpec) -> frozenset[str]:
    """What the engine is strong at: its catalog strengths, plus sound if its clips have it."""
    return frozenset(spec.strengths) | (SOUND_TAGS if spec.audio else frozenset())


@dataclass(frozen=True)
class CastNeeds:
    """What the cast of a stage brings: per member with references, whether it has pictures and
    whether it has a LoRA; and what of the stage decides whether references can go at all (its
    aspect ratio, and whether the clip must start from another clip's last frame)."""

    members: tuple[tuple[bool, bool], ...] = ()
    ratio: str = ""  # the stage's aspect ratio, e.g. "16:9" ("" when it does not matter)
    anchored: bool = False  # a clip chained to the previous clip's last frame

    def __bool__(self) -> bool:
        return any(images or lora for images, lora in self.members)


def reference_block(spec: EngineSpec, tool: str, needs: CastNeeds | None) -> str | None:
    """Why none of the stage's references can go to this engine (None: some can)."""
    ratio, anchored = (needs.ratio, needs.anchored) if needs else ("", False)
    return spec.references.refuses(tool, ratio=ratio, anchored=anchored)


def reference_fit(spec: EngineSpec, tool: str, needs: CastNeeds | None) -> float:
    """The share of the stage's cast members (those with references) this engine can be shown:
    one reference picture each while its `references.images` last, or their LoRA. 0 when the
    stage has no cast references (then it decides nothing), or when the engine cannot take them
    for this stage (`reference_block`)."""
    if not needs or reference_block(spec, tool, needs) is not None:
        return 0.0
    wanting = [m for m in needs.members if any(m)]
    slots = spec.references.images
    shown = 0
    for images, lora in wanting:
        if images and slots > 0:
            slots -= 1
            shown += 1
        elif lora and spec.references.lora:
            shown += 1
    return shown / len(wanting)


@dataclass(frozen=True)
class Candidate:
    spec: EngineSpec
    coverage: float  # share of the shot's tags the engine is strong at, in [0, 1]
    estimate_usd: float
    covered: tuple[str, ...]
    reference_fit: float = 0.0  # share of the shot's cast it can be shown (see reference_fit)

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass
class Routing:
    tool: ToolName
    tier: Tier
    ranked: list[Candidate]
    excluded: dict[str, str] = field(default_factory=dict)  # engine → why it was left out
    cast: bool = False  # the stage's cast references ranked some engine first

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.ranked]

    def reason_for(self, candidate: Candidate, position: int) -> str:
        """Why this engine, in words a person can check."""
        order = "cheapest expected cost" if self.tier == "draft" else "highest quality prior"
        covered = ", ".join(candidate.covered) if candidate.covered else "none of the shot's tags"
        lead = "first choice" if position == 0 else f"choice {position + 1} (failover)"
        cast = ""
        if self.cast:
            cast = (
                f"takes the cast's references ({candidate.reference_fit:.0%} of members), "
                if candidate.reference_fit
                else "takes no references of the cast (ranked after those that do), "
            )
        return (
            f"{lead} for {self.tool} at {self.tier} tier: {cast}strong at {covered} "
            f"({candidate.coverage:.0%} of tags), then {order}; "
            f"estimate ${candidate.estimate_usd:.3f}"
        )


def rank_engines(
    catalog: Catalog,
    tool: ToolName,
    tags: Sequence[str],
    tier: Tier,
    *,
    duration_s: float | None,
    width: int,
    height: int,
    unavailable: Mapping[str, str] | None = None,
    source: Path | None = None,
    cast: CastNeeds | None = None,
) -> Routing:
    """Rank the engines able to run `tool` for a shot with `tags` at `tier` — and, for a stage
    made from a file (upscale, inpaint), able to take that kind of file (a clip needs a video
    upscaler): an engine that cannot is left out with why, so no attempt is spent finding out."""
    unavailable = unavailable or {}
    routing = Routing(tool=tool, tier=tier, ranked=[], cast=bool(cast))
    wanted = set(tags)
    for spec in catalog.engines:
        if tool not in spec.tools:
            continue
        if tier not in spec.tiers:
            routing.excluded[spec.name] = f"not offered at {tier} tier"
            continue
        if spec.retired:
            routing.excluded[spec.name] = f"retired: {spec.retired}"
            continue
        if spec.name in unavailable:
            routing.excluded[spec.name] = unavailable[spec.name]
            continue
        if (why := source_unavailable(spec, tool, source)) is not None:
            routing.excluded[spec.name] = why
            continue
        if (
            tool == "animate"
            and spec.max_duration_s is not None
            and duration_s is not None
            and duration_s > spec.max_duration_s + 1e-6
        ):
            # Its clip would come back short and the gate would reject it after it was paid for.
            routing.excluded[spec.name] = (
                f"makes clips up to {spec.max_duration_s:g} s; the shot lasts {duration_s:g} s"
            )
            continue
        fit = reference_fit(spec, tool, cast)
        if spec.references.required and not fit:
            routing.excluded[spec.name] = "works only from a cast reference, and the shot has none"
            continue
        strong = strengths_of(spec)
        covered = tuple(t for t in tags if t in strong)
        coverage = len(set(covered)) / len(wanted) if wanted else 0.0
        estimate = spec.estimate(duration_s=duration_s, width=width, height=height)
        routing.ranked.append(Candidate(spec, coverage, estimate, covered, fit))

    # Sound cannot be added to a silent clip afterwards: among engines that cover the shot's tags
    # equally well, one that makes the sound asked for goes first, whatever it costs.
    wants_sound = bool(wanted & SOUND_TAGS)

    def key(c: Candidate) -> tuple[float, float, bool, float, float, str]:
        silent = not (wants_sound and c.spec.audio)
        if tier == "draft":
            return (-c.reference_fit, -c.coverage, silent, c.estimate_usd, -c.spec.quality, c.name)
        return (-c.reference_fit, -c.coverage, silent, -c.spec.quality, c.estimate_usd, c.name)

    routing.ranked.sort(key=key)
    # The reason names the cast only where it decided something: some engine takes it.
    routing.cast = any(c.reference_fit for c in routing.ranked)
    return routing
