"""The gate between an engine's output and a take: does it decode, is it what was asked?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tools.media import MediaError, probe

if TYPE_CHECKING:
    from tools.router import StageRequest


@dataclass(frozen=True)
class GateResult:
    decision: Literal["accept", "reject"]
    score: float
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)


def probe_gate(req: StageRequest, path: Path) -> GateResult:
    """Structural checks only: decodes, the asked size, and (for clips) the asked duration."""
    try:
        info = probe(path)
    except MediaError as exc:
        return GateResult("reject", 0.0, f"output does not decode: {exc}")
    metrics = {"width": float(info.width), "height": float(info.height)}
    if (info.width, info.height) != (req.width, req.height):
        return GateResult(
            "reject",
            0.2,
            f"size {info.width}×{info.height}, asked {req.width}×{req.height}",
            metrics,
        )
    if req.tool == "animate" and req.duration_s is not None:
        metrics["duration_s"] = info.duration_s
        if abs(info.duration_s - req.duration_s) > 1.0 / req.fps + 1e-6:
            return GateResult(
                "reject",
                0.2,
                f"duration {info.duration_s:.3f} s, asked {req.duration_s:.3f} s",
                metrics,
            )
    return GateResult("accept", 1.0, "decodes at the asked size and length", metrics)
