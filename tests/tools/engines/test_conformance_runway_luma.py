"""Runway and Luma: the adapter and the official SDK (runwayml, lumaai) send the same requests.

Both are driven at one loopback recorder — the adapter through its catalog entry's `base_url`,
the SDK through its `base_url` option — for each operation the adapter implements, and for each
ratio and duration class the app asks for; ratios and durations must be among the SDK's literals.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import lumaai
import pytest
import runwayml
from lumaai.types.generation_create_params import GenerationCreateParams
from runwayml.types.image_to_video_create_params import Gen4_5, Gen4Turbo
from runwayml.types.text_to_image_create_params import Gen4Image

from tests.tools.engines.conformance import agree, form_fields, literal_values, run_adapter
from tests.tools.engines.conftest import make_spec
from tests.tools.engines.recorder import Heard, Reply, recording
from tools.engines.base import EngineRequest

TASK = "0c6f1f8e-4b0a-4d7e-9a57-2e5b1c0d9f31"
GENERATION = "3f1c2a6e-8b9d-4e57-a1c2-5d6e7f809a1b"
RUNWAY_KEY = {"RUNWAYML_API_SECRET": "key_runwaytest1234567890abcdef"}
LUMA_KEYS = {"LUMAAI_API_KEY": "luma-test-key-1234567890abcdef", "FAL_KEY": "fal-test-key-12345678"}
SIZES = {"16:9": (1280, 720), "9:16": (720, 1280), "1:1": (1080, 1080), "4:5": (1080, 1350)}


def b64_uri(path: Path, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"


def runway_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    made = {"kind": "clip.mp4"}

    def answer(heard: Heard) -> Reply:
        if heard.path.startswith("/media/"):
            return Reply(body=media["@@" + heard.path.rsplit("/", 1)[1]])
        if heard.path == "/v1/uploads":
            url = f"http://{heard.headers['host']}/upload-form"
            return Reply(body={"uploadUrl": url, "fields": {"key": "k1", "policy": "p1"},
                               "runwayUri": "runway://uploads/k1"})  # fmt: skip
        if heard.path == "/upload-form":
            return Reply(204, b"")
        if heard.method == "GET" and heard.path == f"/v1/tasks/{TASK}":
            url = f"http://{heard.headers['host']}/media/{made['kind']}"
            return Reply(body={"id": TASK, "status": "SUCCEEDED", "createdAt": "2026-11-25T10:00:00Z",
                               "output": [url], "cost": {"credits": 25}})  # fmt: skip
        video = heard.path in ("/v1/image_to_video", "/v1/video_upscale")
        made["kind"] = "clip.mp4" if video else "keyframe.png"
        return Reply(body={"id": TASK})

    return answer


@pytest.mark.parametrize("ratio", SIZES)
@pytest.mark.parametrize(("model", "typed", "seconds"), [
    ("gen4_turbo", Gen4Turbo, 6.0), ("gen4.5", Gen4_5, 3.0)])  # fmt: skip
async def test_runway_clip_matches_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    ratio: str,
    model: str,
    typed: type,
    seconds: float,
) -> None:
    width, height = SIZES[ratio]
    request = request_for("animate", width=width, height=height, duration_s=seconds)
    with recording(runway_script(media_bodies)) as rec:
        spec = make_spec("runway", model, ("animate",), base_url=rec.url)
        result = await run_adapter(spec, request, RUNWAY_KEY)
        ours_submit, ours_poll = rec.heard[0], rec.heard[1]
        body = ours_submit.json()
        assert body["ratio"] in literal_values(typed, "ratio")
        client = runwayml.RunwayML(api_key=RUNWAY_KEY["RUNWAYML_API_SECRET"], base_url=rec.url)
        rec.clear()
        client.image_to_video.create(
            model=model,  # type: ignore[arg-type]
            prompt_image=[{"uri": b64_uri(request.image or Path()), "position": "first"}],
            prompt_text=request.prompt,
            ratio=body["ratio"],
            duration=body["duration"],
            seed=request.seed,
        )
        agree(rec.heard[0], ours_submit)
        rec.clear()
        client.tasks.retrieve(TASK)
        agree(rec.heard[0], ours_poll, body=False)
    assert result.cost_usd == 0.25  # the task's cost.credits × $0.01: the budget settles on it
    assert result.metadata["reported_cost_usd"] == 0.25


async def test_runway_keyframe_matches_the_sdk(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes]
) -> None:
    request = request_for("generate_keyframe", width=1080, height=1350)
    with recording(runway_script(media_bodies)) as rec:
        spec = make_spec("runway", "gen4_image", ("generate_keyframe",), base_url=rec.url)
        await run_adapter(spec, request, RUNWAY_KEY)
        ours = rec.heard[0]
        assert ours.json()["ratio"] in literal_values(Gen4Image, "ratio")
        rec.clear()
        runwayml.RunwayML(api_key="key_x", base_url=rec.url).text_to_image.create(
            model="gen4_image",
            prompt_text=request.prompt,
            ratio=ours.json()["ratio"],
            seed=request.seed,
        )
        agree(rec.heard[0], ours)


@pytest.mark.parametrize("source", ["keyframe", "clip"])
async def test_runway_upscale_matches_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    tmp_path: Path,
    source: str,
) -> None:
    path = tmp_path / ("in.mp4" if source == "clip" else "in.png")
    path.write_bytes(media_bodies["@@clip.mp4" if source == "clip" else "@@keyframe.png"])
    request = request_for("upscale", image=path, width=640, height=360,
                          out_path=tmp_path / f"out{path.suffix}",
                          duration_s=4.0 if source == "clip" else None)  # fmt: skip
    with recording(runway_script(media_bodies)) as rec:
        spec = make_spec("runway", "magnific", ("upscale",), base_url=rec.url)
        await run_adapter(spec, request, RUNWAY_KEY)
        ours = rec.heard[0]
        rec.clear()
        client = runwayml.RunwayML(api_key="key_x", base_url=rec.url)
        if source == "clip":
            client.video_upscale.create(
                model="magnific_video_upscaler_creative",
                video_uri=b64_uri(path, "video/mp4"),
                resolution=ours.json()["resolution"],
            )
        else:
            client.image_upscale.create(
                model="magnific_precision_upscaler_v2",
                image_uri=b64_uri(path),
                scale_factor=2,
            )
        agree(rec.heard[0], ours)


async def test_runway_large_input_goes_through_its_uploads_like_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("tools.engines.runway.INLINE_LIMIT", 100)  # the keyframe is "too big"
    request = request_for("animate", width=1280, height=720)
    with recording(runway_script(media_bodies)) as rec:
        spec = make_spec("runway", "gen4_turbo", ("animate",), base_url=rec.url)
        await run_adapter(spec, request, RUNWAY_KEY)
        start, form, submit = rec.heard[0], rec.heard[1], rec.heard[2]
        assert submit.json()["promptImage"][0]["uri"] == "runway://uploads/k1"
        rec.clear()
        image = request.image or Path()
        runwayml.RunwayML(api_key="key_x", base_url=rec.url).uploads.create_ephemeral(
            file=(image.name, image.read_bytes())
        )
        agree(rec.heard[0], start)
        assert form.path == rec.heard[1].path and form.auth_header is None
        assert form_fields(form) == form_fields(rec.heard[1])


def luma_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    def answer(heard: Heard) -> Reply:
        host = f"http://{heard.headers['host']}"
        if heard.path.startswith("/media/"):
            return Reply(body=media["@@" + heard.path.rsplit("/", 1)[1]])
        if heard.path == "/storage/auth/token":
            return Reply(body={"token": "cdn-token", "token_type": "Bearer", "base_url": host,
                               "expires_at": "2099-01-01T00:00:00+00:00"})  # fmt: skip
        if heard.path == "/files/upload":
            return Reply(body={"access_url": f"{host}/media/keyframe.png"})
        generation = {"id": GENERATION, "generation_type": "video", "state": "completed",
                      "assets": {"video": f"{host}/media/clip.mp4"}, "model": "ray-2"}  # fmt: skip
        return Reply(201 if heard.method == "POST" else 200, generation)

    return answer


@pytest.mark.parametrize("ratio", SIZES)
@pytest.mark.parametrize("seconds", [4.0, 8.0])
async def test_luma_clip_from_a_hosted_keyframe_matches_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    ratio: str,
    seconds: float,
) -> None:
    width, height = SIZES[ratio]
    request = request_for("animate", width=width, height=height, duration_s=seconds)
    with recording(luma_script(media_bodies)) as rec:
        spec = make_spec("luma", "ray-2", ("animate",), base_url=rec.url,
                         upload={"via": "fal", "endpoint": rec.url})  # fmt: skip
        await run_adapter(spec, request, LUMA_KEYS)
        token, upload, submit, poll = rec.heard[:4]
        assert (token.path, upload.path) == ("/storage/auth/token", "/files/upload")
        body = submit.json()
        frame0 = body["keyframes"]["frame0"]
        assert frame0 == {"type": "image", "url": f"{rec.url}/media/keyframe.png"}
        assert not frame0["url"].startswith("data:")  # Luma takes hosted images only
        assert body["aspect_ratio"] in literal_values(GenerationCreateParams, "aspect_ratio")
        assert body["duration"] in literal_values(GenerationCreateParams, "duration")
        rec.clear()
        client = lumaai.LumaAI(auth_token="luma-x", base_url=rec.url)
        client.generations.create(
            model="ray-2",
            prompt=request.prompt,
            aspect_ratio=body["aspect_ratio"],
            resolution="720p",
            duration=body["duration"],
            loop=False,
            keyframes={"frame0": {"type": "image", "url": frame0["url"]}},
        )
        agree(rec.heard[0], submit)
        rec.clear()
        client.generations.get(GENERATION)
        agree(rec.heard[0], poll, body=False)


async def test_luma_continuation_matches_the_sdk(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes]
) -> None:
    request = request_for("animate", width=1280, height=720, continue_job_id="prev-gen")
    with recording(luma_script(media_bodies)) as rec:
        spec = make_spec("luma", "ray-flash-2", ("animate",), base_url=rec.url,
                         upload={"via": "fal", "endpoint": rec.url})  # fmt: skip
        await run_adapter(spec, request, LUMA_KEYS)
        ours = rec.heard[0]  # a continuation uploads nothing
        rec.clear()
        lumaai.LumaAI(auth_token="luma-x", base_url=rec.url).generations.create(
            model="ray-flash-2",
            prompt=request.prompt,
            aspect_ratio="16:9",
            resolution="720p",
            duration="5s",
            loop=False,
            keyframes={"frame0": {"type": "generation", "id": "prev-gen"}},
        )
        agree(rec.heard[0], ours)
