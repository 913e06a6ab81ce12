"""The offline planner as the planner tests call it: a brief's plan, and what each shot shows."""

from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan


def plan(text: str) -> ShotPlan:
    return plan_from_brief(parse_brief(text))


def said(p: ShotPlan) -> list[str]:
    """Each shot's description, in order."""
    return [s.description for s in p.shots]


def cast(p: ShotPlan) -> list[str]:
    """The plan's cast, by name."""
    return [m.name for m in p.cast]


def lengths(p: ShotPlan) -> list[float]:
    """Each shot's length in seconds, in order."""
    return [s.duration_s for s in p.shots]
