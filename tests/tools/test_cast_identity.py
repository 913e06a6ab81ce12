"""A cast that stays itself: references on the plan, sheets, routing, the reference check, provenance.

Real SQLite in the temp data home, the real animatic and simulated engines, real C2PA manifests.
"""

from __future__ import annotations

import json
from pathlib import Path

import c2pa
import numpy as np
import pytest
from PIL import Image, ImageDraw

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.provenance import provenance_record
from sessions.store import SessionStore, open_store
from tests.tools.measure_cast import measure, summary
from tools.catalog import load_catalog, parse_catalog
from tools.media.references import COLOUR_MIN
from tools.routing.rank import CastNeeds, rank_engines
from tools.service import ProductionService, ServiceError

BRIEF = (
    "A 15 second spot. Maya, a young woman in a yellow raincoat, walks through the rain. "
    "Maya stops at a café window. Maya smiles at the camera."
)


def photo(path: Path, outfit: tuple[int, int, int] = (230, 190, 30)) -> Path:
    """A stand-in for the person's photo of Maya: a figure on a light wall."""
    image = Image.new("RGB", (300, 400), (240, 240, 238))
    draw = ImageDraw.Draw(image)
    draw.ellipse((120, 40, 180, 110), fill=(230, 190, 160))
    draw.rectangle((100, 110, 200, 330), fill=outfit)
    draw.rectangle((110, 330, 190, 390), fill=(40, 40, 60))
    image.save(path)
    return path


def approved_session(store: SessionStore, service: ProductionService) -> str:
    brief = parse_brief(BRIEF)
    info = service.create_session(brief)
    plan = plan_from_brief(brief)
    approval = service.propose_plan(info.id, plan, actor="person")
    service._approve_plan(approval, "person")
    return info.id


async def produce(service: ProductionService, session_id: str) -> None:
    approval = service.request_production(session_id, actor="person")
    assert approval is not None
    await service.approve(approval.id, by="--yes")


def test_the_animatic_keeps_each_member_identical_across_shots(tmp_path: Path) -> None:
    rows = measure(tmp_path)
    table = summary(rows)
    kept = [r for r in rows if r.member != "Lumo"]  # characters and products
    assert min(r.same for r in rows) >= 0.7  # never rejected as off-model in its own shots
    assert min(r.same for r in kept) > COLOUR_MIN + 0.3
    assert max(r.drift for r in kept) < COLOUR_MIN - 0.1  # the drift fault always caught
    assert table["same"][1] >= 0.85
    # The member is the same pixels in every shot: its score varies only with scale and scene.
    for name in ("Maya", "Kael", "Glow"):
        scores = [r.same for r in rows if r.member == name]
        assert max(scores) - min(scores) < 0.2, name


async def test_a_reference_goes_into_every_keyframe_of_its_member(tmp_path: Path) -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {"SHOTCALLER_OPERATOR": "dana"})
    sid = approved_session(store, service)
    plan = service._plan(sid)
    maya = plan.member("maya")
    assert maya is not None and maya.shots == ["S01", "S02", "S03"]
    before = plan.version
    plan, ref = service.set_cast_reference(sid, "Maya", photo(tmp_path / "maya.png"))
    assert plan.version == before + 1 and plan.approved  # the person's change keeps it approved
    assert ref.added_by == "dana" and ref.original == "maya.png" and ref.source == "operator"
    stored = store.session_dir(sid) / ref.path
    assert stored.is_file() and ref.sha256 in {
        __import__("hashlib").sha256(stored.read_bytes()).hexdigest()
    }
    await produce(service, sid)
    keyframes = [a for a in store.attempts(sid) if a.tool == "generate_keyframe"]
    assert {a.shot_id for a in keyframes} == {"S01", "S02", "S03"}
    for attempt in keyframes:
        assert attempt.params["references_sent"] is True
        assert [r["sha256"] for r in attempt.params["references"]] == [ref.sha256]
        assert attempt.quality_metrics["ref_colour:Maya"] >= COLOUR_MIN
    clips = [a for a in store.attempts(sid) if a.tool == "animate"]
    assert all(a.params["references_sent"] is False for a in clips)
    assert all("none were sent" in str(a.params["references_note"]) for a in clips)
    # Provenance: the reference is an input to each keyframe take, in the manifest and the JSON.
    take = store.current_take(sid, "S02", "keyframe")
    assert take is not None
    with Path(take.path).open("rb") as f, c2pa.Reader("image/png", f) as reader:
        store_json = json.loads(reader.json())
    manifest = store_json["manifests"][store_json["active_manifest"]]
    inputs = [i for i in manifest["ingredients"] if i["relationship"] == "inputTo"]
    assert [i["title"] for i in inputs] == [stored.name]
    ours = next(
        a["data"] for a in manifest["assertions"] if a["label"] == "com.shotcaller.provenance"
    )
    assert ours["references"][0]["sha256"] == ref.sha256
    record = provenance_record(store, sid)
    entry = next(r for r in record["references"] if r["sha256"] == ref.sha256)
    assert entry["added_by"] == "dana" and entry["member"] == "Maya"
    kept = {
        a.id
        for a in store.artifacts(sid)
        if a.kind == "keyframe" and a.shot_id in ("S01", "S02", "S03")
    }
    assert set(entry["inputTo"]) == kept


