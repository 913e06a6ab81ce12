"""Google video on the Gemini API: Gemini Omni Flash through the Interactions API
(`https://generativelanguage.googleapis.com/v1`, header `x-goog-api-key`).

The Gemini API's Veo 3.1 preview ids were shut down on 2026-10-22 and google-genai ≥3.0 refuses
`generate_videos` with an API key; its video model is `gemini-omni-1.1-flash` (GA 2026-08-27).
Veo 3.1 stays reachable on Vertex (provider `vertex`, tools/engines/vertex.py) and on fal.

Create `POST /v1/interactions` `{model, background: true, input: [{type: "user_input", content:
[{type: "text", text}, {type: "image", data, mime_type}]}], response_format: {type: "video",
aspect_ratio, duration: "8s", resolution}}` → `{id, status}`; poll `GET /v1/interactions/{id}
?stream=false` until `status` is `completed` (the clip in `output_video`: base64 `data`, or a
`uri` for a large one) or `failed` / `cancelled` / `incomplete` (`errors[]`). Each field is what
google-genai's `client.interactions.create/get` send (the conformance tests). There is no `seed`:
google-genai refuses it in Gemini Developer API mode.

A 429 carries its wait in `error.details[].retryDelay` (RetryInfo); a 404 whose message says the
model "is no longer available" is a retired engine.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from tools.engines.base import EngineRequest, EngineResult
from tools.engines.errors import BadOutput, Refused, Retired, ServerError
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

RATIOS = ("16:9", "9:16")  # VideoResponseFormat.aspect_ratio
SECONDS = (4, 6, 8)
PENDING = {"in_progress", "queued"}
VEO_GONE = (
    "the Gemini API's Veo 3.1 preview ids were shut down on 2026-10-22; reach Veo through "
    'provider "vertex" or fal (fal-ai/veo3.1)'
)
SAFETY_WORDS = ("safety", "blocked", "responsible ai", "policy", "prohibited")


def interaction_body(model: str, request: EngineRequest) -> Json:
    """The Interactions request for one clip (image-to-video when the keyframe is given)."""
    content: list[Json] = [{"type": "text", "text": request.prompt}]
    if request.negative_prompt:
        content[0]["text"] += f"\n\nAvoid: {request.negative_prompt}"
    if request.image is not None:
        content.append(
            {"type": "image", "data": b64(request.image), "mime_type": mime_type(request.image)}
        )
    return {
        "model": model,
        "background": True,
        "input": [{"type": "user_input", "content": content}],
        "response_format": {
            "type": "video",
            "aspect_ratio": closest_ratio(request.width, request.height, RATIOS),
            "duration": f"{pick_duration(request.duration_s, SECONDS)}s",
            "resolution": "720p",
        },
    }


class GeminiEngine(HttpEngine):
    provider = "gemini"
    key_env_default = "GEMINI_API_KEY"
    default_base_url = "https://generativelanguage.googleapis.com/v1"
    cadence = Cadence(first_s=10.0, max_s=20.0)  # Google's samples poll every 10 s

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"x-goog-api-key": key}

    def _veo(self) -> bool:
        return self.spec.model.startswith("veo")

    def availability(self, env: Mapping[str, str]) -> str | None:
        return f"retired: {VEO_GONE}" if self._veo() else super().availability(env)

    async def run(self, request: EngineRequest) -> EngineResult:
        if self._veo():
            raise Retired(f"{self.spec.name}: {VEO_GONE}")
        return await super().run(request)

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        job_id, answer = await api.create(
            "/interactions", json=interaction_body(self.spec.model, request)
        )
        done = _finished(self.spec.name, answer)
        return Job(job_id, output=done) if done is not None else Job(job_id)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        answer = await api.json(
            "GET", f"/interactions/{job.id}", params={"stream": "false"}, missing=ServerError
        )
        return _finished(self.spec.name, answer)


def _finished(name: str, answer: Json) -> Output | None:
    status = answer.get("status")
    if status in PENDING or status is None:
        return None
    if status != "completed":
        errors = answer.get("errors") or []
        why = "; ".join(str(e.get("message") or e) for e in errors if isinstance(e, dict))
        why = why or str(status)
        if any(word in why.lower() for word in SAFETY_WORDS):
            raise Refused(f"{name}: refused on content policy: {why}")
        raise ServerError(f"{name}: interaction {status}: {why}")
    video = answer.get("output_video")
    if not isinstance(video, dict):
        raise BadOutput(f"{name}: the interaction finished without a video")
    metadata: dict[str, object] = {"interaction_id": answer.get("id")}
    if isinstance(answer.get("usage"), dict):
        metadata["usage"] = answer["usage"]
    if video.get("data"):
        try:
            data = base64.b64decode(str(video["data"]), validate=False)
        except (binascii.Error, ValueError):
            raise BadOutput(f"{name}: the video data is not base64") from None
        return Output(data=data, metadata=metadata)
    return Output(url=video.get("uri"), metadata=metadata)
