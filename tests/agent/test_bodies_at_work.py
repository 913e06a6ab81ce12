"""Bodies in motion read from an English dictionary, not only from our list of verbs: a person
"pruning roses" or "snipping bunches" is at work though no list of ours named the verb
(agent/briefing/english.is_action_verb, LemmInflect). Briefs written for this test."""

from __future__ import annotations

import pytest

from agent.briefing.english import is_action_verb
from sessions.models import ShotPlan
from tests.agent.planning import plan


def shot_with(p: ShotPlan, word: str) -> frozenset[str]:
    shot = next(s for s in p.shots if word in s.description)
    return frozenset(shot.tags)


@pytest.mark.parametrize("word", ["snipping", "grinning", "pruning", "slurps", "bursting"])
def test_verbs_of_doing(word: str) -> None:
    assert is_action_verb(word)


@pytest.mark.parametrize(
    "word", ["painting", "building", "evening", "morning", "sitting", "stares", "gloves", "dough"]
)
def test_nouns_and_stillness_are_no_verbs_of_doing(word: str) -> None:
    assert not is_action_verb(word)


def test_a_person_doing_a_verb_no_list_has_is_a_body_in_motion() -> None:
    p = plan(
        "30 seconds. A gardener, Ruth, pruning roses on a frosty morning. "
        "Ruth snipping a bloom and grinning at the camera. A robin on the fence."
    )
    assert "human_motion" in shot_with(p, "pruning")
    assert "human_motion" in shot_with(p, "snipping")
    assert "human_motion" not in shot_with(p, "robin")  # no body, no body in motion


def test_a_painting_on_a_wall_is_no_one_at_work() -> None:
    p = plan("20 seconds. A painting hangs in an empty gallery. Evening light on the building.")
    assert all("human_motion" not in s.tags for s in p.shots)


def test_a_line_someone_says_is_not_a_note_about_the_cast() -> None:
    # '"Nobody here works alone."' is said on camera; it does not empty the film of people
    p = plan(
        "45 seconds. A nurse walks the ward at handover, greeting colleagues. "
        'She speaks to camera: "Nobody here works alone." '
        "She pushes through the double doors into the unit."
    )
    assert "human_motion" in shot_with(p, "walks")


@pytest.mark.parametrize(
    ("beat", "word"),
    [
        ("a florist wraps a bouquet of peonies", "florist"),
        ("the tailor pins a hem", "tailor"),
        ("she ties the ribbon round the box", "ribbon"),
    ],
)
def test_a_verb_that_is_a_noun_too_is_done_between_someone_and_a_thing(
    beat: str, word: str
) -> None:
    """Walked: "a florist wraps a bouquet" was no body in motion ("wraps" is a noun too, so the
    dictionary's verbs of doing left it out); between a person and "a bouquet" it is a verb."""
    p = plan(f"A 20-second reel for a flower shop: {beat}, then the shop sign at dusk.")
    assert "human_motion" in shot_with(p, word)
    assert "human_motion" not in shot_with(p, "sign")


def test_a_noun_after_a_person_is_still_no_verb() -> None:
    """ "The florist looks the part" (a still verb) and "a man watches the sea" stay still."""
    p = plan("Two shots. The florist looks the part. A man watches the sea.")
    assert not any("human_motion" in s.tags for s in p.shots)
