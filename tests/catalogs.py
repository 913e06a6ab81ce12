"""Catalogs of simulated engines for tests that need prices or waits: the README's test provider,
strong at everything so they rank first, priced and slowed as the test needs."""

from __future__ import annotations

from pathlib import Path

_STRENGTHS = (
    '["landscape", "architecture", "camera_motion", "human_motion", "physics", "character", '
    '"stylized", "typography", "product", "dialogue"]'
)


def simulated_catalog(
    path: Path,
    *,
    per_image: float = 0.0,
    per_second: float = 0.0,
    image_latency_s: float = 0.0,
    clip_latency_s: float = 0.0,
    tiers: str = '["draft", "delivery"]',
    attempts: int = 2,
    budget_usd: float = 20.0,
) -> Path:
    """A keyframe engine and a clip engine, written to `path` (returned)."""
    path.write_text(
        f"""
version = "test-simulated"
[guardrails]
max_attempts_per_stage = {attempts}
budget_usd = {budget_usd}

[[engine]]
name = "sim-stills"
provider = "simulated"
tools = ["generate_keyframe"]
tiers = {tiers}
strengths = {_STRENGTHS}
price = {{ per_image = {per_image} }}
latency_s = {image_latency_s}

[[engine]]
name = "sim-motion"
provider = "simulated"
tools = ["animate"]
tiers = {tiers}
strengths = {_STRENGTHS}
price = {{ per_second = {per_second} }}
latency_s = {clip_latency_s}
"""
    )
    return path
