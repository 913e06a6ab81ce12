"""Forms the stop-42 probes planned wrong: a shot list typed on one line with a length after each
picture, an ad's own parts ("Hook:", "Product demo:", "CTA"), a greeting naming whom it is to, a
"PS - get a shot of …" afterthought, and a request with nothing to see in it."""

from __future__ import annotations

import pytest

from agent.brief import BriefError, parse_brief
from tests.agent.planning import lengths, plan, said


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


def test_markdown_bold_is_emphasis_and_a_brief_label_names_the_film() -> None:
    p = plan(
        "**Brief: Spring menu launch**\n\n**Length:** 20s\n**Format:** 9:16\n\n**Shots**\n"
        "1. Chef plating asparagus with a tweezer (close up)\n2. Steam rising off the risotto\n"
        "3. Couple toasting with rosé on the terrace\n"
        '4. Logo + "Spring menu, from 1 April"'
    )
    assert p.title == "Spring menu launch"
    assert len(p.shots) == 4 and p.aspect_ratio == "9:16"
    assert all("*" not in d for d in said(p))
    assert said(p)[0].startswith("Chef plating asparagus")


def test_a_brief_label_over_a_picture_is_the_picture() -> None:
    p = plan("Brief: A cat knocking a glass off a table, 10 sec")
    assert said(p) == ["A cat knocking a glass off a table"]


def test_a_voice_notes_spoken_like_and_hedges_are_not_drawn() -> None:
    p = plan(
        "so um basically we want like a video for the gym yeah um maybe 15 seconds, start with "
        "someone doing deadlifts, um then like a spin class, everyone going hard, and then uh "
        "end on the logo I guess"
    )
    assert said(p) == ["Someone doing deadlifts", "A spin class, everyone going hard", "The logo"]


def test_a_place_known_by_its_building_is_architecture() -> None:
    p = plan("Whitby abbey at dawn, then breakfast being served, then the chapel on the hill.")
    assert "architecture" in p.shots[0].tags and "architecture" in p.shots[-1].tags
    assert p.cast == []


def test_shots_given_a_length_keep_it_and_the_others_share_the_rest() -> None:
    p = plan(
        "Total 20 seconds.\n1. Kettle boiling (5s)\n2. Pouring the tea\n3. Biscuit dunk (3s)\n4. Logo\n"
    )
    got = lengths(p)
    assert got[0] == 5 and got[2] == 3 and sum(got) == 20
    assert got[1] >= 3 and got[3] >= 3


def test_given_lengths_that_leave_too_little_are_shared_out_as_before() -> None:
    p = plan(
        "Total 10 seconds.\n1. Kettle boiling (5s)\n2. Pouring the tea\n3. Biscuit dunk (3s)\n4. Logo\n"
    )
    assert sum(lengths(p)) == 10 and len(p.shots) == 4


def test_another_languages_article_opening_a_line_is_no_one() -> None:
    p = plan(
        "Hola! Necesitamos un vídeo de 30 segundos para Instagram, en vertical, para nuestra "
        "panadería.\n1. El horno de leña encendido al amanecer\n2. Manos amasando el pan\n"
        "3. Los cruasanes saliendo del horno\n4. Una clienta sonriendo con la bolsa\nGracias!"
    )
    assert p.cast == [] and len(p.shots) == 4
    assert all("character" not in s.tags for s in p.shots)


def test_a_bracketed_format_stays_out_of_the_title_and_people_at_large_are_no_cast() -> None:
    p = plan(
        "Need an explainer for our budgeting app (60s, 16:9). Problem: people lose track of "
        "subscriptions. Solution: the app lists them all and cancels with one tap. Show a phone "
        "with the dashboard, a hand tapping cancel, then a happy guy closing his laptop."
    )
    assert p.title == "Explainer for our budgeting app"
    assert "the people" not in [m.name for m in p.cast]


def test_the_same_people_said_with_the_are_still_cast() -> None:
    p = plan("People dancing at the wedding, then the people eating cake, then the people waving")
    assert "the people" in [m.name for m in p.cast]


def test_a_pet_called_by_its_breed_moves_as_an_animal() -> None:
    p = plan(
        "🎬 Quick one for our dog grooming van!\n✨ 15 secs, vertical\n"
        "🐶 Bella (our cockapoo) shaking off water\n✂️ close up of the scissors trimming her ears\n"
        "🚐 the van pulling away with our logo on the side\n"
    )
    assert "human_motion" not in p.shots[0].tags and "physics" in p.shots[0].tags
    assert "Bella" in [m.name for m in p.cast]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("To put a wee video on spareroom for the double room. The room with the bay window, "
         "the kitchen, the garden.", "Video for the double room"),
        ("Open day we would like a short film. Kids in the science lab, the football pitch.",
         "Open day film"),
        ("For our open day we would like a short film. Kids in the science lab, the pitch.",
         "Open day film"),
        ("Hello! We would like a short film about bees. Bees on lavender.",
         "Short film about bees"),
    ],
)  # fmt: skip
def test_a_title_is_what_the_film_is_for_not_the_asking(text: str, title: str) -> None:
    assert plan(text).title == title


def test_the_writers_own_scenes_and_other_places_are_not_chained() -> None:
    p = plan(
        "30s recruitment video.\n"
        "Scene 1 - Jaz (our apprentice, 19) pulling cable through a loft, head torch on\n"
        "Scene 2 - Jaz and her supervisor Mike testing a fuse board\n"
        "Scene 3 - Jaz on a ladder fitting a light in a new-build kitchen, she grins\n"
        'Scene 4 - Jaz talking to camera: "Best decision I ever made."\n'
    )
    assert all(s.chain_from is None for s in p.shots)
    assert "dialogue" in p.shots[3].tags and "typography" not in p.shots[3].tags


def test_the_same_person_going_on_in_the_same_place_is_still_chained() -> None:
    p = plan(
        "Dave climbing the ladder with a bundle of reed. Then Dave hammering the reed into place."
    )
    assert p.shots[1].chain_from == p.shots[0].id


def test_a_couple_holding_hands_is_seen_whole_not_as_a_detail_of_hands() -> None:
    p = plan(
        "45 sec reel, vertical.\n• Golden hour over the barn\n"
        "• A couple walking through the meadow holding hands\n• Confetti throw outside the barn "
        "doors\n• Close up of the name cards in calligraphy\n"
    )
    assert p.shots[1].framing in ("wide", "medium")
    assert "human_motion" in p.shots[2].tags
    assert "typography" in p.shots[3].tags
