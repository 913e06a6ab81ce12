"""How writers put themselves, their shop and their look into a brief, as set AE's did, each in a
brief written for this test (not copied from the set): the writer named once in brackets and
then "me" in the pictures, a typo for "someone", what "we sell", a look said in two words, how a
card's words are lettered, and a pet named in a lowercase chat, pictured twice in one line.
The lowercase pet brief is also checked through the CLI and the chat."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessions.models import Shot, ShotPlan
from tests.agent.conftest import planned_by_the_cli, planned_in_the_chat
from tests.agent.planning import plan


def shot(p: ShotPlan, word: str) -> Shot:
    return next(s for s in p.shots if word.lower() in s.description.lower())


CLOWN = (
    "Promo for my magic shows! Professor Pockets 🎩 (that's me in the top hat). 20 sec, "
    "vertical. Me pulling a rabbit out of the hat, a card trick for the birthday boy, kids "
    "laughing, and pockets of glitter exploding at the end. bright and colourful!!"
)


def test_the_writer_named_in_brackets_is_no_shot_and_is_the_me_in_the_pictures() -> None:
    p = plan(CLOWN)
    said = [s.description for s in p.shots]
    assert not any("Pockets" in s and "glitter" not in s for s in said), said
    assert not any("colourful" in s.lower() for s in said), said
    assert [c.name for c in p.cast if c.kind == "character"] == ["Pockets"], p.cast
    me = shot(p, "rabbit")
    assert {"character", "human_motion"} <= set(me.tags), me
    # the glitter's "pockets" is no one: Professor Pockets is written with a capital
    assert "character" not in shot(p, "glitter").tags
    assert "human_motion" in shot(p, "card trick").tags  # a trick is done by hands
    assert "colourful" in p.style


def test_a_typo_for_someone_is_no_one_in_the_cast_but_someone_doing_something() -> None:
    p = plan(
        "we sell honey from our hives and want a 12 second clip. bees on the frames. somone "
        "lifting a frame out of the hive. honey dripping off a spoon"
    )
    assert not any(c.name.lower().startswith("somone") for c in p.cast), p.cast
    lifting = shot(p, "lifting")
    assert lifting.description.startswith("Someone"), lifting.description
    assert "human_motion" in lifting.tags


def test_what_i_sell_said_after_what_i_do_is_the_product() -> None:
    p = plan(
        "I keep goats as a hobby and sell the cheese at the village market. Goats on the wall. "
        "A wedge of cheese on a board."
    )
    assert [c.name for c in p.cast if c.kind == "product"] == ["cheese"], p.cast
    assert "product" in shot(p, "wedge").tags


def test_what_we_sell_is_the_product_in_the_shots_that_show_it() -> None:
    p = plan(
        "hi we sell free range eggs at our farm gate. hens scratching in the yard, eggs in a "
        "straw nest, a boiled egg cracked open on toast"
    )
    assert [c.name for c in p.cast if c.kind == "product"] == ["eggs"], p.cast
    assert "product" in shot(p, "nest").tags
    assert "product" in shot(p, "boiled").tags


@pytest.mark.parametrize(
    "brief",
    [
        "Running along the canal towpath at dawn.",
        "First the team warming up outside the clubhouse. Then jogging through the woods.",
    ],
)
def test_a_picture_that_opens_on_someone_going_somewhere_is_a_body_in_motion(brief: str) -> None:
    assert "human_motion" in plan(brief).shots[-1].tags


@pytest.mark.parametrize(
    ("brief", "last"),
    [
        (
            'A 15 second clip. A loaf on the board, and at the end our name, "Crumb & Co", in '
            "big white letters. Warm and cosy.",
            "Crumb & Co",
        ),
        (
            "Queremos un vídeo de 20 segundos. Una ola rompiendo en la orilla, y al final "
            "nuestro nombre, «Surf Sur», en letras grandes. Ambiente tranquilo y luminoso.",
            "Surf Sur",
        ),
    ],
)
def test_how_the_words_are_lettered_stays_on_their_card_and_the_look_is_no_shot(
    brief: str, last: str
) -> None:
    p = plan(brief)
    assert len(p.shots) == 2, [s.description for s in p.shots]
    assert last in p.shots[-1].description and "typography" in p.shots[-1].tags


TORTOISE = (
    "a quick clip of our tortoise tilly for instagram. tilly munching a strawberry, tilly "
    "asleep under the hedge"
)
PICTURES = ["Tilly munching a strawberry", "Tilly asleep under the hedge"]


def test_a_pet_named_in_lower_case_and_pictured_twice_in_a_line_is_two_shots() -> None:
    p = plan(TORTOISE)
    assert [s.description for s in p.shots] == PICTURES
    assert [c.name for c in p.cast] == ["Tilly"]
    assert all("character" in s.tags for s in p.shots)


def test_the_cli_plans_the_two_pictures_of_the_pet(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = planned_by_the_cli(TORTOISE, tmp_path, capsys)
    assert [s["description"] for s in summary["shots"]] == PICTURES


async def test_the_chat_plans_the_two_pictures_of_the_pet(data_home: Path) -> None:
    p = await planned_in_the_chat(TORTOISE)
    assert [s.description for s in p.shots] == PICTURES


def test_a_verb_after_my_dog_is_no_name_and_our_way_is_nothing_sold() -> None:
    p = plan(
        "video of my dog for insta. my dog runs on the beach, then my dog runs into the sea. "
        "We make our way down to the cafe."
    )
    assert not any(c.name.lower() in ("runs", "down", "way") for c in p.cast), p.cast
