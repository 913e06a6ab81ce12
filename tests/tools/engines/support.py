"""Replaying the provider cassettes: fake keys, real media, and a capture of what was sent.

Cassettes (tests/cassettes/<provider>/*.yaml) are written by hand to the shapes in PROVIDERS.md.
Media bodies are placeholders (`@@clip.mp4`, `@@keyframe.png`, `@@keyframe.b64` inside JSON) that
are swapped at playback for real files rendered once per test session, so the committed cassettes
stay small and readable while every download is a file that truly decodes.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import vcr
from vcr.request import Request

from tools.engines.animatic import render_clip_frames, render_keyframe
from tools.media import io as media

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"

# Shaped like real keys so the hygiene scan would catch them if they ever leaked.
FAKE_KEYS = {
    "FAL_KEY": "fal-test-key-1234567890abcdef",
    "REPLICATE_API_TOKEN": "r8_test-token-1234567890abcdef",
    "RUNWAYML_API_SECRET": "key_runwaytest1234567890abcdef",
    "LUMAAI_API_KEY": "luma-test-key-1234567890abcdef",
    "OPENAI_API_KEY": "sk-test-1234567890abcdef",
    "GEMINI_API_KEY": "AIzaTestKey1234567890abcdef",
}
KEY_HEADERS = ("authorization", "x-goog-api-key", "x-api-key", "x-key")


def render_media(folder: Path) -> dict[str, bytes]:
    """A real keyframe PNG and a 10-second H.264 clip (long enough for any model's rounding)."""
    folder.mkdir(parents=True, exist_ok=True)
    still = render_keyframe(
        prompt="a lighthouse at dawn over a calm sea",
        shot_id="S01",
        description="lighthouse",
        framing="wide",
        width=320,
        height=180,
        seed=3,
        tags=(),
    )
    media.write_png(still, folder / "keyframe.png")
    frames = render_clip_frames(still, camera="push-in", frames=240, width=320, height=180, seed=3)
    media.encode_clip(frames, folder / "clip.mp4", width=320, height=180, fps=24)
    png = (folder / "keyframe.png").read_bytes()
    return {
        "@@keyframe.png": png,
        "@@clip.mp4": (folder / "clip.mp4").read_bytes(),
        "@@truncated.png": png[: len(png) // 3],
        "@@keyframe.b64": base64.b64encode(png),
        "@@clip.b64": base64.b64encode((folder / "clip.mp4").read_bytes()),
    }


@dataclass
class Sent:
    """One request as the adapter sent it, with every key header's value redacted."""

    method: str
    uri: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Recording(httpx.AsyncHTTPTransport):
    """Notes each request, then hands it on (vcrpy patches this class, so it replays)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Sent] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = {
            k.lower(): ("<REDACTED>" if k.lower() in KEY_HEADERS else v)
            for k, v in request.headers.items()
        }
        self.sent.append(Sent(request.method, str(request.url), headers, body))
        return await super().handle_async_request(request)


@contextmanager
def replay(
    provider: str, name: str, media_bodies: dict[str, bytes], *, repeats: bool = False
) -> Iterator[Recording]:
    """Play one cassette; no real request can happen (`record_mode="none"`). Yields a transport
    to give the engine, which records what was sent. `repeats` replays answers for concurrent
    shots that ask the same thing."""

    def swap_media(request: Request, response: dict[str, Any]) -> tuple[Request, dict[str, Any]]:
        body = response["body"]["string"]
        text = body.decode() if isinstance(body, bytes) else body
        if text in media_bodies:
            response["body"]["string"] = media_bodies[text]
        elif "@@keyframe.b64" in text or "@@clip.b64" in text:
            for name in ("@@keyframe.b64", "@@clip.b64"):
                text = text.replace(name, media_bodies[name].decode())
            response["body"]["string"] = text.encode()
        return request, response

    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES / provider),
        record_mode="none",
        filter_headers=[(h, "<REDACTED>") for h in KEY_HEADERS],
        after_load_interaction=swap_media,
    )
    with recorder.use_cassette(f"{name}.yaml", allow_playback_repeats=repeats):
        yield Recording()
