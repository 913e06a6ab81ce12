"""Look-back chaining and character continuity through a real (animatic) production."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.store import open_store
from tests.support import produce as produce_session
from tools.catalog import load_catalog
from tools.media.continuity import ssim
from tools.media.io import first_frame, last_frame


def shot(n: int, description: str, **extra: object) -> Shot:
    fields: dict[str, object] = {
        "id": f"S{n:02d}",
        "description": description,
        "duration_s": 1.0,
        "framing": "medium",
        "camera": "push-in",
        "seed": 100 + n,
        "prompts": StagePrompts(keyframe=description, motion=f"slow push-in on {description}"),
    }
    fields.update(extra)
    return Shot.model_validate(fields)


def produce(shots: list[Shot]) -> tuple[str, object]:
    store = open_store()
    brief = Brief(text="test", title="test", duration_s=len(shots), aspect_ratio="1:1")
    session = store.create_session(brief, budget_usd=1.0)
    store.save_plan(session.id, ShotPlan(title="test", aspect_ratio="1:1", shots=shots))
    store.approve_plan(session.id)
    result = asyncio.run(produce_session(store, session.id, catalog=load_catalog()))
    return session.id, result


def test_a_chained_shot_opens_on_its_predecessors_actual_last_frame() -> None:
    session_id, _ = produce(
        [
            shot(1, "a climber's hands gripping wet rock at dawn"),
            shot(
                2, "the climber pulls over the ridge at dawn", chain_from="S01", camera="handheld"
            ),
        ]
    )
    store = open_store()
    clip_a = store.current_take(session_id, "S01", "clip")
    clip_b = store.current_take(session_id, "S02", "clip")
    anchor = store.current_take(session_id, "S01", "last_frame")
    assert clip_a and clip_b and anchor
    assert anchor.attempt_id == clip_a.attempt_id  # the anchor carries the clip's provenance
    a, b = last_frame(Path(clip_a.path)), first_frame(Path(clip_b.path))
    assert ssim(a, b) > 0.9
    cuts = [c for c in store.continuity(session_id) if c.kind == "cut"]
    assert [(c.cut, c.passed) for c in cuts] == [("matched", True)]
    # S02 dissolves into its own content: its last frame is not the anchor any more.
    assert not np.array_equal(last_frame(Path(clip_b.path)), a)


def test_a_character_whose_colours_change_between_shots_is_flagged() -> None:
    session_id, _ = produce(
        [
            shot(1, "Ana in a red jacket on a pier", subjects=["Ana"], tags=["character"]),
            shot(2, "Ana in a red jacket looks out", subjects=["Ana"], tags=["character"]),
            shot(3, "the harbour at night, neon", subjects=["harbour"]),
        ]
    )
    store = open_store()
    characters = [c for c in store.continuity(session_id) if c.kind == "character"]
    assert [(c.shot_a, c.shot_b) for c in characters] == [("S01", "S02")]
    assert all("delta_e" in c.metrics for c in characters)


def test_a_jacket_that_changes_colour_is_flagged_with_a_way_forward() -> None:
    session_id, _ = produce(
        [
            shot(1, "Ana in a red jacket on a pier", subjects=["Ana"], tags=["character"]),
            shot(2, "Ana in a blue jacket on a pier", subjects=["Ana"], tags=["character"]),
        ]
    )
    (drift,) = [c for c in open_store().continuity(session_id) if c.kind == "character"]
    assert not drift.passed
    assert "Ana colour drift" in drift.reasons[0]
    assert "S01" in drift.suggestion
