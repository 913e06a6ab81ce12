"""A black-and-white film asks every engine for no colour, and a square that is a place is no
square frame (the walk of stop 45: "an old man feeding pigeons in the square" came out 1:1, and
its keyframe prompt asked for "natural, balanced colour")."""

from __future__ import annotations

import pytest

from tests.agent.planning import plan


@pytest.mark.parametrize(
    "said", ["A black and white film", "Shot in B&W", "All in black-and-white"]
)
def test_a_black_and_white_film_asks_for_no_colour(said: str) -> None:
    p = plan(f"{said}, 8 seconds: an old man feeding pigeons. Then the pigeons lifting off.")
    for shot in p.shots:
        palette = next(x for x in shot.prompts.keyframe.splitlines() if x.startswith("Palette"))
        assert "black and white only" in palette and "colour" in palette


def test_black_and_white_things_in_a_colour_film_are_only_their_colours() -> None:
    p = plan("8 seconds: an old man in a black and white striped shirt feeding pigeons.")
    palette = next(x for x in p.shots[0].prompts.keyframe.splitlines() if x.startswith("Palette"))
    assert "only" not in palette and "black" in palette


@pytest.mark.parametrize(
    ("brief", "aspect"),
    [
        ("An old man feeding pigeons in the square. 8 seconds.", "16:9"),
        ("Kids running into the square at noon. 8 seconds.", "16:9"),
        ("Make it a square. An old man feeding pigeons. 8 seconds.", "1:1"),
        ("An old man feeding pigeons, cropped to a square. 8 seconds.", "1:1"),
    ],
)
def test_a_square_that_is_a_place_is_no_frame(brief: str, aspect: str) -> None:
    assert plan(brief).aspect_ratio == aspect
