"""fal.ai through its queue API (`https://queue.fal.run`, header `Authorization: Key …`).

Submit `POST /{model}` with the model's own input → `request_id` plus status and response URLs;
poll the status URL (IN_QUEUE, IN_PROGRESS, COMPLETED); fetch the result JSON from the response URL
and download the image or video it names. The queue protocol is checked against fal-client (the
conformance tests); each model's input follows its fal API page (fal-client passes inputs through
unchecked), cited beside each family:

- Flux (`fal-ai/flux/*`, `fal-ai/flux-pro/*`; fal.ai/models/fal-ai/flux/dev/api): `image_size
  {width, height}`, `seed`, PNG. A result whose `has_nsfw_concepts` is true is a black image:
  a content-policy refusal, never a take. `fal-ai/flux-lora` adds the cast's LoRAs as `loras:
  [{path, scale}]` (its weights by URL, as fal's LoRA trainers return them).
- Flux Kontext (`fal-ai/flux-pro/kontext`): an identity-preserving edit of one picture — the
  cast member's primary reference as `image_url`, with `aspect_ratio` and `seed`.
- Kling (`fal-ai/kling-video/*`; …/kling-video/v2.5-turbo/pro/image-to-video/api): `image_url`,
  `duration` "5" | "10".
- Kling 3.0 (`fal-ai/kling-video/v3/*/image-to-video`; …/kling-video/v3/standard/image-to-video/
  llms.txt): `start_image_url`, `duration` "3"…"15", `generate_audio`, and the cast as `elements`
  [{frontal_image_url, reference_image_urls}], named in the prompt as @Element1, @Element2 …
- Wan 2.2 (`fal-ai/wan/*`; …/wan/v2.2-a14b/image-to-video/api): `image_url`, `num_frames` 17–161
  at 16 fps, `resolution`, `seed`.
- Seedance (`fal-ai/bytedance/seedance/*`; …/bytedance/seedance/v1/pro/image-to-video/api):
  `image_url`, `duration` "2"…"12", `resolution`, `aspect_ratio` one of 21:9, 16:9, 4:3, 1:1,
  3:4, 9:16 (the closest to the shot's), `seed`.
- Veo 3.1 (`fal-ai/veo3.1/image-to-video`, `…/first-last-frame-to-video`; fal.ai/docs/model-api-
  reference/video-generation-api/veo3.1-image-to-video): `image_url` (or `first_frame_url` +
  `last_frame_url`), `aspect_ratio` 16:9 | 9:16, `duration` "4s" | "6s" | "8s", `resolution`,
  `generate_audio` false (the cheaper rate; the soundtrack is ours).
- SeedVR2 upscale (`fal-ai/seedvr/upscale/image` | `/video`; fal.ai/models/fal-ai/seedvr/upscale/
  video/llms.txt): `image_url` | `video_url`, `upscale_factor`.

Images travel as data URIs, which fal accepts wherever it takes a file URL; clips (and anything
over a few MB) go to fal's own storage first (tools/engines/uploads.py), as fal-client does.
"""

from __future__ import annotations

from pathlib import Path

from tools.catalog import Upload
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
    data_uri,
    mime_type,
    pick_duration,
)
from tools.engines.uploads import FalStorage

KLING_SECONDS = (5, 10)
KLING3_SECONDS = tuple(range(3, 16))
SEEDANCE_SECONDS = tuple(range(2, 13))
SEEDANCE_RATIOS = ("21:9", "16:9", "4:3", "1:1", "3:4", "9:16")
VEO_SECONDS = (4, 6, 8)
VEO_RATIOS = ("16:9", "9:16")
WAN_FPS = 16  # fal bills and renders Wan 2.2 "video seconds" at 16 frames per second
KONTEXT_RATIOS = ("21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21")
INLINE_LIMIT = 4 * 1024 * 1024  # larger inputs go through fal storage, not a data URI


