"""The animatic engine: shotcaller's embedded, offline default ("animatic" provider).

It needs no key and no network and renders real previs: keyframe cards with framing guides and a
palette read from the prompt, camera moves rendered to H.264 over a silent audio track, masked
re-render for inpaint, and Lanczos-plus-sharpening for upscale (which keeps a clip's sound). Same inputs and seed give the same PNG bytes and the same
decoded clip frames. The drawing lives in tools/previs (pure functions); this module adds inpaint
and upscale and maps engine requests onto files.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sessions.models import frames_for
from tools.engines.base import CastSubject, EngineRequest, EngineResult
from tools.engines.errors import BadOutput
from tools.media import audio as sound
from tools.media import io as media
from tools.previs.camera import render_clip_frames
from tools.previs.identity import draw_front, identity_for, turn
from tools.previs.keyframe import paint_scene, render_keyframe
from tools.previs.palette import Palette, palette_for

if TYPE_CHECKING:
    from tools.catalog import EngineSpec

__all__ = [
    "AnimaticEngine",
    "Palette",
    "palette_for",
    "render_clip_frames",
    "render_inpaint",
    "render_keyframe",
    "upscale_image",
]

MODEL_VERSION = "animatic-1"


def render_inpaint(
    image: Image.Image, mask: Image.Image | None, *, prompt: str, seed: int
) -> Image.Image:
    """Re-paint the masked (white) region for `prompt`; every pixel outside it stays as it was.

    Without a mask the centre of frame (the middle half each way) is re-painted. The mask's edge is
    feathered inwards only, so the new paint blends in without touching the kept pixels.
    """
    base = image.convert("RGB")
    w, h = base.size
    if mask is None:
        region = Image.new("L", (w, h), 0)
        ImageDraw.Draw(region).rectangle((w // 4, h // 4, w * 3 // 4, h * 3 // 4), fill=255)
    else:
        region = mask.convert("L").resize((w, h), Image.Resampling.NEAREST)
        region = region.point(lambda v: 255 if v >= 128 else 0)
    feather = max(1.0, min(w, h) / 120)
    soft = np.minimum(
        np.asarray(region.filter(ImageFilter.GaussianBlur(feather)), dtype=np.uint16) * 2,
        np.asarray(region, dtype=np.uint16),
    ).astype(np.uint8)  # blur, then clip to the hard mask: inward feather only
    patch = paint_scene(palette_for(prompt), framing="medium", width=w, height=h, seed=seed)
    return Image.composite(patch, base, Image.fromarray(soft))


def upscale_image(image: Image.Image, width: int, height: int) -> Image.Image:
    """Lanczos resample to width×height, then an unsharp mask to restore edge contrast."""
    resized = image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
    return resized.filter(ImageFilter.UnsharpMask(radius=1.6, percent=70, threshold=2))


class AnimaticEngine:
    """Offline previs for every tool. Always available; costs nothing."""

    def __init__(self, spec: EngineSpec, **context: object) -> None:
        self.spec = spec  # no key, no network: the environment and transport are not needed

    def availability(self, env: Mapping[str, str]) -> str | None:
        return None  # embedded: no key, no network

    async def run(self, request: EngineRequest) -> EngineResult:
        """Render the requested stage to `request.out_path` on a worker thread."""
        try:
            metadata = await asyncio.to_thread(self._render, request)
        except media.MediaError as exc:
            raise BadOutput(f"animatic: {exc}") from None
        except ValueError as exc:
            raise BadOutput(f"animatic: cannot render {request.tool}: {exc}") from None
        return EngineResult(
            path=request.out_path,
            model_version=self.spec.model or MODEL_VERSION,
            cost_usd=0.0,
            metadata=metadata,
        )

    def _render(self, request: EngineRequest) -> dict[str, object]:
        if request.tool == "generate_keyframe":
            media.write_png(self._keyframe(request), request.out_path)
            return {"width": request.width, "height": request.height}
        if request.tool == "animate":
            return self._animate(request)
        if request.tool == "inpaint":
            source = media.load_image(_required(request.image, "inpaint needs an image"))
            mask = media.load_image(request.mask).convert("L") if request.mask else None
            painted = render_inpaint(source, mask, prompt=request.prompt, seed=request.seed)
            media.write_png(painted, request.out_path)
            return {"width": painted.width, "height": painted.height, "masked": mask is not None}
        if request.tool == "upscale":
            return self._upscale(request)
        raise ValueError(f"unknown tool {request.tool!r}")

    def _keyframe(self, request: EngineRequest) -> Image.Image:
        view = request.extra.get("sheet_view")
        if isinstance(view, str) and request.cast:
            return sheet_view(request.cast[0], view, request.width, request.height)
        return render_keyframe(
            prompt=request.prompt,
            shot_id=request.shot_id,
            description=request.description,
            framing=request.framing,
            width=request.width,
            height=request.height,
            seed=request.seed,
            tags=request.tags,
            cast=[(m.kind, m.references[0].path) for m in request.cast if m.references],
        )

    def _animate(self, request: EngineRequest) -> dict[str, object]:
        if request.duration_s is None or request.duration_s <= 0:
            raise ValueError("animate needs a positive duration_s")
        frames = frames_for(request.duration_s, request.fps)
        if frames < 1:
            raise ValueError(f"{request.duration_s} s is shorter than one frame")
        keyframe = media.load_image(request.image) if request.image else self._keyframe(request)
        anchor = None
        own_keyframe = request.extra.get("keyframe")
        if request.extra.get("anchor_from") and isinstance(own_keyframe, str):
            # A chained shot: `image` is the previous clip's last frame, `keyframe` this shot's own.
            anchor, keyframe = keyframe, media.load_image(Path(own_keyframe))
        clip = render_clip_frames(
            keyframe,
            camera=request.camera,
            frames=frames,
            width=request.width,
            height=request.height,
            seed=request.seed,
            anchor=anchor,
        )
        media.encode_clip(
            clip,
            request.out_path,
            width=request.width,
            height=request.height,
            fps=request.fps,
            audio=guide_track(frames, request.fps),
        )
        return {"frames": frames, "fps": request.fps, "camera": request.camera, "audio": "silence"}

    def _upscale(self, request: EngineRequest) -> dict[str, object]:
        source = _required(request.image, "upscale needs an image or a clip")
        size = (request.width, request.height)
        info = media.probe(source)
        if info.kind == "image":
            media.write_png(upscale_image(media.load_image(source), *size), request.out_path)
            return {"width": size[0], "height": size[1], "kind": "image"}

        def frames() -> Iterator[Image.Image]:
            for frame in media.read_frames(source):
                yield upscale_image(Image.fromarray(frame), *size)

        fps = round(info.fps) or request.fps
        kept = media.read_audio(source) if info.has_audio else None  # an upscale keeps the sound
        media.encode_clip(
            frames(), request.out_path, width=size[0], height=size[1], fps=fps, audio=kept
        )
        return {"width": size[0], "height": size[1], "kind": "video", "frames": info.frames}


def sheet_view(member: CastSubject, view: str, width: int, height: int) -> Image.Image:
    """One view of a member's character sheet: the front from its words, any other view made from
    the front view it was given (its first reference)."""
    if view == "front" or not member.references:
        return draw_front(identity_for(member.name, member.kind, member.description), width, height)
    front = media.load_image(member.references[0].path)
    return turn(front.resize((width, height)) if front.size != (width, height) else front, view)


def guide_track(frames: int, fps: int) -> np.ndarray:
    """The animatic's sound: silence as long as the picture. A previs has nothing to say, but a
    clip with an audio stream gives the episode and the editor's timeline their audio track from
    the first draft, so sound from a real engine later drops into a track that already exists."""
    return sound.silence(sound.samples_for(frames, fps))


def _required(path: Path | None, message: str) -> Path:
    if path is None:
        raise ValueError(message)
    return path
