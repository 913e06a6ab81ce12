"""Cast references reach each reference-taking engine as its SDK (or API page) says.

Driven at the loopback recorder like the other conformance tests: the adapter sends a keyframe
request carrying the shot's cast, the official SDK sends the same logical request, and the two
must agree — Runway's `referenceImages` with `@tag`s (runwayml), Luma Photon's `character_ref`
(lumaai), Veo 3.1's asset `referenceImages` on Vertex (google-genai); fal passes inputs through
unchecked, so its Flux LoRA `loras`, Kontext `image_url` and Kling 3.0 `elements` follow fal's API
pages and are checked against fal-client's queue protocol.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import fal_client
import fal_client.client as fal_internals
import lumaai
import pytest
import runwayml
from google import genai
from google.genai import types as genai_types
from google.oauth2.credentials import Credentials
from runwayml.types.text_to_image_create_params import Gen4ImageReferenceImage

from tests.tools.engines.conformance import agree, run_adapter
from tests.tools.engines.conftest import make_spec
from tests.tools.engines.recorder import Heard, Recorder, Reply, recording
from tests.tools.engines.test_conformance_fal_google import (
    FAL_KEY,
    VERTEX_ENV,
    close_fal,
    fal_script,
    vertex_script,
)
from tests.tools.engines.test_conformance_runway_luma import (
    GENERATION,
    LUMA_KEYS,
    RUNWAY_KEY,
    runway_script,
)
from tools.engines.base import CastSubject, EngineRequest, ReferenceImage
from tools.engines.runway import reference_tags

VEO_REFERENCES = {"images": 3, "first_last": True, "replaces_frame": True, "ratios": ["16:9"],
                  "tools": ["animate"]}  # fmt: skip


@pytest.fixture
def fal_at(monkeypatch: pytest.MonkeyPatch) -> Callable[[Recorder], None]:
    """Point fal-client's fixed hosts at the recorder (as the fal conformance tests do)."""

    def point(rec: Recorder) -> None:
        monkeypatch.setattr(fal_internals, "QUEUE_URL_FORMAT", f"{rec.url}/")
        monkeypatch.setattr(fal_internals, "REST_URL", rec.url)
        monkeypatch.setattr(fal_internals, "CDN_URL", rec.url)

    return point


def cast_of(
    folder: Path, media: dict[str, bytes], *names: str, views: int = 1
) -> tuple[CastSubject, ...]:
    members = []
    for name in names:
        refs = []
        for k in range(views):
            path = folder / f"{name.lower()}-{k}.png"
            path.write_bytes(media["@@keyframe.png"])
            refs.append(
                ReferenceImage(path, f"{name}{k}".ljust(64, "0"), "front" if k == 0 else "profile")
            )
        members.append(CastSubject(name, "character", "", tuple(refs)))
    return tuple(members)


def b64(path: Path) -> str:
    return f"data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()}"


@pytest.mark.parametrize("model", ["gen4_image", "gen4_image_turbo"])
async def test_runway_gen4_image_sends_reference_images_with_tags_like_the_sdk(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    tmp_path: Path,
    model: Literal["gen4_image", "gen4_image_turbo"],
) -> None:
    cast = cast_of(tmp_path, media_bodies, "Maya", "the Barista", views=2)
    request = request_for("generate_keyframe", width=1280, height=720, cast=cast)
    tags = reference_tags(request)
    # Three at most; every member's primary before anyone's second view; tags as Runway asks.
    assert [t for _, t in tags] == ["Maya", "Barista", "Maya_2"]
    for _, tag in tags:
        assert 3 <= len(tag) <= 16 and tag[0].isalpha() and tag.replace("_", "").isalnum()
    with recording(runway_script(media_bodies)) as rec:
        spec = make_spec("runway", model, ("generate_keyframe",), base_url=rec.url,
                         references={"images": 3})  # fmt: skip
        await run_adapter(spec, request, RUNWAY_KEY)
        ours = rec.heard[0]
        body = ours.json()
        assert "@Maya" in body["promptText"] and "@Barista" in body["promptText"]
        rec.clear()
        references: list[Gen4ImageReferenceImage] = [
            {"uri": b64(Path(path)), "tag": tag} for path, tag in tags
        ]
        runwayml.RunwayML(api_key="key_x", base_url=rec.url).text_to_image.create(
            model=model,
            prompt_text=body["promptText"],
            ratio=body["ratio"],
            seed=request.seed,
            reference_images=references,
        )
        agree(rec.heard[0], ours)


