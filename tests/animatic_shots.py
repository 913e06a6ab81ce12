"""One shot through the animatic engine the way production makes it, outside any session: the
grid test (tests/tools/test_animatic.py) and the grid bench (bench/animatic_grid.py) both judge
what this makes."""

from __future__ import annotations

from pathlib import Path

from sessions.models import RESOLUTIONS, Attempt, Shot, ToolName
from tools.engines.animatic import AnimaticEngine
from tools.routing.dispatch import engine_request
from tools.routing.request import StageRequest

GATE_WIDTH = 320  # tools.media.quality.DECODE_WIDTH: the size the gate decodes at

SUBJECTS = [  # (prompt, framing, tags): each palette, framing and subject the keyframe draws
    ("a crowded campus quad from above", "aerial", ()),
    ("a student at a library desk opening the app", "medium", ("character", "product")),
    ("the Ledgerly logo and the words 'Keep more'", "insert", ("typography",)),
    ("a cat on a porch at golden hour", "close", ("character",)),
    ("a storm-battered lighthouse at night", "wide", ("landscape", "architecture")),
    ("her hand tapping Save on a phone", "extreme-close", ("product",)),
    ("neon alley in the rain", "medium", ("character",)),
    ("a detective in a doorway, noir", "close", ("character",)),
    ("drone over a misty fjord at dawn", "aerial", ("landscape", "camera_motion")),
]


def gate_size(aspect: str) -> tuple[int, int]:
    width, height = RESOLUTIONS[aspect]
    return GATE_WIDTH, round(GATE_WIDTH * height / width / 2) * 2


async def shoot(
    engine: AnimaticEngine,
    folder: Path,
    *,
    camera: str,
    aspect: str,
    seconds: float,
    index: int,
    anchor: Path | None = None,
    size: tuple[int, int] | None = None,
) -> tuple[Path, StageRequest]:
    """Make a keyframe and its clip the way production does (stage request → engine request →
    engine), at the gate's size; returns the clip and the stage request the gate judges it by.
    With an `anchor` (the previous clip's last frame) the shot is chained, as the scheduler asks."""
    prompt, framing, tags = SUBJECTS[index % len(SUBJECTS)]
    width, height = size or gate_size(aspect)
    shot = Shot(
        id="S01",
        description=prompt,
        duration_s=seconds,
        framing=framing,
        camera=camera,
        tags=list(tags),
        seed=1009 * index + 17,
    )

    async def stage(
        tool: ToolName, name: str, image: Path | None, params: dict[str, object]
    ) -> tuple[Path, StageRequest]:
        req = StageRequest(
            session_id="grid",
            shot=shot,
            tool=tool,
            tier="draft",
            prompt=prompt,
            width=width,
            height=height,
            shot_dir=folder,
            duration_s=seconds,
            image=image,
            params=params,
        )
        attempt = Attempt(
            id=name,
            session_id="grid",
            shot_id="S01",
            tool=tool,
            stage=tool,
            engine="animatic",
            provider="animatic",
            tier="draft",
            prompt=prompt,
            prompt_sha256="",
            seed=shot.seed,
            idempotency_key=name,
            started_at="",
            output_path=str(folder / name),
        )
        result = await engine.run(engine_request(req, attempt, lambda _: None))
        return result.path, req

    keyframe, _ = await stage("generate_keyframe", "keyframe.png", None, {})
    if anchor is None:
        return await stage("animate", "clip.mp4", keyframe, {})
    chained: dict[str, object] = {
        "anchor_from": "S00",
        "keyframe": str(keyframe),
    }  # as tools/production/scheduler.py
    return await stage("animate", "clip.mp4", anchor, chained)
