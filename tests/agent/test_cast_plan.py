"""The plan's cast from briefs: named and unnamed recurring subjects, products and brands, with the
shots each appears in — and plans saved before cast references existed still load."""

from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan


def cast_of(text: str) -> dict[str, tuple[str, list[str]]]:
    plan = plan_from_brief(parse_brief(text))
    return {m.name: (m.kind, m.shots) for m in plan.cast}


def test_a_named_recurring_character_is_in_every_shot_that_shows_her() -> None:
    cast = cast_of(
        "A 15 second spot. Maya, a young woman in a yellow raincoat, walks through the rain. "
        "Maya stops at a café window. Maya smiles at the camera."
    )
    assert cast["Maya"] == ("character", ["S01", "S02", "S03"])


def test_an_unnamed_recurring_subject_is_cast_by_its_noun() -> None:
    cast = cast_of(
        "20 seconds. The same girl in a red coat runs across a bridge. The girl stops at the "
        "river. The girl looks back at the city."
    )
    girl = cast.get("the girl")
    assert girl is not None and girl[0] == "character" and len(girl[1]) >= 2


def test_products_and_brands_are_cast_with_their_shots() -> None:
    cast = cast_of(
        "A 20-second ad for Penny, a budgeting app. A thumb taps the Penny app on a phone. "
        "End on the Penny logo."
    )
    assert cast["Penny"][0] == "product" and cast["Penny"][1]
    brand = cast_of("Logo reveal, 6 seconds: the Northwind logo assembles from paper birds.")
    assert brand["Northwind"][0] == "brand" and brand["Northwind"][1]


def test_old_cast_members_without_references_still_load() -> None:
    old = (
        '{"version": 2, "title": "t", "aspect_ratio": "16:9", "shots": [{"id": "S01", '
        '"description": "Maya", "duration_s": 2, "framing": "wide", "camera": "pan", "seed": 1}], '
        '"cast": [{"name": "Maya", "kind": "character", "description": "", "shots": ["S01"]}]}'
    )
    plan = ShotPlan.model_validate_json(old)
    maya = plan.member("maya")
    assert maya is not None and maya.references == [] and maya.lora is None
    assert plan.cast_in("S01") == [maya]
