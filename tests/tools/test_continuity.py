"""Continuity measurements on synthetic scenes with known truth."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tools.clips import (
    pan,
    read_clip,
    reencode,
    scene,
    shift_lab,
    with_character,
    write_clip,
)
from tools.media.continuity import (
    HARD_CUT,
    check_character,
    check_cut,
    delta_e,
    hash_distance,
    histogram_distance,
    phash,
    rgb_to_lab,
    ssim,
)

W, H = 320, 180


@pytest.fixture(scope="module")
def canvas() -> np.ndarray:
    return scene(seed=1)


@pytest.fixture(scope="module")
def last_frame(canvas: np.ndarray, tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    clip = write_clip(
        tmp_path_factory.mktemp("a") / "a.mp4", pan(canvas, width=W, height=H, frames=24, top=30)
    )
    return read_clip(clip)[-1]


def test_rgb_to_lab_known_values() -> None:
    lab = rgb_to_lab(np.array([[255, 255, 255], [255, 0, 0], [0, 0, 0], [128, 128, 128]], np.uint8))
    np.testing.assert_allclose(lab[0], [100, 0, 0], atol=0.01)
    np.testing.assert_allclose(lab[1], [53.24, 80.09, 67.20], atol=0.05)
    np.testing.assert_allclose(lab[2], [0, 0, 0], atol=0.01)
    np.testing.assert_allclose(lab[3], [53.59, 0, 0], atol=0.05)


def test_delta_e_of_mean_colours() -> None:
    assert delta_e(np.array([50.0, 0, 0]), np.array([53.0, 4.0, 0])) == pytest.approx(5.0)


def test_identical_frames_match_exactly(canvas: np.ndarray) -> None:
    frame = canvas[:H, :W]
    assert ssim(frame, frame) == pytest.approx(1.0)
    assert histogram_distance(frame, frame) == pytest.approx(0.0, abs=1e-6)
    assert hash_distance(phash(frame), phash(frame)) == 0


def test_phash_survives_reencoding_and_tells_scenes_apart(
    canvas: np.ndarray, tmp_path: Path
) -> None:
    frame = canvas[30 : 30 + H, :W]
    assert hash_distance(phash(frame), phash(reencode(frame, tmp_path / "r.mp4"))) <= 2
    other = scene(seed=5, night=True)[:H, :W]
    assert hash_distance(phash(frame), phash(other)) > 12


def test_matched_cut_from_the_real_last_frame_passes(
    last_frame: np.ndarray, tmp_path: Path
) -> None:
    # clip B is animated from A's decoded last frame (the look-back workflow)
    b = read_clip(write_clip(tmp_path / "b.mp4", [last_frame] * 12))
    result = check_cut(last_frame, b[0], shot_a="S04", shot_b="S05", matched=True)
    assert result.passed, result.reasons
    assert result.cut == "matched" and result.suggestion == ""
    assert set(result.metrics) == {"delta_e", "histogram", "ssim", "phash"}


def test_matched_cut_with_a_colour_shift_fails_on_colour(
    last_frame: np.ndarray, tmp_path: Path
) -> None:
    graded = reencode(shift_lab(last_frame, 0, 8, 8), tmp_path / "g.mp4")
    result = check_cut(last_frame, graded, shot_a="S04", shot_b="S05", matched=True)
    assert not result.passed
    assert any(r.startswith("colour drift ΔE") and "> 4" in r for r in result.reasons)
    assert result.suggestion == "colour-match S05 towards S04"


def test_matched_cut_that_jumps_asks_to_reanchor(
    canvas: np.ndarray, last_frame: np.ndarray
) -> None:
    jumped = canvas[30 : 30 + H, 46 + 64 : 46 + 64 + W]  # the camera jumped a fifth of the frame
    result = check_cut(last_frame, jumped, shot_a="S04", shot_b="S05", matched=True)
    assert not result.passed
    assert result.suggestion == "re-anchor S05 on S04's last frame"


def test_hard_cut_to_another_framing_of_the_scene_passes(
    canvas: np.ndarray, last_frame: np.ndarray
) -> None:
    for x, y in ((0, 60), (200, 40), (300, 0)):
        result = check_cut(
            last_frame, canvas[y : y + H, x : x + W], shot_a="S06", shot_b="S07", matched=False
        )
        assert result.passed, result.reasons
        assert result.metrics["ssim"] < 0.8  # reported, not judged: the composition changed


def test_hard_cut_to_another_grade_fails_with_a_suggestion(last_frame: np.ndarray) -> None:
    night = scene(seed=5, night=True)[30 : 30 + H, :W]
    result = check_cut(last_frame, night, shot_a="S06", shot_b="S07", matched=False)
    assert not result.passed
    assert result.reasons[0].startswith("colour drift ΔE")
    assert result.suggestion == "colour-match S07 towards S06"


def _keyframes(canvas: np.ndarray, jacket_s03: tuple[int, int, int]) -> dict[str, np.ndarray]:
    return {
        "S01": with_character(canvas[30:210, 0:320]),
        "S02": with_character(canvas[30:210, 200:520], cx=0.53, scale=1.1),
        "S03": with_character(canvas[0:180, 300:620], cx=0.56, scale=1.2, jacket=jacket_s03),
    }


REGION = (0.42, 0.3, 0.62, 0.6)


def test_character_in_the_same_colours_is_not_flagged(canvas: np.ndarray) -> None:
    for region in (REGION, None):
        results = check_character(_keyframes(canvas, (180, 30, 35)), region=region, name="Ana")
        assert [r.shot_b for r in results] == ["S02", "S03"]
        assert all(r.passed and r.kind == "character" for r in results), [
            r.reasons for r in results
        ]


def test_character_whose_jacket_changes_is_flagged(canvas: np.ndarray) -> None:
    results = check_character(_keyframes(canvas, (210, 110, 40)), region=REGION, name="Ana")
    s02, s03 = results
    assert s02.passed
    assert not s03.passed and s03.shot_a == "S01"
    assert s03.reasons[0].startswith("S03: Ana colour drift ΔE")
    assert "red → orange" in s03.reasons[0]
    assert "S03" in s03.suggestion and "S01" in s03.suggestion


def _just_past(limit: float) -> tuple[np.ndarray, np.ndarray]:
    """Two flat frames whose mean colours are a hair more than `limit` ΔE apart."""
    from tools.media.continuity import character_colour, delta_e

    grey = np.full((64, 64, 3), 128, np.uint8)
    for green in range(100, 160):
        for red in range(100, 220):
            other = np.full((64, 64, 3), (red, green, 128), np.uint8)
            apart = round(delta_e(character_colour(grey), character_colour(other)), 3)
            if limit < apart < limit + 0.05:
                return grey, other
    raise AssertionError(f"no pair just past {limit}")


def _reads_past(reason: str) -> None:
    """A failing value, as printed, is past its limit as printed: never "15.0 > 15.0"."""
    import re

    found = re.search(r"(\d+(?:\.\d+)?)\D*?([<>]) (\d+(?:\.\d+)?)$", reason)
    assert found, reason
    value, sign, limit = float(found[1]), found[2], float(found[3])
    assert value > limit if sign == ">" else value < limit, reason


def test_a_cut_just_over_its_limit_never_reads_as_equal() -> None:
    a, b = _just_past(HARD_CUT.delta_e)
    result = check_cut(a, b, shot_a="S01", shot_b="S02", matched=False)
    drift = next(r for r in result.reasons if r.startswith("colour drift"))
    assert drift == f"colour drift ΔE {result.metrics['delta_e']:.2f} > 15"
    for reason in result.reasons:
        _reads_past(reason)


def test_a_character_just_over_its_limit_never_reads_as_equal() -> None:
    from tools.media.continuity import CHARACTER_DELTA_E

    a, b = _just_past(CHARACTER_DELTA_E)
    results = check_character({"S01": a, "S02": b}, name="Ana")
    assert results and results[0].reasons, results
    (reason,) = results[0].reasons
    assert " > 15" in reason and "ΔE 15.0 " not in reason
    _reads_past(reason.split(" from ")[0] + " > " + reason.rsplit(" > ", 1)[1])


@given(
    limit=st.sampled_from([4.0, 15.0, 0.35, 0.6, 0.8, 12.0]),
    excess=st.floats(min_value=1e-4, max_value=50),
    below=st.booleans(),
)
def test_every_failing_value_reads_past_its_limit(limit: float, excess: float, below: bool) -> None:
    from tools.media.continuity import beyond

    value = round(max(0.0, limit - excess) if below else limit + excess, 4)
    _reads_past(f"x {beyond(value, limit, below=below)}")
