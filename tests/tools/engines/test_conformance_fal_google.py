"""fal and Google: the adapter and the official SDK (fal-client, google-genai) agree.

fal-client passes a model's input through unchecked, so for fal the queue protocol (submit,
status with logs, result) and the storage upload are compared with the SDK, and each family's
input follows its fal API page (cited in tools/engines/fal.py) — Seedance's ratios among the six
fal lists. For Google, Gemini Omni Flash through the Interactions API (API key) and Veo 3.1 on
Vertex (project, location, OAuth token) are compared with google-genai, which also shows why
the Gemini request has no seed.
"""

from __future__ import annotations

import base64
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import fal_client
import fal_client.client as fal_internals
import pytest
from google import genai
from google.genai import types as genai_types
from google.oauth2.credentials import Credentials

from tests.tools.engines.conformance import agree, run_adapter
from tests.tools.engines.conftest import make_spec
from tests.tools.engines.recorder import Heard, Recorder, Reply, recording
from tools.engines.base import EngineRequest
from tools.engines.errors import Refused
from tools.engines.fal import SEEDANCE_RATIOS

FAL_KEY = {"FAL_KEY": "fal-test-key-1234567890abcdef"}
GEMINI_KEY = {"GEMINI_API_KEY": "AIzaTestKey1234567890abcdef"}
VERTEX_ENV = {
    "GOOGLE_CLOUD_ACCESS_TOKEN": "ya29.test-token-1234567890",
    "GOOGLE_CLOUD_PROJECT": "film-co",
    "GOOGLE_CLOUD_LOCATION": "us-central1",
}
REQUEST_ID = "764cabcf-b745-4b3e-ae38-1200304cf45b"
SIZES = {"16:9": (1280, 720), "9:16": (720, 1280), "1:1": (1080, 1080), "4:5": (1080, 1350)}


def close_fal(client: fal_client.SyncClient) -> None:
    """fal-client keeps its httpx client (a cached property) open: close what it opened."""
    for name in ("_client", "_cdn_client"):
        opened = client.__dict__.get(name)
        if opened is not None:
            opened.close()


def fal_script(media: dict[str, bytes], nsfw: bool = False) -> Callable[[Heard], Reply]:
    def answer(heard: Heard) -> Reply:
        host = f"http://{heard.headers['host']}"
        app = "/".join(heard.path.strip("/").split("/")[:2])
        base = f"{host}/{app}/requests/{REQUEST_ID}"
        if heard.path.startswith("/media/"):
            return Reply(body=media["@@" + heard.path.rsplit("/", 1)[1]])
        if heard.path == "/storage/auth/token":
            return Reply(body={"token": "cdn-token", "token_type": "Bearer", "base_url": host,
                               "expires_at": "2099-01-01T00:00:00+00:00"})  # fmt: skip
        if heard.path == "/files/upload":
            return Reply(body={"access_url": f"{host}/media/clip.mp4"})
        if heard.path.endswith("/status"):
            return Reply(body={"status": "COMPLETED", "request_id": REQUEST_ID, "logs": [],
                               "metrics": {"inference_time": 2.8}})  # fmt: skip
        if heard.method == "GET":
            if "flux" in app:
                return Reply(body={"images": [{"url": f"{host}/media/keyframe.png"}], "seed": 7,
                                   "has_nsfw_concepts": [nsfw]})  # fmt: skip
            return Reply(body={"video": {"url": f"{host}/media/clip.mp4"}})
        return Reply(body={"status": "IN_QUEUE", "request_id": REQUEST_ID,
                           "response_url": base, "status_url": f"{base}/status",
                           "cancel_url": f"{base}/cancel"})  # fmt: skip

    return answer


@pytest.fixture
def fal_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Recorder], None]]:
    """Point fal-client's fixed hosts (queue, REST, CDN) at the recorder."""

    def point(rec: Recorder) -> None:
        monkeypatch.setattr(fal_internals, "QUEUE_URL_FORMAT", f"{rec.url}/")
        monkeypatch.setattr(fal_internals, "REST_URL", rec.url)
        monkeypatch.setattr(fal_internals, "CDN_URL", rec.url)

    yield point


