"""Briefs typed the quick way, where the writer's notes, lengths and names sit among the pictures
(found probing the planner with everyday one-liners at stop 42; these briefs are written for the
tests, in the same forms, not copied from the probe)."""

from __future__ import annotations

import pytest

from tests.agent.planning import plan, said


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (
            "Can you make an ad for our dog groomers, upbeat music, fast cuts, bold text",
            ("fast cuts", "bold text", "music"),
        ),
        (
            "Could you make a promo for our climbing wall, punchy edit, bold titles, the bouldering "
            "cave, someone topping out",
            ("edit", "titles"),
        ),
        (
            "Show the potter at the wheel, use the window light, end on the logo.",
            ("window light",),
        ),
        (
            "Could you make a reel for our bookshop, something cosy, warm tones, lots of green",
            ("cosy", "tones", "green"),
        ),
    ],
)
def test_how_it_is_cut_lettered_or_lit_is_no_shot(text: str, notes: tuple[str, ...]) -> None:
    p = plan(text)
    for shot in said(p):
        for note in notes:
            assert note not in shot.lower(), said(p)


def test_the_pictures_after_the_notes_are_planned() -> None:
    p = plan(
        "Could you make a promo for our climbing wall, punchy edit, bold titles, the bouldering "
        "cave, someone topping out"
    )
    assert [s.split()[-1].lower() for s in said(p)] == ["cave", "out"], said(p)


@pytest.mark.parametrize(
    ("text", "title", "shows"),
    [
        ("Could you make a reel for our bookshop, something cosy, warm tones, captions on",
         "Reel for our bookshop", "Our bookshop"),
        ("Can you make an ad for our dog groomers, upbeat music, fast cuts, bold text",
         "Ad for our dog groomers", "Our dog groomers"),
    ],
)  # fmt: skip
def test_with_no_picture_named_the_film_shows_what_it_is_for(
    text: str, title: str, shows: str
) -> None:
    p = plan(text)
    assert p.title == title
    assert all(s.startswith(shows) for s in said(p)), said(p)


@pytest.mark.parametrize(
    ("text", "picture", "seconds"),
    [
        ("Fireworks over the harbour - 6 secs", "Fireworks over the harbour", 6),
        ("Wedding film. The bell ringing (4s)", "The bell ringing", 4),
        ("The gates opening - 5s", "The gates opening", 5),
        ("First kiss - 3 secs", "First kiss", 3),
    ],
)
def test_a_picture_said_with_its_length_is_planned_without_it(
    text: str, picture: str, seconds: int
) -> None:
    p = plan(text)
    assert said(p) == [picture]
    assert p.shots[0].duration_s == seconds


@pytest.mark.parametrize(
    "text", ["Total length - 30 seconds", "Runtime - 20 seconds", "Intro - 5 seconds"]
)
def test_a_length_with_only_its_label_is_still_no_picture(text: str) -> None:
    with pytest.raises(Exception, match="not what to show"):
        plan(text)


def test_numbered_days_are_each_a_shot() -> None:
    p = plan(
        "Holiday recap. Day 1 the pool. Day 2 the market. Day 3 the aquarium. Day 4 the flight "
        "home."
    )
    assert [s.split()[1] for s in said(p)] == ["1", "2", "3", "4"], said(p)


def test_a_greeting_said_to_camera_is_a_shot() -> None:
    p = plan("Retirement video for Sheila. The office. Then Dev says hello to the camera.")
    assert any(s.startswith("Dev says hello") for s in said(p)), said(p)


def test_a_bands_intro_is_a_shot_in_a_music_video() -> None:
    p = plan("Music video for our band. Bass intro. The singer walks in. The crowd jumping.")
    assert said(p)[0] == "Bass intro", said(p)


def test_a_shops_name_and_town_after_the_request_are_not_shots() -> None:
    p = plan(
        "Can you make a 20 second ad for my bakery, Crumb & Co, Leeds, the ovens, a croissant, "
        "the logo"
    )
    assert said(p) == ["The ovens", "A croissant", "The logo"]
    assert p.title == "Ad for my bakery Crumb & Co"


def test_a_quick_hello_is_no_shot() -> None:
    p = plan("Hiya, just a quick one! Need a video for our gym: the rowers, the weights, the logo.")
    assert not any("quick" in s.lower() for s in said(p)), said(p)
    assert len(p.shots) == 3


def test_a_pets_favourite_spot_is_no_advert() -> None:
    p = plan("Our dog Biscuit on the sofa. Biscuit's favourite sunny spot. Biscuit asleep.")
    assert not [m.name for m in p.cast if m.kind in ("brand", "product")]


def test_a_tutorials_length_leaves_nothing_in_its_title() -> None:
    p = plan("Need a pottery tutorial for about 3 minutes: clay on the wheel, the bowl rising.")
    assert p.title == "Pottery tutorial"


def test_a_note_between_the_pictures_leaves_them_listed() -> None:
    p = plan(
        "Can you make a 20 second ad for my tattoo studio, Ink Well, Hull, the chair, a needle "
        "buzzing, upbeat music, the logo"
    )
    assert said(p) == ["The chair", "A needle buzzing", "The logo"]
