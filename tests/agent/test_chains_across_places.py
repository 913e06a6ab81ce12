"""A chained shot starts on the last clip's final frame, so it must be the same place: the
stop-45 walk saw continuity chained across different places ("my grandad fixing his tractor",
then "feeding the hens", then "walking the dog"). Someone doing one thing after another in the
same place still goes on from the shot before."""

from __future__ import annotations

from tests.agent.planning import plan


def test_the_same_person_in_another_named_place_is_a_cut() -> None:
    p = plan(
        "Maya kneading dough in the kitchen. Maya riding her bike through the park. 10 seconds."
    )
    assert len(p.shots) == 2 and p.shots[1].chain_from is None


def test_one_person_s_listed_doings_are_never_chained() -> None:
    p = plan("A film about my grandad fixing his tractor, feeding the hens and walking the dog.")
    assert len(p.shots) == 3 and all(s.chain_from is None for s in p.shots)


def test_the_same_person_going_on_in_one_place_is_still_chained() -> None:
    p = plan("Maya kneading dough in the kitchen. Maya shaping the loaves in the kitchen. 10 s.")
    assert p.shots[1].chain_from == "S01"


def test_rooms_of_one_house_are_one_place() -> None:
    p = plan(
        "Jess sprints up the stairs of the farmhouse. Jess throws the nursery door open. 10 s."
    )
    assert p.shots[1].chain_from == "S01"
