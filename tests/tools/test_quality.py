"""The quality gate on synthetic clips with known faults (H.264, 24 fps, 320×180, 2 s)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from sessions.models import CAMERA_MOVES
from tests.tools.clips import blur, pan, scene, with_flicker, write_clip
from tools.media.io import encode_clip
from tools.media.quality import (
    QualityReport,
    clip_metrics,
    measure_clip,
    measure_image,
    stillness,
)

W, H, SECONDS = 320, 180, 2.0
N = 48


@pytest.fixture(scope="module")
def clean() -> list[np.ndarray]:
    return pan(scene(seed=1), width=W, height=H, frames=N, top=30)


@pytest.fixture(scope="module")
def keyframe(clean: list[np.ndarray], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("key") / "keyframe.png"
    Image.fromarray(clean[0]).save(path)
    return path


def measure(path: Path, **kw: object) -> QualityReport:
    args: dict[str, object] = {"width": W, "height": H, "duration_s": SECONDS} | kw
    return measure_clip(path, **args)  # type: ignore[arg-type]


def test_clean_moving_clip_passes(clean: list[np.ndarray], keyframe: Path, tmp_path: Path) -> None:
    report = measure(write_clip(tmp_path / "c.mp4", clean), reference=keyframe)
    assert report.gate(0.6) == ("accept", f"quality {report.score:.2f} ≥ 0.60")
    assert report.score > 0.95 and report.problems == []
    assert all(isinstance(v, float) for v in report.metrics.values())
    assert report.metrics["duration_s"] == pytest.approx(SECONDS)


def test_flicker_is_rejected(clean: list[np.ndarray], tmp_path: Path) -> None:
    report = measure(write_clip(tmp_path / "f.mp4", with_flicker(clean, 12)))
    decision, reason = report.gate(0.35)
    assert decision == "reject"
    assert reason.startswith("flicker: brightness jumps")


def test_slight_flicker_costs_score_but_passes(clean: list[np.ndarray], tmp_path: Path) -> None:
    report = measure(write_clip(tmp_path / "f.mp4", with_flicker(clean, 3)))
    assert 0.6 < report.score < 0.97
    assert report.gate(0.6)[0] == "accept"


def test_black_clip_is_rejected(tmp_path: Path) -> None:
    report = measure(write_clip(tmp_path / "b.mp4", [np.zeros((H, W, 3), np.uint8)] * N))
    assert report.gate(0.35) == ("reject", "black for 2.0 s (frames 0–47)")


def test_half_second_of_black_is_rejected(clean: list[np.ndarray], tmp_path: Path) -> None:
    frames = clean[:36] + [np.zeros_like(clean[0])] * 12
    decision, reason = measure(write_clip(tmp_path / "b.mp4", frames)).gate(0.35)
    assert (decision, reason) == ("reject", "black for 0.5 s (frames 36–47)")


def test_wrong_duration_is_rejected(clean: list[np.ndarray], tmp_path: Path) -> None:
    path = write_clip(tmp_path / "d.mp4", clean[:40])
    assert measure(path).gate(0.35) == ("reject", "duration 1.67 s, asked 2.00 s")
    one_frame_short = write_clip(tmp_path / "d1.mp4", clean[:47])
    assert measure(one_frame_short).gate(0.35)[0] == "accept"  # within one frame


def test_wrong_aspect_is_rejected(clean: list[np.ndarray], tmp_path: Path) -> None:
    path = write_clip(tmp_path / "a.mp4", [f[:, :240] for f in clean])  # 4:3
    decision, reason = measure(path).gate(0.35)
    assert decision == "reject"
    assert reason == "aspect 240×180 (1.333), asked 320×180 (1.778)"


def test_smaller_resolution_same_aspect_is_a_soft_penalty(tmp_path: Path) -> None:
    frames = pan(scene(seed=1), width=256, height=144, frames=N, top=30)
    report = measure(write_clip(tmp_path / "s.mp4", frames))
    assert report.problems == ["resolution 256×144, asked 320×180"]
    assert report.hard == []
    assert 0.9 < report.score < 1.0


@pytest.mark.parametrize("content", [b"", b"not a video at all" * 100, None])
def test_undecodable_file_scores_zero_with_a_reason(
    clean: list[np.ndarray], tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "bad.mp4"
    if content is None:  # a truncated download: the first half of a real clip
        data = write_clip(tmp_path / "ok.mp4", clean).read_bytes()
        content = data[: len(data) // 2]
    path.write_bytes(content)
    report = measure(path)
    assert report.score == 0.0
    decision, reason = report.gate(0.0)
    assert decision == "reject" and reason.startswith("undecodable clip")


def test_missing_file_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    assert measure(tmp_path / "nowhere.mp4").score == 0.0
    assert (
        measure_image(tmp_path / "nowhere.png", width=W, height=H)
        .problems[0]
        .startswith("undecodable image")
    )


def test_blurred_clip_scores_lower_than_the_sharp_one(
    clean: list[np.ndarray], keyframe: Path, tmp_path: Path
) -> None:
    sharp = measure(write_clip(tmp_path / "s.mp4", clean), reference=keyframe)
    soft = measure(
        write_clip(tmp_path / "m.mp4", [blur(f, 1, (1, 1, 1)) for f in clean]), reference=keyframe
    )
    heavy = measure(write_clip(tmp_path / "h.mp4", [blur(f, 6) for f in clean]), reference=keyframe)
    assert sharp.score > soft.score > heavy.score
    assert soft.gate(0.6)[0] == "accept" and soft.problems[0].startswith("soft:")
    assert heavy.gate(0.35) == ("reject", "blurred: 2% of the keyframe's detail")


def test_frozen_clip_is_rejected_unless_the_shot_is_static(
    clean: list[np.ndarray], tmp_path: Path
) -> None:
    path = write_clip(tmp_path / "z.mp4", clean[:12] + [clean[12]] * 36)
    assert measure(path).gate(0.35) == ("reject", "frozen for 1.5 s (frames 12–47)")
    assert measure(path, static=True).gate(0.6)[0] == "accept"


def test_clip_metrics_is_pure_over_arrays(clean: list[np.ndarray]) -> None:
    black = np.zeros_like(clean[0])
    m = clip_metrics([black] * 6 + clean[:18], fps=24)
    assert m["frames"] == 24.0
    assert m["black_fraction"] == pytest.approx(0.25)
    assert m["black_longest_s"] == pytest.approx(0.25)
    assert m["flicker"] < 0.5  # black frames do not count as brightness jumps
    assert clip_metrics([], fps=24) == {"frames": 0.0}


def test_measure_image(clean: list[np.ndarray], tmp_path: Path) -> None:
    Image.fromarray(clean[0]).save(tmp_path / "k.png")
    Image.fromarray(np.zeros((H, W, 3), np.uint8)).save(tmp_path / "black.png")
    good = measure_image(tmp_path / "k.png", width=W, height=H)
    assert good.gate(0.6)[0] == "accept" and good.score == 1.0
    assert (
        measure_image(tmp_path / "k.png", width=180, height=320).gate(0.6)[1].startswith("aspect")
    )
    assert (
        measure_image(tmp_path / "black.png", width=W, height=H)
        .gate(0.35)[1]
        .startswith("black image")
    )
    (tmp_path / "junk.png").write_bytes(b"\x89PNG junk")
    assert measure_image(tmp_path / "junk.png", width=W, height=H).score == 0.0


def test_gate_names_the_worst_problem() -> None:
    report = QualityReport(
        score=0.5, metrics={}, problems=["slight flicker (1.3 levels)", "soft: 40%"]
    )
    assert report.gate(0.6) == ("reject", "quality 0.50 < 0.60: slight flicker (1.3 levels)")
    assert report.gate(0.35) == ("accept", "quality 0.50 ≥ 0.35 (slight flicker (1.3 levels))")


def test_texture_shimmer_is_rejected(clean: list[np.ndarray], tmp_path: Path) -> None:
    # every other frame loses its fine detail: the texture "breathes"
    frames = [blur(f, 1, (1, 2, 1)) if i % 2 else f for i, f in enumerate(clean)]
    decision, reason = measure(write_clip(tmp_path / "p.mp4", frames)).gate(0.35)
    assert decision == "reject" and reason.startswith("texture shimmer: detail varies")


# --- stills: a deliberate static or a soft landing is not a stall -------------------------------

# The grain softened by a 1-2-1 pass, so that a sub-pixel step (interpolated) moves the picture
# rather than smoothing its grain: then the change between frames follows the speed, as in a lens.
CANVAS = blur(scene(1600, 240, seed=1), 1, (1, 2, 1)).astype(np.float32)


def travel(speeds: list[float]) -> list[np.ndarray]:
    """A camera window sliding right by each step's speed in px a frame (sub-pixel, interpolated),
    so that slowing down is smooth, as a real camera's landing is."""
    frames = []
    for x in np.concatenate([[0.0], np.cumsum(speeds)]):
        i, f = int(x), float(x - int(x))
        window = (1 - f) * CANVAS[30 : 30 + H, i : i + W] + f * CANVAS[
            30 : 30 + H, i + 1 : i + 1 + W
        ]
        frames.append(np.clip(window, 0, 255).astype(np.uint8))
    return frames


