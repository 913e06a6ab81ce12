"""The forms set AL found the planner could not read, each in a brief of our own: a brief in
headed sections with one that lists the shots, numbered shots typed on one line with their
seconds last, a sign-off with the writer's role in brackets, a list item that carries on "no cut:"
from the one before, a screenplay's scene-setting words, a song's part before a picture, lyrics in
quotes with "no lyrics on screen", a storyboard's notes column, an abbreviation on a card, a
surname between a name and its verb, a brief in Portuguese whose places and articles are no one,
German compounds and "Querformat", and a sentence longer than a description may be."""

from __future__ import annotations

from tests.agent.planning import cast, lengths, plan, said


def test_only_the_shots_section_of_a_headed_brief_is_pictures() -> None:
    p = plan(
        "Project: KELP sea-salt crisps launch\n\n"
        "BACKGROUND\nKELP is made on Anglesey. Sales are up 40% this year.\n\n"
        "OBJECTIVE\nMake people think of the sea when they open a bag.\n\n"
        "STORY\nA swimmer's morning ends with a bag of crisps on the harbour wall.\n\n"
        "SHOTS\n"
        "1. Wide: Nia wades into a grey sea at dawn.\n"
        "2. Close up: salt crystals drying on her shoulder.\n"
        "3. Nia opens a bag of KELP on the harbour wall, the wind tugging her towel.\n\n"
        "DELIVERABLES\n1 x 20s film, 16:9.\n\n"
        "NOTES\n- Nobody speaks on camera.\n- Mandatory: pack front-facing.\n"
    )
    assert len(p.shots) == 3 and sum(lengths(p)) == 20
    words = " ".join(said(p)).lower()
    for meta in ("anglesey", "40%", "think of the sea", "mandatory", "nobody speaks"):
        assert meta not in words, meta
    assert not any("dialogue" in s.tags for s in p.shots)
    assert "physics" in p.shots[2].tags  # the wind at work on the towel


def test_numbered_shots_on_one_line_keep_their_seconds() -> None:
    p = plan(
        "bike shop reel pls, vertical. Shots: 1) a wheel spinning in the truing stand 4s "
        "2) me tightening spokes with a key 4s 3) a close up of the spoke key 3s "
        "4) the finished bike leaning on the shop window 4s. Total 15 seconds. no text!"
    )
    assert lengths(p) == [4, 4, 3, 4]
    assert not any(d.endswith(("4s", "3s")) for d in said(p))
    assert "human_motion" in p.shots[1].tags  # the writer at work, "me tightening"


def test_a_sign_off_with_a_role_in_brackets_is_no_shot() -> None:
    p = plan(
        "Promo for the Tuesday quiz, vertical.\n\n"
        "00:00-00:04 the quizmaster reading out a question\n"
        "00:04-00:08 a table of four arguing over the answer\n"
        '00:08-00:12 card: "Quiz Night - Tuesdays 8pm"\n\n'
        "Ta, Bev (bar manager)"
    )
    assert len(p.shots) == 3 and sum(lengths(p)) == 12
    assert not any("Bev" in d for d in said(p))


def test_no_cut_before_a_colon_carries_the_shot_on() -> None:
    p = plan(
        "About 20 seconds.\n\n"
        "1. The allotment at first light\n"
        "2. Gwen lifting a row of leeks\n"
        "3. Same shot, no cut: Gwen shaking the soil off the roots\n"
        "4. The leeks laid out on the show bench\n"
    )
    assert len(p.shots) == 4
    assert p.shots[2].chain_from == p.shots[1].id
    assert "shaking the soil" in said(p)[2]


def test_a_scripts_scene_setting_words_are_said_with_the_picture_they_light() -> None:
    p = plan(
        "A 20 second cold open, widescreen.\n\n"
        "EXT. CAR PARK - NIGHT\n\n"
        "Neon signs. A van idles by the bins.\n\n"
        "INT. VAN - CONTINUOUS\n\n"
        "Close. MARTA (40s) counts the cash.\n"
    )
    assert said(p)[0] == "A van idles by the bins, neon signs"
    assert p.shots[-1].framing == "close" and said(p)[-1].startswith("MARTA")


