"""Short, ordinary briefs the planner misread, found by trying it as a newcomer would (written
for this test): the video's own sentence that is also its only picture, a picture after a comma
("a 10 second reel, a cyclist…"), a person introduced as "one of our regulars, Nia", a pastry
taken for a name, and a chat where a shot asked for is refused in the next line."""

from __future__ import annotations

import pytest

from tests.agent.test_layouts import plan, said


@pytest.mark.parametrize(
    "brief",
    [
        "A 10 second reel of a cyclist crossing the bridge. End on the logo.",
        "A 10 second reel showing a cyclist crossing the bridge. End on the logo.",
        "A 10 second reel, a cyclist crossing the bridge. End on the logo.",
        "a 10 second reel, cyclist crossing the bridge. end on the logo",
    ],
)
def test_the_videos_own_sentence_is_its_picture_when_only_the_card_follows(brief: str) -> None:
    p = plan(brief)
    assert len(p.shots) == 2 and p.total_duration_s == 10, said(p)
    assert "cyclist crossing the bridge" in p.shots[0].description.lower()
    assert "typography" in p.shots[1].tags
    assert not p.title.lower().startswith("reel")


@pytest.mark.parametrize(
    ("brief", "first"),
    [
        ("A 30 second ad, vertical, for Instagram. Bread from the oven. Flour falling. "
         "End on the logo.", "Bread from the oven"),
        ("A 15 second reel, nothing fancy. Coffee poured into a cup. A smile.",
         "Coffee poured into a cup"),
        ("A 20 sec clip, moody and dark. Rain on a window.", "Rain on a window"),
        ("A 30 second film of our bakery. Bread from the oven. Flour falling. End on the logo.",
         "Bread from the oven"),
    ],
)  # fmt: skip
def test_what_follows_the_comma_is_a_picture_only_when_it_is_one(brief: str, first: str) -> None:
    p = plan(brief)
    assert p.shots[0].description == first, said(p)


def test_one_of_our_regulars_named_is_the_she_of_the_shots_after() -> None:
    p = plan(
        "A 20 second film for our cafe. One of our regulars, Nia, walks in out of the rain. "
        "She orders a flat white at the counter. She sits by the window with the cup. "
        "End on our sign."
    )
    assert [m.name for m in p.cast if m.kind == "character"] == ["Nia"]
    assert ["character" in s.tags for s in p.shots] == [True, True, True, False], said(p)


def test_pastries_are_no_ones_name() -> None:
    p = plan(
        "Can we do a 15 second clip for the bakery? Croissants coming out of the oven. "
        "End on the logo."
    )
    assert not [m for m in p.cast if m.kind == "character"]
    assert "character" not in p.shots[0].tags and "product" in p.shots[0].tags


@pytest.mark.parametrize(
    "refusal",
    [
        "he said no to that",
        "nah skip that",
        "client said no to that one, people dont like being filmed",
        "no to that - people hate drones",
    ],
)
def test_a_shot_asked_for_and_refused_in_the_next_line_of_a_chat(refusal: str) -> None:
    p = plan(
        "[10:03] Jo: a 10 second reel, cyclist crossing the bridge\n"
        "[10:04] Sam: what about a shot of the river from above?\n"
        f"[10:05] Jo: {refusal}\n"
        "[10:05] Jo: end on the logo\n"
    )
    assert [s.description for s in p.shots] == ["Cyclist crossing the bridge", "The logo"]
    assert p.shots[0].framing != "aerial"  # the refused shot's "from above" frames nothing


def test_skip_that_and_what_is_wanted_instead() -> None:
    p = plan("A 15 second clip. A dog runs on the beach. Skip that, a cat sleeps on a sofa. "
             "Then the logo.")  # fmt: skip
    assert [s.description for s in p.shots] == ["A cat sleeps on a sofa", "The logo"]


def test_a_refusal_with_no_shot_before_it_takes_nothing_away() -> None:
    p = plan(
        "[10:01] Jo: 15 seconds, with music?\n[10:02] Sam: no to that, the kiln is loud enough\n"
        "[10:03] Jo: a potter's hands shaping clay\n[10:04] Jo: the kiln door opening\n"
    )
    assert [s.description for s in p.shots] == [
        "A potter's hands shaping clay",
        "The kiln door opening",
    ]


# A fresh-eyes review of the rules above found each of these misfiring on an ordinary brief; the
# rules were narrowed and the briefs are kept here.


def test_a_sign_off_over_the_senders_name_is_no_heading() -> None:
    p = plan(
        "Hi Dan,\nCould you put together a 30 second ad for the shop? A baker pulls bread from "
        "the oven. Flour dusts the counter. End on the logo.\nMany thanks\n- Jo"
    )
    assert [s.description for s in p.shots][-1] == "The logo", said(p)
    p = plan(
        "A 30 second ad for the hotel.\nGuests arrive\n- a porter carries bags up the steps\n"
        "- the doors swing open\nEnd on the logo."
    )
    assert not any(s.description.endswith(":") for s in p.shots), said(p)


