"""The gate between an engine's output and a take: measured on the decoded frames (tools/media/quality.py)
against the tier's threshold from the catalog's guardrails."""

from __future__ import annotations

from pathlib import Path

from tools.media.quality import measure_clip, measure_image
from tools.routing.request import GateResult, StageRequest

VIDEO_SUFFIXES = {".mp4", ".mov", ".webm", ".m4v"}


def quality_gate(req: StageRequest, path: Path, threshold: float) -> GateResult:
    """Measure `path` as the stage asked for it and accept it only above `threshold`."""
    if path.suffix.lower() in VIDEO_SUFFIXES:
        # The keyframe the clip was animated from is the sharpness reference; an upscale is
        # compared with nothing (it is meant to be sharper than its source).
        reference = req.image if req.tool == "animate" and req.image is not None else None
        report = measure_clip(
            path,
            width=req.width,
            height=req.height,
            duration_s=req.duration_s or 0.0,
            fps=req.fps,
            reference=reference,
            camera=req.shot.camera,  # where the picture may hold still: static, eased ends
        )
    else:
        report = measure_image(path, width=req.width, height=req.height)
    decision, reason = report.gate(threshold)
    return GateResult(decision, report.score, reason, dict(report.metrics))
