"""The gate between an engine's output and a take: measured on the decoded frames (tools/media/quality.py)
against the tier's threshold from the catalog's guardrails — and, for a keyframe of a shot that
shows cast members with references, against each member's primary reference
(tools/media/references.py): a keyframe where a member drifted off-model is rejected, and the
router fails over as for any rejection."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tools.media.io import load_image
from tools.media.quality import measure_clip, measure_image
from tools.media.references import ReferenceError, compare, reference_signature
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
    metrics = dict(report.metrics)
    if decision == "accept" and req.tool == "generate_keyframe" and req.cast:
        drift = reference_check(req, path, metrics)
        if drift:
            return GateResult("reject", report.score, drift, metrics)
    return GateResult(decision, report.score, reason, metrics)


def reference_check(req: StageRequest, path: Path, metrics: dict[str, float]) -> str:
    """Compare the keyframe with each cast member's primary reference; the metrics go on the
    attempt (`ref_colour:<name>`, `ref_shape:<name>`). Returns why it drifted, or ""."""
    frame: np.ndarray | None = None
    for member in req.cast:
        if not member.references:
            continue
        try:
            sig = reference_signature(member.references[0].path)
        except (ReferenceError, OSError):
            continue  # a reference gone from disk cannot judge; the take is not blamed for it
        if frame is None:
            frame = np.asarray(load_image(path).convert("RGB"))
        match = compare(frame, sig)
        metrics[f"ref_colour:{member.name}"] = match.colour
        metrics[f"ref_shape:{member.name}"] = match.shape
        if match.off_model:
            return match.why(member.name)
    return ""
