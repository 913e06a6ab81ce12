"""The animatic engine: real PNGs and H.264 clips, decoded back with PyAV."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from sessions.models import CAMERA_MOVES, RESOLUTIONS
from tools.catalog import EngineSpec, Price
from tools.engines.animatic import (
    AnimaticEngine,
    palette_for,
    render_clip_frames,
    render_inpaint,
    render_keyframe,
    upscale_image,
)
from tools.engines.base import Engine, EngineRequest
from tools.engines.errors import BadOutput
from tools.media.io import probe, read_frames, write_png
from tools.previs.keyframe import font
from tools.previs.subjects import classify, quoted_words

SMALL = (160, 90)


def keyframe(seed: int = 1, size: tuple[int, int] = SMALL, **kw: object) -> Image.Image:
    args: dict[str, object] = {
        "prompt": "a climber on a misty fjord ridge at dawn",
        "shot_id": "S01",
        "description": "The climber reaches the ridge",
        "framing": "wide",
        "width": size[0],
        "height": size[1],
        "seed": seed,
    }
    args.update(kw)
    return render_keyframe(**args)  # type: ignore[arg-type]


def frames_of(camera: str, seed: int = 3, count: int = 12) -> list[np.ndarray]:
    return list(
        render_clip_frames(keyframe(), camera=camera, frames=count, width=160, height=90, seed=seed)
    )


# --- palette and keyframe -------------------------------------------------------------------


def test_palette_follows_the_prompts_words() -> None:
    night, dawn = palette_for("a street at night"), palette_for("fjord at dawn")
    assert sum(night.sky_top) < sum(dawn.sky_top)
    assert "stars" in night.effects
    assert palette_for("golden hour on the dunes").name.startswith("golden hour")
    assert "rain" in palette_for("neon alley in the rain").effects
    noir = palette_for("a detective, noir")
    assert all(len(set(c)) == 1 for c in (noir.sky_top, noir.ground_near, noir.subject))
    assert palette_for("a cat on a porch") == palette_for("a dog in a kitchen")  # stable default


@pytest.mark.parametrize("aspect", list(RESOLUTIONS))
def test_keyframe_matches_every_aspect_ratio(tmp_path: Path, aspect: str) -> None:
    width, height = RESOLUTIONS[aspect]
    image = keyframe(size=(width, height), framing="close", tags=("character",))
    info = probe(write_png(image, tmp_path / "k.png"))
    assert (info.kind, info.width, info.height) == ("image", width, height)


def test_keyframe_png_bytes_depend_only_on_inputs(tmp_path: Path) -> None:
    a = write_png(keyframe(seed=5), tmp_path / "a.png").read_bytes()
    b = write_png(keyframe(seed=5), tmp_path / "b.png").read_bytes()
    c = write_png(keyframe(seed=6), tmp_path / "c.png").read_bytes()
    assert a == b
    assert a != c


def test_long_descriptions_fit_on_one_line() -> None:
    # Would raise or overflow if the ellipsis logic failed; the card is still drawn.
    image = keyframe(description="word " * 200, size=(320, 180))
    assert image.size == (320, 180)


# --- camera moves ---------------------------------------------------------------------------


def motion(frames: list[np.ndarray]) -> float:
    """Mean absolute change between the first and last frame, ignoring the timecode strip."""
    first, last = frames[0][:60].astype(int), frames[-1][:60].astype(int)
    return float(np.abs(first - last).mean())


@pytest.mark.parametrize("camera", [c for c in CAMERA_MOVES if c != "static"])
def test_each_camera_move_moves(camera: str) -> None:
    frames = frames_of(camera)
    assert len(frames) == 12 and frames[0].shape == (90, 160, 3)
    assert motion(frames) > 2 * motion(frames_of("static"))


def test_static_barely_moves() -> None:
    assert motion(frames_of("static")) < 3


def test_clip_frames_are_deterministic() -> None:
    a, b, c = frames_of("handheld", seed=4), frames_of("handheld", seed=4), frames_of("handheld", 5)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))


def test_unknown_camera_move_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown camera move"):
        frames_of("whip-zoom")


# --- inpaint and upscale --------------------------------------------------------------------


def test_inpaint_changes_only_the_masked_region() -> None:
    source = keyframe(seed=1, size=(200, 120))
    mask = Image.new("L", source.size, 0)
    ImageDraw.Draw(mask).rectangle((120, 20, 190, 100), fill=255)
    painted = np.asarray(render_inpaint(source, mask, prompt="neon night", seed=9)).astype(int)
    before = np.asarray(source).astype(int)
    inside = np.asarray(mask) > 0
    assert np.array_equal(painted[~inside], before[~inside])
    assert np.abs(painted[inside] - before[inside]).mean() > 10


def test_inpaint_without_mask_repaints_the_centre() -> None:
    source = keyframe(seed=1, size=(200, 120))
    painted = np.asarray(render_inpaint(source, None, prompt="neon night", seed=9))
    before = np.asarray(source)
    assert np.array_equal(painted[:20], before[:20])  # top band untouched
    assert not np.array_equal(painted[50:70, 90:110], before[50:70, 90:110])


def sharpness(image: Image.Image) -> float:
    edges = image.convert("L").filter(ImageFilter.FIND_EDGES)
    return float(np.asarray(edges, dtype=float).var())


def test_upscale_hits_the_size_and_is_sharper_than_a_plain_resize() -> None:
    small = keyframe(size=(160, 90))
    up = upscale_image(small, 320, 180)
    plain = small.resize((320, 180), Image.Resampling.BILINEAR)
    assert up.size == (320, 180)
    assert sharpness(up) > sharpness(plain)


# --- the engine end to end ------------------------------------------------------------------


@pytest.fixture
def engine() -> AnimaticEngine:
    spec = EngineSpec(
        name="animatic",
        provider="animatic",
        tools=("generate_keyframe", "animate", "inpaint", "upscale"),
        tiers=("draft",),
        price=Price(per_second=0.0),
    )
    return AnimaticEngine(spec)


def request(tmp_path: Path, tool: str, name: str, **kw: object) -> EngineRequest:
    args: dict[str, object] = {
        "tool": tool,
        "shot_id": "S02",
        "prompt": "hands gripping the rope, golden hour",
        "seed": 42,
        "width": 128,
        "height": 72,
        "aspect_ratio": "16:9",
        "out_path": tmp_path / name,
        "idempotency_key": f"key-{name}",
    }
    args.update(kw)
    return EngineRequest(**args)  # type: ignore[arg-type]


def test_engine_satisfies_the_protocol(engine: AnimaticEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.availability({}) is None


async def test_engine_runs_every_tool(engine: AnimaticEngine, tmp_path: Path) -> None:
    key = await engine.run(request(tmp_path, "generate_keyframe", "k.png", framing="close"))
    assert key.cost_usd == 0.0 and key.model_version == "animatic-1"
    assert probe(key.path).width == 128

    clip = await engine.run(
        request(tmp_path, "animate", "c.mp4", image=key.path, duration_s=0.5, camera="push-in")
    )
    with av.open(str(clip.path)) as container:
        stream = container.streams.video[0]
        count = sum(1 for _ in container.decode(stream))
        assert stream.duration is not None
        assert Fraction(stream.duration) * stream.time_base == Fraction(12, 24)
        assert (count, stream.width, stream.height, stream.codec_context.name) == (
            12,
            128,
            72,
            "h264",
        )

    mask = Image.new("L", (128, 72), 0)
    ImageDraw.Draw(mask).ellipse((40, 10, 90, 60), fill=255)
    mask_path = write_png(mask.convert("RGB"), tmp_path / "mask.png")
    fixed = await engine.run(request(tmp_path, "inpaint", "i.png", image=key.path, mask=mask_path))
    assert probe(fixed.path).kind == "image"

    still = await engine.run(
        request(tmp_path, "upscale", "u.png", image=key.path, width=256, height=144)
    )
    assert (probe(still.path).width, probe(still.path).height) == (256, 144)
    moving = await engine.run(
        request(tmp_path, "upscale", "u.mp4", image=clip.path, width=256, height=144)
    )
    info = probe(moving.path)
    assert (info.kind, info.width, info.height, info.frames) == ("video", 256, 144, 12)


async def test_animate_without_an_image_renders_a_keyframe_first(
    engine: AnimaticEngine, tmp_path: Path
) -> None:
    def run_once(name: str) -> EngineRequest:
        return request(tmp_path, "animate", name, duration_s=0.25, camera="orbit")

    a, b = await engine.run(run_once("a.mp4")), await engine.run(run_once("b.mp4"))
    assert probe(a.path).frames == 6
    assert all(
        np.array_equal(x, y) for x, y in zip(read_frames(a.path), read_frames(b.path), strict=True)
    )


async def test_engine_maps_bad_inputs_to_bad_output(engine: AnimaticEngine, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"not a picture")
    with pytest.raises(BadOutput):
        await engine.run(request(tmp_path, "inpaint", "x.png", image=garbage))
    with pytest.raises(BadOutput):
        await engine.run(request(tmp_path, "animate", "x.mp4"))  # no duration
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "x.mp4").exists()


# --- what the card is about -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "framing", "tags", "kind"),
    [
        ("Steam rising from a flat white", "close", ("physics", "product"), "liquid"),
        ("Water droplets running down a leaf after rain", "extreme-close", ("physics",), "liquid"),
        ("A close-up of her hand tapping the screen", "close", ("human_motion",), "hands"),
        ("The SUV splashes through a puddle", "medium", ("physics", "product"), "vehicle"),
        ("A golden retriever bounds across a park", "wide", ("landscape",), "animal"),
        ("The glass of iced matcha on a marble counter", "close", ("product",), "product"),
        ("A woman at a modern desk", "medium", ("character",), "person"),
        ("Drone flyover of a fjord at dawn", "aerial", ("landscape", "camera_motion"), "landscape"),
        ('End on the logo and "Go further"', "insert", ("typography",), "text"),
    ],
)
def test_the_subject_class_follows_the_shot(
    description: str, framing: str, tags: tuple[str, ...], kind: str
) -> None:
    assert classify(description, description, tags, framing).kind == kind


def test_steam_is_never_a_head_and_a_cafe_product_is_not_a_building() -> None:
    steam = classify("", "Steam rising from a cup of coffee", ("physics",), "close")
    assert (steam.kind, steam.liquid) == ("liquid", "steam")
    cafe = classify("", "Our café's iced matcha on the counter", ("product",), "close")
    assert cafe.kind == "product"


@pytest.mark.parametrize(
    ("description", "interior"),
    [
        ("A woman at a desk in a sunny co-working office", True),
        ("The open-plan kitchen with a marble island", True),
        ("A cyclist weaves through morning traffic on the street", False),
        ("Waves crash on the rocks", False),
    ],
)
def test_interior_or_exterior(description: str, interior: bool) -> None:
    assert classify(description, description, (), "wide").interior is interior


def test_a_title_card_draws_its_own_words() -> None:
    def card(words: str) -> np.ndarray:
        image = keyframe(
            description=f'End on "{words}"', framing="insert", tags=("typography",), size=(640, 360)
        )
        return np.asarray(image)[150:210, 100:540].astype(int)

    a, b = card("Go further"), card("Keep more of what you make")
    assert np.abs(a - b).mean() > 5  # different words, different pixels in the band
    assert quoted_words('the logo with the words "Keep more"') == "Keep more"
    assert quoted_words("End on the Terra logo") == "Terra"


def test_the_font_has_accented_latin_letters() -> None:
    slate = font(40)
    missing = slate.getmask("\U000e0001").getbbox()  # a code point no font here draws
    for letter in "ûéàçñöøßœłÉÎ€…":
        assert slate.getmask(letter).getbbox() != missing, letter
    assert "Slate Sans" in " ".join(slate.getname())


@pytest.mark.parametrize(
    "description",
    [
        "Steam rising from a flat white",
        "Water droplets running down a leaf",
        "Hands open the box",
        "The SUV on a coastal road",
        "A dog runs on the beach",
        "The bottle on wet stone",
        "A kitchen at night, a woman cooks",
    ],
)
def test_every_subject_class_renders(description: str) -> None:
    image = keyframe(description=description, framing="close", tags=("physics", "product"))
    assert image.size == SMALL
