"""The brief-reading pipeline, part by part: sentences, lengths and counts, meta vs beats,
directives, cast, and the tag cues."""

from __future__ import annotations

import pytest

from agent.brief import parse_brief
from agent.briefing.beats import is_meta, logline, split_brief
from agent.briefing.cast import people_per_beat, read_cast
from agent.briefing.cues import ShotContext, on_screen_words, tags_for
from agent.briefing.directives import read_brief
from agent.briefing.numbers import counts, language_of, lengths
from agent.briefing.text import normalise, sentences
from agent.planner import plan_from_brief
from sessions.models import ShotPlan


def test_sentences_keep_quotes_lists_and_sluglines() -> None:
    text = (
        'She says "Wait. Not yet." and leaves.\n- a wide of the bay\n- the boat\n'
        "Scene 2 - INT. KITCHEN - NIGHT. He cooks."
    )
    got = sentences(text)
    assert [s.text for s in got] == [
        'She says "Wait. Not yet." and leaves.',
        "a wide of the bay",
        "the boat",
        "He cooks.",
    ]
    assert [s.item for s in got] == [False, True, True, False]
    assert got[-1].setting == "interior kitchen night"


def test_numbered_shots_carry_their_length() -> None:
    got = sentences("Shot 1 (3s): a match strikes. Shot 2 (4s): the flame flickers.")
    assert [(s.text, s.seconds, s.item) for s in got] == [
        ("a match strikes.", 3.0, True),
        ("the flame flickers.", 4.0, True),
    ]


@pytest.mark.parametrize(
    ("text", "seconds", "per_shot"),
    [
        ("A 40-second opener", 40, False),
        ("twenty-second spot", 20, False),
        ("Une vidéo de 20 secondes", 20, False),
        ("Anuncio de veinte segundos", 20, False),
        ("Drei Clips, je 5 Sekunden", 5, True),
        ("Un video di 10 secondi", 10, False),
        ("six 4-second shots", 4, True),
        ("30s LinkedIn video", 30, False),
        ("a 2-minute film", 120, False),
    ],
)
def test_lengths_in_five_languages(text: str, seconds: float, per_shot: bool) -> None:
    (found,) = lengths(text)
    assert (found.seconds, found.per_shot) == (seconds, per_shot)


@pytest.mark.parametrize(
    "text",
    ["the 1980s", "in the 90s", "the second hand ticking", "a second close-up", "once upon a time"],
)
def test_words_that_are_no_length(text: str) -> None:
    assert lengths(text) == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Three continuous clips of Aiko", 3),
        ("Drei Clips, je 5 Sekunden", 3),
        ("a 6-shot film", 6),
        ("Three 4-second shots of the same mug", 3),
        ("A single 5-second shot of a hummingbird", 1),
        ("A 10-second slow-motion shot of flour dust", 1),
    ],
)
def test_shot_counts(text: str, n: int) -> None:
    assert counts(text)[0].n == n


def test_no_count_in_lengths_or_distances() -> None:
    assert counts("a 20 sec clip of a cat that jumps three feet") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Une vidéo de 20 secondes pour une boulangerie : le boulanger sort les croissants.", "fr"),
        ("Una corredora se ata las zapatillas al amanecer y corre por la playa.", "es"),
        ("Ein Fahrradkurier fährt im Regen durch Berlin, er übergibt ein Paket.", "de"),
        ("A courier rides through Berlin in the rain and hands over a parcel.", "en"),
    ],
)
def test_language(text: str, code: str) -> None:
    assert language_of(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "A 40-second opener for a travel channel.",
        "Budget is tight so keep it simple.",
        "Thanks, Priya",
        "Painterly, moody, 16:9.",
        "Sad piano music.",
        "Time-lapse feel.",
        "We're launching Glow, a vitamin C serum.",
        "Keep Mara identical in every shot.",
    ],
)
def test_meta_sentences(text: str) -> None:
    split = split_brief(text)
    assert split.beats == [] and split.meta, text


