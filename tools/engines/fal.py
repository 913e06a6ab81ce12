"""fal.ai through its queue API (`https://queue.fal.run`, header `Authorization: Key …`).

Submit `POST /{model}` with the model's own input → `request_id` plus status and response URLs;
poll the status URL (IN_QUEUE, IN_PROGRESS, COMPLETED); fetch the result JSON from the response URL
and download the image or video it names. Inputs differ per model family, so `model_input` knows
the ones in our catalog (each checked against the model's fal page):

- Flux (`fal-ai/flux/*`, `fal-ai/flux-pro/*`): `image_size {width, height}`, `seed`, PNG output.
- Kling (`fal-ai/kling-video/*`): `image_url`, `duration` "5" | "10".
- Wan 2.2 (`fal-ai/wan/*`): `image_url`, `num_frames` 17–161 at 16 fps, `resolution`, `seed`.
- Seedance (`fal-ai/bytedance/seedance/*`): `image_url`, `duration` "2"…"12", `resolution`, `seed`.

The keyframe travels as a data URI, which fal accepts wherever it takes a URL.
"""

from __future__ import annotations

from tools.engines.base import EngineRequest
from tools.engines.errors import Refused, ServerError
from tools.engines.http import Api, Cadence, HttpEngine, Job, Json, Output, data_uri, pick_duration
from tools.engines.http import ratio_name as _ratio

KLING_SECONDS = (5, 10)
SEEDANCE_SECONDS = tuple(range(2, 13))
WAN_FPS = 16  # fal bills and renders Wan 2.2 "video seconds" at 16 frames per second


def model_input(model: str, request: EngineRequest) -> Json:
    """The input object fal's model expects, for the families our catalog uses."""
    body: Json = {"prompt": request.prompt}
    image = data_uri(request.image) if request.image else None
    if model.startswith(("fal-ai/flux", "fal-ai/flux-pro")):
        body |= {
            "image_size": {"width": request.width, "height": request.height},
            "seed": request.seed,
            "num_images": 1,
            "output_format": "png",
        }
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
            "aspect_ratio": _ratio(request.width, request.height),
            "seed": request.seed,
        }
    else:  # an unknown family from a user's catalog: the common denominator
        body |= {"seed": request.seed} | ({"image_url": image} if image else {})
    return {k: v for k, v in body.items() if v is not None}


class FalEngine(HttpEngine):
    provider = "fal"
    key_env_default = "FAL_KEY"
    base_url = "https://queue.fal.run"
    cadence = Cadence(first_s=1.0, max_s=10.0)

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Key {key}"}

    def refusal(self, body: object) -> str | None:
        # fal's model errors carry a type; content-policy ones are `content_policy_violation`.
        text = str(body)
        return text[:300] if "content_policy_violation" in text else None

    def _app(self) -> str:
        # Status and result URLs live under owner/app only: the model's subpath is dropped.
        return "/".join(self.spec.model.split("/")[:2])

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        request_id, body = await api.create(
            f"/{self.spec.model}", id_field="request_id", json=model_input(self.spec.model, request)
        )
        urls = {k: str(body[k]) for k in ("status_url", "response_url") if body.get(k)}
        return Job(request_id, urls=urls)

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        base = f"/{self._app()}/requests/{job.id}"
        status_url = job.urls.get("status_url", f"{base}/status")
        state = await api.json("GET", status_url, params={"logs": 1}, missing=ServerError)
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
        return Output(url=_media_url(result), metadata={"seed": result.get("seed")})


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
