"""Runway (`https://api.dev.runwayml.com`, `Authorization: Bearer …`, `X-Runway-Version`).

Clips: `POST /v1/image_to_video` `{model, promptImage: [{uri: <data URI>, position: "first"}],
promptText, ratio: "1280:720", duration, seed}`. Keyframes: `POST /v1/text_to_image`
`{model: "gen4_image", promptText, ratio: "1920:1080", seed}`. Both answer `{id}`; poll
`GET /v1/tasks/{id}` (PENDING, THROTTLED, RUNNING → SUCCEEDED with `output` URLs | FAILED with a
`failureCode`: `SAFETY.*` is a content-policy refusal). Request JSON is camelCase.

Ratios and durations are the ones the SDK's types list (runwayml/sdk-python): the closest ratio
to the shot's aspect is sent and the output is conformed afterwards; gen4_turbo takes 2–10 s
(we send 5 or 10, its billing steps), gen4.5 takes 2–10 s.
"""

from __future__ import annotations

from tools.engines.base import EngineRequest
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
IMAGE_RATIOS = ("1920:1080", "1080:1920", "1024:1024", "1360:768", "1080:1080", "1168:880")
SECONDS = {"gen4_turbo": (5, 10), "gen4.5": tuple(range(2, 11))}
PENDING = {"PENDING", "THROTTLED", "RUNNING"}  # THROTTLED: accepted, queued over our concurrency


def task_body(model: str, request: EngineRequest) -> tuple[str, Json]:
    """The endpoint and camelCase body for this stage."""
    if request.tool == "animate":
        body: Json = {
            "model": model,
            "promptText": request.prompt[:1000],
            "ratio": closest_ratio(request.width, request.height, VIDEO_RATIOS),
            "duration": pick_duration(request.duration_s, SECONDS.get(model, (5, 10))),
            "seed": request.seed,
        }
        if request.image is not None:
            body["promptImage"] = [{"uri": data_uri(request.image), "position": "first"}]
        return "/v1/image_to_video", body
    return "/v1/text_to_image", {
        "model": model,
        "promptText": request.prompt[:1000],
        "ratio": closest_ratio(request.width, request.height, IMAGE_RATIOS),
        "seed": request.seed,
    }


class RunwayEngine(HttpEngine):
    provider = "runway"
    key_env_default = "RUNWAYML_API_SECRET"
    base_url = "https://api.dev.runwayml.com"
    cadence = Cadence(first_s=5.0, max_s=15.0)  # Runway asks clients to poll no faster than 5 s

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}", "X-Runway-Version": API_VERSION}

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        path, body = task_body(self.spec.model, request)
        job_id, _ = await api.create(path, json=body)
        return Job(job_id)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        task = await api.json("GET", f"/v1/tasks/{job.id}", missing=ServerError)
        status = task.get("status")
        if status in PENDING:
            return None
        if status == "SUCCEEDED":
            urls = task.get("output") or []
            return Output(url=str(urls[0]) if urls else None)
        code = str(task.get("failureCode") or "")
        why = f"{task.get('failure') or status} ({code or 'no code'})"
        if code.startswith("SAFETY."):
            raise Refused(f"{self.spec.name}: refused on content policy: {why}")
        if code.startswith("INTERNAL.BAD_OUTPUT"):
            raise BadOutput(f"{self.spec.name}: {why}")
        raise ServerError(f"{self.spec.name}: task {status}: {why}")