async def test_a_new_reference_makes_the_members_keyframes_stale(tmp_path: Path) -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    await produce(service, sid)
    service.set_cast_reference(sid, "Maya", photo(tmp_path / "maya.png"))
    stale = {
        a.shot_id
        for a in store.artifacts(sid, current_only=True)
        if a.stale and a.kind == "keyframe"
    }
    assert stale == {"S01", "S02", "S03"}
    approval = service.request_production(sid, actor="person")
    assert (
        approval is not None
        and {w.shot_id for w in approval.work if w.tool == "generate_keyframe"} == stale
    )


@pytest.mark.parametrize("given", ["missing.png", "notes.txt"])
def test_a_path_that_is_not_an_image_is_one_line(tmp_path: Path, given: str) -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    if given.endswith(".txt"):
        (tmp_path / given).write_text("not a picture")
    with pytest.raises(ServiceError) as caught:
        service.set_cast_reference(sid, "Maya", tmp_path / given)
    message = str(caught.value)
    assert "\n" not in message and given in message
    assert "does not exist" in message or "not an image" in message
    assert service._plan(sid).member("Maya").references == []  # type: ignore[union-attr]


def test_an_svg_logo_is_rasterised_for_the_brand(tmp_path: Path) -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        '<rect x="10" y="10" width="180" height="80" fill="#1e50c8"/></svg>'
    )
    plan, ref = service.set_cast_reference(sid, "Lumo", svg, kind="brand")
    member = plan.member("Lumo")
    assert member is not None and member.kind == "brand"
    with Image.open(store.session_dir(sid) / ref.path) as stored:
        assert stored.format == "PNG" and stored.width == 1024
    assert ref.original == "logo.svg"


async def test_a_sheet_is_made_approved_and_reused() -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    approval = service.request_reference_sheet(sid, "Maya")
    assert approval.verb == "make_reference" and approval.status == "pending"
    assert [w.shot_id for w in approval.work] == [
        "cast:maya:front", "cast:maya:three-quarter", "cast:maya:profile", "cast:maya:back",
    ]  # fmt: skip
    assert "sheet" in approval.summary and service.pending(sid)
    outcome = await service.approve(approval.id)
    assert "4 of 4 views made" in outcome.message
    maya = service._plan(sid).member("Maya")
    assert maya is not None and [r.approved for r in maya.references] == [False] * 4
    assert maya.approved_references == []  # not used before the person says yes
    sheet = store.attempts(sid)
    front = next(a for a in sheet if a.shot_id == "cast:maya:front")
    profile = next(a for a in sheet if a.shot_id == "cast:maya:profile")
    assert "references" not in front.params  # the front view is made from words
    assert profile.params["references"][0]["view"] == "front"  # the others from the front
    service.approve_sheet(sid, "Maya")
    maya = service._plan(sid).member("Maya")
    assert maya is not None and len(maya.approved_references) == 4
    await produce(service, sid)
    keyframe = next(a for a in store.attempts(sid, "S01") if a.tool == "generate_keyframe")
    front_ref = maya.references[0]
    assert keyframe.params["references"][0]["sha256"] == front_ref.sha256
    assert len(keyframe.params["references"]) == 3  # the animatic takes three views
    assert keyframe.quality_metrics["ref_colour:Maya"] > 0.8


