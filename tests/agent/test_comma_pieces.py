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


def test_a_brief_laid_out_a_line_at_a_time_is_a_picture_a_line() -> None:
    said = beats(
        "Reel for the ferry, 20s.\n"
        "The ferry noses out of the harbour at dawn, gulls following, spray on the bow.\n"
        "A deckhand coils a rope on the car deck, his breath in the cold.\n"
        "Passengers at the rail, coffee in hand, the island coming closer.\n"
        "The bow door lowers onto the slipway and the first car rolls off.\n"
    )
    assert len(said) == 4, said
    assert said[0].startswith("The ferry noses out") and "spray on the bow" in said[0]


def test_two_clauses_with_subjects_on_one_line_are_still_two_pictures() -> None:
    said = beats(
        "Ideas for the kitchen spot.\n"
        "A family in a bright kitchen at breakfast.\n"
        "The kettle boils, the toaster pops.\n"
        "A child laughs at the table.\n"
        "The logo on the fridge door.\n"
    )
    assert any(b.startswith("The toaster pops") for b in said), said


def test_a_heading_alone_is_no_shot() -> None:
    said = beats(
        "We would love something gentle.\nPerhaps:\nA robin on a frosty bench.\nSnow on the gate."
    )
    assert not any(b.startswith("Perhaps") for b in said), said


def test_a_greeting_in_another_language_is_no_shot() -> None:
    said = beats("Buongiorno! Una sciatrice scende nella neve fresca. Il logo alla fine.")
    assert not any(b.startswith("Buongiorno") for b in said), said