def model_input(
    model: str,
    request: EngineRequest,
    media_url: str | None,
    references: list[tuple[str, str]] | None = None,
) -> Json:
    """The input object fal's model expects, for the families our catalog uses
    (`references`: (member, URL) of each cast picture sent, hosted or inline, primaries first)."""
    body: Json = {"prompt": request.prompt}
    image = media_url
    reference_urls = [url for _, url in references or []]
    if model.startswith("fal-ai/flux-pro/kontext"):
        body |= {
            "image_url": reference_urls[0] if reference_urls else image,
            "aspect_ratio": closest_ratio(request.width, request.height, KONTEXT_RATIOS),
            "seed": request.seed,
            "num_images": 1,
            "output_format": "png",
        }
    elif model.startswith(("fal-ai/flux", "fal-ai/flux-pro")):
        body |= {
            "image_size": {"width": request.width, "height": request.height},
            "seed": request.seed,
            "num_images": 1,
            "output_format": "png",
        }
        loras = [{"path": m.lora_url, "scale": m.lora_scale} for m in request.cast if m.lora_url]
        if loras and model.startswith("fal-ai/flux-lora"):
            body["loras"] = loras
    elif model.startswith("fal-ai/seedvr/upscale/"):
        factor = request.width / _source_width(request)
        field = "video_url" if model.endswith("/video") else "image_url"
        return {field: image, "upscale_factor": round(min(10.0, max(1.0, factor)), 3)}
    elif model.startswith("fal-ai/veo3"):
        body |= {
            "aspect_ratio": closest_ratio(request.width, request.height, VEO_RATIOS),
            "duration": f"{pick_duration(request.duration_s, VEO_SECONDS)}s",
            "resolution": "720p",
            "generate_audio": False,
        }
        if model.endswith("/first-last-frame-to-video"):
            last = request.extra.get("last_frame_url")
            body |= {"first_frame_url": image, "last_frame_url": last if last else image}
        else:
            body["image_url"] = image
        if request.negative_prompt:
            body["negative_prompt"] = request.negative_prompt
    elif model.startswith("fal-ai/kling-video/v3/"):
        body |= {
            "start_image_url": image,
            "duration": str(pick_duration(request.duration_s, KLING3_SECONDS)),
            "generate_audio": False,  # the cheaper rate; the soundtrack is ours
        }
        if elements := kling_elements(references or []):
            body["elements"] = [element for _, element in elements]
            body["prompt"] = element_prompt(request.prompt, [name for name, _ in elements])
        if request.negative_prompt:
            body["negative_prompt"] = request.negative_prompt
    elif model.startswith("fal-ai/kling-video/"):
        body |= {
            "image_url": image,
            "duration": str(pick_duration(request.duration_s, KLING_SECONDS)),
        }
        if request.negative_prompt:
            body["negative_prompt"] = request.negative_prompt
    elif model.startswith("fal-ai/wan/"):
        frames = round((request.duration_s or 5) * WAN_FPS) + 1
        body |= {
            "image_url": image,
            "num_frames": max(17, min(161, frames)),
            "frames_per_second": WAN_FPS,
            "resolution": "720p",
            "seed": request.seed,
        }
    elif model.startswith("fal-ai/bytedance/seedance/"):
        body |= {
            "image_url": image,
            "duration": str(pick_duration(request.duration_s, SEEDANCE_SECONDS)),
            "resolution": "720p",
            "aspect_ratio": closest_ratio(request.width, request.height, SEEDANCE_RATIOS),
            "seed": request.seed,
        }
    else:  # an unknown family from a user's catalog: the common denominator
        body |= {"seed": request.seed} | ({"image_url": image} if image else {})
    return {k: v for k, v in body.items() if v is not None}


def kling_elements(references: list[tuple[str, str]]) -> list[tuple[str, Json]]:
    """One Kling element per cast member: its primary picture as `frontal_image_url`, its other
    views as `reference_image_urls` (a member with one picture repeats it there: every element in
    fal's examples has both fields)."""
    views: dict[str, list[str]] = {}
    for member, url in references:
        views.setdefault(member, []).append(url)
    return [
        (member, {"frontal_image_url": urls[0], "reference_image_urls": urls[1:] or urls[:1]})
        for member, urls in views.items()
    ]


