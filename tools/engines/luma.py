"""Luma Dream Machine (`https://api.lumalabs.ai/dream-machine/v1`, `Authorization: Bearer …`).

Submit `POST /generations/video` `{model, prompt, aspect_ratio, resolution, duration: "5s"|"9s",
keyframes: {frame0}}` (lumaai's `generations.create`, checked by the conformance tests); poll
`GET /generations/{id}` (queued, dreaming → completed with `assets.video` | failed with
`failure_reason`). `frame0` is the keyframe as a hosted image URL or — when the shot continues a
clip Luma made (`continue_job_id`) — `{"type": "generation", "id"}`, Luma's own look-back chaining,
which continues the motion rather than restarting from a still.

Luma takes no inline image: "upload and use your own cdn image urls, currently this is the only
way to pass an image" (docs.lumalabs.ai, video generation). The keyframe therefore goes through
the upload the catalog entry configures (`upload = { via = "fal" | "s3" … }`); without one the
engine is unavailable for clips, with that reason, before anything is spent.
Keyframes: `POST /generations/image` `{model, prompt, aspect_ratio}` → `assets.image`; Photon's
character reference, `character_ref: {identity0: {images: [urls]}}` (lumaai's `CharacterRef`),
carries the pictures of the shot's first cast member, hosted the same way.
"""

from __future__ import annotations

from pathlib import Path

from tools.engines.base import EngineRequest, pick_references
from tools.engines.errors import Refused, ServerError
from tools.engines.http import (
    Api,
    Cadence,
    HttpEngine,
    Job,
    Json,
    Output,
    closest_ratio,
    mime_type,
    pick_duration,
)

SECONDS = (5, 9)
RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21")
PENDING = {"queued", "dreaming"}
MAX_IDENTITY_IMAGES = 4  # what our catalog sends per identity (a person's views of one member)


def identity_paths(request: EngineRequest) -> list[str]:
    """The pictures of the identity Photon is shown: the first cast member with references (one
    identity per call here), up to four of its views."""
    member = next((m for m in request.cast if m.references), None)
    if member is None:
        return []
    return [str(r.path) for _, r in pick_references((member,), MAX_IDENTITY_IMAGES)]


def generation_body(
    model: str,
    request: EngineRequest,
    image_url: str | None = None,
    identity_urls: list[str] | None = None,
) -> tuple[str, Json]:
    ratio = closest_ratio(request.width, request.height, RATIOS)
    if request.tool != "animate":
        image: Json = {
            "model": model,
            "prompt": request.prompt,
            "aspect_ratio": ratio,
        }
        if identity_urls:
            image["character_ref"] = {"identity0": {"images": identity_urls}}
        return "/generations/image", image
    body: Json = {
        "model": model,
        "prompt": request.prompt,
        "aspect_ratio": ratio,
        "resolution": "720p",
        "duration": f"{pick_duration(request.duration_s, SECONDS)}s",
        "loop": False,
    }
    if request.continue_job_id:
        body["keyframes"] = {"frame0": {"type": "generation", "id": request.continue_job_id}}
    elif image_url is not None:
        body["keyframes"] = {"frame0": {"type": "image", "url": image_url}}
    return "/generations/video", body


class LumaEngine(HttpEngine):
    provider = "luma"
    key_env_default = "LUMAAI_API_KEY"
    default_base_url = "https://api.lumalabs.ai/dream-machine/v1"
    cadence = Cadence(first_s=3.0, max_s=10.0)

    def needs_hosted_image(self, tool: str) -> bool:
        return tool == "animate" or self.spec.references.takes_cast(tool)

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        image_url = None
        if request.tool == "animate" and not request.continue_job_id and request.image:
            image_url = await api.hosted_url(request.image, mime_type(request.image))
        identity = []
        if request.tool == "generate_keyframe":
            for path_text in identity_paths(request):
                picture = Path(path_text)
                identity.append(await api.hosted_url(picture, mime_type(picture)))
        route, body = generation_body(self.spec.model, request, image_url, identity)
        job_id, _ = await api.create(route, json=body)
        return Job(job_id)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        generation = await api.json("GET", f"/generations/{job.id}", missing=ServerError)
        state = generation.get("state")
        if state in PENDING:
            return None
        if state == "completed":
            assets = generation.get("assets") or {}
            key = "video" if request.tool == "animate" else "image"
            return Output(url=assets.get(key), metadata={"generation_id": job.id})
        reason = str(generation.get("failure_reason") or state)
        # Luma's error shapes are not documented (PROVIDERS.md: UNVERIFIED); its moderation
        # failures say so in words.
        if any(word in reason.lower() for word in ("moderation", "policy", "safety")):
            raise Refused(f"{self.spec.name}: refused on content policy: {reason}")
        raise ServerError(f"{self.spec.name}: generation {state}: {reason}")
