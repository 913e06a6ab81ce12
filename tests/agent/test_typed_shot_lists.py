"""Forms the stop-42 probes planned wrong: a shot list typed on one line with a length after each
picture, an ad's own parts ("Hook:", "Product demo:", "CTA"), a greeting naming whom it is to, a
"PS - get a shot of …" afterthought, and a request with nothing to see in it."""

from __future__ import annotations

import pytest

from agent.brief import BriefError, parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan


def plan(text: str) -> ShotPlan:
    return plan_from_brief(parse_brief(text))


def said(p: ShotPlan) -> list[str]:
    return [s.description for s in p.shots]


def lengths(p: ShotPlan) -> list[float]:
    return [s.duration_s for s in p.shots]


def test_a_shot_list_typed_on_one_line_keeps_each_picture_and_its_length() -> None:
    # read as one sentence, this was one shot of 3 s
    p = plan(
        "Ad for our new water bottle, the Flo. Bottle on a rock - 3s. Water pouring in - 10s. "
        "Logo - 2s."
    )
    assert said(p) == ["Bottle on a rock", "Water pouring in", "Logo"]
    assert lengths(p) == [3, 10, 2]
    assert "typography" in p.shots[-1].tags
    assert [m.name for m in p.cast] == ["bottle"]  # "Logo (2s)" names no brand "2s"


def test_one_timed_sentence_among_others_is_left_as_it_was() -> None:
    p = plan("A fox in the snow - 5s. It is very cold and the light is blue.")
    assert sum(lengths(p)) == 5


@pytest.mark.parametrize(
    "text",
    [
        "Ad for our new water bottle, the Flo. Hook - 3s. Product demo - 10s. CTA - 2s.",
        "Ad for our new water bottle, the Flo.\nHook - 3s\nProduct demo - 10s\nCTA - 2s",
    ],
)
def test_an_ads_parts_with_lengths_are_its_shots_and_the_cta_its_end_card(text: str) -> None:
    p = plan(text)
    assert lengths(p) == [3, 10, 2]
    assert "typography" in p.shots[-1].tags


def test_an_ads_part_labels_are_not_drawn() -> None:
    p = plan(
        "Ad for our new water bottle, the Flo.\n"
        "Hook: a hand grabbing the bottle from the fridge - 3s\n"
        "Product demo: water pouring in, the lid clicking - 10s\n"
        'CTA: "Flo. Drink more." - 2s'
    )
    assert said(p)[:2] == [
        "A hand grabbing the bottle from the fridge",
        "Water pouring in, the lid clicking",
    ]
    assert "Flo. Drink more." in said(p)[2] and "typography" in p.shots[2].tags
    assert lengths(p) == [3, 10, 2]


def test_a_cta_with_no_words_or_length_is_the_films_aim() -> None:
    p = plan("Ad for our gym. CTA: get people to sign up. A woman lifting weights, then the sauna.")
    assert said(p) == ["A woman lifting weights", "The sauna"]


@pytest.mark.parametrize(
    "greeting", ["Hi Sam,\n\n", "Hello Priya! ", "Hey Tom and Lisa,\n", "Dear Sam,\n\n"]
)
def test_a_greeting_naming_whom_it_is_to_is_no_shot(greeting: str) -> None:
    p = plan(greeting + "A 20 second video: the door opening, then a barista pouring latte art.")
    assert said(p) == ["The door opening", "A barista pouring latte art"]
    assert p.title == "Door opening"  # never "A 20 second video", never "Sam"


def test_a_greeting_does_not_take_a_name_that_is_in_the_picture() -> None:
    p = plan("Hi Sam, can you make a 20 second video of our dog Biscuit chasing a ball, then "
             "Biscuit asleep.")  # fmt: skip
    assert [m.name for m in p.cast] == ["Biscuit"]
    assert len(p.shots) == 2


@pytest.mark.parametrize(
    "ps",
    [
        "PS - get a shot of the dog under the table too",
        "P.S. can you also grab a shot of the dog under the table as well",
        "We also need a shot of the dog under the table.",
    ],
)
def test_an_afterthought_asking_for_a_shot_is_the_picture_alone(ps: str) -> None:
    p = plan(
        "Could you make a 20 second video for our cafe. Start with the door opening, then a "
        f"barista pouring latte art, then the cake counter.\n\n{ps}\n\nThanks, Jo"
    )
    assert said(p)[-1] == "The dog under the table"
    assert len(p.shots) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Can you make an ad for, fast cuts, bold text",
        "make me a 20s promo, moody, bold text",
    ],
)
def test_a_request_with_nothing_to_see_asks_what_to_show(text: str) -> None:
    with pytest.raises(BriefError, match="not what to show"):
        parse_brief(text)


def test_a_video_about_a_named_pet_shows_the_pet_and_never_its_hands() -> None:
    p = plan("A 30 second video about our dog Max")
    assert p.shots[0].description == "Our dog Max"
    assert all("hands" not in d for d in said(p))
    assert all("human_motion" not in s.tags for s in p.shots)
    assert [m.name for m in p.cast] == ["Max"]
