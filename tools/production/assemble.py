"""Assembly: the episode (current clips cut together), the storyboard (a contact sheet), and a
race's sheet (its proxies side by side)."""

from __future__ import annotations

import math
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageDraw

from sessions.models import Artifact, ShotPlan
from sessions.races import RaceSummary
from sessions.store import SessionStore, now
from tools.media.io import (
    MediaError,
    concat_clips,
    file_sha256,
    last_frame,
    load_image,
    write_png,
)
from tools.previs.lettering import font as lettering
from tools.production.signing import sign_assembly

THUMB_WIDTH = 320
_MARGIN = 16
_CAPTION = 46


# Called on the finished file before it takes its public name; signing unless replaced.
Seal = Callable[[Path, Sequence[Artifact]], None]


class AssemblyError(Exception):
    """The episode cannot be cut yet (e.g. a shot has no clip)."""


def current_clip(store: SessionStore, session_id: str, shot_id: str) -> Artifact | None:
    """The take the episode uses for a shot: its upscaled clip if there is one, else its clip."""
    upscaled = store.current_take(session_id, shot_id, "upscale")
    if upscaled and upscaled.path.endswith(".mp4") and not upscaled.stale:
        return upscaled
    return store.current_take(session_id, shot_id, "clip")


def assemble_episode(
    store: SessionStore, session_id: str, plan: ShotPlan, *, seal: Seal | None = None
) -> Path:
    takes: list[Artifact] = []
    missing: list[str] = []
    for shot in plan.shots:
        take = current_clip(store, session_id, shot.id)
        if take is None:
            missing.append(shot.id)
        else:
            takes.append(take)
    if missing:
        raise AssemblyError(f"no clip for {', '.join(missing)}")
    out = store.session_dir(session_id) / "episode.mp4"
    width, height = plan.resolution
    staging = _staging(out)
    concat_clips([Path(t.path) for t in takes], staging, width=width, height=height, fps=plan.fps)
    _publish(store, session_id, "episode", staging, out, takes, seal)
    return out


