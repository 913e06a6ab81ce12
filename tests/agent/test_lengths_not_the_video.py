"""Lengths and counts in a brief that are not the video's: a product's burn time, a bus every
20 minutes, a show's own running time, a recording's length, steps climbed. A brief is never
refused for them when it also says how long the video is. Briefs written for this test."""

from __future__ import annotations

import pytest

from agent.brief import BriefError, parse_brief


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            "A candle with a 45hr burn time. Make the clip 15 seconds. A flame flickers in a jar.",
            15,
        ),
        ("Buses every 20 minutes. A 20 second spot. A bus pulls into the stop.", 20),
        (
            "A 40-second version of the trailer. Saturn turns in the dark. The show runs 25 minutes.",
            40,
        ),
        ("[Voice message, 1:42, transcribed] we need a video, 30 seconds. A chainsaw bites.", 30),
        ("Runtime: 1 min 30 s. Sparks shower from the furnace. A crane carries the ladle.", 90),
        ("He sounded the horn every thirty seconds. About a minute. A trawler passes.", 60),
    ],
)
def test_the_video_s_own_length_is_read(text: str, seconds: float) -> None:
    assert parse_brief(text).duration_s == seconds


def test_things_counted_in_the_story_are_no_shot_count() -> None:
    brief = parse_brief("About a minute. He climbed the 142 steps with the paraffin. A gull cries.")
    assert brief.duration_s == 60 and brief.shot_count is None


def test_a_shot_count_the_length_cannot_hold_is_still_refused() -> None:
    with pytest.raises(BriefError, match="10 shots in 5 seconds"):
        parse_brief("Ten shots of tea, 5 seconds.")


def test_a_video_too_long_is_still_refused_when_it_is_the_only_length() -> None:
    with pytest.raises(BriefError, match="up to 10 minutes"):
        parse_brief("A 25-minute film about the harbour. Boats come in at dawn.")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("A minute and a half video of the harbour at dawn.", 90),
        ("A one and a half minute film: the harbour at dawn.", 90),
        ("Two and a half minutes: the harbour at dawn, gulls over the boats.", 150),
        ("half a minute of the harbour at dawn", 30),
        # "forty five" said, not written "forty-five": it was 5 s, and "forty … clip" 40 shots
        ("A forty five second clip of the harbour at dawn.", 45),
        ("twenty five secs, the harbour at dawn", 25),
    ],
)
def test_a_length_said_as_people_say_it(text: str, seconds: float) -> None:
    assert parse_brief(text).duration_s == seconds