@pytest.mark.parametrize(
    ("model", "tool"),
    [
        ("fal-ai/flux/dev", "generate_keyframe"),
        ("fal-ai/kling-video/v2.5-turbo/pro/image-to-video", "animate"),
        ("fal-ai/wan/v2.2-a14b/image-to-video", "animate"),
        ("fal-ai/bytedance/seedance/v1/pro/image-to-video", "animate"),
        ("fal-ai/veo3.1/image-to-video", "animate"),
        ("fal-ai/veo3.1/first-last-frame-to-video", "animate"),
    ],
)
async def test_fal_queue_matches_fal_client(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    fal_at: Callable[[Recorder], None],
    model: str,
    tool: str,
) -> None:
    request = request_for(tool, width=1280, height=720)
    with recording(fal_script(media_bodies)) as rec:
        fal_at(rec)
        spec = make_spec("fal", model, (tool,), base_url=rec.url)
        await run_adapter(spec, request, FAL_KEY)
        submit, status, result = rec.heard[0], rec.heard[1], rec.heard[2]
        rec.clear()
        client = fal_client.SyncClient(key="fal-x")
        handle = client.submit(model, arguments=submit.json())
        handle.status(with_logs=True)
        handle.get()
        close_fal(client)
        agree(rec.heard[0], submit)
        agree(rec.heard[1], status, body=False)
        agree(rec.heard[-1], result, body=False)  # get() checks the status again first


@pytest.mark.parametrize("ratio", SIZES)
async def test_fal_seedance_sends_the_closest_ratio_fal_lists(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    ratio: str,
) -> None:
    width, height = SIZES[ratio]
    with recording(fal_script(media_bodies)) as rec:
        model = "fal-ai/bytedance/seedance/v1/pro/image-to-video"
        spec = make_spec("fal", model, ("animate",), base_url=rec.url)
        await run_adapter(spec, request_for("animate", width=width, height=height), FAL_KEY)
        sent = rec.heard[0].json()["aspect_ratio"]
    assert sent in SEEDANCE_RATIOS  # fal: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16 (and auto)
    assert sent == {"16:9": "16:9", "9:16": "9:16", "1:1": "1:1", "4:5": "3:4"}[ratio]


async def test_fal_flux_flagged_image_is_a_refusal_not_a_take(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes]
) -> None:
    with recording(fal_script(media_bodies, nsfw=True)) as rec:
        spec = make_spec("fal", "fal-ai/flux/dev", ("generate_keyframe",), base_url=rec.url)
        with pytest.raises(Refused, match="has_nsfw_concepts"):
            await run_adapter(spec, request_for("generate_keyframe"), FAL_KEY)
        assert not any(h.path.startswith("/media/") for h in rec.heard)  # never downloaded


