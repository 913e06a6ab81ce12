"""Replicate (`https://api.replicate.com`, header `Authorization: Bearer …`).

Two routes, as replicate's SDK has them (checked by the conformance tests):
- an *official* model (`owner/name` in the catalog): `POST /v1/models/{owner}/{name}/predictions`
  `{"input": …}`;
- a *community* model, which that route does not run (it answers 404 "The requested resource
  could not be found" — a wrong route, not a retirement): pinned in the catalog as
  `owner/name:<64-hex version>` and sent as `POST /v1/predictions` `{"version", "input"}`.
Poll `GET /v1/predictions/{id}` (starting, processing → succeeded | failed | canceled); download
the output URL. Our catalog uses Replicate to upscale keyframes (Real-ESRGAN takes images only:
`image` as a data URI — the SDK's "base64" file encoding — and `scale`). A 429's wait comes from
`Retry-After`, `ratelimit-reset` or the body's "resets in ~30s".
"""

from __future__ import annotations

from tools.engines.base import EngineRequest
from tools.engines.errors import Refused, ServerError
from tools.engines.http import Api, Cadence, HttpEngine, Job, Json, Output, data_uri

PENDING = {"starting", "processing"}


def model_input(request: EngineRequest) -> Json:
    body: Json = {"prompt": request.prompt, "seed": request.seed}
    if request.image is not None:
        body["image"] = data_uri(request.image)
    if request.tool == "upscale":
        # ESRGAN-class models take a scale factor, not a size; the output is conformed after.
        body = {"image": body.get("image"), "scale": 2 if request.width <= 2048 else 4}
    return body


class ReplicateEngine(HttpEngine):
    provider = "replicate"
    key_env_default = "REPLICATE_API_TOKEN"
    default_base_url = "https://api.replicate.com"
    cadence = Cadence(first_s=1.0, max_s=8.0)

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        model, _, version = self.spec.model.partition(":")
        payload: Json = {"input": model_input(request)}
        if version:
            payload["version"] = version
            path = "/v1/predictions"
        else:
            path = f"/v1/models/{model}/predictions"
        job_id, _ = await api.create(path, json=payload)
        return Job(job_id)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        body = await api.json("GET", f"/v1/predictions/{job.id}", missing=ServerError)
        status = body.get("status")
        if status in PENDING:
            return None
        if status == "succeeded":
            output = body.get("output")
            url = output[0] if isinstance(output, list) and output else output
            metrics = body.get("metrics") or {}
            # Replicate bills by GPU time and reports `metrics.predict_time`, not a charge: the
            # estimate stands, and the time goes to provenance.
            return Output(url=str(url) if url else None, metadata={"metrics": metrics})
        error = str(body.get("error") or status)
        if "nsfw" in error.lower() or "safety" in error.lower():
            raise Refused(f"{self.spec.name}: refused on content policy: {error}")
        raise ServerError(f"{self.spec.name}: prediction {status}: {error}")
