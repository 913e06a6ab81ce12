"""Runway (`https://api.dev.runwayml.com`, `Authorization: Bearer …`, `X-Runway-Version`).

Every request below is checked field for field against runwayml's SDK (the conformance tests):

- clips: `POST /v1/image_to_video` `{model, promptImage: [{uri, position: "first"}], promptText,
  ratio, duration, seed}`;
- keyframes: `POST /v1/text_to_image` `{model: "gen4_image", promptText, ratio, seed,
  referenceImages: [{uri, tag}]}` — up to three pictures of the shot's cast, each named by a tag
  (3–16 letters, digits or underscores) that the prompt addresses as `@tag` (runwayml's
  `Gen4ImageReferenceImage`);
- upscale: a keyframe through `POST /v1/image_upscale` `{model:
  "magnific_precision_upscaler_v2", imageUri, scaleFactor}`, a clip through `POST
  /v1/video_upscale` `{model: "magnific_video_upscaler_creative", videoUri, resolution}`;
- each answers `{id}`; poll `GET /v1/tasks/{id}` (PENDING, THROTTLED, RUNNING → SUCCEEDED with
  `output` URLs | FAILED with a `failureCode`: `SAFETY.*` is a content-policy refusal). A terminal
  task reports `cost.credits`, what the task was charged: that is the attempt's cost.

Inputs travel as data URIs up to Runway's 5 MB limit; a larger file goes through Runway's own
uploads (`POST /v1/uploads` → a presigned form to post the file to → a `runway://` URI), as
the SDK's `uploads.create_ephemeral` does. Ratios and durations are the SDK's literals.
"""

from __future__ import annotations

from pathlib import Path

from tools.engines.base import EngineRequest, pick_references
from tools.engines.errors import BadOutput, Refused, ServerError
from tools.engines.http import (
    Api,
    Cadence,
    HttpEngine,
    Job,
    Json,
    Output,
    closest_ratio,
    data_uri,
    pick_duration,
)

API_VERSION = "2024-11-06"
VIDEO_RATIOS = ("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672")
IMAGE_RATIOS = (
    "1024:1024", "1080:1080", "1168:880", "1360:768", "1440:1080", "1080:1440", "1808:768",
    "1920:1080", "1080:1920", "2112:912", "1280:720", "720:1280", "720:720", "960:720",
    "720:960", "1680:720",
)  # fmt: skip
SECONDS = {"gen4_turbo": (5, 10), "gen4.5": tuple(range(2, 11))}  # gen4_turbo bills in 5 s steps
PENDING = {"PENDING", "THROTTLED", "RUNNING"}  # THROTTLED: accepted, queued over our concurrency
INLINE_LIMIT = 5 * 1024 * 1024  # "base64 data URI … up to 5MB" (the SDK's field docs)
USD_PER_CREDIT = 0.01  # Runway's API pricing page: credits are bought at $0.01
IMAGE_UPSCALER = "magnific_precision_upscaler_v2"
MAX_REFERENCES = 3  # gen4_image: "an array of up to three images" (the SDK's field docs)
VIDEO_UPSCALER = "magnific_video_upscaler_creative"


