"""Forms set AH's writers used that the planner misread at first contact, each in a brief written
for this test (not copied from the set): lines with their seconds last and no bullet, a text
message's spellings ("in2", "for r", "nite") around a clip "of" something, a take that keeps
rolling on a line of its own, a card "saying" its words, an English pub and a line that opens on
"Outside,", and a YouTube Short in lower case."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.briefing.cues import _LETTERS_SAYING
from agent.briefing.text import normalise
from tests.agent.conftest import planned_by_the_cli, planned_in_the_chat
from tests.agent.planning import plan, said

CAR_WASH = (
    "hiya, hand car wash on the retail park, want a reel. each line is how long:\n"
    "muddy pickup rolls in, wipers going - 2 secs\n"
    "our lad Deano with the snow foam lance, foam everywhere - 3 secs\n"
    "close up of the foam sliding down the door - 2 secs\n"
    "Deano drying the bonnet and giving a thumbs up - 3 secs\n"
    'logo and "£8 a wash - open 7 days" - 2 secs'
)


def test_lines_with_their_seconds_last_are_a_shot_a_line() -> None:
    p = plan(CAR_WASH)
    assert [s.duration_s for s in p.shots] == [2.0, 3.0, 2.0, 3.0, 2.0], said(p)
    assert p.total_duration_s == 12.0
    assert not any("secs" in s for s in said(p)), said(p)
    assert [c.name for c in p.cast] == ["Deano"]
    assert "typography" in p.shots[-1].tags


def test_one_line_with_its_seconds_last_is_still_the_film_s_length() -> None:
    p = plan("a muddy pickup rolls into the car wash, wipers going - 10 secs")
    assert p.total_duration_s == 10.0


def test_a_text_message_s_spellings_are_read_as_words() -> None:
    assert normalise("a dart thunkin in2 treble 20 for r darts nite promo pls") == (
        "a dart thunkin into treble 20 for our darts night promo please"
    )
    assert normalise("can u do a vid 4 my shop") == "can you do a vid for my shop"
    assert normalise("sludge n flies") == "sludge and flies"
    # (a lone letter or number that means something else stays)
    assert normalise("Plan B and row 4 of the stands") == "Plan B and row 4 of the stands"


def test_a_clip_of_something_with_its_purpose_after_is_planned() -> None:
    # (refused before: "the brief says how long (6 sec) but not what to show")
    p = plan("need a 5 sec slo mo of a snooker ball rolling into the pocket 4 r club nite promo")
    assert len(p.shots) == 1 and p.total_duration_s == 5.0
    assert said(p)[0] == "A snooker ball rolling into the pocket", said(p)


def test_a_take_that_keeps_rolling_on_a_line_of_its_own_is_chained() -> None:
    p = plan(
        "for the family group chat, 10 seconds.\n"
        "our puppy Biscuit asleep in her basket, twitching\n"
        "keep rolling - she wakes and stretches and yawns\n"
        "same shot still going - she trots off towards the camera\n"
    )
    chained = [s for s in p.shots if s.chain_from]
    assert chained, said(p)
    assert not any("keep rolling" in s or "still going" in s for s in said(p)), said(p)


def test_a_card_saying_its_words_is_no_one_speaking() -> None:
    p = plan('Retirement do, 10 seconds. Jan cutting the cake, then a card saying "Enjoy it, Jan!"')
    assert "dialogue" not in p.shots[-1].tags
    assert "typography" in p.shots[-1].tags
    assert _LETTERS_SAYING.search("a banner reading 'Welcome'")


def test_an_english_pub_is_no_advert_and_outside_is_no_one_writing() -> None:
    p = plan(
        "The darts final, 20 seconds. The oche under the lights. "
        'Outside, the pub sign creaking in the wind: "The Plough - Darts Night Fri".'
    )
    last = said(p)[-1]
    assert "pub sign" in last and "The Plough" in last, said(p)
    assert "physics" in p.shots[-1].tags


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("want a youtube short, 15 seconds. a heron lifting off the lake", "9:16"),
        ("A YouTube short film about the allotment: the shed, the runner beans.", "16:9"),
    ],
)
def test_a_youtube_short_in_lower_case_is_vertical(text: str, aspect: str) -> None:
    assert plan(text).aspect_ratio == aspect


def test_the_cli_plans_lines_with_their_seconds_last(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = planned_by_the_cli(CAR_WASH, tmp_path, capsys)
    assert [s["duration_s"] for s in summary["shots"]] == [2.0, 3.0, 2.0, 3.0, 2.0]


async def test_the_chat_plans_lines_with_their_seconds_last(data_home: Path) -> None:
    p = await planned_in_the_chat(CAR_WASH)
    assert [s.duration_s for s in p.shots] == [2.0, 3.0, 2.0, 3.0, 2.0]


def test_a_viewpoint_said_first_frames_the_picture_after_it() -> None:
    p = plan(
        "Regatta day, 20 seconds. The boats lined up on the start. Then from up high looking "
        "straight down, all the sails crossing the line together."
    )
    last = p.shots[-1]
    assert last.framing == "aerial" and "sails" in last.description, said(p)


def test_a_moment_s_name_and_a_sound_word_are_no_shots() -> None:
    p = plan(
        "Fun run promo, 20 seconds. Then the big moment, the klaxon goes and four hundred "
        "runners surge off the line, whoosh! The finish arch at the end. The mayor says hello."
    )
    assert not any(s.lower().startswith(("the big moment", "whoosh")) for s in said(p)), said(p)
    assert not any("mayor" in s for s in said(p)), said(p)
    assert "whoosh" in said(p)[0], said(p)


def test_a_sign_s_line_after_the_name_is_no_part_of_the_brand() -> None:
    p = plan(
        'Cafe promo, 15 seconds. The espresso pouring, the cake counter, then our sign "Bean '
        'There - coffee since 1998".'
    )
    assert "Bean There" in [c.name for c in p.cast], p.cast
    assert not any("since" in c.name for c in p.cast), p.cast


def test_a_hedge_left_by_the_length_is_no_title() -> None:
    p = plan(
        "Need a video for instagram, let's say 20 seconds and square. A loaf cooling on a rack."
    )
    assert "let" not in p.title.lower() and not p.title.endswith(" and"), p.title
