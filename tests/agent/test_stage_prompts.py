"""Stage prompts: three different jobs, rendered from the templates in prompts/."""

from __future__ import annotations

from importlib.resources import files

from agent.briefing.prompts import render_stage_prompts
from tests.agent.conftest import example_plan


def test_templates_ship_as_package_data() -> None:
    for name in ("keyframe.txt", "motion.txt", "finishing.txt", "planner.md"):
        assert files("prompts").joinpath(name).read_text(encoding="utf-8").strip()


def test_each_stage_has_its_own_prompt(example: str) -> None:
    plan = example_plan(example)
    for shot in plan.shots:
        p = shot.prompts
        assert len({p.keyframe, p.motion, p.finishing}) == 3
        assert "Lens:" in p.keyframe and plan.aspect_ratio in p.keyframe
        assert "Camera:" in p.motion and f"{shot.frames} frames" in p.motion
        assert "Preserve:" in p.finishing and "May correct:" in p.finishing
        assert "$" not in p.keyframe + p.motion + p.finishing  # every placeholder filled


def test_lens_follows_framing() -> None:
    plan = example_plan("fjord-climber")
    drone, hands, _, face, card = plan.shots
    assert "18mm" in drone.prompts.keyframe
    assert "macro" in hands.prompts.keyframe
    assert "85mm" in face.prompts.keyframe
    assert "watercolor" in card.prompts.keyframe and "watercolor" not in drone.prompts.keyframe
    assert '"Go further"' in card.prompts.finishing
    assert "red jacket" in face.prompts.finishing


def test_chained_shot_starts_from_the_last_frame() -> None:
    plan = example_plan("fjord-climber")
    ridge = plan.shots[2]
    assert "last frame of S02" in ridge.prompts.motion


def test_rendering_is_pure() -> None:
    plan = example_plan("startup-ad")
    shot = plan.shots[0]
    assert render_stage_prompts(shot, plan) == render_stage_prompts(shot, plan)
