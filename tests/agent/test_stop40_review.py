"""Briefs the rules of stop 40 must leave alone, from a review with fresh eyes of that change: each
was misread by a new rule (a form's "Scene(s): 4" read as 4 seconds, "Dad is Ron, he waves…" set
aside, a dress cast as a person, "actually no rush" dropping a shot, a short brief raced)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.briefing.beats import TIME_MARKS
from agent.briefing.lexicon import style_words_in
from tests.agent.conftest import planned_in_the_chat
from tests.agent.planning import plan


@pytest.mark.parametrize("key", ["Scene(s): 4", "Product(s): 3", "Photo(s): 12"])
def test_a_plural_s_in_a_form_key_is_no_length(key: str) -> None:
    p = plan(
        f"{key}\nA chef plating a risotto.\nSteam rising off the plate.\nA waiter carrying it "
        "out.\nA diner taking the first bite."
    )
    assert p.total_duration_s == 15.0, p.total_duration_s


def test_a_length_in_minutes_keeps_its_fraction() -> None:
    p = plan("How long (mins)?: 1.5\nA potter throwing a bowl.\nThe kiln door opening.")
    assert p.total_duration_s == 90.0


@pytest.mark.parametrize(
    "brief",
    [
        "My son is Leo, he kicks the ball into the top corner. 15 seconds.",
        "Dad is Ron, he waves at the camera from his allotment. 10 seconds.",
    ],
)
def test_someone_introduced_and_acting_is_a_picture(brief: str) -> None:
    p = plan(brief)
    assert len(p.shots) >= 1
    assert any(w in p.shots[0].description for w in ("kicks", "waves")), p.shots[0].description


def test_a_garment_with_its_size_is_no_one() -> None:
    p = plan(
        "The Wrap Dress (12, red) swinging on a rail. The Denim Jacket (14) folded on a table."
    )
    assert not p.cast, p.cast


@pytest.mark.parametrize(
    "brief",
    [
        "Me (and my sister, Jo) running into the sea. Us building a sandcastle.",
        "Me (10 years ago, in Spain) surfing a small wave. Me now, surfing the same beach.",
    ],
)
def test_what_is_in_brackets_after_me_is_a_look_only_when_worn(brief: str) -> None:
    assert not any(c.name == "me" for c in plan(brief).cast)


@pytest.mark.parametrize(
    "text",
    [
        "She is running faster now.",
        "Tom in 70s flares struts down the street",
        "pulls a perfect espresso in 30s",
        "grins as a young boy would",
    ],
)
def test_ordinary_words_are_no_time_of_their_own(text: str) -> None:
    assert TIME_MARKS.search(text) is None


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("Cool blue shadows across the snow", "cool"),
        ("Warm yellow lamplight fills the kitchen", "warm"),
        ("a warm orange sunset grade", "warm"),
    ],
)
def test_a_colour_of_the_light_is_still_the_look(text: str, look: str) -> None:
    assert look in style_words_in(text)


def test_a_hero_shot_in_brackets_says_how_the_picture_is_shot() -> None:
    p = plan("Steam off a cup. End on the bottle (hero shot, slowly rotating on black sand).")
    assert "rotating" in p.shots[-1].description + " ".join(p.shots[-1].prompts.keyframe.split())


def test_a_place_or_a_song_part_seen_again_is_no_one() -> None:
    p = plan(
        "The pier in Brighton at dawn. Chorus: everyone jumping. Brighton again at night. "
        "Chorus again, everyone jumping."
    )
    assert not any(c.name in ("Brighton", "Chorus") for c in p.cast), p.cast


def test_a_wide_shot_said_about_the_website_is_not_a_shot() -> None:
    p = plan(
        "Wide shot of the gym is on our website already so we don't need it. A lifter chalking "
        "her hands. The bar bending at the top of a squat."
    )
    said = " | ".join(s.description for s in p.shots)
    assert "website" not in said, said


@pytest.mark.parametrize(
    ("brief", "kept"),
    [
        ("A girl filming a dance for TikTok. Her mum laughing in the doorway.", "TikTok"),
        ("A tailor cutting cloth. A jacket made for Instagram.", "made for Instagram"),
    ],
)
def test_a_platform_that_is_part_of_the_picture_stays(brief: str, kept: str) -> None:
    said = " | ".join(s.description for s in plan(brief).shots)
    assert kept in said, said


@pytest.mark.parametrize(
    ("brief", "kept"),
    [
        ("Commuters rush across London Bridge. Actually no rush, next week is fine.", "rush"),
        ("A busker plays music on the corner. Actually no music, we'll add our own.", "busker"),
    ],
)
def test_actually_no_followed_by_no_picture_drops_nothing(brief: str, kept: str) -> None:
    said = " | ".join(s.description for s in plan(brief).shots)
    assert kept in said, said


def test_a_phone_screen_in_the_picture_is_no_platform() -> None:
    p = plan("It runs on the phone screen as a thumb scrolls through recipes. A kettle boiling.")
    assert any("thumb" in s.description for s in p.shots)


def test_landscape_shots_of_a_place_are_pictures_not_the_frame() -> None:
    assert plan("For TikTok. Let's do landscape shots of the Peak District.").aspect_ratio == "9:16"


@pytest.mark.parametrize(
    "brief",
    [
        "Race day at the kart track, 20 secs. Karts lined up on the grid.",
        "A tip jar filling with money, 8 seconds",
    ],
)
async def test_a_short_brief_is_planned_not_raced_or_costed(data_home: Path, brief: str) -> None:
    p = await planned_in_the_chat(brief)
    assert p.shots
