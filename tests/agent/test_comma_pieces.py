"""Pieces a comma cuts from their picture stay with it: a full name and the role said after it,
a participle of the body just seen, "a cloud of it". Lines written for this test."""

from __future__ import annotations

from agent.briefing.beats import split_brief


def beats(text: str) -> list[str]:
    return [b.text for b in split_brief(text).beats]


def test_a_full_name_and_its_role_are_one_subject() -> None:
    said = beats(
        "A lighthouse at dusk. Aisha Rahman, our keeper, climbing the spiral stair. The lamp turns."
    )
    assert "Aisha Rahman, our keeper, climbing the spiral stair" in said


def test_a_participle_of_the_body_just_seen_stays_with_it() -> None:
    said = beats(
        "A walled garden, a bench under an apple tree, a woman opening the gate, her hand extended."
    )
    assert "A woman opening the gate, her hand extended" in said, said


def test_a_cloud_of_it_is_the_picture_before() -> None:
    said = beats("Chalk dust, someone clapping their hands, a big cloud of it, slow-mo.")
    assert not any(b.lower().startswith("a big cloud of it") for b in said), said
