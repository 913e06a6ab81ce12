"""Counter-examples from the stop-41 review, one per new rule that misfired: each brief was planned
right (or no worse) before the rule, and must stay so."""

from __future__ import annotations

import pytest

from agent.brief import parse_brief
from agent.briefing.text import normalise
from tests.agent.planning import plan, said


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Show our brewing process in 2 minutes: the mash tun, the hops going in, bottling.", 120),
        (
            "Need a baking tutorial for about 2 minutes: flour in the bowl, the loaf coming out.",
            120,
        ),
        ("A cooking video for 1 minute, chopping onions, the pan sizzling, the plated curry.", 60),
    ],
)
def test_a_process_named_as_the_video_keeps_the_video_s_length(text: str, seconds: int) -> None:
    assert parse_brief(text).duration_s == seconds


@pytest.mark.parametrize(
    "text",
    [
        "The dog asleep by the fire, after a short walk",
        "Hikers on the ridge, looking for a short cut down",
    ],
)
def test_a_picture_ending_after_or_looking_for_something_is_no_request(text: str) -> None:
    assert len(plan(text).shots) >= 1


def test_a_family_film_is_a_picture_not_a_request() -> None:
    p = plan("Family film night. Mum on the sofa with popcorn, after a film. The credits rolling.")
    assert any("Mum on the sofa" in s for s in said(p)), said(p)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Wedding highlights. The first dance. Lastly Maya says thank you and waves.", "Maya"),
        ("Birthday video. The cake. Grandad opening presents. Then Grandad says cheers.", "cheers"),
    ],
)
def test_someone_saying_thanks_on_camera_is_a_picture(text: str, kept: str) -> None:
    assert any(kept in s for s in said(plan(text))), said(plan(text))


def test_a_name_at_a_line_s_end_is_no_thanks() -> None:
    p = plan("Our dog playing in the garden. Last shot: my son hugging Ty")
    assert said(p)[-1].endswith("Ty"), said(p)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Shot 4 the van pulls up. Shot 5 a close up of the ladder.", "Shot 4 the van"),
        ("Day 4 the boat home", "Day 4 the boat"),
        ("End card: www.ur-studio.com", "www.ur-studio.com"),
        ("bröd som tas ur ugnen, kaffe som hälls upp", "tas ur ugnen"),
        ("the letter n on our neon sign", "letter n on"),
    ],
)
def test_text_speak_leaves_ordinary_text_alone(text: str, kept: str) -> None:
    assert kept in normalise(text)


@pytest.mark.parametrize(
    ("text", "picture"),
    [
        ("Sunday league highlights. The warm-up. The penalty spot. The keeper diving.", "spot"),
        ("Open house video. The kitchen. The garden. Quick house tour.", "house tour"),
    ],
)
def test_a_short_noun_phrase_ending_on_spot_or_tour_is_a_picture(text: str, picture: str) -> None:
    assert any(picture in s for s in said(plan(text))), said(plan(text))


def test_a_business_whose_name_starts_on_next_is_who_asks() -> None:
    p = plan(
        "Next Level Fitness - a gym in Leeds. 15 seconds, vertical: someone deadlifting, "
        "a spin class, the logo."
    )
    assert not any("Level Fitness" in s for s in said(p)), said(p)


def test_a_length_note_with_its_seconds_last_is_no_shot() -> None:
    p = plan(
        "Wedding video.\nBride getting ready - 4 secs\nFirst dance - 6 secs\nTotal length - 10 seconds"
    )
    assert not any("Total length" in s for s in said(p)), said(p)
    assert p.total_duration_s == 10.0


def test_just_a_quick_video_is_no_request_for_a_short_film() -> None:
    p = plan(
        "Just a quick video for our florist. The flower fridge, a bouquet being wrapped, the shop "
        "window, the van, a happy customer, the logo."
    )
    assert p.total_duration_s >= 15.0


def test_a_youtube_video_that_is_short_and_punchy_stays_wide() -> None:
    p = plan("YouTube short and punchy video for my barbershop: the chair, the clippers, a fade")
    assert p.aspect_ratio == "16:9"
