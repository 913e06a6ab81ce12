"""Google Veo through the Gemini API (`https://generativelanguage.googleapis.com/v1beta`, header
`x-goog-api-key`).

Submit `POST /models/{model}:predictLongRunning` `{instances: [{prompt, image: {bytesBase64Encoded,
mimeType}}], parameters: {aspectRatio, durationSeconds, resolution, negativePrompt, sampleCount,
seed}}` → an operation `name`; poll `GET /{name}` until `done`; then either `error` or
`response.generateVideoResponse.generatedSamples[0].video.uri`, downloaded with the key and its
redirect followed without it. Veo makes 4, 6 or 8 s clips, 16:9 or 9:16.

Refusals: Veo's Responsible-AI filter answers `done` with no samples and `raiMediaFilteredCount`
> 0 (reasons in `raiMediaFilteredReasons`). Preview model ids are shut down without notice and
answer 404 "is no longer available": that is a retired engine.
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
    b64,
    closest_ratio,
    pick_duration,
)

SECONDS = (4, 6, 8)
RATIOS = ("16:9", "9:16")


def predict_body(request: EngineRequest) -> Json:
    instance: Json = {"prompt": request.prompt}
    if request.image is not None:
        instance["image"] = {"bytesBase64Encoded": b64(request.image), "mimeType": "image/png"}
    parameters: Json = {
        "aspectRatio": closest_ratio(request.width, request.height, RATIOS),
        "durationSeconds": pick_duration(request.duration_s, SECONDS),
        "resolution": "720p",
        "sampleCount": 1,
        "seed": request.seed,
    }
    if request.negative_prompt:
        parameters["negativePrompt"] = request.negative_prompt
    return {"instances": [instance], "parameters": parameters}


class GeminiEngine(HttpEngine):
    provider = "gemini"
    key_env_default = "GEMINI_API_KEY"
    base_url = "https://generativelanguage.googleapis.com/v1beta"
    cadence = Cadence(first_s=10.0, max_s=20.0)  # Google's samples poll every 10 s

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"x-goog-api-key": key}

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        path = f"/models/{self.spec.model}:predictLongRunning"
        operation, _ = await api.create(path, id_field="name", json=predict_body(request))
        return Job(operation)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        operation = await api.json("GET", f"/{job.id}", missing=ServerError)
        if not operation.get("done"):
            return None
        if isinstance(error := operation.get("error"), dict):
            raise ServerError(f"{self.spec.name}: operation failed: {error.get('message', error)}")
        answer = (operation.get("response") or {}).get("generateVideoResponse") or {}
        samples = answer.get("generatedSamples") or []
        if answer.get("raiMediaFilteredCount"):
            reasons = "; ".join(answer.get("raiMediaFilteredReasons") or []) or "no reason given"
            raise Refused(f"{self.spec.name}: refused by Responsible AI filtering: {reasons}")
        if not samples:
            raise BadOutput(f"{self.spec.name}: the operation finished without a video")
        return Output(url=(samples[0].get("video") or {}).get("uri"))