def element_prompt(prompt: str, members: list[str], limit: int = 2500) -> str:
    """The prompt with each element named where Kling reads it (`@Element1` is the first)."""
    suffix = " " + " ".join(f"@Element{k} is {name}." for k, name in enumerate(members, 1))
    return prompt[: limit - len(suffix)] + suffix


def _source_width(request: EngineRequest) -> float:
    """The upscale source's width (the factor is the shot's size over it)."""
    from tools.media import io as media

    try:
        return float(media.probe(request.image).width) if request.image else request.width
    except media.MediaError:
        return float(request.width) / 2


class FalEngine(HttpEngine):
    provider = "fal"
    key_env_default = "FAL_KEY"
    default_base_url = "https://queue.fal.run"
    cadence = Cadence(first_s=1.0, max_s=10.0)

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Key {key}"}

    def refusal(self, body: object) -> str | None:
        # fal's model errors carry a type; content-policy ones are `content_policy_violation`.
        text = str(body)
        return text[:300] if "content_policy_violation" in text else None

    def model_gone(self, status: int, body: object, text: str) -> bool:
        # fal answers an unknown app id with 404 "Application '…' not found".
        return super().model_gone(status, body, text) or "application" in text.lower()

    def _app(self) -> str:
        # Status and result URLs live under owner/app only: the model's subpath is dropped.
        return "/".join(self.spec.model.split("/")[:2])

    async def media_url(self, api: Api, path: Path) -> str:
        """A data URI for a small image; fal's storage for a clip or a large file."""
        mime = mime_type(path)
        if mime.startswith("image/") and path.stat().st_size <= INLINE_LIMIT:
            return data_uri(path, mime)
        storage = self.uploader or FalStorage(Upload(via="fal"), self.env)
        return await storage.upload(api.client, path.read_bytes(), mime, path.name)

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        media = await self.media_url(api, request.image) if request.image else None
        # The request carries only the references the router sent this engine (its attempt row).
        references = [
            (member.name, await self.media_url(api, reference.path))
            for member, reference in pick_references(request.cast, self.spec.references.images)
        ]
        request_id, body = await api.create(
            f"/{self.spec.model}",
            id_field="request_id",
            json=model_input(self.spec.model, request, media, references),
        )
        urls = {k: str(body[k]) for k in ("status_url", "response_url") if body.get(k)}
        return Job(request_id, urls=urls)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        base = f"/{self._app()}/requests/{job.id}"
        status_url = job.urls.get("status_url", f"{base}/status")
        state = await api.json("GET", status_url, params={"logs": "true"}, missing=ServerError)
        status = state.get("status")
        if status in ("IN_QUEUE", "IN_PROGRESS"):
            return None
        if status != "COMPLETED":
            raise ServerError(f"{self.spec.name}: unexpected fal status {status!r}")
        if state.get("error"):
            if (why := self.refusal(state)) is not None:
                raise Refused(f"{self.spec.name}: refused on content policy: {why}")
            raise ServerError(f"{self.spec.name}: job failed: {state.get('error')}")
        result = await api.json("GET", job.urls.get("response_url", base), missing=ServerError)
        flagged = result.get("has_nsfw_concepts")
        if flagged is True or (isinstance(flagged, list) and any(flagged)):
            # fal returns the flagged image blacked out: never keep (or bill) it as a take.
            raise Refused(
                f"{self.spec.name}: refused on content policy: the safety checker flagged "
                "the image (has_nsfw_concepts) and fal returned it blacked out"
            )
        metadata: dict[str, object] = {"seed": result.get("seed")}
        metrics = state.get("metrics")
        if isinstance(metrics, dict) and isinstance(metrics.get("inference_time"), int | float):
            metadata["inference_time_s"] = metrics["inference_time"]
        return Output(url=_media_url(result), metadata=metadata)


def _media_url(result: Json) -> str | None:
    """fal's result shapes: `{"images": [{"url"}]}`, `{"image": {"url"}}`, `{"video": {"url"}}`."""
    images = result.get("images")
    if isinstance(images, list) and images and isinstance(images[0], dict):
        return images[0].get("url")
    for key in ("video", "image"):
        item = result.get(key)
        if isinstance(item, dict) and item.get("url"):
            return str(item["url"])
    return None
