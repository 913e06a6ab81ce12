"""The sentence that says what the video is can also show its first picture: "A 4-second
close-up of rain on a window." is a close-up of rain, and "A 10-second clip of the city at
night. Then the neon sign flickers on." is two shots. Briefs written for this test."""

from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief


def test_a_framing_with_the_video_s_length_is_the_picture_s_framing() -> None:
    plan = plan_from_brief(parse_brief("A 4-second close-up of rain on a window."))
    [shot] = plan.shots
    assert shot.framing == "close" and "second" not in shot.description.lower()
    assert "second" not in plan.title.lower()
    aerial = plan_from_brief(parse_brief("A 3-second aerial of a forest in fog.")).shots
    assert [s.framing for s in aerial] == ["aerial"] and "second" not in aerial[0].description


def test_then_after_the_video_s_sentence_makes_its_picture_the_first_shot() -> None:
    plan = plan_from_brief(
        parse_brief("A 10-second clip of the city at night. Then the neon sign flickers on.")
    )
    said = [s.description.lower() for s in plan.shots]
    assert len(said) == 2 and "city at night" in said[0] and "neon" in said[1], said
    # without "then", the video's picture stays its subject, as before
    one = plan_from_brief(parse_brief("A 10-second clip of a fox. It sniffs the snow.")).shots
    assert len(one) == 1, [s.description for s in one]