def luma_image_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    def answer(heard: Heard) -> Reply:
        host = f"http://{heard.headers['host']}"
        if heard.path.startswith("/media/"):
            return Reply(body=media["@@" + heard.path.rsplit("/", 1)[1]])
        if heard.path == "/storage/auth/token":
            return Reply(body={"token": "cdn-token", "token_type": "Bearer", "base_url": host,
                               "expires_at": "2099-01-01T00:00:00+00:00"})  # fmt: skip
        if heard.path == "/files/upload":
            return Reply(body={"access_url": f"{host}/media/keyframe.png"})
        generation = {"id": GENERATION, "generation_type": "image", "state": "completed",
                      "assets": {"image": f"{host}/media/keyframe.png"}, "model": "photon-1"}  # fmt: skip
        return Reply(201 if heard.method == "POST" else 200, generation)

    return answer


async def test_luma_photon_sends_the_character_reference_like_the_sdk(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes], tmp_path: Path
) -> None:
    cast = cast_of(tmp_path, media_bodies, "Maya", views=2)
    request = request_for("generate_keyframe", width=1280, height=720, cast=cast)
    with recording(luma_image_script(media_bodies)) as rec:
        spec = make_spec("luma", "photon-1", ("generate_keyframe",), base_url=rec.url,
                         upload={"via": "fal", "endpoint": rec.url}, references={"images": 4})  # fmt: skip
        await run_adapter(spec, request, LUMA_KEYS)
        submit = next(h for h in rec.heard if h.path == "/generations/image")
        images = submit.json()["character_ref"]["identity0"]["images"]
        assert len(images) == 2 and not any(u.startswith("data:") for u in images)  # hosted only
        rec.clear()
        lumaai.LumaAI(auth_token="luma-x", base_url=rec.url).generations.image.create(
            model="photon-1",
            prompt=request.prompt,
            aspect_ratio=submit.json()["aspect_ratio"],
            character_ref={"identity0": {"images": images}},
        )
        agree(rec.heard[0], submit)


def test_luma_needs_an_upload_to_take_references() -> None:
    from tools.engines.base import build_engine

    spec = make_spec("luma", "photon-1", ("generate_keyframe",), references={"images": 4})
    engine = build_engine(spec, env=LUMA_KEYS)
    assert "configure an upload" in (engine.availability(LUMA_KEYS) or "")


@pytest.mark.parametrize(
    ("model", "field"),
    [("fal-ai/flux-lora", "loras"), ("fal-ai/flux-pro/kontext", "image_url")],
)
async def test_fal_reference_inputs_follow_the_model_pages_through_fal_client(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    fal_at: Callable[[Recorder], None],
    tmp_path: Path,
    model: str,
    field: str,
) -> None:
    cast = cast_of(tmp_path, media_bodies, "Maya")
    lora = "https://v3.fal.media/files/maya/pytorch_lora_weights.safetensors"
    cast = (CastSubject("Maya", "character", "", cast[0].references, lora, 0.9),)
    request = request_for("generate_keyframe", width=1280, height=720, cast=cast)
    references = {"images": 1, "required": True} if "kontext" in model else {"lora": True}
    with recording(fal_script(media_bodies)) as rec:
        fal_at(rec)
        spec = make_spec("fal", model, ("generate_keyframe",), base_url=rec.url,
                         references=references)  # fmt: skip
        await run_adapter(spec, request, FAL_KEY)
        submit = rec.heard[0]
        body = submit.json()
        if field == "loras":  # fal.ai/models/fal-ai/flux-lora/api: loras [{path, scale}]
            assert body["loras"] == [{"path": lora, "scale": 0.9}]
            assert body["image_size"] == {"width": 1280, "height": 720}
        else:  # fal.ai/models/fal-ai/flux-pro/kontext/api: image_url, aspect_ratio
            assert body["image_url"] == b64(cast[0].references[0].path)
            assert body["aspect_ratio"] == "16:9" and "image_size" not in body
        rec.clear()
        client = fal_client.SyncClient(key="fal-x")
        client.submit(model, arguments=body)
        close_fal(client)
        agree(rec.heard[0], submit)


# ── Video: the cast in the animate stage ─────────────────────────────────────────────────────


