"""OpenAI images and Google Veo adapters, replayed from cassettes."""

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
from tools.media import io as media

GPT_IMAGE = make_spec("openai", "gpt-image-1", ("generate_keyframe", "inpaint"), name="gpt-image-1")
VEO = make_spec("gemini", "veo-3.1-fast-generate-001", ("animate",), name="veo-3.1-fast")
SORA = make_spec("openai", "sora-2", ("animate",), name="sora-2")


def build(spec: EngineSpec, clock: FakeClock, log: Recording) -> HttpEngine:
    cls = OpenAIEngine if spec.provider == "openai" else GeminiEngine
    return cls(spec, sleep=clock.sleep, clock=clock, transport=log)


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
        "model": "gpt-image-1",
        "prompt": "slow push-in on the lighthouse",
        "size": "1536x1024",
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
    for field in (b'name="model"', b"gpt-image-1", b'name="size"', b"1536x1024", b'name="n"'):
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


async def test_veo_request_poll_and_redirected_download(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    jobs: list[str] = []
    request = request_for("animate", duration_s=5.0, on_job_id=jobs.append)
    with replay("gemini", "veo_success", media_bodies) as log:
        result = await build(VEO, clock, log).run(request)
    submit = log.sent[0]
    assert submit.uri == (
        "https://generativelanguage.googleapis.com/v1beta/models/"
        "veo-3.1-fast-generate-001:predictLongRunning"
    )
    assert submit.headers["x-goog-api-key"] == "<REDACTED>"
    body = submit.json()
    image = body["instances"][0].pop("image")
    assert image["mimeType"] == "image/png" and image["bytesBase64Encoded"].startswith("iVBOR")
    assert body == {
        "instances": [{"prompt": "slow push-in on the lighthouse"}],
        "parameters": {
            "aspectRatio": "16:9",
            "durationSeconds": 6,  # Veo makes 4, 6 or 8 s
            "resolution": "720p",
            "sampleCount": 1,
            "seed": 42,
        },
    }
    assert jobs == ["models/veo-3.1-fast-generate-001/operations/8b2kq9x7zw1m"]
    assert clock.sleeps == [10.0]
    file_get, storage_get = log.sent[-2], log.sent[-1]
    assert file_get.headers["x-goog-api-key"] == "<REDACTED>"  # Google's own host: keyed
    assert storage_get.uri.startswith("https://storage.googleapis.com/")
    assert "x-goog-api-key" not in storage_get.headers  # the redirect target never sees it
    assert media.probe(result.path).frames == 120


@pytest.mark.parametrize(
    ("spec", "cassette", "error", "fragment"),
    [
        (GPT_IMAGE, "rate_limited", RateLimited, "Rate limit reached"),
        (GPT_IMAGE, "failed", ServerError, "500"),
        (GPT_IMAGE, "refused", Refused, "safety system"),
        (GPT_IMAGE, "retired", Retired, "does not exist"),
        (VEO, "rate_limited", RateLimited, "exhausted"),
        (VEO, "failed", ServerError, "internal error"),
        (VEO, "refused", Refused, "Responsible AI"),
        (
            make_spec("gemini", "veo-3.0-generate-preview", ("animate",), name="veo-3"),
            "retired",
            Retired,
            "no longer available",
        ),
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
    tool = "animate" if spec.provider == "gemini" else "generate_keyframe"
    with replay(spec.provider, cassette, media_bodies) as log, pytest.raises(error) as raised:
        await build(spec, clock, log).run(request_for(tool))
    assert fragment in str(raised.value)
    assert not any(key in str(raised.value) for key in keys.values())
    if isinstance(raised.value, RateLimited):
        # OpenAI's retry-after-ms wins over its rounded retry-after; Google's header is seconds.
        assert raised.value.retry_after_s == (2.5 if spec.provider == "openai" else 20.0)


async def test_deadline_becomes_a_timeout_with_the_job_id(
    keys: dict[str, str],
    media_bodies: dict[str, bytes],
    request_for: Callable[..., EngineRequest],
    clock: FakeClock,
) -> None:
    with replay("gemini", "veo_success", media_bodies) as log:
        engine = GeminiEngine(VEO, sleep=clock.sleep, clock=clock, transport=log, timeout_s=5)
        with pytest.raises(EngineTimeout) as raised:
            await engine.run(request_for("animate"))
    assert (raised.value.provider_job_id or "").endswith("8b2kq9x7zw1m")