def steps(*parts: tuple[float, float, float]) -> list[float]:
    """Speeds for parts of (seconds, from px/frame, to px/frame), linear in between."""
    out: list[float] = []
    for seconds, start, end in parts:
        out += list(np.linspace(start, end, round(seconds * 24)))
    return out


def clip_of(tmp_path: Path, speeds: list[float], name: str = "c.mp4") -> tuple[Path, float]:
    path = write_clip(tmp_path / name, travel(speeds[:-1]))
    return path, len(speeds) / 24


def test_a_soft_landing_may_settle_only_where_the_move_eases(tmp_path: Path) -> None:
    # 3.5 s at 2 px a frame, 1 s slowing to a stop, then 1.5 s held: a push-in that lands
    path, seconds = clip_of(tmp_path, steps((3.5, 2, 2), (1, 2, 0), (1.5, 0, 0)))
    for camera in ("pan", "push-in", "orbit", "drone"):
        report = measure(path, duration_s=seconds, camera=camera)
        assert report.gate(0.6)[0] == "accept", (camera, report.hard)
        assert report.metrics["settle_tail_s"] >= 1.4
    # handheld never stops; an unknown move gets no benefit of the doubt
    for camera in ("handheld", None):
        decision, reason = measure(path, duration_s=seconds, camera=camera).gate(0.35)
        assert decision == "reject" and reason.startswith("frozen for 1.")