def test_only_the_person_approves_a_sheet() -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    with pytest.raises(ServiceError):
        service.approve_sheet(sid, "Maya", actor="model")
    with pytest.raises(ServiceError, match="no sheet waiting"):
        service.approve_sheet(sid, "Maya")


DRIFT_CATALOG = """
version = "drift-test"
[guardrails]
max_attempts_per_stage = 3
[[engine]]
name = "sim-drift"
provider = "simulated"
tools = ["generate_keyframe"]
tiers = ["draft"]
strengths = ["character"]
price = { per_image = 0.0 }
references = { images = 3 }
[engine.faults]
drift = 1.0
[[engine]]
name = "animatic"
provider = "animatic"
tools = ["generate_keyframe", "animate", "inpaint", "upscale"]
tiers = ["draft"]
price = { per_second = 0.0 }
references = { images = 3, tools = ["generate_keyframe"] }
"""


async def test_a_drifting_engine_is_rejected_against_the_reference_and_failed_over(
    tmp_path: Path,
) -> None:
    store = open_store()
    service = ProductionService(store, parse_catalog(DRIFT_CATALOG), {})
    sid = approved_session(store, service)
    service.set_cast_reference(sid, "Maya", photo(tmp_path / "maya.png"))
    await produce(service, sid)
    attempts = [a for a in store.attempts(sid, "S01") if a.tool == "generate_keyframe"]
    assert [(a.engine, a.status) for a in attempts] == [
        ("sim-drift", "rejected"),
        ("animatic", "succeeded"),
    ]
    drifted, kept = attempts
    assert "Maya drifted from the reference" in (drifted.gate_reason or "")
    assert drifted.quality_metrics["ref_colour:Maya"] < COLOUR_MIN
    assert kept.failover_from == drifted.id
    assert kept.quality_metrics["ref_colour:Maya"] >= COLOUR_MIN


def test_routing_prefers_engines_that_take_the_references() -> None:
    catalog = load_catalog()

    def names(needs: CastNeeds | None, tier: str = "delivery") -> list[str]:
        return rank_engines(
            catalog, "generate_keyframe", ["character"], tier,  # type: ignore[arg-type]
            duration_s=None, width=1280, height=720, cast=needs,
        ).names  # fmt: skip

    plain = names(None)
    # an edit model and Gen-4 Image Turbo need a picture to work from
    assert "flux-kontext" not in plain and "runway-gen4-image-turbo" not in plain
    pictures = names(CastNeeds(((True, False),)))
    takes = {"runway-gen4-image", "runway-gen4-image-turbo", "luma-photon", "flux-kontext"}
    assert set(pictures[:4]) == takes  # every engine that takes the picture goes first
    assert set(pictures[4:]) == set(plain) - takes  # the rest stay, after them
    lora = names(CastNeeds(((False, True),)))
    assert lora[0] == "flux-lora"
    routing = rank_engines(
        catalog, "generate_keyframe", ["character"], "delivery",
        duration_s=None, width=1280, height=720, cast=CastNeeds(((True, False),)),
    )  # fmt: skip
    last = routing.ranked[-1]
    assert "takes no references of the cast" in routing.reason_for(last, len(routing.ranked) - 1)


def test_check_character_compares_against_the_reference(tmp_path: Path) -> None:
    from tools.media.continuity import check_character
    from tools.media.references import read_reference, signature
    from tools.previs.keyframe import render_keyframe

    ref = photo(tmp_path / "maya.png")
    off = photo(tmp_path / "off.png", outfit=(40, 90, 200))
    sig = signature(read_reference(ref))

    def keyframe(cast: Path, seed: int) -> np.ndarray:
        image = render_keyframe(
            prompt="rainy street", shot_id="S01", description="Maya walks", framing="medium",
            width=640, height=360, seed=seed, tags=("character",), cast=[("character", cast)],
        )  # fmt: skip
        return np.asarray(image)

    # Both shots agree with each other, yet the first is already off its reference.
    frames = {"S01": keyframe(off, 1), "S02": keyframe(off, 2)}
    results = check_character(frames, name="Maya", reference=sig)
    against = [r for r in results if r.shot_a == "reference:Maya"]
    assert [r.shot_b for r in against] == ["S01", "S02"]
    assert not any(r.passed for r in against)
    assert "drifted from the reference" in against[0].reasons[0]
    good = check_character({"S01": keyframe(ref, 1)}, name="Maya", reference=sig)
    assert good[0].passed


