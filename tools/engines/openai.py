"""OpenAI images (`https://api.openai.com/v1`, `Authorization: Bearer …`).

Keyframes: `POST /images/generations` `{model, prompt, size, quality, n: 1, output_format: "png"}`.
Inpaint: `POST /images/edits` as multipart — `image`, `mask`, `prompt`, `model`, `size`. Both
answer synchronously with `data[0].b64_json`, so there is no job to record or resume: an
interrupted call is simply made again.

Our masks are white where the shot is to be re-painted; OpenAI's are transparent there, so the
mask is converted (alpha = 255 − our mask). Model ids come from `openai.types.ImageModel`
(`gpt-image-1` was shut down on 2026-10-23). gpt-image-2 and the gpt-image-2.5 family take any
`WIDTHxHEIGHT` with both sides divisible by 16, aspect 1:3–3:1, up to 3840×2160: the shot's own
size is asked for. Other GPT image models take 1024x1024, 1536x1024 or 1024x1536: the nearest to
the shot's aspect is asked for. Either way the image is conformed afterwards.

Sora 2 (the Videos API) shut down on 2026-09-24: any video request fails as retired, whatever the
catalog says, so the router drops the engine and fails over.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping

from PIL import Image

from tools.engines.base import EngineRequest, EngineResult
from tools.engines.errors import BadOutput, Retired
from tools.engines.http import Api, Cadence, HttpEngine, Job, Output, closest_ratio
from tools.media import io as media

SIZES = ("1024:1024", "1536:1024", "1024:1536")
# "arbitrary resolutions are supported" for these (openai.types.image_generate_params, `size`).
FREE_SIZE_MODELS = ("gpt-image-2", "gpt-image-2-2026-04-21", "gpt-image-2.5-")
MAX_PIXELS = 3840 * 2160
MIN_LONG_SIDE = 1024
SORA_RETIRED = "OpenAI's Videos API (Sora 2) shut down 2026-09-24"
REFUSAL_CODES = ("moderation_blocked", "content_policy_violation")


def openai_mask(mask: Image.Image, size: tuple[int, int]) -> bytes:
    """Our white-means-edit mask as OpenAI's transparent-means-edit RGBA PNG."""
    grey = mask.convert("L").resize(size, Image.Resampling.NEAREST)
    rgba = Image.new("RGBA", size, (0, 0, 0, 255))
    rgba.putalpha(grey.point(lambda v: 0 if v >= 128 else 255))
    return _png(rgba)


def image_size(model: str, width: int, height: int) -> tuple[int, int]:
    """The size to ask `model` for, for a shot of width×height."""
    if model in FREE_SIZE_MODELS[:2] or model.startswith(FREE_SIZE_MODELS[2]):
        ratio = max(1 / 3, min(3.0, width / height))
        scale = min(1.0, (MAX_PIXELS / (width * height)) ** 0.5)
        scale = max(scale, MIN_LONG_SIDE / max(width, height))  # small shots: ask for 1024
        w = max(16, round(width * scale / 16) * 16)
        h = max(16, round(w / ratio / 16) * 16)
        return w, h
    w, h = (int(n) for n in closest_ratio(width, height, SIZES).split(":"))
    return w, h


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class OpenAIEngine(HttpEngine):
    provider = "openai"
    key_env_default = "OPENAI_API_KEY"
    default_base_url = "https://api.openai.com/v1"
    cadence = Cadence(first_s=1.0, max_s=1.0)  # synchronous API: never polled

    def _is_sora(self) -> bool:
        return self.spec.model.startswith("sora") or "animate" in self.spec.tools

    def availability(self, env: Mapping[str, str]) -> str | None:
        return f"retired: {SORA_RETIRED}" if self._is_sora() else super().availability(env)

    def refusal(self, body: object) -> str | None:
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("code") in REFUSAL_CODES:
            return str(error.get("message") or error.get("code"))
        return None

    async def run(self, request: EngineRequest) -> EngineResult:
        if self._is_sora() or request.tool == "animate":
            raise Retired(f"{self.spec.name}: {SORA_RETIRED}")
        return await super().run(request)

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        w, h = image_size(self.spec.model, request.width, request.height)
        size = f"{w}x{h}"
        if request.tool == "inpaint" and request.image is not None:
            source = media.fill_frame(media.load_image(request.image), w, h)
            files: dict[str, tuple[str, bytes, str]] = {
                "image": ("image.png", _png(source), "image/png")
            }
            if request.mask is not None:
                mask = openai_mask(media.load_image(request.mask), (w, h))
                files["mask"] = ("mask.png", mask, "image/png")
            fields = {"model": self.spec.model, "prompt": request.prompt, "size": size, "n": "1"}
            answer = await api.json("POST", "/images/edits", data=fields, files=files)
        else:
            body = {
                "model": self.spec.model,
                "prompt": request.prompt,
                "size": size,
                "quality": "high",
                "n": 1,
                "output_format": "png",
            }
            answer = await api.json("POST", "/images/generations", json=body)
        data = answer.get("data") or [{}]
        encoded = data[0].get("b64_json") if isinstance(data[0], dict) else None
        if not encoded:
            raise BadOutput(f"{self.spec.name}: no image in OpenAI's answer")
        usage = answer.get("usage") or {}
        output = Output(data=base64.b64decode(encoded), metadata={"usage": usage})
        return Job(f"openai-{answer.get('created', '')}", output=output)