@pytest.mark.parametrize(
    "text",
    ["Rain on a window at night.", "A cat sits on a porch.", "Tokyo at night.", "Honey drips."],
)
def test_picture_sentences(text: str) -> None:
    assert not is_meta(text)


def test_a_logline_names_its_picture_or_its_purpose() -> None:
    video = logline("Make me a video of a cat knocking a glass off a table")
    assert video is not None and video.picture.startswith("a cat knocking")
    ad = logline("A 20-second commercial for an electric SUV")
    assert ad is not None and ad.purpose == "an electric SUV" and not ad.picture
    assert logline("Wide shot of alpine meadows in July") is None  # a picture, not a logline


def test_beats_split_lists_but_keep_asides() -> None:
    beats = [b.text for b in split_brief("A herd crosses a river, water churning.").beats]
    assert beats == ["A herd crosses a river, water churning"]
    listed = split_brief("Festival, 30 s: the crowd jumping, fireworks over the lake, a DJ.")
    assert [b.text for b in listed.beats] == [
        "The crowd jumping",
        "Fireworks over the lake",
        "A DJ",
    ]
    actions = split_brief("Hands open the box, lift out the case, put one in an ear.")
    assert [b.text for b in actions.beats] == [
        "Hands open the box",
        "Hands lift out the case",
        "Hands put one in an ear",
    ]


def test_continuing_and_end_cues() -> None:
    beats = split_brief("She runs, then, continuing, she jumps. End on the logo.").beats
    assert [(b.continuing, b.end) for b in beats] == [(False, False), (True, False), (False, True)]


def test_directives() -> None:
    d = read_brief(
        "Three continuous clips of Aiko, anime-style, for TikTok. She runs. Budget $500."
    ).directives
    assert (d.count, d.aspect, d.platform, d.stylized, d.continuous) == (
        3,
        "9:16",
        "TikTok",
        True,
        True,
    )
    assert d.money_words and d.style == ["anime"]
    assert read_brief("Wedding highlight reel, 45 seconds. The bride.").directives.aspect == "16:9"


def test_cast_names_aliases_and_pronouns() -> None:
    text = "The beekeeper, an old man named Josef, lifts a frame. Bees swarm. He nods."
    cast = read_cast(text)
    assert [m.key for m in cast.characters] == ["Josef"]
    beats = ["The beekeeper lifts a frame", "Bees swarm", "He nods"]
    assert people_per_beat(beats, cast) == [["Josef"], [], ["Josef"]]


def test_cast_products_and_brands() -> None:
    cast = read_cast("A 20-second ad for Penny, a budgeting app. End on the Penny logo.")
    assert [(m.key, m.kind) for m in cast.members] == [("Penny", "product")]
    brand = read_cast("Logo reveal: the Northwind logo assembles from paper birds.")
    assert [(m.key, m.kind) for m in brand.members] == [("Northwind", "brand")]


@pytest.mark.parametrize(
    ("text", "framing", "ctx", "has", "lacks"),
    [
        ("Water droplets running down a leaf", "extreme-close", ShotContext(), {"physics"},
         {"human_motion"}),
        ("A woman runs along the beach", "wide", ShotContext(people=("the woman",)),
         {"human_motion", "landscape"}, set()),
        ("The glass on a marble counter in the café", "close",
         ShotContext(products=("matcha",), ad=True), {"product"}, {"architecture"}),
        ('One says "You have not changed a bit."', "medium", ShotContext(), {"dialogue"},
         {"typography"}),
        ('A thumb taps "Done"', "close", ShotContext(app=True, ad=True),
         {"typography", "product"}, set()),
        ("Smoke curls from a cigarette", "close", ShotContext(), {"physics"}, set()),
    ],
)  # fmt: skip
def test_tag_cues(
    text: str, framing: str, ctx: ShotContext, has: set[str], lacks: set[str]
) -> None:
    tags = set(tags_for(text, framing, "static", ctx))  # type: ignore[arg-type]
    assert has <= tags and not lacks & tags


def test_quoted_speech_is_not_on_screen() -> None:
    assert on_screen_words('She says "Hello there."') == []
    assert on_screen_words('Title: "The Last Alibi"') == ["The Last Alibi"]