def test_shot_to_shot_drift_looks_where_the_reference_found_the_member(tmp_path: Path) -> None:
    """The same member drawn wide and close stands in different parts of the frame: the centre of
    frame tells them apart (ΔE over the threshold), the member found by its reference does not."""
    from tools.media.continuity import CHARACTER_DELTA_E, check_character
    from tools.media.references import read_reference, signature
    from tools.previs.keyframe import render_keyframe

    ref = photo(tmp_path / "maya.png")
    sig = signature(read_reference(ref))

    def keyframe(framing: str, seed: int) -> np.ndarray:
        image = render_keyframe(
            prompt="rainy street", shot_id="S01", description="Maya walks", framing=framing,
            width=640, height=360, seed=seed, tags=("character",), cast=[("character", ref)],
        )  # fmt: skip
        return np.asarray(image)

    frames = {"S01": keyframe("wide", 1), "S02": keyframe("close", 2), "S03": keyframe("medium", 3)}
    between = [r for r in check_character(frames, name="Maya", reference=sig) if r.shot_a == "S01"]
    assert [r.shot_b for r in between] == ["S02", "S03"]
    assert all(r.passed and r.metrics["delta_e"] < CHARACTER_DELTA_E for r in between), between


def _silhouette_columns(picture: np.ndarray, prompt: str) -> float:
    """The share of a picture's columns that a scene silhouette fills a quarter of: a drawn
    figure (the scene's subject colour), never the member's cut-out (its own colours)."""
    from tools.previs.palette import palette_for

    colour = np.asarray(palette_for(prompt).subject, dtype=int)
    near = np.abs(picture.astype(int) - colour).sum(axis=-1) < 40
    return float((near.mean(axis=0) > 0.25).mean())


async def test_a_member_with_a_reference_is_one_figure_on_the_storyboard(tmp_path: Path) -> None:
    """The member's cut-out stands where the shot's person stands: the storyboard (decoded back)
    shows no second, silhouetted figure beside it."""
    from tools.production.assemble import _MARGIN, THUMB_WIDTH

    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    sid = approved_session(store, service)
    service.set_cast_reference(sid, "Maya", photo(tmp_path / "maya.png"))
    await produce(service, sid)
    sheet = np.asarray(Image.open(service.assemble(sid, actor="person")["storyboard"]))
    plan = service._plan(sid)
    width, height = plan.resolution
    thumb_h = round(THUMB_WIDTH * height / width)
    prompts = {a.shot_id: a.prompt for a in store.attempts(sid) if a.tool == "generate_keyframe"}
    people = [s for s in plan.shots if s.framing in ("medium", "close")]
    assert people, [s.framing for s in plan.shots]
    for shot in people:
        index = plan.shots.index(shot)
        x = _MARGIN + index * (THUMB_WIDTH + _MARGIN)  # three shots: one row
        y = _MARGIN
        thumb = sheet[y : y + thumb_h, x : x + THUMB_WIDTH, :3]
        assert _silhouette_columns(thumb, prompts[shot.id]) < 0.04, shot.id


@pytest.mark.parametrize("framing", ["medium", "close"])
@pytest.mark.parametrize("seed", [1, 2, 5])
def test_a_keyframe_with_its_member_draws_no_second_figure(
    tmp_path: Path, framing: str, seed: int
) -> None:
    from tools.media.io import write_png
    from tools.previs.keyframe import render_keyframe

    ref = photo(tmp_path / "maya.png")
    prompt = "rainy street, Maya walks"
    args = dict(prompt=prompt, shot_id="S01", description="Maya walks", framing=framing,
                width=640, height=360, seed=seed, tags=("character",))  # fmt: skip
    alone = np.asarray(render_keyframe(**args))  # type: ignore[arg-type]
    assert _silhouette_columns(alone, prompt) > 0.04  # without the cast: the scene's figure
    with_cast = render_keyframe(**args, cast=[("character", ref)])  # type: ignore[arg-type]
    decoded = np.asarray(Image.open(write_png(with_cast, tmp_path / "k.png")).convert("RGB"))
    assert _silhouette_columns(decoded, prompt) < 0.04