def is_clip(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in (".mp4", ".mov", ".webm")


def upscale_resolution(height: int) -> str:
    """The smallest of the video upscaler's targets that reaches the wanted height."""
    for name, lines in (("720p", 720), ("1k", 1080), ("2k", 1440)):
        if height <= lines:
            return name
    return "4k"


def reference_tags(request: EngineRequest) -> list[tuple[str, str]]:
    """(path, tag) for each cast reference to send, at most three; a member's second view gets
    its tag with a number (`Maya`, `Maya_2`)."""
    tags: list[tuple[str, str]] = []
    used: dict[str, int] = {}
    for member, reference in pick_references(request.cast, MAX_REFERENCES):
        base = member.tag
        used[base] = used.get(base, 0) + 1
        tag = base if used[base] == 1 else f"{base[:14]}_{used[base]}"
        tags.append((str(reference.path), tag))
    return tags


def cast_prompt(prompt: str, tags: list[tuple[str, str]], limit: int = 1000) -> str:
    """The prompt with the references addressed by tag, so the model knows who is who."""
    if not tags:
        return prompt[:limit]
    suffix = " Cast: " + ", ".join(f"@{tag}" for _, tag in tags) + "."
    return prompt[: limit - len(suffix)] + suffix


def task_body(
    model: str,
    request: EngineRequest,
    media_uri: str | None,
    references: list[tuple[str, str]] | None = None,
) -> tuple[str, Json]:
    """The endpoint and camelCase body for this stage (`media_uri`: the input, hosted or inline;
    `references`: (uri, tag) of each cast picture, for a keyframe)."""
    if request.tool == "upscale":
        if is_clip(request.image):
            return "/v1/video_upscale", {
                "model": VIDEO_UPSCALER,
                "videoUri": media_uri,
                "resolution": upscale_resolution(request.height),
            }
        return "/v1/image_upscale", {
            "model": IMAGE_UPSCALER,
            "imageUri": media_uri,
            "scaleFactor": 2 if request.width <= 2048 else 4,
        }
    if request.tool == "animate":
        body: Json = {
            "model": model,
            "promptText": request.prompt[:1000],
            "ratio": closest_ratio(request.width, request.height, VIDEO_RATIOS),
            "duration": pick_duration(request.duration_s, SECONDS.get(model, (5, 10))),
            "seed": request.seed,
        }
        if media_uri is not None:
            body["promptImage"] = [{"uri": media_uri, "position": "first"}]
        return "/v1/image_to_video", body
    image: Json = {
        "model": model,
        "promptText": cast_prompt(request.prompt, references or []),
        "ratio": closest_ratio(request.width, request.height, IMAGE_RATIOS),
        "seed": request.seed,
    }
    if references:
        image["referenceImages"] = [{"uri": uri, "tag": tag} for uri, tag in references]
    return "/v1/text_to_image", image


def reported_cost(task: Json) -> float | None:
    """The charge of a terminal task, in dollars: `cost.credits` × $0.01."""
    cost = task.get("cost")
    credits = cost.get("credits") if isinstance(cost, dict) else None
    if isinstance(credits, int | float) and credits >= 0:
        return round(float(credits) * USD_PER_CREDIT, 6)
    return None


class RunwayEngine(HttpEngine):
    provider = "runway"
    key_env_default = "RUNWAYML_API_SECRET"
    default_base_url = "https://api.dev.runwayml.com"
    cadence = Cadence(first_s=5.0, max_s=15.0)  # Runway asks clients to poll no faster than 5 s

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}", "X-Runway-Version": API_VERSION}

    async def media_uri(self, api: Api, path: Path) -> str:
        """A data URI when it fits Runway's limit, else a `runway://` URI from its uploads."""
        if path.stat().st_size <= INLINE_LIMIT * 3 // 4:  # base64 grows the file by a third
            mime = "video/mp4" if is_clip(path) else None
            return data_uri(path, mime)
        started = await api.json(
            "POST", "/v1/uploads", json={"filename": path.name, "type": "ephemeral"}
        )
        upload_url, fields = started.get("uploadUrl"), started.get("fields") or {}
        if not upload_url or not started.get("runwayUri"):
            raise ServerError(f"{self.spec.name}: upload started without a URL")
        await api.send(
            "POST",
            str(upload_url),
            keyed=False,  # a presigned form on storage: it must never see the key
            data={str(k): str(v) for k, v in fields.items()},
            files={"file": (path.name, path.read_bytes())},
        )
        return str(started["runwayUri"])

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        uri = await self.media_uri(api, request.image) if request.image is not None else None
        references = []
        if request.tool == "generate_keyframe":
            for path_text, tag in reference_tags(request):
                references.append((await self.media_uri(api, Path(path_text)), tag))
        path, body = task_body(self.spec.model, request, uri, references)
        job_id, _ = await api.create(path, json=body)
        return Job(job_id)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        task = await api.json("GET", f"/v1/tasks/{job.id}", missing=ServerError)
        status = task.get("status")
        if status in PENDING:
            return None
        if status == "SUCCEEDED":
            urls = task.get("output") or []
            return Output(url=str(urls[0]) if urls else None, cost_usd=reported_cost(task))
        code = str(task.get("failureCode") or "")
        why = f"{task.get('failure') or status} ({code or 'no code'})"
        if code.startswith("SAFETY."):
            raise Refused(f"{self.spec.name}: refused on content policy: {why}")
        if code.startswith("INTERNAL.BAD_OUTPUT"):
            raise BadOutput(f"{self.spec.name}: {why}")
        raise ServerError(f"{self.spec.name}: task {status}: {why}")