def render_storyboard(
    store: SessionStore, session_id: str, plan: ShotPlan, *, seal: Seal | None = None
) -> Path:
    """A contact sheet of the current keyframes with shot ids, durations and tags."""
    width, height = plan.resolution
    thumb_w = THUMB_WIDTH
    thumb_h = round(THUMB_WIDTH * height / width)
    columns = min(4, max(1, len(plan.shots)))
    rows = math.ceil(len(plan.shots) / columns)
    sheet = Image.new(
        "RGB",
        (columns * (thumb_w + _MARGIN) + _MARGIN, rows * (thumb_h + _CAPTION + _MARGIN) + _MARGIN),
        (24, 24, 28),
    )
    draw = ImageDraw.Draw(sheet)
    # The shipped font: its glyphs are known (Pillow's default has no arrow for a chained shot).
    font, small = lettering(14), lettering(12)
    keyframes: list[Artifact] = []
    for index, shot in enumerate(plan.shots):
        x = _MARGIN + (index % columns) * (thumb_w + _MARGIN)
        y = _MARGIN + (index // columns) * (thumb_h + _CAPTION + _MARGIN)
        take = store.current_take(session_id, shot.id, "keyframe")
        if take is not None and Path(take.path).exists():
            thumb = load_image(Path(take.path)).resize((thumb_w, thumb_h), Image.Resampling.LANCZOS)
            sheet.paste(thumb, (x, y))
            keyframes.append(take)
        else:
            draw.rectangle((x, y, x + thumb_w, y + thumb_h), outline=(120, 120, 120))
            draw.text((x + 8, y + 8), "no keyframe", fill=(160, 160, 160), font=small)
        chain = f"  ← {shot.chain_from}" if shot.chain_from else ""
        draw.text(
            (x, y + thumb_h + 4),
            f"{shot.id}  {shot.duration_s:g}s  {shot.framing}, {shot.camera}{chain}",
            fill=(235, 235, 235),
            font=font,
        )
        tags = ", ".join(shot.tags) or "no tags"
        draw.text((x, y + thumb_h + 24), _fit(tags, 48), fill=(170, 170, 180), font=small)
    out = store.session_dir(session_id) / "storyboard.png"
    staging = _staging(out)
    write_png(sheet, staging)
    _publish(store, session_id, "storyboard", staging, out, keyframes, seal)
    return out


def render_race_sheet(race: RaceSummary, out: Path) -> Path:
    """A race's proxies side by side, best score first: each one's still (a clip's last frame,
    where its motion ended up) captioned with engine, gate, score and cost. A proxy that made
    nothing (or cannot be read) is an empty frame with why."""
    ratio = race.height / race.width if race.width else 9 / 16
    thumb_w, thumb_h = THUMB_WIDTH, round(THUMB_WIDTH * ratio)
    shown = sorted(race.candidates, key=lambda c: -(c.score if c.score is not None else -1.0))
    columns = max(1, len(shown))
    sheet = Image.new(
        "RGB",
        (columns * (thumb_w + _MARGIN) + _MARGIN, thumb_h + _CAPTION + 2 * _MARGIN),
        (24, 24, 28),
    )
    draw = ImageDraw.Draw(sheet)
    # The shipped font: its glyphs are known (Pillow's default has no arrow for a chained shot).
    font, small = lettering(14), lettering(12)
    for index, c in enumerate(shown):
        x, y = _MARGIN + index * (thumb_w + _MARGIN), _MARGIN
        still = _still(Path(c.path)) if c.path else None
        if still is not None:
            sheet.paste(still.resize((thumb_w, thumb_h), Image.Resampling.LANCZOS), (x, y))
        else:
            draw.rectangle((x, y, x + thumb_w, y + thumb_h), outline=(120, 120, 120))
            draw.text(
                (x + 8, y + 8), _fit(c.reason or c.status, 40), fill=(160, 160, 160), font=small
            )
        verdict = {"accept": "passed", "reject": "rejected"}.get(c.gate or "", c.status)
        mark = (" · best" if c.engine == race.best else "") + (" · PICKED" if c.picked else "")
        colour = (120, 220, 140) if c.gate == "accept" else (235, 140, 120)
        draw.text((x, y + thumb_h + 4), _fit(c.engine + mark, 40), fill=(235, 235, 235), font=font)
        score = f"score {c.score:.2f}" if c.score is not None else "no score"
        draw.text(
            (x, y + thumb_h + 24),
            f"{verdict} · {score} · ${c.cost_usd:.2f}",
            fill=colour,
            font=small,
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_png(sheet, out)


def _still(path: Path) -> Image.Image | None:
    try:
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"):
            return load_image(path)
        return Image.fromarray(last_frame(path))
    except (MediaError, OSError, ValueError):
        return None


def _staging(out: Path) -> Path:
    # A dot name: never mistaken for the delivered file, and swept by crash recovery.
    return out.with_name(f".{out.stem}.assembling{out.suffix}")


def _publish(
    store: SessionStore,
    session_id: str,
    kind: str,
    staging: Path,
    out: Path,
    parts: Sequence[Artifact],
    seal: Seal | None,
) -> None:
    """Seal the finished file, give it its public name, then record it (hash of the final bytes)."""
    if seal is None:  # by default every delivered file is signed (Content Credentials)
        sign_assembly(store, session_id, staging, kind, parts)
    else:
        seal(staging, parts)
    os.replace(staging, out)
    _record(store, session_id, kind, out)


def _record(store: SessionStore, session_id: str, kind: str, path: Path) -> None:
    digest = file_sha256(path)
    store.add_artifact(
        Artifact.model_validate(
            {
                "id": f"{session_id}-{kind}-{secrets.token_hex(6)}",
                "session_id": session_id,
                "shot_id": None,
                "kind": kind,
                "path": str(path),
                "sha256": digest,
                "created": now(),
            }
        )
    )


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