def test_plans_saved_before_the_cast_still_load() -> None:
    old = (
        '{"version": 1, "title": "t", "aspect_ratio": "16:9", "shots": [{"id": "S01", '
        '"description": "d", "duration_s": 2, "framing": "wide", "camera": "pan", "seed": 1}]}'
    )
    plan = ShotPlan.model_validate_json(old)
    assert plan.cast == [] and plan.shots[0].id == "S01"


def test_an_email_brief_walked_at_the_cli() -> None:
    # Found by running it through `shotcaller run` as a newcomer would: the title was "Here's
    # the brief for the Harbour Bakes spot", the card's words "Harbour Bakes" made it a
    # landscape, and drifting flour was no physics.
    from agent.brief import parse_brief
    from agent.planner import plan_from_brief

    brief = (
        "Hi team,\n\nFollowing our call, here's the brief for the Harbour Bakes spot. 20 seconds, "
        "vertical for Reels.\n- Her neighbour Tomás hands Ines a coffee at dawn\n- Ines shapes "
        "dough, flour drifting in the light\n- The first loaves come out of the oven\n- End card: "
        "'Harbour Bakes - open 7am'\n\nBest wishes,\nPriya"
    )
    plan = plan_from_brief(parse_brief(brief))
    assert plan.title == "Harbour Bakes spot"
    assert [s.tags for s in plan.shots][-1] == ["typography"]
    assert "physics" in plan.shots[1].tags
    assert {m.name for m in plan.cast} == {"Ines", "Tomás"}


def test_bullets_indented_alike_are_a_list_and_a_deeper_one_joins_its_parent() -> None:
    # Review of stop 24's nested bullets: a paste where every bullet is indented two spaces
    # became one shot holding every bullet.
    flat = "A 20 second clip.\n- a fox at dawn\n- rain on a pond\n- a heron lifts off\n- our logo"
    indented = flat.replace("\n- ", "\n  - ")
    nested = (
        "A 20 second clip.\n- Morning\n  - a fox at dawn\n- Water\n  - rain on a pond\n- our logo"
    )

    def shots(text: str) -> list[str]:
        return [s.description for s in plan_from_brief(parse_brief(text)).shots]

    assert shots(indented) == shots(flat) and len(shots(flat)) == 4
    assert shots(nested)[:2] == ["Morning: a fox at dawn", "Water: rain on a pond"]


def test_a_dictated_brief_has_its_spoken_punctuation_written() -> None:
    said = (
        "hi this is Dev comma we want a video for the big screen comma fifteen seconds comma "
        "widescreen full stop first a red pickup rolls into the wash bay full stop new paragraph "
        "close up of water beading off the paint full stop"
    )
    text = normalise(said)
    assert "comma" not in text and "full stop" not in text
    assert "fifteen seconds, widescreen." in text
    assert "\nClose up of water beading" in text
    plan = plan_from_brief(parse_brief(said))
    assert plan.total_duration_s == 15 and plan.aspect_ratio == "16:9"


def test_a_written_brief_keeps_its_words_for_punctuation() -> None:
    written = "A period drama, 20 seconds. A comma of fog over the bay, then the colon of a ship."
    assert normalise(written) == written


def test_a_word_a_pdf_line_break_split_is_joined() -> None:
    text = normalise(
        "the client's children run across the court-\nyard at dusk. A well-known face."
    )
    assert "courtyard at dusk" in text and "well-known" in text


@pytest.mark.parametrize(
    ("asked", "picture"),
    [
        ("Could we open on a drone shot over the salt marsh at high tide?", "A drone shot over"),
        (
            "Is it possible to show a volunteer planting grass - would that read as hopeful?",
            "A volunteer planting grass",
        ),
        ("What about a storm sequence: waves smashing over the railings?", "Waves smashing"),
        ("oh and maybe the logo at the end?", "The logo at the end"),
    ],
)
def test_a_picture_asked_for_as_a_question_is_a_shot(asked: str, picture: str) -> None:
    beats = [b.text for b in split_brief(f"A man walks his dog. {asked}").beats]
    assert any(b.startswith(picture) for b in beats), beats
    assert not any("?" in b or "would that" in b for b in beats), beats


