"""Replicate, Runway and Luma adapters, replayed from cassettes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tools.engines.conftest import FakeClock, make_spec
from tests.tools.engines.support import Recording, replay
from tools.catalog import EngineSpec
from tools.engines.base import EngineRequest
from tools.engines.errors import RateLimited, Refused, Retired, ServerError
from tools.engines.http import HttpEngine
from tools.engines.luma import LumaEngine
from tools.engines.replicate import ReplicateEngine
from tools.engines.runway import RunwayEngine
from tools.media import io as media

ESRGAN_VERSION = "42fed1c4974146d4d2414e2be2c5277c7fcf05fcc3a73abf41610695738c1d7b"
ESRGAN = make_spec(
    "replicate", f"nightmareai/real-esrgan:{ESRGAN_VERSION}", ("upscale",), name="esrgan",
    sources=("image",),
)  # fmt: skip
GEN4 = make_spec("runway", "gen4_turbo", ("animate",), name="runway-gen4-turbo")
RAY = make_spec("luma", "ray-flash-2", ("animate",), name="luma-ray-2-flash", upload={"via": "fal"})
ENGINES: dict[str, tuple[type[HttpEngine], EngineSpec, str]] = {
    "replicate": (ReplicateEngine, ESRGAN, "upscale"),
    "runway": (RunwayEngine, GEN4, "animate"),
    "luma": (LumaEngine, RAY, "animate"),
}


def build(provider: str, clock: FakeClock, log: Recording) -> HttpEngine:
    cls, spec, _ = ENGINES[provider]
    return cls(spec, sleep=clock.sleep, clock=clock, transport=log)


async def test_replicate_upscale(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    jobs: list[str] = []
    request = request_for("upscale", width=640, height=360, on_job_id=jobs.append)
    with replay("replicate", "esrgan_success", media_bodies) as log:
        result = await build("replicate", clock, log).run(request)
    submit = log.sent[0]
    # A community model runs by its pinned version on /v1/predictions.
    assert (submit.method, submit.uri) == ("POST", "https://api.replicate.com/v1/predictions")
    assert submit.headers["authorization"] == "<REDACTED>"
    body = submit.json()
    assert body["version"] == ESRGAN_VERSION
    assert body["input"]["scale"] == 2 and body["input"]["image"].startswith("data:image/png")
    assert jobs == ["gm3qorzdhgbfurvjtvhg6dckhu"]
    assert [s.uri for s in log.sent[1:4]] == [
        "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu"
    ] * 3
    assert "authorization" not in log.sent[-1].headers  # replicate.delivery never sees the key
    info = media.probe(result.path)
    assert (info.width, info.height) == (640, 360)


async def test_runway_clip_request_and_throttled_task(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    request = request_for("animate", duration_s=6.0, width=640, height=360)
    with replay("runway", "gen4_turbo_success", media_bodies) as log:
        result = await build("runway", clock, log).run(request)
    submit = log.sent[0]
    assert submit.uri == "https://api.dev.runwayml.com/v1/image_to_video"
    assert submit.headers["x-runway-version"] == "2024-11-06"
    assert submit.headers["authorization"] == "<REDACTED>"
    body = submit.json()
    assert body.pop("promptImage")[0]["uri"].startswith("data:image/png;base64,")
    assert body == {
        "model": "gen4_turbo",
        "promptText": "slow push-in on the lighthouse",
        "ratio": "1280:720",
        "duration": 10,  # 6 s rounds up to gen4_turbo's next step and is trimmed after
        "seed": 42,
    }
    assert clock.sleeps == [5.0, 7.5]  # Runway: no faster than every 5 s
    info = media.probe(result.path)
    assert (info.width, info.height, info.frames) == (640, 360, 144)
    assert result.cost_usd == 0.5  # the task's own cost.credits (50) at $0.01: what is billed


async def test_luma_continues_a_generation(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    request = request_for("animate", duration_s=5.0, continue_job_id="prev-generation-id")
    with replay("luma", "continue_success", media_bodies) as log:
        result = await build("luma", clock, log).run(request)
    submit = log.sent[0]  # a continuation needs no hosted image: nothing is uploaded
    assert submit.uri == "https://api.lumalabs.ai/dream-machine/v1/generations/video"
    assert submit.json() == {
        "model": "ray-flash-2",
        "prompt": "slow push-in on the lighthouse",
        "aspect_ratio": "16:9",
        "resolution": "720p",
        "duration": "5s",
        "loop": False,
        "keyframes": {"frame0": {"type": "generation", "id": "prev-generation-id"}},
    }
    assert result.provider_job_id == "3f1c2a6e-8b9d-4e57-a1c2-5d6e7f809a1b"
    assert media.probe(result.path).frames == 120


@pytest.mark.parametrize(
    ("provider", "cassette", "error", "fragment", "retry_after"),
    [
        ("replicate", "rate_limited", RateLimited, "throttled", 30.0),  # from the body's words
        ("replicate", "failed", ServerError, "CUDA out of memory", None),
        ("replicate", "refused", Refused, "NSFW", None),
        ("runway", "rate_limited", RateLimited, "rate limit", 30.0),
        ("runway", "failed", ServerError, "unexpected error", None),
        ("runway", "refused", Refused, "SAFETY.INPUT.TEXT", None),
        ("luma", "rate_limited", RateLimited, "concurrent", 12.0),
        ("luma", "failed", ServerError, "internal error", None),
        ("luma", "refused", Refused, "moderation", None),
    ],
)
async def test_failures_map_to_error_kinds(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
    provider: str,
    cassette: str,
    error: type[Exception],
    fragment: str,
    retry_after: float | None,
) -> None:
    tool = ENGINES[provider][2]
    with replay(provider, cassette, media_bodies) as log, pytest.raises(error) as raised:
        await build(provider, clock, log).run(request_for(tool))
    assert fragment in str(raised.value)
    assert not any(key in str(raised.value) for key in keys.values())
    if retry_after is not None:
        assert isinstance(raised.value, RateLimited)
        assert raised.value.retry_after_s == retry_after
    elif cassette != "rate_limited":
        assert raised.value.provider_job_id  # the failed job stays traceable


async def test_a_community_model_on_the_official_route_is_not_retired(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    """404 "The requested resource could not be found" is a wrong route, not a shut-down model:
    the engine fails over for this attempt and stays in the session."""
    unpinned = make_spec("replicate", "nightmareai/real-esrgan", ("upscale",), name="esrgan")
    with replay("replicate", "wrong_route", media_bodies) as log:
        engine = ReplicateEngine(unpinned, env=keys, sleep=clock.sleep, clock=clock, transport=log)
        with pytest.raises(ServerError) as raised:
            await engine.run(request_for("upscale"))
    assert not isinstance(raised.value, Retired)
    assert "could not be found" in str(raised.value)


async def test_luma_hosts_the_keyframe_before_it_submits(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    with replay("luma", "failed", media_bodies) as log, pytest.raises(ServerError):
        await build("luma", clock, log).run(request_for("animate"))
    token, upload, submit = log.sent[:3]
    assert token.uri.startswith("https://rest.fal.ai/storage/auth/token")
    assert upload.uri == "https://v3.fal.media/files/upload" and upload.body.startswith(b"\x89PNG")
    frame0 = submit.json()["keyframes"]["frame0"]
    assert frame0 == {"type": "image", "url": "https://v3.fal.media/files/zebra/keyframe-S01.png"}


def test_luma_without_an_upload_is_unavailable_with_the_reason() -> None:
    bare = make_spec("luma", "ray-2", ("animate",))
    reason = LumaEngine(bare).availability({"LUMAAI_API_KEY": "x"}) or ""
    assert "fetches animate images by URL" in reason and "upload" in reason
    assert LumaEngine(RAY).availability({"LUMAAI_API_KEY": "x"}) == (
        "uploads for luma: FAL_KEY is not set"
    )
    assert LumaEngine(RAY).availability({"LUMAAI_API_KEY": "x", "FAL_KEY": "y"}) is None


async def test_an_image_upscaler_refuses_a_clip_before_sending_anything(
    keys: dict[str, str], request_for: Callable[..., EngineRequest], tmp_path: Path
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not sent")
    engine = ReplicateEngine(ESRGAN, env=keys, transport=Recording())
    with pytest.raises(ServerError, match="takes image sources, not a video"):
        await engine.run(request_for("upscale", image=clip))
    assert engine.transport.sent == []  # type: ignore[union-attr]


def test_each_reads_its_own_key_variable() -> None:
    assert ReplicateEngine(ESRGAN).availability({}) == "REPLICATE_API_TOKEN is not set"
    assert RunwayEngine(GEN4).availability({}) == "RUNWAYML_API_SECRET is not set"
    assert LumaEngine(RAY).availability({}) == "LUMAAI_API_KEY is not set"
