"""Forms set AG's writers used that the planner misread, each in a brief written for this test
(not copied from the set): a line a shot with its seconds first and no bullet ("3s - …"), a
young rider whose name is also a word, named once with her age and her helmet, lines typed
without full stops that each open on "then", and a writer who is in the film, unnamed, and says
how to spot them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.agent.conftest import planned_by_the_cli, planned_in_the_chat
from tests.agent.planning import plan

CLIMBING_WALL = (
    "boulder barn reel (vertical). plan, secs per shot:\n"
    "3s - wall of coloured holds, chalk dust hanging in the light\n"
    "2s - timer beeps\n"
    "4s - close on a climber's fingers crimping a tiny hold\n"
    "4s - Holly (10, red helmet, two plaits) topping out on the big overhang\n"
    "4s - same shot keep rolling: she lets go and drops onto the crash mat, laughing\n"
    '3s - logo + "First session free - Boulder Barn"\n'
    "cheers"
)


def test_a_line_a_shot_with_its_seconds_first_and_no_bullet() -> None:
    p = plan(CLIMBING_WALL)
    said = [s.description for s in p.shots]
    assert [s.duration_s for s in p.shots] == [3.0, 2.0, 4.0, 4.0, 4.0, 3.0], said
    assert p.total_duration_s == 20.0
    assert said[1] == "Timer beeps", said
    assert not any(s.endswith("s)") or "keep rolling" in s for s in said), said
    assert p.shots[4].chain_from == p.shots[3].id, said


def test_a_rider_named_once_with_her_age_and_helmet_is_cast() -> None:
    p = plan(CLIMBING_WALL)
    assert [c.name for c in p.cast] == ["Holly"], p.cast
    assert "character" in p.shots[3].tags


def test_the_cli_plans_a_line_a_shot(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = planned_by_the_cli(CLIMBING_WALL, tmp_path, capsys)
    assert [s["duration_s"] for s in summary["shots"]] == [3.0, 2.0, 4.0, 4.0, 4.0, 3.0]


async def test_the_chat_plans_a_line_a_shot(data_home: Path) -> None:
    p = await planned_in_the_chat(CLIMBING_WALL)
    assert [s.duration_s for s in p.shots] == [3.0, 2.0, 4.0, 4.0, 4.0, 3.0]


WINDOW_CLEANER = (
    "hiya, im a window cleaner and my wife says I should do a tiktok. 20 secs, vertical.\n"
    "first me up the ladder on a big townhouse, soaping the top windows. im the one in the "
    "yellow hi-vis with the grey ponytail, you cant miss me\n"
    "then a drone shot from across the street, the whole front of the house sparkling "
    "(the money shot!!)\n"
    "then close up of the squeegee dragging water off the glass\n"
    "then me back on the pavement, giving the owner a thumbs up\n"
    'end on "Clear View - 07700 900123"'
)


def test_lines_that_open_on_then_are_each_a_shot() -> None:
    said = [s.description for s in plan(WINDOW_CLEANER).shots]
    assert len(said) == 5, said
    assert said[1].startswith("A drone shot from across the street"), said
    assert said[2].startswith("Close up of the squeegee"), said


def test_the_writer_in_the_film_is_cast_as_themself() -> None:
    p = plan(WINDOW_CLEANER)
    me = next(c for c in p.cast if c.name == "me")
    assert "yellow hi-vis" in me.description
    for shot in p.shots:
        if shot.description.lower().startswith("me "):
            assert "character" in shot.tags, shot


def test_what_the_writer_thinks_of_a_picture_is_not_in_it() -> None:
    said = " | ".join(s.description for s in plan(WINDOW_CLEANER).shots)
    assert "money shot" not in said, said


def test_a_name_that_is_a_word_without_a_person_s_things_stays_no_one() -> None:
    p = plan("Lighthouse (19, automated since 1990) at dusk, waves below. Gulls over the rocks.")
    assert not p.cast


def test_a_name_in_brackets_after_me_is_a_name_not_a_look() -> None:
    p = plan("me (Jake) jumping off the dock into the lake. then my dog Biscuit jumps in too.")
    assert {c.name for c in p.cast} == {"Jake", "Biscuit"}, p.cast


def test_the_prompt_says_how_the_writer_looks() -> None:
    p = plan(WINDOW_CLEANER)
    first = p.shots[0]
    assert first.description.startswith("Me up the ladder"), first.description
    assert "In frame: me (the yellow hi-vis with the grey ponytail)" in first.prompts.keyframe


@pytest.mark.parametrize(
    "brief",
    [
        WINDOW_CLEANER,  # "(the money shot!!)"
        "Race day at the kart track, 20 secs. Karts on the grid, engines idling. The lights go "
        "green. A driver crossing the line first, chequered flag waving.",
        "Our coffee costs £2 and it's the best in town. Steam rising off a flat white. A barista "
        "pouring latte art. Regulars chatting at the window, rain outside.",
    ],
)
async def test_a_brief_that_speaks_of_money_or_a_race_is_planned_in_the_chat(
    data_home: Path, brief: str
) -> None:
    p = await planned_in_the_chat(brief)
    assert len(p.shots) >= 3, [s.description for s in p.shots]


BAKERY = (
    "Hi, can you make a video for our bakery for Christmas? It'll go on Instagram and the screen "
    "in the window. Let's do 15 seconds, vertical.\n"
    "Ideas - dough being kneaded on a floured bench, then loaves coming out of the oven, then my "
    "dad's hands dusting icing sugar over mince pies, then a customer being handed a box tied "
    'with ribbon, then snow falling outside the shop at night, then "Merry Christmas from Crumbs" '
    "in gold.\n"
    "Hmm actually no snow, it never snows here and it'll look fake. Do fairy lights twinkling in "
    "the window instead. And can it be landscape since it's mostly for the window screen, and 20 "
    "seconds. Thanks!!"
)


def test_a_change_of_mind_about_a_picture_the_frame_and_the_length() -> None:
    p = plan(BAKERY)
    said = [s.description for s in p.shots]
    assert p.aspect_ratio == "16:9" and p.total_duration_s == 20.0, said
    assert not any("snow" in s.lower() for s in said), said
    assert said[-2] == "Fairy lights twinkling in the window", said  # where the snow was
    assert "typography" in p.shots[-1].tags, said


def test_a_heading_over_the_ideas_is_no_picture_and_no_one() -> None:
    p = plan(BAKERY)
    assert p.shots[0].description.startswith("Dough being kneaded"), p.shots[0].description
    assert not any(c.name == "Ideas" for c in p.cast), p.cast


def test_a_bare_no_is_how_every_shot_looks_not_a_picture_dropped() -> None:
    p = plan(
        "A potter throwing a bowl on the wheel. The kiln door opening on glowing pots. "
        "No people's faces please. Mugs drying on a shelf."
    )
    assert len(p.shots) == 3, [s.description for s in p.shots]


async def test_the_chat_plans_the_change_of_mind(data_home: Path) -> None:
    p = await planned_in_the_chat(BAKERY)
    assert p.aspect_ratio == "16:9"
    assert not any("snow" in s.description.lower() for s in p.shots)


def test_where_the_video_plays_is_no_picture_but_a_recipe_step_is() -> None:
    p = plan(
        "It'll go on Instagram and the screen in the window. Dough being kneaded on a floured "
        "bench. It'll go in the oven until golden. A loaf cooling on a rack."
    )
    said = [s.description for s in p.shots]
    assert said == [
        "Dough being kneaded on a floured bench",
        "It'll go in the oven until golden",
        "A loaf cooling on a rack",
    ], said
