"""OpenAI images, Gemini Omni Flash (Interactions API) and Veo on Vertex, replayed from cassettes."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tests.tools.engines.conftest import FakeClock, make_spec
from tests.tools.engines.support import Recording, replay
from tools.catalog import EngineSpec
from tools.engines.base import EngineRequest
from tools.engines.errors import EngineTimeout, RateLimited, Refused, Retired, ServerError
from tools.engines.gemini import GeminiEngine
from tools.engines.http import HttpEngine
from tools.engines.openai import OpenAIEngine, openai_mask
from tools.engines.vertex import VertexEngine
from tools.media import io as media

GPT_IMAGE = make_spec(
    "openai", "gpt-image-2.5-flare", ("generate_keyframe", "inpaint"), name="gpt-image-2.5-flare"
)
OMNI = make_spec("gemini", "gemini-omni-1.1-flash", ("animate",), name="gemini-omni-flash")
VEO = make_spec("vertex", "veo-3.1-fast-generate-001", ("animate",), name="veo-3.1-fast")
SORA = make_spec("openai", "sora-2", ("animate",), name="sora-2")
VERTEX_ENV = {
    "GOOGLE_CLOUD_ACCESS_TOKEN": "ya29.test-token-1234567890",
    "GOOGLE_CLOUD_PROJECT": "film-co",
}
CLASSES: dict[str, type[HttpEngine]] = {
    "openai": OpenAIEngine, "gemini": GeminiEngine, "vertex": VertexEngine}  # fmt: skip


def build(spec: EngineSpec, clock: FakeClock, log: Recording) -> HttpEngine:
    env = {**keys_env(), **VERTEX_ENV}
    return CLASSES[spec.provider](spec, env=env, sleep=clock.sleep, clock=clock, transport=log)


def keys_env() -> dict[str, str]:
    from tests.tools.engines.support import FAKE_KEYS

    return dict(FAKE_KEYS)


async def test_openai_keyframe(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    jobs: list[str] = []
    request = request_for("generate_keyframe", width=1280, height=720, on_job_id=jobs.append)
    with replay("openai", "keyframe_success", media_bodies) as log:
        result = await build(GPT_IMAGE, clock, log).run(request)
    [sent] = log.sent
    assert (sent.method, sent.uri) == ("POST", "https://api.openai.com/v1/images/generations")
    assert sent.headers["authorization"] == "<REDACTED>"
    assert sent.json() == {
        "model": "gpt-image-2.5-flare",
        "prompt": "slow push-in on the lighthouse",
        "size": "1280x720",  # gpt-image-2.5 takes the shot's own size (multiples of 16)
        "quality": "high",
        "n": 1,
        "output_format": "png",
    }
    assert jobs == [] and result.provider_job_id is None  # synchronous: nothing to resume
    info = media.probe(result.path)
    assert (info.width, info.height) == (1280, 720)


async def test_openai_inpaint_sends_multipart_with_transparent_mask(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    mask = Image.new("L", (320, 180), 0)
    mask.paste(255, (0, 0, 160, 180))  # re-paint the left half
    mask.save(tmp_path / "mask.png")
    request = request_for("inpaint", mask=tmp_path / "mask.png")
    with replay("openai", "inpaint_success", media_bodies) as log:
        await build(GPT_IMAGE, clock, log).run(request)
    [sent] = log.sent
    assert sent.uri == "https://api.openai.com/v1/images/edits"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    for field in (
        b'name="model"',
        b"gpt-image-2.5-flare",
        b'name="size"',
        b"1024x576",
        b'name="n"',
    ):
        assert field in sent.body
    assert b'name="image"; filename="image.png"' in sent.body
    assert b'name="mask"; filename="mask.png"' in sent.body


def test_mask_white_to_edit_becomes_transparent_to_edit() -> None:
    ours = Image.new("L", (4, 2), 0)
    ours.putpixel((0, 0), 255)
    converted = Image.open(io.BytesIO(openai_mask(ours, (4, 2))))
    alpha = converted.getchannel("A")
    assert alpha.getpixel((0, 0)) == 0 and alpha.getpixel((3, 1)) == 255


async def test_sora_is_retired_whatever_the_catalog_says(
    keys: dict[str, str], request_for: Callable[..., EngineRequest]
) -> None:
    engine = OpenAIEngine(SORA)
    assert "retired" in (engine.availability(keys) or "")
    with pytest.raises(Retired, match=r"Videos API.*shut down 2026-09-24"):
        await engine.run(request_for("animate"))


async def test_gemini_omni_interaction_poll_and_redirected_download(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    jobs: list[str] = []
    request = request_for("animate", duration_s=5.0, on_job_id=jobs.append)
    with replay("gemini", "omni_success", media_bodies) as log:
        result = await build(OMNI, clock, log).run(request)
    submit = log.sent[0]
    assert submit.uri == "https://generativelanguage.googleapis.com/v1/interactions"
    assert submit.headers["x-goog-api-key"] == "<REDACTED>"
    body = submit.json()
    content = body["input"][0]["content"]
    assert content[1]["mime_type"] == "image/png" and content[1]["data"].startswith("iVBOR")
    assert body["response_format"] == {
        "type": "video", "aspect_ratio": "16:9", "duration": "6s", "resolution": "720p"}  # fmt: skip
    assert "seed" not in submit.body.decode()  # refused by google-genai with an API key
    assert jobs == ["v1_ChdpbnQtN2s0bTJwOXF4dzNyNWgxbjhz"]
    assert clock.sleeps == [10.0]
    file_get, storage_get = log.sent[-2], log.sent[-1]
    assert file_get.headers["x-goog-api-key"] == "<REDACTED>"  # Google's own host: keyed
    assert storage_get.uri.startswith("https://storage.googleapis.com/")
    assert "x-goog-api-key" not in storage_get.headers  # the redirect target never sees it
    assert media.probe(result.path).frames == 120


async def test_veo_on_vertex_polls_fetch_predict_operation_and_decodes_inline_video(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    with replay("vertex", "veo_success", media_bodies) as log:
        result = await build(VEO, clock, log).run(request_for("animate", duration_s=5.0))
    submit, poll = log.sent[0], log.sent[1]
    assert submit.uri.endswith(
        "/v1beta1/projects/film-co/locations/us-central1/publishers/google/models/"
        "veo-3.1-fast-generate-001:predictLongRunning"
    )
    assert submit.headers["authorization"] == "<REDACTED>"
    assert submit.json()["parameters"]["seed"] == 42  # Vertex honours the seed
    assert poll.json() == {"operationName": (
        "projects/film-co/locations/us-central1/publishers/google/models/"
        "veo-3.1-fast-generate-001/operations/5e1d7c")}  # fmt: skip
    assert media.probe(result.path).frames == 120


def test_veo_on_the_gemini_api_is_retired_with_where_to_go(keys: dict[str, str]) -> None:
    engine = GeminiEngine(make_spec("gemini", "veo-3.1-generate-preview", ("animate",)))
    assert "vertex" in (engine.availability(keys) or "")
    assert VertexEngine(VEO, env={}).availability({"GOOGLE_CLOUD_ACCESS_TOKEN": "t"}) == (
        "GOOGLE_CLOUD_PROJECT is not set"
    )


@pytest.mark.parametrize(
    ("spec", "cassette", "error", "fragment"),
    [
        (GPT_IMAGE, "rate_limited", RateLimited, "Rate limit reached"),
        (GPT_IMAGE, "failed", ServerError, "500"),
        (GPT_IMAGE, "refused", Refused, "safety system"),
        (GPT_IMAGE, "retired", Retired, "does not exist"),
        (OMNI, "rate_limited", RateLimited, "exhausted"),
        (OMNI, "failed", ServerError, "internal error"),
        (OMNI, "refused", Refused, "Responsible AI"),
        (OMNI, "retired", Retired, "no longer available"),
        (OMNI, "wrong_route", ServerError, "not found (404)"),  # a route, not a retirement
        (VEO, "refused", Refused, "Responsible AI"),
    ],
)
async def test_failures_map_to_error_kinds(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
    spec: EngineSpec,
    cassette: str,
    error: type[Exception],
    fragment: str,
) -> None:
    tool = "generate_keyframe" if spec.provider == "openai" else "animate"
    with replay(spec.provider, cassette, media_bodies) as log, pytest.raises(error) as raised:
        await build(spec, clock, log).run(request_for(tool))
    assert fragment in str(raised.value)
    assert not any(key in str(raised.value) for key in keys.values())
    if isinstance(raised.value, RateLimited):
        # OpenAI's retry-after-ms wins over its rounded retry-after; Google's wait is in the
        # body's RetryInfo.retryDelay.
        assert raised.value.retry_after_s == (2.5 if spec.provider == "openai" else 20.0)


async def test_deadline_becomes_a_timeout_with_the_job_id(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    with replay("gemini", "omni_success", media_bodies) as log:
        engine = GeminiEngine(
            OMNI, env=keys, sleep=clock.sleep, clock=clock, transport=log, timeout_s=5
        )
        with pytest.raises(EngineTimeout) as raised:
            await engine.run(request_for("animate"))
    assert raised.value.provider_job_id == "v1_ChdpbnQtN2s0bTJwOXF4dzNyNWgxbjhz"
