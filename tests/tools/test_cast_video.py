"""The cast in the animate stage: video engines that take references (Veo 3.1 on Vertex, Kling
3.0 elements on fal) go first for a cast shot, the clip's attempt records which references went
in, and an engine that cannot take them for this clip (a 9:16 shot, a chained clip) says why.

The ranking and the record are the same code as the keyframe's (tools/routing/rank.py,
references.py); real SQLite in the temp data home, the real simulated and animatic engines.
"""

from __future__ import annotations

from pathlib import Path

from sessions.provenance import provenance_record
from sessions.store import open_store
from tests.tools.test_cast_identity import approved_session, photo, produce
from tools.catalog import load_catalog, parse_catalog
from tools.engines.base import CastSubject, ReferenceImage
from tools.routing.rank import CastNeeds, rank_engines
from tools.routing.references import cast_params
from tools.service import ProductionService

VIDEO_TAKERS = {"kling-3-standard", "veo-3.1-vertex"}


def animate_order(needs: CastNeeds | None, width: int = 1280, height: int = 720) -> list[str]:
    return rank_engines(
        load_catalog(), "animate", ["character"], "delivery",
        duration_s=5.0, width=width, height=height, cast=needs,
    ).names  # fmt: skip


def test_a_cast_clip_goes_first_to_the_video_engines_that_take_references() -> None:
    plain = animate_order(None)
    assert set(plain[:2]) != VIDEO_TAKERS  # without a cast they rank on their own merits
    wide = animate_order(CastNeeds(((True, False),), ratio="16:9"))
    assert set(wide[:2]) == VIDEO_TAKERS and set(wide) == set(plain)
    # Veo's reference-to-video is 16:9 only and replaces the first frame: a portrait shot or a
    # clip chained to the previous clip's last frame keeps only Kling's elements first.
    tall = animate_order(CastNeeds(((True, False),), ratio="9:16"), 720, 1280)
    chained = animate_order(CastNeeds(((True, False),), ratio="16:9", anchored=True))
    for order in (tall, chained):
        assert order[0] == "kling-3-standard" and "veo-3.1-vertex" in order[1:]


def test_the_attempt_says_why_veo_was_not_sent_the_references(tmp_path: Path) -> None:
    veo = next(e for e in load_catalog().engines if e.name == "veo-3.1-vertex")
    member = CastSubject("Maya", references=(ReferenceImage(tmp_path / "m.png", "a" * 64),))
    sent = cast_params(veo, "animate", (member,), CastNeeds(((True, False),), ratio="16:9"))
    assert sent["references_sent"] is True
    assert "instead of the keyframe" in sent["references_note"]
    chained = cast_params(veo, "animate", (member,),
                          CastNeeds(((True, False),), ratio="16:9", anchored=True))  # fmt: skip
    assert chained["references_sent"] is False and chained["references"] == []
    assert "previous clip's last frame" in chained["references_note"]
    tall = cast_params(veo, "animate", (member,), CastNeeds(((True, False),), ratio="9:16"))
    assert "16:9 only, not 9:16: none were sent" in tall["references_note"]


CLIP_CATALOG = """
version = "cast-video-test"
[guardrails]
max_attempts_per_stage = 3
[[engine]]
name = "sim-elements"
provider = "simulated"
tools = ["animate"]
tiers = ["draft"]
strengths = ["character"]
price = { per_second = 0.0 }
references = { images = 4, tools = ["animate"] }
[[engine]]
name = "animatic"
provider = "animatic"
tools = ["generate_keyframe", "animate", "inpaint", "upscale"]
tiers = ["draft"]
price = { per_second = 0.0 }
references = { images = 3, tools = ["generate_keyframe"] }
"""


async def test_each_clip_of_a_cast_shot_records_the_references_it_was_made_from(
    tmp_path: Path,
) -> None:
    store = open_store()
    service = ProductionService(store, parse_catalog(CLIP_CATALOG), {"SHOTCALLER_OPERATOR": "dana"})
    sid = approved_session(store, service)
    _, ref = service.set_cast_reference(sid, "Maya", photo(tmp_path / "maya.png"))
    await produce(service, sid)
    clips = [a for a in store.attempts(sid) if a.tool == "animate" and a.status == "succeeded"]
    assert {a.shot_id for a in clips} == {"S01", "S02", "S03"}
    for attempt in clips:
        assert attempt.engine == "sim-elements"
        assert attempt.params["references_sent"] is True
        assert [r["sha256"] for r in attempt.params["references"]] == [ref.sha256]
    entry = next(
        r for r in provenance_record(store, sid)["references"] if r["sha256"] == ref.sha256
    )
    made = {a.id for a in store.artifacts(sid) if a.kind == "clip"}
    assert made and made <= set(entry["inputTo"])  # every clip take lists the reference
