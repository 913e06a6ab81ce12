"""Veo 3.1 on Vertex AI (Google's Gemini Enterprise Agent Platform), `Authorization: Bearer`.

`https://{location}-aiplatform.googleapis.com/v1beta1/projects/{project}/locations/{location}/
publishers/google/models/{model}:predictLongRunning` `{instances: [{prompt, image:
{bytesBase64Encoded, mimeType}, lastFrame?}], parameters: {sampleCount, durationSeconds, seed,
aspectRatio, resolution, negativePrompt}}` → an operation `name`; poll with `POST
…/models/{model}:fetchPredictOperation` `{operationName}` until `done`; the clip is
`response.videos[0].bytesBase64Encoded` (no storage URI is asked for) — exactly what google-genai
sends with `vertexai=True` (the conformance tests). `seed` is honoured here (Vertex only).

Vertex authenticates with an OAuth access token, not an API key: `GOOGLE_CLOUD_ACCESS_TOKEN`
(e.g. `gcloud auth print-access-token`; it lasts about an hour), with `GOOGLE_CLOUD_PROJECT` and
`GOOGLE_CLOUD_LOCATION` (default us-central1). The ids are the GA `veo-3.1-generate-001` and
`veo-3.1-fast-generate-001`. Refusals: `raiMediaFilteredCount` > 0 with no video.

A cast shot's clip can go as reference-to-video instead (`referenceImages`, see predict_body):
the catalog says so (`references = {images = 3, replaces_frame = true, ratios = ["16:9"]}`) and
the router sends the cast only where that fits (never for a clip chained to another's last frame).
"""

from __future__ import annotations

import base64
import binascii

from tools.engines.base import EngineRequest, pick_references
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
    mime_type,
    pick_duration,
)

SECONDS = (4, 6, 8)
RATIOS = ("16:9", "9:16")
# Reference-to-video: "up to three asset images" of the subject, 8 s only, 16:9 only (Vertex's
# Veo 3.1 model page); the type is what google-genai sends for reference_type="asset".
MAX_REFERENCES = 3
REFERENCE_SECONDS = 8
REFERENCE_TYPE = "ASSET"
PROJECT_ENV = "GOOGLE_CLOUD_PROJECT"
LOCATION_ENV = "GOOGLE_CLOUD_LOCATION"


def predict_body(request: EngineRequest) -> Json:
    """The request for one clip: image-to-video from the keyframe, or — when the router sent the
    cast's pictures — reference-to-video (`instances[0].referenceImages`, each an `asset`, as
    google-genai's `GenerateVideosConfig.reference_images` puts them): a prompt and up to three
    pictures, no `image` beside them (the SDK's field doc), 8 s at 16:9 (Veo 3.1's model page)."""
    instance: Json = {"prompt": request.prompt}
    references = [r for _, r in pick_references(request.cast, MAX_REFERENCES)]
    if references:
        instance["referenceImages"] = [
            {
                "image": {"bytesBase64Encoded": b64(r.path), "mimeType": mime_type(r.path)},
                "referenceType": REFERENCE_TYPE,
            }
            for r in references
        ]
    elif request.image is not None:
        instance["image"] = {
            "bytesBase64Encoded": b64(request.image),
            "mimeType": mime_type(request.image),
        }
    parameters: Json = {
        "sampleCount": 1,
        "durationSeconds": REFERENCE_SECONDS
        if references
        else pick_duration(request.duration_s, SECONDS),
        "seed": request.seed,
        "aspectRatio": "16:9"
        if references
        else closest_ratio(request.width, request.height, RATIOS),
        "resolution": "720p",
    }
    if request.negative_prompt:
        parameters["negativePrompt"] = request.negative_prompt
    return {"instances": [instance], "parameters": parameters}


class VertexEngine(HttpEngine):
    provider = "vertex"
    key_env_default = "GOOGLE_CLOUD_ACCESS_TOKEN"
    default_base_url = "https://us-central1-aiplatform.googleapis.com/v1beta1"
    cadence = Cadence(first_s=10.0, max_s=20.0)

    def required_env(self) -> tuple[str, ...]:
        return (PROJECT_ENV,)

    @property
    def location(self) -> str:
        return self.env.get(LOCATION_ENV) or "us-central1"

    @property
    def base_url(self) -> str:
        if self.spec.base_url:
            return self.spec.base_url.rstrip("/")
        return f"https://{self.location}-aiplatform.googleapis.com/v1beta1"

    def _model_path(self) -> str:
        project = self.env.get(PROJECT_ENV, "")
        return (
            f"/projects/{project}/locations/{self.location}/publishers/google/models/"
            f"{self.spec.model}"
        )

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        path = f"{self._model_path()}:predictLongRunning"
        operation, _ = await api.create(path, id_field="name", json=predict_body(request))
        return Job(operation)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        operation = await api.json(
            "POST",
            f"{self._model_path()}:fetchPredictOperation",
            json={"operationName": job.id},
            missing=ServerError,
        )
        if not operation.get("done"):
            return None
        if isinstance(error := operation.get("error"), dict):
            raise ServerError(f"{self.spec.name}: operation failed: {error.get('message', error)}")
        answer = operation.get("response") or {}
        videos = answer.get("videos") or []
        if answer.get("raiMediaFilteredCount") and not videos:
            reasons = "; ".join(answer.get("raiMediaFilteredReasons") or []) or "no reason given"
            raise Refused(f"{self.spec.name}: refused by Responsible AI filtering: {reasons}")
        if not videos or not isinstance(videos[0], dict):
            raise BadOutput(f"{self.spec.name}: the operation finished without a video")
        encoded = videos[0].get("bytesBase64Encoded")
        if not encoded:
            raise BadOutput(f"{self.spec.name}: the video came back as a storage URI only")
        try:
            return Output(data=base64.b64decode(encoded))
        except (binascii.Error, ValueError):
            raise BadOutput(f"{self.spec.name}: the video data is not base64") from None
