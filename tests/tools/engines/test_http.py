"""The shared pieces every adapter relies on: Retry-After, duration steps, ratios, conforming."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

import httpx
import numpy as np
import pytest

from tools.engines.http import (
    MODEL_GONE,
    closest_ratio,
    pick_duration,
    ratio_name,
    retry_after_s,
)
from tools.media import io as media


def response(headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(429, headers=headers)


def test_retry_after_in_every_form_providers_use() -> None:
    assert retry_after_s(response({"retry-after-ms": "2500", "retry-after": "3"})) == 2.5
    assert retry_after_s(response({"retry-after": "30"})) == 30.0
    date = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 55 <= (retry_after_s(response({"retry-after": date})) or 0) <= 60
    body = "Request was throttled. Your rate limit resets in ~30s."
    assert retry_after_s(response({}), body) == 30.0
    assert retry_after_s(response({})) is None


@pytest.mark.parametrize(
    ("seconds", "allowed", "chosen"),
    [
        (4.0, (5, 10), 5),
        (5.5, (5, 10), 10),
        (12, (5, 10), 10),
        (5.0, (4, 6, 8), 6),
        (None, (5, 9), 5),
    ],
)
def test_durations_round_up_to_what_the_model_makes(
    seconds: float | None, allowed: tuple[int, ...], chosen: int
) -> None:
    assert pick_duration(seconds, allowed) == chosen


def test_ratios() -> None:
    assert ratio_name(1280, 720) == "16:9" and ratio_name(1080, 1350) == "4:5"
    assert closest_ratio(1080, 1920, ("1280:720", "720:1280")) == "720:1280"
    assert closest_ratio(1080, 1350, ("16:9", "9:16", "1:1", "3:4")) == "3:4"


def test_conform_trims_resamples_and_refuses_to_pad_a_long_shortfall(tmp_path: Path) -> None:
    frames = [np.full((90, 160, 3), i * 8, dtype=np.uint8) for i in range(32)]
    media.encode_clip(frames, tmp_path / "src.mp4", width=160, height=90, fps=16)  # 2 s at 16 fps
    trimmed = media.conform_clip(
        tmp_path / "src.mp4", tmp_path / "a.mp4", width=320, height=240, fps=24, duration_s=1.5
    )
    assert (trimmed.width, trimmed.height, trimmed.frames, trimmed.fps) == (320, 240, 36, 24.0)
    held = media.conform_clip(
        tmp_path / "src.mp4", tmp_path / "b.mp4", width=160, height=90, fps=24, duration_s=2.25
    )
    assert held.frames == 54  # a quarter-second short: held on the last frame
    short = media.conform_clip(
        tmp_path / "src.mp4", tmp_path / "c.mp4", width=160, height=90, fps=24, duration_s=4.0
    )
    assert short.frames == 48  # two seconds short stays short, for the gate to reject


def test_retry_hints_from_the_providers_own_fields() -> None:
    google = {"error": {"code": 429, "details": [
        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "20s"}]}}  # fmt: skip
    assert retry_after_s(response({}), "", google) == 20.0
    assert retry_after_s(response({"ratelimit-reset": "12"})) == 12.0  # Replicate's header
    assert retry_after_s(response({"retry-after-ms": "1500"}), "", google) == 1.5  # precise first
    assert retry_after_s(response({"retry-after": "inf"})) is None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("models/veo-3.0-generate-preview is no longer available.", True),
        ("The model `dall-e-2` does not exist or you do not have access to it.", True),
        ("GPT Image 1 was shut down on October 23, 2026.", True),
        ("The requested resource could not be found.", False),  # Replicate's wrong route
        ("Requested entity was not found.", False),
        ("Not Found", False),
    ],
)
def test_a_404_is_a_retirement_only_when_the_model_is_said_gone(text: str, gone: bool) -> None:
    assert bool(MODEL_GONE.search(text)) is gone
