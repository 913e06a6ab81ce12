"""The stale graph: what a new take of one stage makes out of date, over a plan."""

from __future__ import annotations

import pytest

from sessions.models import Shot, ShotPlan
from sessions.stages import stale_after


def plan(chains: dict[str, str] | None = None, count: int = 4) -> ShotPlan:
    chains = chains or {}
    shots = [
        Shot(
            id=f"S{i:02d}",
            description=f"shot {i}",
            duration_s=1.0,
            framing="wide",
            camera="static",
            chain_from=chains.get(f"S{i:02d}"),
            seed=i,
        )
        for i in range(1, count + 1)
    ]
    return ShotPlan(title="t", aspect_ratio="16:9", shots=shots)


def test_a_new_keyframe_stales_its_clip_finish_and_both_cuts() -> None:
    stale = stale_after(plan(), "S02", "keyframe")
    assert stale.takes == {("S02", "clip"), ("S02", "inpaint"), ("S02", "upscale")}
    assert stale.cuts == {("S01", "S02"), ("S02", "S03")}


def test_a_new_clip_stales_the_chained_successor_transitively() -> None:
    stale = stale_after(plan({"S03": "S02", "S04": "S03"}), "S02", "clip")
    assert stale.takes == {
        ("S02", "upscale"),
        ("S03", "clip"),
        ("S03", "upscale"),
        ("S04", "clip"),
        ("S04", "upscale"),
    }
    assert stale.cuts == {("S01", "S02"), ("S02", "S03"), ("S03", "S04")}
    assert stale.shots() == ["S02", "S03", "S04"]


def test_finishing_stages_stale_nothing_and_ends_have_one_cut() -> None:
    assert not stale_after(plan(), "S03", "upscale").takes
    assert not stale_after(plan(), "S03", "inpaint").cuts
    assert stale_after(plan(), "S01", "clip").cuts == {("S01", "S02")}
    assert stale_after(plan(), "S04", "clip").cuts == {("S03", "S04")}


def test_the_take_itself_is_never_stale_and_bad_input_is_refused() -> None:
    stale = stale_after(plan({"S02": "S01"}), "S01", "keyframe")
    assert ("S01", "keyframe") not in stale.takes
    with pytest.raises(ValueError):
        stale_after(plan(), "S01", "episode")
    with pytest.raises(KeyError):
        stale_after(plan(), "S09", "clip")