@pytest.mark.parametrize(
    "card",
    ['Open on a title card: "Monday Mornings".', "Open with the logo.", "Logo up front please."],
)
def test_a_card_said_to_open_the_film_stays_first(card: str) -> None:
    p = plan(f"A 20 second clip of a barista pouring latte art. {card}")
    assert len(p.shots) == 2, said(p)
    assert "typography" in p.shots[0].tags and "barista" in p.shots[1].description


@pytest.mark.parametrize(
    "remark", ["the client is Harbour Bank", "the owner wants it live by Friday"]
)
def test_a_remark_after_the_comma_is_no_picture(remark: str) -> None:
    p = plan(f"A 30 second TV spot, {remark}. End on the logo.")
    assert not any(remark.split()[1] in s.description.lower() for s in p.shots), said(p)
    assert not [m for m in p.cast if m.kind == "character"]


def test_a_plural_before_a_name_is_one_person_only_after_one_of() -> None:
    p = plan(
        "A 30 second film for the bakery. In the mornings, Nia, our head baker, lights the oven. "
        "The morning light falls across the flour. End on the logo."
    )
    assert "character" not in p.shots[1].tags and p.shots[1].chain_from is None, said(p)


@pytest.mark.parametrize("name", ["Bao", "Sushi", "Frisbee"])
def test_a_pets_name_that_is_also_a_food_is_still_a_name(name: str) -> None:
    p = plan(f"A 30 second film for the garden. {name} waters the tomatoes. End on the logo.")
    assert name in [m.name for m in p.cast], said(p)


def test_a_storys_no_is_a_picture_and_a_briefs_is_not() -> None:
    p = plan(
        "A 20 second ad for the dog groomer. The puppy grabs a sock from the basket. Drop that! "
        "The groomer laughs. End on the logo."
    )
    assert p.shots[0].description == "The puppy grabs a sock from the basket", said(p)
    p = plan(
        "A 30 second ad for the ice cream van. Dad points at the pink cone. Not that one! The kid "
        "points at the chocolate one instead. End on the logo."
    )
    assert p.shots[0].description == "Dad points at the pink cone", said(p)
    p = plan(
        "A 30 second ad for the bike shop. A mechanic fixes a puncture. Drop that, Sarah thinks "
        "it's too slow. A rider speeds down the hill. End on the logo."
    )
    assert "mechanic" not in said(p) and "rider" in said(p)


def test_who_wants_the_video_names_it() -> None:
    p = plan(
        "[12/03/2026, 19:02:11] Dazza: lads the kebab shop wants a video\n"
        "[12/03/2026, 19:02:40] Dazza: 20 secs for insta\n"
        "[12/03/2026, 19:03:05] Mo: the doner spinning\n"
        "[12/03/2026, 19:04:01] Mo: end on the sign\n"
    )
    assert p.title == "Video for the kebab shop"
    p = plan("Hi! My aunt's bakery needs a short reel, 15 seconds. Bread out of the oven.")
    assert p.title == "Reel for my aunt's bakery"


def test_a_title_heading_the_brief_names_the_film_and_is_no_shot() -> None:
    p = plan(
        "Title: Paws & Suds dog grooming\n20 second TikTok.\n- a muddy spaniel jumps into the van\n"
        "- Jamie lathers him up\n- the clean dog shakes off water\n- logo with our number\n"
    )
    assert p.title == "Paws & Suds dog grooming"
    assert len(p.shots) == 4 and "spaniel" in p.shots[0].description, said(p)
    p = plan('Title card: "Fresh Today"\nThen bread out of the oven. 10 seconds.')
    assert "typography" in p.shots[0].tags and len(p.shots) == 2, said(p)


def test_a_person_called_by_name_in_the_videos_sentence_is_the_she_of_the_shots() -> None:
    # a newcomer's brief: no cast line, and "Ines should be older" was refused later
    p = plan(
        "A 20-second video about a baker called Ines: she opens her shop at dawn, then serves "
        "the first customer, then a close-up of warm bread."
    )
    assert [m.name for m in p.cast] == ["Ines"], said(p)
    assert [("Ines" in s.subjects) for s in p.shots] == [True, True, False], said(p)


def test_a_plural_then_what_it_does_is_no_verb_of_the_person_before() -> None:
    p = plan(
        "A 15-second video of a lighthouse keeper called Tomas climbing the spiral stairs at "
        "night, then lighting the lamp, then waves crashing below."
    )
    assert said(p).endswith("Tomas lighting the lamp | Waves crashing below"), said(p)
    assert "Tomas" in p.shots[1].subjects and "Tomas" not in p.shots[2].subjects


