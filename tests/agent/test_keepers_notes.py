"""A keeper's notes, as set O's zoo keeper wrote them and the planner misread them: a talker's
"So," cast as someone called So, "a day on the … section:" planned as a shot, "How to tell them
apart:" planned as a shot, and "Please keep them right" made the title. Briefs written for this
test, not copied from the set."""

from __future__ import annotations

from agent.brief import parse_brief
from tests.agent.planning import plan

NOTES = (
    "Marketing want a 30 sec clip of the red pandas for the website. So, a typical morning at "
    "the panda enclosure:\n"
    "08:10 Fog in the bamboo, nothing moving.\n"
    "08:30 Pip climbs down the trunk head first.\n"
    "09:00 Bramble eating apple slices from a keeper's hand.\n"
    "How to tell them apart: Pip has a pale stripe on her tail, Bramble is darker.\n"
    "Please keep them right, the members will notice!"
)


def test_a_talkers_so_is_no_one_and_the_day_heading_no_shot() -> None:
    p = plan(NOTES)
    names = [c.name for c in p.cast]
    assert "So" not in names and {"Pip", "Bramble"} <= set(names), names
    said = " | ".join(s.description for s in p.shots)
    assert "typical morning" not in said and "enclosure:" not in said, said
    assert len(p.shots) == 3, said


def test_how_to_tell_them_apart_is_a_note_not_a_shot() -> None:
    p = plan(NOTES)
    assert not any("pale stripe" in s.description for s in p.shots)


def test_a_care_for_the_maker_is_not_the_title() -> None:
    title = parse_brief(NOTES).title
    assert not title.lower().startswith("please"), title


def test_so_opening_a_shot_list_still_plans_its_shots() -> None:
    p = plan("So, three shots. A dog runs on the beach. It shakes off water. It sleeps.")
    assert len(p.shots) == 3 and all(c.name != "So" for c in p.cast)


def test_the_pictures_a_writer_is_thinking_of_are_the_shots() -> None:
    """Set AC's cider farm was refused whole: "I'm thinking apples tumbling out of a sack, …"
    read as the writer's talk, leaving no picture."""
    p = plan(
        "Hi, we keep goats up the valley. Is 15 seconds enough? I'm thinking goats leaping "
        "between the rocks, a kid drinking from a trough, and the barn at dusk."
    )
    said = [s.description for s in p.shots]
    assert said[0].startswith("Goats leaping"), said
    assert not any("thinking" in s for s in said)
    p = plan("10 seconds. I'd love to see a kite surfer jumping a wave.")
    assert p.shots[0].description.startswith("A kite surfer"), p.shots[0].description
