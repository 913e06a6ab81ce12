"""Replicate, Runway and Luma adapters, replayed from cassettes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.tools.engines.conftest import FakeClock, make_spec
from tests.tools.engines.support import Recording, replay
from tools.catalog import EngineSpec
from tools.engines.base import EngineRequest
from tools.engines.errors import RateLimited, Refused, ServerError
from tools.engines.http import HttpEngine
from tools.engines.luma import LumaEngine
from tools.engines.replicate import ReplicateEngine
from tools.engines.runway import RunwayEngine
from tools.media import io as media

ESRGAN = make_spec("replicate", "nightmareai/real-esrgan", ("upscale",), name="esrgan")
GEN4 = make_spec("runway", "gen4_turbo", ("animate",), name="runway-gen4-turbo")
RAY = make_spec("luma", "ray-flash-2", ("animate",), name="luma-ray-2-flash")
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
    assert (submit.method, submit.uri) == (
        "POST",
        "https://api.replicate.com/v1/models/nightmareai/real-esrgan/predictions",
    )
    assert submit.headers["authorization"] == "<REDACTED>"
    body = submit.json()
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


async def test_luma_continues_a_generation(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    request = request_for("animate", duration_s=5.0, continue_job_id="prev-generation-id")
    with replay("luma", "continue_success", media_bodies) as log:
        result = await build("luma", clock, log).run(request)
    submit = log.sent[0]
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


def test_each_reads_its_own_key_variable() -> None:
    assert ReplicateEngine(ESRGAN).availability({}) == "REPLICATE_API_TOKEN is not set"
    assert RunwayEngine(GEN4).availability({}) == "RUNWAYML_API_SECRET is not set"
    assert LumaEngine(RAY).availability({}) == "LUMAAI_API_KEY is not set"
