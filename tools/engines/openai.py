"""OpenAI images (`https://api.openai.com/v1`, `Authorization: Bearer …`).

Keyframes: `POST /images/generations` `{model, prompt, size, quality, n: 1, output_format: "png"}`.
Inpaint: `POST /images/edits` as multipart — `image`, `mask`, `prompt`, `model`, `size`. Both
answer synchronously with `data[0].b64_json`, so there is no job to record or resume: an
interrupted call is simply made again.

Our masks are white where the shot is to be re-painted; OpenAI's are transparent there, so the
mask is converted (alpha = 255 − our mask). Sizes are the three gpt-image-1 accepts; the nearest
to the shot's aspect is asked for and the image conformed afterwards.

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
SORA_RETIRED = "OpenAI's Videos API (Sora 2) shut down 2026-09-24"
REFUSAL_CODES = ("moderation_blocked", "content_policy_violation")


def openai_mask(mask: Image.Image, size: tuple[int, int]) -> bytes:
    """Our white-means-edit mask as OpenAI's transparent-means-edit RGBA PNG."""
    grey = mask.convert("L").resize(size, Image.Resampling.NEAREST)
    rgba = Image.new("RGBA", size, (0, 0, 0, 255))
    rgba.putalpha(grey.point(lambda v: 0 if v >= 128 else 255))
    return _png(rgba)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class OpenAIEngine(HttpEngine):
    provider = "openai"
    key_env_default = "OPENAI_API_KEY"
    base_url = "https://api.openai.com/v1"
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
        w, h = (int(n) for n in closest_ratio(request.width, request.height, SIZES).split(":"))
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
