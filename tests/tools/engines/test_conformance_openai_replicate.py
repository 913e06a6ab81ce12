"""OpenAI images and Replicate: the adapter and the official SDK (openai, replicate) agree.

Driven at one loopback recorder — the adapter through its catalog entry's `base_url`, the SDK
through its own base-URL option — for keyframes at every aspect class, inpainting (multipart,
compared field by field), and both Replicate routes (official model; community model pinned to
a version) plus the poll.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path

import openai
import pytest
import replicate
from PIL import Image

from tests.tools.engines.conformance import agree, form_fields, run_adapter
from tests.tools.engines.conftest import make_spec
from tests.tools.engines.recorder import Heard, Reply, recording
from tools.engines.base import EngineRequest

SIZES = {"16:9": (1280, 720), "9:16": (720, 1280), "1:1": (1080, 1080), "4:5": (1080, 1350)}
OPENAI_KEY = {"OPENAI_API_KEY": "sk-test-1234567890abcdef"}
REPLICATE_KEY = {"REPLICATE_API_TOKEN": "r8_test-token-1234567890abcdef"}
ESRGAN_VERSION = "42fed1c4974146d4d2414e2be2c5277c7fcf05fcc3a73abf41610695738c1d7b"
PREDICTION = "gm3qorzdhgbfurvjtvhg6dckhu"


def openai_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    image = base64.b64encode(media["@@keyframe.png"]).decode()

    def answer(heard: Heard) -> Reply:
        return Reply(body={"created": 1764064800, "data": [{"b64_json": image}],
                           "usage": {"input_tokens": 50, "output_tokens": 6208,
                                     "total_tokens": 6258}})  # fmt: skip

    return answer


@pytest.mark.parametrize("ratio", SIZES)
@pytest.mark.parametrize("model", ["gpt-image-2.5-flare", "gpt-image-1.5"])
async def test_openai_keyframe_matches_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    ratio: str,
    model: str,
) -> None:
    width, height = SIZES[ratio]
    request = request_for("generate_keyframe", width=width, height=height)
    with recording(openai_script(media_bodies)) as rec:
        spec = make_spec("openai", model, ("generate_keyframe",), base_url=f"{rec.url}/v1")
        await run_adapter(spec, request, OPENAI_KEY)
        ours = rec.heard[0]
        size = ours.json()["size"]
        w, h = (int(n) for n in size.split("x"))
        if model.startswith("gpt-image-2.5"):  # any WxH: both divisible by 16, aspect 1:3–3:1
            assert w % 16 == 0 and h % 16 == 0 and 1 / 3 <= w / h <= 3
            assert abs(w / h - width / height) < 0.02
        else:
            assert size in ("1024x1024", "1536x1024", "1024x1536")
        rec.clear()
        client = openai.OpenAI(api_key="sk-x", base_url=f"{rec.url}/v1")
        client.images.generate(
            model=model, prompt=request.prompt, size=size, quality="high", n=1,
            output_format="png",
        )  # fmt: skip
        agree(rec.heard[0], ours)


async def test_openai_inpaint_matches_the_sdk_field_for_field(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes], tmp_path: Path
) -> None:
    mask = Image.new("L", (320, 180), 0)
    mask.paste(255, (0, 0, 160, 180))
    mask.save(tmp_path / "mask.png")
    request = request_for("inpaint", mask=tmp_path / "mask.png", width=1280, height=720)
    with recording(openai_script(media_bodies)) as rec:
        spec = make_spec("openai", "gpt-image-2.5-flare", ("inpaint",), base_url=f"{rec.url}/v1")
        await run_adapter(spec, request, OPENAI_KEY)
        ours = rec.heard[0]
        sent = form_fields(ours)
        rec.clear()
        client = openai.OpenAI(api_key="sk-x", base_url=f"{rec.url}/v1")
        client.images.edit(
            model="gpt-image-2.5-flare",
            prompt=request.prompt,
            image=("image.png", sent["image"], "image/png"),
            mask=("mask.png", sent["mask"], "image/png"),
            size=str(sent["size"]),
            n=1,
        )
        theirs = rec.heard[0]
    agree(theirs, ours, body=False)
    assert form_fields(theirs) == sent
    alpha = Image.open(io.BytesIO(sent["mask"])).getchannel("A")  # type: ignore[arg-type]
    assert alpha.getpixel((0, 0)) == 0  # transparent = re-paint (OpenAI's convention)


def replicate_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    def answer(heard: Heard) -> Reply:
        host = f"http://{heard.headers['host']}"
        if heard.path.startswith("/media/"):
            return Reply(body=media["@@" + heard.path.rsplit("/", 1)[1]])
        prediction = {"id": PREDICTION, "model": "nightmareai/real-esrgan", "version": ESRGAN_VERSION,
                      "input": {}, "logs": "", "error": None, "created_at": "2026-11-25T10:00:00Z",
                      "urls": {"get": f"{host}/v1/predictions/{PREDICTION}",
                               "cancel": f"{host}/v1/predictions/{PREDICTION}/cancel"}}  # fmt: skip
        if heard.method == "POST":
            return Reply(201, {**prediction, "status": "starting", "output": None})
        return Reply(body={**prediction, "status": "succeeded", "metrics": {"predict_time": 1.9},
                           "output": f"{host}/media/keyframe.png"})  # fmt: skip

    return answer


@pytest.mark.parametrize("pinned", [True, False])
async def test_replicate_both_routes_match_the_sdk(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes], pinned: bool
) -> None:
    model = "nightmareai/real-esrgan" + (f":{ESRGAN_VERSION}" if pinned else "")
    request = request_for("upscale", width=640, height=360)
    with recording(replicate_script(media_bodies)) as rec:
        spec = make_spec("replicate", model, ("upscale",), base_url=rec.url, sources=("image",))
        await run_adapter(spec, request, REPLICATE_KEY)
        submit, poll = rec.heard[0], rec.heard[1]
        expected = "/v1/predictions" if pinned else "/v1/models/nightmareai/real-esrgan/predictions"
        assert submit.path == expected  # a community model runs only by its pinned version
        rec.clear()
        client = replicate.Client(api_token="r8_x", base_url=rec.url)
        with open(request.image or Path(), "rb") as image:
            if pinned:
                client.predictions.create(
                    version=ESRGAN_VERSION,
                    input={"image": image, "scale": 2},
                    file_encoding_strategy="base64",
                )
            else:
                client.models.predictions.create(
                    model="nightmareai/real-esrgan",
                    input={"image": image, "scale": 2},
                    file_encoding_strategy="base64",
                )
        agree(rec.heard[0], submit)
        rec.clear()
        client.predictions.get(PREDICTION)
        client._client.close()  # the SDK keeps its httpx client open; close it here
        agree(rec.heard[0], poll, body=False)