@pytest.mark.parametrize("doubt", ["Too dramatic?", "Or is that too cheesy?", "How much fits?"])
def test_a_doubt_is_no_shot(doubt: str) -> None:
    assert [b.text for b in split_brief(f"A man walks his dog. {doubt}").beats] == [
        "A man walks his dog"
    ]


def test_a_timecode_table_without_a_rule_row() -> None:
    brief = (
        "Launch film, 16:9.\n"
        "Our head brewer, Rosa Quintero, is in every single shot: red bandana, grey overalls.\n\n"
        "| TC IN | TC OUT | PICTURE |\n"
        "| 00:00:00:00 | 00:00:05:00 | Rosa tips a sack of malt into the mash tun |\n"
        "| 00:00:05:00 | 00:00:09:12 | Rosa stirs the mash with a wooden paddle |\n"
        "| 00:00:09:12 | 00:00:15:00 | Rosa holds a glass of beer to the light |\n"
    )
    plan = plan_from_brief(parse_brief(brief))
    assert [s.duration_s for s in plan.shots] == [5, 4.5, 5.5]  # 12 frames at 25 a second
    assert all("Rosa" in s.description for s in plan.shots)  # the recurring line is no shot
    rosa = plan.member("Rosa")
    assert rosa is not None and "red bandana" in rosa.description


def test_a_voice_over_cue_is_heard_not_cast() -> None:
    script = (
        "EXT. FISHING VILLAGE - NIGHT\nFog rolls in off the water.\n\n"
        "NARRATOR (V.O.)\nIn 1987, she walked out of her house and never came back.\n\n"
        "INT. KITCHEN - NIGHT\nA kettle still on the stove."
    )
    plan = plan_from_brief(parse_brief(script))
    assert plan.member("Narrator") is None
    assert not any("says" in s.description for s in plan.shots)
    assert any("sound" in s.tags for s in plan.shots)


def test_a_contracts_number_in_words_and_figures() -> None:
    brief = "Duration: ninety (90) seconds. A harbour at dawn. His niece ELSIE (8) eats toast."
    assert "90 seconds" in normalise(brief) and "ELSIE (8)" in normalise(brief)


@pytest.mark.parametrize(
    "line",
    [
        "From: Communications Team, Brackley Town Council",
        "Re: Video - Brackley Lido reopening",
        "Please find requirements below.",
        "Content (in this order):",
    ],
)
def test_an_emails_paperwork_is_no_shot(line: str) -> None:
    beats = [b.text for b in split_brief(f"{line}\nA swimmer dives into the pool.").beats]
    assert beats == ["A swimmer dives into the pool"], beats


def test_who_recurs_is_said_of_the_film_not_a_shot() -> None:
    brief = (
        "Our own dog Pickle (a scruffy terrier) should be the star: the same dog in every shot, "
        "so people recognise him. Pickle trots in through the door. Pickle naps in a kennel. "
        "oh and Pickle has to look the same throughout."
    )
    beats = [b.text for b in split_brief(brief).beats]
    assert beats == ["Pickle trots in through the door", "Pickle naps in a kennel"], beats


def test_an_afterthought_after_the_logo_goes_before_it() -> None:
    brief = (
        "20 secs vertical. our rider bombs down a hill, then the ZIPPA logo with 'Anywhere.' "
        "boom. can we also get a bit where the wheel spins super close up"
    )
    plan = plan_from_brief(parse_brief(brief))
    assert "logo" in plan.shots[-1].description and "wheel" in plan.shots[-2].description


@pytest.mark.parametrize(
    "line",
    [
        "Widescreen, for the foyer screens and YouTube.",
        "The Lantern Players - 2025/26 season trailer.",
        "Kielder Dark Sky Observatory - outreach team",
    ],
)
def test_where_it_plays_and_who_asks_are_no_pictures(line: str) -> None:
    assert is_meta(line)
    assert not is_meta("A trailer - the truck pulls a trailer down the road.")