def test_a_songs_part_and_its_lyrics_are_heard_not_shown() -> None:
    p = plan(
        "teaser for our single, vertical, 18 seconds. timings from the track:\n\n"
        "0:00-0:06 intro, no vocals: rain on a bus window at night\n"
        '0:06-0:12 "you said you\'d wait / at the last stop" - Kit singing on the back seat\n'
        '0:12-0:18 "the last stop" - the bus pulling away into the dark\n\n'
        "no lyrics on screen, and no title card"
    )
    assert lengths(p) == [6, 6, 6]
    assert said(p)[0].startswith("Rain on a bus window")
    assert not any("typography" in s.tags for s in p.shots)
    assert not any("title card" in d.lower() or "timings" in d.lower() for d in said(p))


def test_a_storyboards_notes_column_stays_out_of_the_pictures() -> None:
    p = plan(
        "shot\tsecs\tdescription\tnotes\n"
        "1\t4\tThe roaster drum turning, beans tumbling\thero shot, client fav\n"
        "2\t3\tClose up: beans cracking as they cool\tfiles in the Dropbox\n"
        "3\t3\tEnd card: Slow Bean Roasters – est. 2009\tlogo is in the shared folder\n"
    )
    assert lengths(p) == [4, 3, 3]
    words = " ".join(said(p)).lower()
    assert "dropbox" not in words and "client fav" not in words and "folder" not in words
    assert said(p)[2].endswith("est. 2009")


def test_a_surname_between_a_name_and_its_verb_still_casts_them() -> None:
    p = plan(
        "A 12 second clip. Zofia Kowalczyk vaults the last fence. Zofia on the podium, laughing."
    )
    assert "Zofia" in cast(p)


def test_portuguese_articles_and_places_are_no_one() -> None:
    p = plan(
        "Olá! Queria um vídeo de 15 segundos, formato vertical.\n"
        "- Os barcos no porto de Peniche ao amanhecer\n"
        "- O senhor Rui a remendar as redes no cais\n"
        "- Os peixes a brilhar nas caixas, vistos de cima\n"
        "- O Rui a sorrir em Peniche\n"
    )
    assert cast(p) == ["Rui"]
    assert p.shots[2].framing == "aerial"


def test_german_compounds_and_querformat() -> None:
    p = plan(
        "Hallo, wir brauchen ein Video, zwanzig Sekunden, Querformat.\n"
        "1. Die Dorfkirche im Morgennebel\n"
        "2. Die Kapelle marschiert über den Marktplatz\n"
        "3. Der Schriftzug „Schützenfest 2027“"
    )
    assert p.aspect_ratio == "16:9"
    assert "architecture" in p.shots[0].tags


def test_the_wind_at_work_flaming_torches_and_fogging_breath_are_physics() -> None:
    p = plan(
        "A 15 second film. Washing on the line, the wind snapping it straight. "
        "A procession with flaming torches. Her breath fogging in the cold."
    )
    assert all("physics" in s.tags for s in p.shots)


def test_a_long_story_sentence_says_no_look_a_medium_said_anywhere_holds() -> None:
    p = plan(
        "We want a little film for the club because everybody thinks bowls is for old men in "
        "vintage blazers who never smile and a student made one once that came out very dark. "
        "20 seconds. A bowl curling towards the jack. The whole team cheering."
    )
    assert p.style == ""
    p = plan(
        "Our mascot is a worm called Wiggles and we would like the whole thing done as "
        "claymation please, because the kids at the school love that sort of thing a lot. "
        "15 seconds. Wiggles pops out of the soil. Wiggles waves."
    )
    assert all("stylized" in s.tags for s in p.shots)


def test_the_writer_in_two_pictures_is_one_recurring_subject() -> None:
    p = plan(
        "Dot here from Cobble & Awl (shoe repairs, Hebden Bridge). 15 seconds please.\n"
        "- me stitching a welt by hand\n"
        "- a row of resoled boots drying on their lasts\n"
        "- me handing the boots over the counter, the customer smiling\n"
    )
    assert not any("Dot here" in d for d in said(p))
    assert [("character" in s.tags) for s in p.shots] == [True, False, True]
    assert p.shots[1].chain_from is None  # ("their lasts" are the boots', not the writer's)
