"""The deterministic rules planner: a brief in, a sensible shot list out, the same every time.

The reading is agent.briefing's pipeline — sentences → directives and beats → cast → shots →
stage prompts — each part small and tested on its own. This module puts the parts together.
"""

from __future__ import annotations

from agent.briefing.directives import read_brief
from agent.briefing.numbers import OTHER
from agent.briefing.prompts import render_stage_prompts
from agent.briefing.shots import build_shots, shot_seed
from sessions.models import Brief, ShotPlan

__all__ = ["english_note", "plan_from_brief", "shot_seed", "with_prompts"]


def english_note(language: str) -> str:
    """What the offline planner can honestly say of a brief in another language."""
    if language == OTHER.name:
        return (
            "the brief is in a language the offline planner does not read (it reads English, "
            "and lengths, counts, format and some picture words in French, Spanish, German, "
            "Italian, Portuguese and Dutch): it read the numbers written as figures and kept "
            "each picture as written, so check the length, the shots and the tags (an LLM "
            "planner, --model, reads it fully)"
        )
    return (
        f"the brief reads as {language}: the offline planner reads English best; from the "
        f"{language} words it took the length, shot count and format, and places, movement, "
        "liquids, sound and on-screen words for the tags, and kept each picture as written "
        "(an LLM planner, --model, reads it fully)"
    )


def plan_from_brief(brief: Brief) -> ShotPlan:
    """A shot list for the brief: same brief, same plan, byte for byte."""
    reading = read_brief(brief.text)
    shots, cast = build_shots(reading, brief)
    counted = f"{len(shots)} shot{'s' if len(shots) != 1 else ''}"
    notes = [f"planned offline from the brief: {counted}, {brief.duration_s:g} s"]
    d = reading.directives
    if d.language.code != "en":
        notes.append(english_note(d.language.name))
    if d.cinema and brief.aspect_ratio == "16:9":
        notes.append(
            f"{d.cinema} asked: planned at 16:9, the widest frame the engines make (letterbox "
            f"or crop to {d.cinema} in the edit)"
        )
    if d.money_words:
        notes.append("budget and tier come from your options, not from the brief's words")
    plan = ShotPlan(
        title=brief.title,
        aspect_ratio=brief.aspect_ratio,
        style=", ".join(brief.style_notes),
        shots=shots,
        cast=cast,
        note="; ".join(notes),
    )
    return with_prompts(plan, brief)


def with_prompts(
    plan: ShotPlan, brief: Brief | None = None, only: set[str] | None = None
) -> ShotPlan:
    """The plan with stage prompts rendered for every shot (or only the named ones)."""
    shots = [
        s.model_copy(update={"prompts": render_stage_prompts(s, plan, brief)})
        if only is None or s.id in only
        else s
        for s in plan.shots
    ]
    return plan.model_copy(update={"shots": shots})