def test_a_move_that_stops_dead_is_a_stall_even_at_the_end(tmp_path: Path) -> None:
    path, seconds = clip_of(tmp_path, steps((4.5, 2, 2), (1.5, 0, 0)))
    decision, reason = measure(path, duration_s=seconds, camera="push-in").gate(0.35)
    assert decision == "reject" and reason.startswith("frozen for 1.")
    assert measure(path, duration_s=seconds, camera="static").gate(0.6)[0] == "accept"


@pytest.mark.parametrize("camera", ["push-in", "pull-out", "pan", "tilt", "orbit", "handheld"])
def test_a_freeze_mid_clip_is_a_stall_for_every_moving_camera(tmp_path: Path, camera: str) -> None:
    path, seconds = clip_of(tmp_path, steps((2, 2, 2), (1.25, 0, 0), (1.75, 2, 2)))
    decision, reason = measure(path, duration_s=seconds, camera=camera).gate(0.35)
    assert decision == "reject" and reason.startswith("frozen for 1.")


def test_a_clip_that_starts_frozen_is_a_stall_unless_it_eases_into_motion(tmp_path: Path) -> None:
    jump, seconds = clip_of(tmp_path, steps((1.25, 0, 0), (3.75, 2, 2)), "jump.mp4")
    assert measure(jump, duration_s=seconds, camera="pan").gate(0.35)[0] == "reject"
    eased, seconds = clip_of(tmp_path, steps((1.25, 0, 0), (1, 0, 2), (2.75, 2, 2)), "ease.mp4")
    report = measure(eased, duration_s=seconds, camera="pan")
    assert report.gate(0.6)[0] == "accept" and report.metrics["settle_head_s"] >= 1.2


def test_a_landing_that_holds_for_over_a_third_of_the_clip_is_a_stall(tmp_path: Path) -> None:
    path, seconds = clip_of(tmp_path, steps((2.5, 2, 2), (1, 2, 0), (2.5, 0, 0)))
    decision, reason = measure(path, duration_s=seconds, camera="pan").gate(0.35)
    assert decision == "reject" and reason.startswith("frozen for 2.")


def test_a_freeze_across_a_codec_refresh_is_still_a_stall(tmp_path: Path) -> None:
    # encode_clip puts a keyframe every 48 frames: the one at frame 144 re-draws the frozen picture
    # and cuts the still run in two. The second half must not pass for a landing.
    frames = travel([2.0] * 136 + [0.0] * 55)
    path = encode_clip(iter(frames), tmp_path / "r.mp4", width=W, height=H, fps=24)
    report = measure(path, duration_s=8.0, camera="pan")
    decision, reason = report.gate(0.35)
    assert decision == "reject" and reason.startswith("frozen for")
    assert report.metrics["settle_tail_s"] == 0.0


@pytest.mark.parametrize("speed", [0.03, 0.05, 0.1])
def test_a_slow_steady_move_is_not_frozen(tmp_path: Path, speed: float) -> None:
    # 0.03 px a frame changes the picture by a few hundredths of a level frame to frame, under
    # the still threshold; compared with where the run began, it drifts past it within a second.
    path, seconds = clip_of(tmp_path, [speed] * 72)
    report = measure(path, duration_s=seconds)
    assert report.gate(0.6)[0] == "accept"
    assert report.metrics["frozen_longest_s"] < 0.5


def test_every_camera_move_says_where_it_may_hold_still() -> None:
    where = {camera: stillness(camera) for camera in CAMERA_MOVES}
    assert where.pop("static") == "anywhere"
    assert where.pop("handheld") == "nowhere"
    assert set(where.values()) == {"ends"}  # the eased moves
    assert stillness(None) == stillness("whip-pan") == "nowhere"  # unknown: no benefit of doubt
