"""fal.ai queue adapter, replayed from cassettes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.tools.engines.conftest import FakeClock, make_spec
from tests.tools.engines.support import Recording, replay
from tools.catalog import EngineSpec
from tools.engines.base import EngineRequest
from tools.engines.errors import AuthError, BadOutput, RateLimited, Refused, ServerError
from tools.engines.fal import FalEngine
from tools.media import io as media

FLUX = make_spec("fal", "fal-ai/flux/dev", ("generate_keyframe",), name="flux-dev")
KLING = make_spec(
    "fal", "fal-ai/kling-video/v2.5-turbo/pro/image-to-video", ("animate",), name="kling"
)


def engine(spec: EngineSpec, clock: FakeClock, log: Recording | None = None) -> FalEngine:
    return FalEngine(spec, sleep=clock.sleep, clock=clock, transport=log)


async def test_keyframe_submits_polls_downloads_and_conforms(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    seen: list[str] = []
    request = request_for("generate_keyframe", on_job_id=seen.append)
    with replay("fal", "flux_success", media_bodies) as log:
        result = await engine(FLUX, clock, log).run(request)
    assert seen == ["764cabcf-b745-4b3e-ae38-1200304cf45b"]  # reported before any poll
    assert result.provider_job_id == seen[0] and result.metadata["seed"] == 7
    info = media.probe(result.path)
    assert (info.kind, info.width, info.height) == ("image", 320, 180)
    assert clock.sleeps == [1.0, 1.5]  # fal's cadence, backing off
    submit = log.sent[0]
    assert (submit.method, submit.uri) == ("POST", "https://queue.fal.run/fal-ai/flux/dev")
    assert submit.headers["authorization"] == "<REDACTED>"
    assert submit.json() == {
        "prompt": "slow push-in on the lighthouse",
        "image_size": {"width": 320, "height": 180},
        "seed": 42,
        "num_images": 1,
        "output_format": "png",
    }
    assert [s.uri.split("?")[0].rsplit("/", 1)[-1] for s in log.sent[1:4]] == ["status"] * 3
    download = log.sent[-1]
    assert (
        download.uri.startswith("https://v3.fal.media/") and "authorization" not in download.headers
    )


async def test_clip_sends_keyframe_as_data_uri_and_kling_duration(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    with replay("fal", "kling_success", media_bodies) as log:
        result = await engine(KLING, clock, log).run(request_for("animate", duration_s=4.0))
    body = log.sent[0].json()
    assert body["image_url"].startswith("data:image/png;base64,iVBOR")
    assert body["duration"] == "5"  # Kling makes 5 or 10 s; the 4 s shot is trimmed after
    info = media.probe(result.path)
    assert (info.width, info.height, info.frames, info.fps) == (320, 180, 96, 24.0)


async def test_resume_polls_the_recorded_job_and_never_submits(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    reported: list[str] = []
    request = request_for(
        "generate_keyframe",
        provider_job_id="764cabcf-b745-4b3e-ae38-1200304cf45b",
        on_job_id=reported.append,
    )
    with replay("fal", "flux_success", media_bodies) as log:
        result = await engine(FLUX, clock, log).run(request)
    assert all(s.method == "GET" for s in log.sent) and reported == []
    assert result.provider_job_id == "764cabcf-b745-4b3e-ae38-1200304cf45b"


@pytest.mark.parametrize(
    ("cassette", "error", "fragment"),
    [
        ("rate_limited", RateLimited, "concurrency"),
        ("failed", ServerError, "Internal server error"),
        ("refused", Refused, "content checker"),
        ("bad_key", AuthError, "FAL_KEY was rejected by fal"),
        ("corrupt", BadOutput, "does not decode"),
    ],
)
async def test_failures_map_to_error_kinds(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
    cassette: str,
    error: type[Exception],
    fragment: str,
) -> None:
    with replay("fal", cassette, media_bodies), pytest.raises(error) as raised:
        await engine(FLUX, clock).run(request_for("generate_keyframe"))
    assert fragment in str(raised.value)
    assert keys["FAL_KEY"] not in str(raised.value)
    if isinstance(raised.value, RateLimited):
        assert raised.value.retry_after_s == 7.0


def test_unavailable_without_key_and_key_env_override() -> None:
    assert FalEngine(FLUX).availability({}) == "FAL_KEY is not set"
    assert FalEngine(FLUX).availability({"FAL_KEY": "x"}) is None
    custom = make_spec("fal", "fal-ai/flux/dev", ("generate_keyframe",), key_env="TEAM_FAL")
    assert FalEngine(custom).availability({"FAL_KEY": "x"}) == "TEAM_FAL is not set"
