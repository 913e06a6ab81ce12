"""What a tool asks of the router (one stage of one shot) and what it gets back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sessions.models import Artifact, Attempt, Shot, Tier, ToolName
from tools.engines.base import CastSubject
from tools.engines.http import ratio_name
from tools.routing.rank import CastNeeds


@dataclass(frozen=True)
class GateResult:
    decision: Literal["accept", "reject"]
    score: float
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)


@dataclass
class StageRequest:
    """What a tool asks the router to make: one stage of one shot."""

    session_id: str
    shot: Shot
    tool: ToolName
    tier: Tier
    prompt: str
    width: int
    height: int
    shot_dir: Path
    fps: int = 24
    duration_s: float | None = None
    image: Path | None = None
    mask: Path | None = None
    params: dict[str, object] = field(default_factory=dict)
    plan_approved: bool = False  # delivery is refused without it
    operator_redo: bool = False  # the person asked: opens a new round of the cap (never the LLM)
    priority: int = 0  # the shot's place in production order: engines serve lower first
    # Look-back chaining on the provider's side: the job id of the predecessor's clip when Luma
    # made it, so a Luma engine continues that generation instead of starting from its last frame.
    continue_job_id: str | None = None
    # The seed to send (None: the shot's locked seed) and why, recorded on the attempt. The router
    # still draws another where this one would repeat a rejected (or deterministic) request.
    seed: int | None = None
    seed_reason: str = ""
    # The cast members the stage shows, with their approved references (tools/production/cast.py):
    # engines that take them go first, the gate checks the output against them.
    cast: tuple[CastSubject, ...] = ()

    @property
    def base_seed(self) -> int:
        return self.shot.seed if self.seed is None else self.seed

    @property
    def cast_needs(self) -> CastNeeds | None:
        needs = CastNeeds(
            tuple((bool(m.references), bool(m.lora_url)) for m in self.cast),
            ratio=ratio_name(self.width, self.height),
            anchored=bool(self.params.get("anchor_from")),
        )
        return needs or None

    @property
    def base_seed_reason(self) -> str:
        if self.seed_reason:
            return self.seed_reason
        return "the shot's locked seed" if self.seed is None else "the seed the request asked for"


@dataclass
class StageOutcome:
    status: Literal["accepted", "failed", "needs_attention"]
    attempts: list[Attempt]
    reason: str = ""
    take: Artifact | None = None

    @property
    def cost_usd(self) -> float:
        return sum(a.cost_usd for a in self.attempts)


Gate = Callable[[StageRequest, Path], GateResult]
