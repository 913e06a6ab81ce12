"""The forms held-out set AI found the planner missing (stop 42), in briefs written for these
tests: an agency's seconds and its deck's title, a length changed in bare numbers, a shot dropped
by its place, a cover note signed above what it pastes, notes to the reader, words on a label,
a relative clause that goes on after "and then", a take that is "still" the same."""

from __future__ import annotations

import pytest

from agent.brief import parse_brief
from tests.agent.planning import plan, said

AGENCY = (
    "Morning both, brief below. Shout if anything's unclear!\n\n"
    '# BREW – "First Cup" – creative brief v2\n'
    "**Client:** Brew Co.\n\n"
    "## Shots\n"
    "1. Kettle clicking off in a sunny kitchen.\n"
    "2. Coffee blooming in a cafetière.\n"
    "3. Overhead: a mug on the table, steam curling.\n\n"
    "## Deliverables\n"
    '- 1 x 20" hero film, 16:9\n'
    '- 10" and 6" 9:16 cut-downs to follow, not this job\n'
)


def test_an_agency_deck_gives_its_seconds_its_title_and_its_angles() -> None:
    p = plan(AGENCY)
    assert sum(s.duration_s for s in p.shots) == 20
    assert p.title == 'BREW - "First Cup"'
    assert len(p.shots) == 3, said(p)
    assert p.shots[2].framing == "aerial"
    assert not any("unclear" in s for s in said(p))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            "Thinking 30 seconds.\n1. the garden\n2. the shed\n3. the pond\n"
            "actually make it 20 not 30, nobody watches to the end.",
            20,
        ),
        (
            "Tom builds a den in the woods. Tom lights a fire. I'd have liked a minute but my son "
            "says that's too long, so call it 20 seconds.",
            20,
        ),
    ],
)
def test_a_length_changed_in_passing_is_the_one_planned(text: str, seconds: int) -> None:
    assert parse_brief(text).duration_s == seconds


def test_a_shot_dropped_by_its_place_goes() -> None:
    p = plan(
        "1. the front door\n2. the hallway\n3. the box room\n4. the garden\n"
        "oh and drop the third one, it's a mess."
    )
    assert said(p) == ["The front door", "The hallway", "The garden"]


def test_a_cover_note_signed_above_the_treatment_is_no_shot() -> None:
    p = plan(
        "Hi, the director's treatment is below, we need a 20 second teaser.\n"
        "Priya\nContent Producer, Lantern Films\n\n----\n\n"
        "A lighthouse at dusk, its lamp turning. The keeper climbs the spiral stairs."
    )
    assert not any("Priya" in s or "Producer" in s for s in said(p)), said(p)
    assert said(p)[0].startswith("A lighthouse")


@pytest.mark.parametrize(
    "note",
    [
        "IMPORTANT – the owner's interview runs as voice-over, never seen talking.",
        "My husband Dev will be in charge of the tea.",
        "Plain and friendly please, real people, no cartoons.",
    ],
)
def test_a_note_to_the_reader_is_no_shot(note: str) -> None:
    p = plan(f"- the bakery at dawn\n- bread coming out of the oven\n- the shop sign\n\n{note}")
    assert len(p.shots) == 3, said(p)


def test_words_on_a_label_or_a_sign_are_lettering_not_speech() -> None:
    p = plan(
        '- a jar on a board, the label says "Aunt Mo\'s Chutney - Extra Hot"\n'
        "- the sign at the edge of the town that says welcome to Kirkby\n"
        "- a spoonful on a cracker"
    )
    for shot in p.shots[:2]:
        assert "typography" in shot.tags
        assert "dialogue" not in shot.tags


def test_a_relative_clause_goes_on_after_and_then() -> None:
    p = plan(
        "The torch swings round onto Amy, who gasps and then bursts out laughing. The dog runs in."
    )
    assert said(p)[0].endswith("who gasps and then bursts out laughing"), said(p)
    assert not any(s.startswith("The torch bursts") for s in said(p))


def test_still_in_the_same_take_chains_and_leaves_no_still() -> None:
    p = plan(
        "Ben stacks the cushions into a tower.\n"
        "Still in the same take, the tower topples over on top of him."
    )
    assert said(p)[-1].startswith("The tower topples"), said(p)
    assert p.shots[-1].chain_from == p.shots[-2].id


def test_an_orchestras_players_move() -> None:
    p = plan(
        "- the cellist's bow sawing across the strings\n"
        "- the conductor, baton raised\n"
        "- the timpani skin vibrating"
    )
    assert "human_motion" in p.shots[0].tags
    assert "physics" in p.shots[2].tags


def test_a_length_typed_last_without_a_comma_leaves_the_description() -> None:
    p = plan("slowmo of a paddling pool being tipped over the dog 3 secs lol")
    assert said(p) == ["Slowmo of a paddling pool being tipped over the dog"]
    assert sum(s.duration_s for s in p.shots) == 3


def test_a_film_for_launch_day_keeps_its_words() -> None:
    p = plan(
        "I want a tiktok for launch day!! 9:16, 10 seconds. ✨ my candles on a shelf ✨ the logo"
    )
    assert p.title.startswith("Launch day")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Project: THE HARBOUR MASTER (working title)\n- the quay at dawn\n- ropes coiled on deck",
         "The Harbour Master"),
        ("Subject: Recycling explainer – spring 2026\n\nHi,\n- bins on the kerb\n- the lorry",
         "Recycling explainer"),
        ('Hi, the treatment for Mara\'s new single "Low Tide" is below.\n\n'
         "Mara walks into the sea at dusk. The waves close over her.", "Low Tide"),
        ("Hiya, my gran makes jam and I want a short ad I can send to shops. 15 seconds.\n"
         "- the jam bubbling\n- the jars on the shelf", "Short ad"),
    ],
)  # fmt: skip
def test_a_brief_labelled_or_named_at_its_top_gives_the_title(text: str, title: str) -> None:
    assert plan(text).title == title
