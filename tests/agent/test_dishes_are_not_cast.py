"""A dish named for an animal is no one to keep the same: "3 shots: fish and chips in paper, a
gull on the railing" cast "the fish" as a character and asked for "closer on the fish's face".
Found walking the app; briefs written for this test."""

from __future__ import annotations

from tests.agent.planning import plan


def test_fish_and_chips_has_no_face() -> None:
    p = plan("3 shots: fish and chips in paper, a gull on the railing")
    said = " | ".join(s.description for s in p.shots)
    assert not p.cast and "face" not in said, said
    assert not any("character" in s.tags for s in p.shots)


def test_chicken_wings_and_dog_food_are_things() -> None:
    for brief in ("Chicken wings on a grill, 3 shots, 12 seconds", "A bag of dog food, 2 shots"):
        p = plan(brief)
        assert not [c.name for c in p.cast if c.kind == "character"], (brief, p.cast)


def test_the_animal_beside_its_bowl_is_still_cast() -> None:
    p = plan("our dog Rolo sniffing his dog bowl, then Rolo asleep on the sofa, 8 seconds")
    assert [c.name for c in p.cast] == ["Rolo"]
    assert all("character" in s.tags for s in p.shots)
