"""A title before a name ("Dr", "Coach"): never read across a line, and the same person when the
brief calls them by title and surname later. Through the offline planner, as a brief is planned."""

from __future__ import annotations

from tests.agent.planning import plan


def test_a_lower_case_title_ending_a_sentence_is_no_name() -> None:
    # stop 45's walk: "on the coach.\nAbout a minute" raised IndexError out of `run`
    p = plan("They fell asleep on the coach.\nAbout a minute long is fine.\n")
    assert p.shots and sum(s.duration_s for s in p.shots) == 60
    assert not any("About" in m.name for m in p.cast)


def test_title_and_surname_later_is_the_same_person() -> None:
    p = plan("A 10 second clip. Dr. Amara Lewis greets a patient. Dr. Lewis writes a note.")
    assert [m.name for m in p.cast if m.kind == "character"] == ["Amara Lewis"]
    assert [m.shots for m in p.cast if m.name == "Amara Lewis"] == [["S01", "S02"]]
    assert all("character" in s.tags for s in p.shots)


def test_a_role_title_is_the_person_when_the_role_comes_back() -> None:
    p = plan("Coach Marta shows the grip. The coach claps. 15 seconds.")
    assert [m.name for m in p.cast if m.kind == "character"] == ["Marta"]