async def test_vertex_veo_sends_asset_references_like_google_genai(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes], tmp_path: Path
) -> None:
    cast = cast_of(tmp_path, media_bodies, "Maya", "the Barista", views=2)
    request = request_for("animate", width=1280, height=720, duration_s=5.0, cast=cast)
    with recording(vertex_script(media_bodies)) as rec:
        spec = make_spec("vertex", "veo-3.1-generate-001", ("animate",),
                         base_url=f"{rec.url}/v1beta1", references=VEO_REFERENCES)  # fmt: skip
        await run_adapter(spec, request, VERTEX_ENV)
        submit = rec.heard[0]
        instance = submit.json()["instances"][0]
        # Three at most, primaries first; no first frame beside them; 8 s at 16:9.
        sent = [Path(m.references[k].path) for m, k in ((cast[0], 0), (cast[1], 0), (cast[0], 1))]
        assert len(instance["referenceImages"]) == 3 and "image" not in instance
        assert submit.json()["parameters"]["durationSeconds"] == 8
        rec.clear()
        client = genai.Client(vertexai=True, project="film-co", location="us-central1",
                              credentials=Credentials(token="ya29.x"),
                              http_options={"base_url": rec.url})  # fmt: skip
        client.models.generate_videos(
            model="veo-3.1-generate-001",
            source=genai_types.GenerateVideosSource(prompt=request.prompt),
            config=genai_types.GenerateVideosConfig(
                number_of_videos=1,
                duration_seconds=8,
                seed=request.seed,
                aspect_ratio="16:9",
                resolution="720p",
                reference_images=[
                    genai_types.VideoGenerationReferenceImage(
                        image=genai_types.Image(image_bytes=p.read_bytes(), mime_type="image/png"),
                        reference_type=genai_types.VideoGenerationReferenceType.ASSET,
                    )
                    for p in sent
                ],
            ),
        )
        client.close()
        agree(rec.heard[0], submit)


async def test_vertex_veo_without_references_keeps_the_keyframe(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes]
) -> None:
    request = request_for("animate", width=720, height=1280, duration_s=5.0)
    with recording(vertex_script(media_bodies)) as rec:
        spec = make_spec("vertex", "veo-3.1-generate-001", ("animate",),
                         base_url=f"{rec.url}/v1beta1", references=VEO_REFERENCES)  # fmt: skip
        await run_adapter(spec, request, VERTEX_ENV)
        body = rec.heard[0].json()
        assert "image" in body["instances"][0] and "referenceImages" not in body["instances"][0]
        assert body["parameters"]["aspectRatio"] == "9:16"


async def test_fal_kling_3_sends_the_cast_as_elements_through_fal_client(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    fal_at: Callable[[Recorder], None],
    tmp_path: Path,
) -> None:
    model = "fal-ai/kling-video/v3/standard/image-to-video"
    maya, barista = cast_of(tmp_path, media_bodies, "Maya", "the Barista", views=2)
    barista = CastSubject(barista.name, "character", "", barista.references[:1])
    request = request_for("animate", width=1280, height=720, duration_s=5.0, cast=(maya, barista))
    with recording(fal_script(media_bodies)) as rec:
        fal_at(rec)
        spec = make_spec("fal", model, ("animate",), base_url=rec.url,
                         references={"images": 4, "tools": ["animate"]})  # fmt: skip
        await run_adapter(spec, request, FAL_KEY)
        submit = rec.heard[0]
        body = submit.json()
        # …/kling-video/v3/standard/image-to-video/llms.txt: the keyframe is start_image_url, each
        # member an element (frontal + reference views), named @Element1, @Element2 in the prompt.
        assert body["start_image_url"] == b64(request.image or Path())
        assert body["elements"] == [
            {"frontal_image_url": b64(maya.references[0].path),
             "reference_image_urls": [b64(maya.references[1].path)]},
            {"frontal_image_url": b64(barista.references[0].path),
             "reference_image_urls": [b64(barista.references[0].path)]},
        ]  # fmt: skip
        assert body["prompt"].endswith("@Element1 is Maya. @Element2 is the Barista.")
        assert body["duration"] == "5" and body["generate_audio"] is False
        rec.clear()
        client = fal_client.SyncClient(key="fal-x")
        client.submit(model, arguments=body)
        close_fal(client)
        agree(rec.heard[0], submit)
