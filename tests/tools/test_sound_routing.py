"""A brief that asks for sound goes to engines whose clips have it (catalog `audio = true`)."""

from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from tools.catalog import load_catalog, parse_catalog
from tools.routing.rank import rank_engines


def ranked(tags: list[str], tier: str = "draft") -> list[str]:
    routing = rank_engines(
        load_catalog(),
        "animate",
        tags,
        tier,
        duration_s=5,
        width=1280,
        height=720,  # type: ignore[arg-type]
    )
    return routing.names


def test_the_catalog_says_which_engines_make_sound() -> None:
    catalog = load_catalog()
    assert {s.name for s in catalog.engines if s.audio} == {"veo-3.1", "veo-3.1-fast", "sora-2"}
    bare = parse_catalog(
        'version = "t"\n[[engine]]\nname = "x"\nprovider = "animatic"\n'
        'tools = ["animate"]\ntiers = ["draft"]\nprice = { per_second = 0 }\n'
    )
    assert bare.engine("x").audio is False  # silent unless a catalog says otherwise


def test_a_shot_that_wants_sound_prefers_an_engine_that_makes_it() -> None:
    assert ranked(["sound"])[0] == "veo-3.1-fast"
    assert ranked(["sound"], "delivery")[:2] == ["veo-3.1", "veo-3.1-fast"]
    assert ranked(["dialogue"])[0] == "veo-3.1-fast"
    # Physics and sound: Veo covers as much as Runway and Kling (one tag each), and a tie goes
    # to the engine that makes the sound, although Runway is cheaper.
    assert ranked(["physics", "sound"])[:3] == [
        "veo-3.1-fast",
        "runway-gen4-turbo",
        "kling-2.5-turbo-pro",
    ]


def test_a_shot_that_does_not_ask_for_sound_ranks_as_before() -> None:
    assert ranked(["human_motion", "physics"])[0] == "runway-gen4-turbo"
    assert ranked([])[0] == "animatic"  # free previs first when nothing is asked


def test_a_brief_asking_for_sound_tags_its_shots() -> None:
    logline = parse_brief(
        "A 15-second ad for a mountain lodge, with ambient sound: mist over the lake at dawn, "
        "a hiker opens the cabin door, coffee steams on the porch."
    )
    assert all("sound" in s.tags for s in plan_from_brief(logline).shots)
    one = plan_from_brief(
        parse_brief(
            "A 10-second teaser: a drone over a fjord, then a narrated close-up of a ferry."
        )
    )
    assert ["sound" in s.tags for s in one.shots] == [False, True]
    quiet = plan_from_brief(parse_brief("A 10-second teaser: a drone over a fjord at dawn."))
    assert not any("sound" in s.tags for s in quiet.shots)