async def test_fal_clip_goes_through_fal_storage_like_fal_client(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    fal_at: Callable[[Recorder], None],
    tmp_path: Path,
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(media_bodies["@@clip.mp4"])
    request = request_for("upscale", image=clip, width=640, height=360, duration_s=4.0,
                          out_path=tmp_path / "out.mp4")  # fmt: skip
    with recording(fal_script(media_bodies)) as rec:
        fal_at(rec)
        spec = make_spec("fal", "fal-ai/seedvr/upscale/video", ("upscale",), base_url=rec.url,
                         sources=("video",), upload={"via": "fal", "endpoint": rec.url})  # fmt: skip
        await run_adapter(spec, request, FAL_KEY)
        token, upload, submit = rec.heard[:3]
        assert submit.json() == {"video_url": f"{rec.url}/media/clip.mp4", "upscale_factor": 2.0}
        rec.clear()
        client = fal_client.SyncClient(key="fal-x")
        client.upload(clip.read_bytes(), "video/mp4", "clip.mp4")
        close_fal(client)
        agree(rec.heard[0], token)
        agree(rec.heard[1], upload, body=False)
    assert upload.body == clip.read_bytes()
    assert upload.headers["x-fal-file-name"] == rec.heard[1].headers["x-fal-file-name"]
    assert upload.headers["content-type"] == rec.heard[1].headers["content-type"]


def gemini_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    video = base64.b64encode(media["@@clip.mp4"]).decode()

    def answer(heard: Heard) -> Reply:
        if heard.method == "POST":
            return Reply(body={"id": "int-7", "status": "in_progress"})
        return Reply(body={"id": "int-7", "status": "completed",
                           "output_video": {"data": video, "mime_type": "video/mp4"}})  # fmt: skip

    return answer


# google-genai's Interactions client opens its own httpx client that Client.close() leaves open;
# its socket is collected here (gc.collect below), not in a later test.
SDK_LEAKS_A_SOCKET = pytest.mark.filterwarnings(
    "ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning"
)


@SDK_LEAKS_A_SOCKET
@pytest.mark.parametrize("ratio", SIZES)
@pytest.mark.parametrize("seconds", [4.0, 5.0, 8.0])
async def test_gemini_omni_matches_google_genai_interactions(
    request_for: Callable[..., EngineRequest],
    media_bodies: dict[str, bytes],
    ratio: str,
    seconds: float,
) -> None:
    width, height = SIZES[ratio]
    request = request_for("animate", width=width, height=height, duration_s=seconds)
    with recording(gemini_script(media_bodies)) as rec:
        spec = make_spec("gemini", "gemini-omni-1.1-flash", ("animate",), base_url=f"{rec.url}/v1")
        await run_adapter(spec, request, GEMINI_KEY)
        create, poll = rec.heard[0], rec.heard[1]
        body = create.json()
        assert "seed" not in str(body)  # google-genai refuses seed with an API key
        rec.clear()
        client = genai.Client(api_key="AIza-x", http_options={"base_url": rec.url})
        image = base64.b64encode((request.image or Path()).read_bytes()).decode()
        client.interactions.create(
            model="gemini-omni-1.1-flash",
            background=True,
            input=[{"type": "text", "text": request.prompt},
                   {"type": "image", "data": image, "mime_type": "image/png"}],
            response_format=body["response_format"],
        )  # fmt: skip
        client.interactions.get("int-7")
        client.close()
        del client
        gc.collect()
        agree(rec.heard[0], create)
        agree(rec.heard[1], poll, body=False)


def test_google_genai_refuses_seed_with_an_api_key() -> None:
    """Why the Gemini request carries no seed (and Veo moved to Vertex for it)."""
    client = genai.Client(api_key="AIza-x", http_options={"base_url": "http://127.0.0.1:9"})
    with pytest.raises(ValueError, match="only supported in Gemini Enterprise Agent Platform"):
        client.models.generate_videos(
            model="veo-3.1-generate-001",
            source=genai_types.GenerateVideosSource(prompt="x"),
            config=genai_types.GenerateVideosConfig(seed=1),
        )
    client.close()


def vertex_script(media: dict[str, bytes]) -> Callable[[Heard], Reply]:
    video = base64.b64encode(media["@@clip.mp4"]).decode()
    name = ("projects/film-co/locations/us-central1/publishers/google/models/"
            "veo-3.1-generate-001/operations/op-1")  # fmt: skip

    def answer(heard: Heard) -> Reply:
        if heard.path.endswith(":fetchPredictOperation"):
            return Reply(body={"name": name, "done": True, "response": {
                "videos": [{"bytesBase64Encoded": video, "mimeType": "video/mp4"}]}})  # fmt: skip
        return Reply(body={"name": name})

    return answer


@pytest.mark.parametrize("ratio", SIZES)
async def test_vertex_veo_matches_google_genai(
    request_for: Callable[..., EngineRequest], media_bodies: dict[str, bytes], ratio: str
) -> None:
    width, height = SIZES[ratio]
    request = request_for("animate", width=width, height=height, duration_s=5.0,
                          negative_prompt="blurry")  # fmt: skip
    with recording(vertex_script(media_bodies)) as rec:
        spec = make_spec("vertex", "veo-3.1-generate-001", ("animate",),
                         base_url=f"{rec.url}/v1beta1")  # fmt: skip
        await run_adapter(spec, request, VERTEX_ENV)
        submit, poll = rec.heard[0], rec.heard[1]
        parameters = submit.json()["parameters"]
        rec.clear()
        client = genai.Client(
            vertexai=True,
            project="film-co",
            location="us-central1",
            credentials=Credentials(token="ya29.x"),
            http_options={"base_url": rec.url},
        )
        operation = client.models.generate_videos(
            model="veo-3.1-generate-001",
            source=genai_types.GenerateVideosSource(
                prompt=request.prompt,
                image=genai_types.Image(
                    image_bytes=(request.image or Path()).read_bytes(), mime_type="image/png"
                ),
            ),
            config=genai_types.GenerateVideosConfig(
                number_of_videos=1,
                duration_seconds=parameters["durationSeconds"],
                seed=request.seed,
                aspect_ratio=parameters["aspectRatio"],
                resolution="720p",
                negative_prompt="blurry",
            ),
        )
        client.operations.get(operation)
        client.close()
        agree(rec.heard[0], submit)
        agree(rec.heard[1], poll)