@pytest.mark.parametrize(
    ("brief", "second"),
    [
        ("A girl walks to the shore, then starts running along the waves.", "The girl starts"),
        ("A man plays piano, then goes jogging in the park.", "The man goes jogging"),
        ("A dancer spins, then walks smiling into the crowd.", "The dancer walks smiling"),
    ],
)
def test_a_verb_then_an_ing_word_is_still_the_one_before_doing_it(brief: str, second: str) -> None:
    # (a fresh-eyes review: "starts running" was read as a plural, like "waves crashing")
    p = plan(brief)
    assert p.shots[1].description.startswith(second), said(p)
    assert p.shots[1].chain_from == "S01"


def test_a_puppy_named_max_is_one_member_and_no_she() -> None:
    p = plan(
        "A puppy named Max sleeps by the fire. A girl strokes him, then she smiles and she laughs."
    )
    assert [m.name for m in p.cast] == ["Max"], said(p)


def test_someone_named_after_our_is_in_the_picture() -> None:
    """'Our boss, Nia, opens the doors.' was set aside as talk about the video ("our boss
    wants…"), and 'Taco, our shop dog, sleeps by the till.' as who writes ("Bramble, our
    bakery"): each lost its shot and its cast member."""
    p = plan(
        "A 15-second video for our bakery. Our boss, Nia, opens the doors. Customers queue "
        "outside. She hands a loaf to a child."
    )
    assert len(p.shots) == 3 and "Nia" in p.shots[0].description, said(p)
    assert p.member("Nia") is not None and "character" in p.shots[0].tags
    p = plan("A 12-second reel. Taco, our shop dog, sleeps by the till. A customer pets him.")
    assert "Taco" in p.shots[0].description and p.member("Taco") is not None, said(p)
    # who writes is still no shot
    p = plan("Bramble, a bakery in Leeds. A 10-second reel: bread comes out of the oven.")
    assert said(p) == "Bread comes out of the oven"


def test_a_short_line_of_the_story_is_a_shot() -> None:
    """'She says no.' was set aside by the sentence model as a note about the video; 'He waves
    from the porch' was tagged landscape and physics, the sea's waves."""
    p = plan(
        "A 20-second short film. A man asks his daughter to stay. She says no. She walks to "
        "the car. He waves from the porch."
    )
    assert said(p).split(" | ")[1] == "She says no", said(p)
    assert not {"landscape", "physics"} & set(p.shots[-1].tags), p.shots[-1].tags
    p = plan("A 10-second clip: waves crash on the rocks, then a surfer waves at the camera.")
    assert {"landscape", "physics"} <= set(p.shots[0].tags)
    assert "physics" not in p.shots[1].tags
    # what someone wants of the video stays a note
    p = plan("A 15-second reel: a dog chases a ball on the beach. She wants it shorter.")
    assert "wants" not in said(p)


@pytest.mark.parametrize(
    "line",
    [
        # who writes, with what it does ("Taco, our shop dog, sleeps" is a shot; these are not)
        "Casa Almendra - a twelve-room hotel overlooking the sea.",
        "Bramble, a bakery selling sourdough since 1990.",
        "Fernhill - an organic farm growing heritage apples.",
        # talk about the video, whoever is named in it
        "Our campaign, Bright Mornings, launches in spring.",
        "Our brand, Oatly, is playful.",
        "My editor, Sam Jones, will cut it next week.",
    ],
)
def test_who_writes_and_talk_about_the_video_stay_notes(line: str) -> None:
    """A review of the rules above found each of these lines made a shot (or a cast member)."""
    p = plan(f"A 15-second ad. {line} A woman opens the curtains at dawn.")
    assert said(p).split(" | ")[0].startswith("A woman opens the curtains"), said(p)
    assert all(m.name not in line for m in p.cast), [m.name for m in p.cast]


def test_a_sign_off_after_the_card_and_a_story_wish_are_read_as_before() -> None:
    p = plan(
        "A 20-second promo. A chef plates a dish. Steam curls up. End with our logo. He asks "
        "for a quote. She replies tomorrow. He approves."
    )
    assert len(p.shots) == 3 and "typography" in p.shots[-1].tags, said(p)
    p = plan("A 20-second thermostat ad. Dad wants it warmer. Mum wants it cooler. The dial turns.")
    assert said(p).startswith("Dad wants it warmer | Mum wants it cooler"), said(p)
    p = plan("A 12-second clip. Surfers ride the waves at sunrise. The waves at Bondi roll in.")
    assert all("physics" in s.tags for s in p.shots), [s.tags for s in p.shots]


@pytest.mark.parametrize(
    ("brief", "first"),
    [
        ("A 12-second ad for a bakery. Morning light on the shop front. A baker pulls bread "
         "from the oven.", "Morning light on the shop front"),
        ("Morning all! A 12-second ad for a bakery. A baker pulls bread from the oven.",
         "A baker pulls bread from the oven"),
        ("Morning,\nA 12-second ad for a bakery. A baker pulls bread from the oven.",
         "A baker pulls bread from the oven"),
    ],
)  # fmt: skip
def test_morning_greets_only_on_its_own(brief: str, first: str) -> None:
    """'Morning light on the shop front.' was read as a greeting ('Morning, all') and lost."""
    p = plan(brief)
    assert said(p).startswith(first), said(p)
