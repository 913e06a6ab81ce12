"""Forms held-out set AN found the planner without (tests/agent/brief_corpus_an.py), each in a new
brief of that form, never the set's own text: a Google Docs export with its comments, a calendar
invite pasted whole, a meeting transcript, a list written backwards, Scots, photos pointed at in an
email, a whiteboard's run-on list, a job board's posting, two lists under place headings, a brief
told as changes to another video, one relayed in reported speech, and the small things beside
them ("a quarter of a minute", "the tall shape for phones", "50-odd kph", "Nobody talks in it")."""

from __future__ import annotations

import pytest

from tests.agent.planning import lengths, plan, said


def _all(p: object) -> str:
    return " | ".join(said(p))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "seconds"),
    [("a quarter of a minute", 15), ("three quarters of a minute", 45), ("half a minute", 30)],
)
def test_a_fraction_of_a_minute_is_the_length(words: str, seconds: int) -> None:
    p = plan(f"Can we do {words} on the new tea towels? One folded on the counter. One on a line.")
    assert sum(lengths(p)) == seconds


def test_a_docs_export_applies_its_comments_and_drops_their_words() -> None:
    p = plan(
        "Allotment open day – video brief\n"
        "Shared with Committee · Last edit was made yesterday by Priya Shah\n"
        "\n"
        "Length: 40 seconds[a]\n"
        "\n"
        "Shots\n"
        "1. The gate opening at dawn, dew on the padlock\n"
        "2. Priya watering the leeks with a rose can[b]\n"
        "3. The raffle table with the prizes out[c]\n"
        "4. Kids pulling up carrots and holding them up\n"
        '5. End card: "Open day - Sunday 10 till 4"\n'
        "\n"
        "[a]Tom Reed: 40 is a lot, 25?\n"
        "Priya Shah: ok 25 it is\n"
        "Marked as resolved\n"
        "[b]Tom Reed: nice\n"
        "[c]Priya Shah: we haven't got the prizes yet, taking this one out\n"
        "Marked as resolved"
    )
    assert sum(lengths(p)) == 25 and len(p.shots) == 4
    text = _all(p)
    assert "raffle" not in text and "[b]" not in text and "Marked" not in text
    assert "Shared with" not in text and "Tom Reed" not in text


def test_a_calendar_invite_s_block_is_no_picture() -> None:
    p = plan(
        "Filming: pottery class promo\n"
        "Thursday, 7 May ⋅ 18:00 – 20:00\n"
        "Clayworks studio, back door\n"
        "Join with Google Meet\n"
        "meet.google.com/abc-defg-hij\n"
        "Join by phone\n"
        "(GB) +44 20 3000 0000 PIN: 123 456 789#\n"
        "2 guests\n"
        "Maya Ortiz\n"
        "Organiser\n"
        "Ben Cole\n"
        "\n"
        "Video: 20 seconds, 16:9.\n"
        "- Wet hands centring clay on the wheel\n"
        "- Ben pulling up the wall of a bowl\n"
        "- A shelf of glazed mugs in the window light\n"
    )
    text = _all(p)
    assert len(p.shots) == 3 and "Join" not in text and "Organiser" not in text
    assert not any("Maya" in m.name for m in p.cast)


def test_a_meeting_transcript_s_own_lines_are_no_picture() -> None:
    p = plan(
        "Choir film - Transcript\n"
        "3 March 2026, 7:30pm\n"
        "6m 12s\n"
        "\n"
        "Dana Lee started transcription\n"
        "\n"
        "Dana Lee   0:04\n"
        "So, 20 seconds for the concert page.\n"
        "\n"
        "Sam Hart   0:10\n"
        "Start with the empty church, the candles being lit one by one.\n"
        "\n"
        "Dana Lee   0:18\n"
        "Then the altos warming up round the piano.\n"
        "\n"
        "Sam Hart   0:25\n"
        "And the whole choir singing the last chord.\n"
    )
    text = _all(p)
    assert "transcription" not in text and "6m" not in text and "Transcript" not in text
    assert sum(lengths(p)) == 20


def test_a_list_written_from_the_end_back_plays_from_the_start() -> None:
    p = plan(
        "Bear with me, I think of it backwards.\n"
        "The very last shot: the finished quilt on the bed, morning light across it.\n"
        "Before that: my hands hand-stitching the binding.\n"
        "Before that: the squares pinned out on the floor.\n"
        "And the very first shot: the fabric shop, bolts of cotton on the shelves.\n"
        "20 seconds, landscape."
    )
    text = said(p)
    assert "fabric shop" in text[0] and "quilt" in text[-1]
    assert not any("very last shot" in s or "Before that" in s for s in text)


def test_scots_small_words_are_read_as_english() -> None:
    p = plan(
        "Hiya, ah'm wantin a wee video fir ma mither's cafe doon the road.\n"
        "Aboot twenty seconds. Sideyways like the telly, no up an doon like a phone.\n"
        "- the scones comin oot the oven\n"
        "- ma mither pourin the tea wi a big smile\n"
        "- folk at the windae tables laughin\n"
        "Dinnae pit ony music on it, ah'll sort that masel."
    )
    assert sum(lengths(p)) == 20 and p.aspect_ratio == "16:9"
    text = _all(p)
    assert "Sideyways" not in text and "telly" not in text and len(p.shots) == 3


def test_photos_pointed_at_in_an_email_leave_the_pictures() -> None:
    p = plan(
        "Hi, photos attached (IMG_2201 to IMG_2209). About 20 seconds please.\n"
        "1. Like IMG_2201 – the empty greenhouse at dawn, mist on the glass\n"
        "2. Kofi potting up chilli seedlings (see IMG_2204, but closer)\n"
        "3. The first red chillies on the plant (IMG_2206)\n"
        "Please don't use IMG_2208, it's from last year.\n"
    )
    text = _all(p)
    assert len(p.shots) == 3 and "IMG" not in text and "greenhouse" in said(p)[0]


def test_a_whiteboard_s_run_on_items_are_joined_and_crossed_out_ones_dropped() -> None:
    p = plan(
        "typed this up from the whiteboard, sorry about the layout, X either side = crossed out\n"
        "\n"
        "BAKE\n"
        "SALE\n"
        "-> 15 sec\n"
        "-> VERTICAL\n"
        "1. tray of\n"
        "brownies coming\n"
        "out the oven\n"
        "2. kids writing\n"
        "price tags - CLOSE -\n"
        "3. queue at\n"
        "the table\n"
        "X 4. money tin X\n"
        "5. empty trays\n"
        "at the end\n"
    )
    text = said(p)
    assert len(text) == 4 and "money tin" not in " ".join(text)
    assert "brownies coming out the oven" in text[0].lower()
    assert p.shots[1].framing == "close"


def test_a_job_board_posting_s_chrome_is_no_part_of_the_film() -> None:
    p = plan(
        "Short product video for a handmade leather wallet (20s)\n"
        "\n"
        "Posted 2 days ago\n"
        "Worldwide\n"
        "\n"
        "Shots I want:\n"
        "• My hands burnishing the wallet's edge with a wooden slicker\n"
        "• The stitching being pulled tight, close up\n"
        "• The wallet on a café table next to a flat white\n"
        "\n"
        "$150.00\n"
        "Fixed-price\n"
        "Intermediate\n"
        "Experience Level\n"
        "\n"
        "Skills and Expertise\n"
        "Video Editing\n"
        "Motion Graphics\n"
        "\n"
        "Activity on this job\n"
        "Proposals: 5 to 10\n"
    )
    assert len(p.shots) == 3 and "Worldwide" not in _all(p)
    assert not any("stylized" in s.tags for s in p.shots)  # "Motion Graphics" is a skill asked


def test_lists_under_place_headings_keep_their_pictures_only() -> None:
    p = plan(
        "Here's my list in two halves, the hut in winter and the beach in summer:\n"
        "\n"
        "INDOORS – the scout hut on Mill Lane\n"
        "1. Cubs tying knots round a table\n"
        "2. A leader showing them a compass\n"
        "\n"
        "OUTDOORS – the beach at Saltburn\n"
        "1. Cubs running into the waves\n"
        "3. Marshmallows on sticks over a fire\n"
        "\n"
        "25 seconds, vertical."
    )
    text = _all(p)
    assert len(p.shots) == 4 and "INDOORS" not in text and "OUTDOORS" not in text


def test_changes_to_a_video_never_seen_are_its_pictures() -> None:
    p = plan(
        "Hi again! Could you do the same as the summer one but for autumn? Same length as that "
        "one (15 secs).\n"
        "Keep the start the same, the drone over the orchard, but with the leaves turning.\n"
        "Instead of the strawberry picking do the apple pressing, juice running into a jug.\n"
        "Swap the ice creams for mugs of hot cider by the fire.\n"
        'Keep the ending the same but change the words to "Autumn at Ashgrove".\n'
    )
    text = said(p)
    assert "orchard" in text[0] and "apple pressing" in " ".join(text)
    assert "Autumn at Ashgrove" in text[-1]
    assert not any(s.lower() in ("again", "again!") for s in text)
    assert not any("strawberry" in s or "ice creams" in s for s in text)


def test_a_brief_relayed_in_reported_speech_is_read_as_its_pictures() -> None:
    p = plan(
        "Dear team,\n"
        "I am writing for Mrs Okoye, who runs our bakery and does not use email. She would like "
        "a film of about 20 seconds. She wants it to open on the ovens at 4am. Then she wants to "
        "be seen shaping the loaves by hand. She was very firm that the next picture should be a "
        "close-up of the crust cracking as it cools. She did mention the van, but then she said "
        "no, it is being resprayed. To finish, she wants the shop window with the bread out.\n"
        "Kind regards,\nLeon"
    )
    text = said(p)
    assert "ovens" in text[0] and not any("van" in s.split() for s in text)
    assert any("Mrs Okoye shaping" in s for s in text)
    assert not any(s.lower().startswith(("she wants", "she would like")) for s in text)


@pytest.mark.parametrize(
    ("words", "aspect"),
    [
        ("the tall shape for phones", "9:16"),
        ("proper cinema shape, not for phones", "16:9"),
        ("up and down like a phone please", "9:16"),
    ],
)
def test_a_frame_said_as_its_shape(words: str, aspect: str) -> None:
    p = plan(f"20 seconds, {words}. A kettle boiling. A cup of tea poured.")
    assert p.aspect_ratio == aspect


def test_a_speed_in_a_listed_picture_keeps_the_picture() -> None:
    p = plan(
        "Running order:\n- The empty pit lane\n- A kart flying past the pits, 80-odd kph\n"
        "- The chequered flag\n15 seconds"
    )
    assert any("kart" in s for s in said(p))


def test_nobody_talks_is_no_picture() -> None:
    p = plan("A loom weaving. The shuttle flying. 10 seconds. Nobody talks in it.")
    assert not any("talks" in s for s in said(p))
    assert not any("dialogue" in s.tags for s in p.shots)


def test_prose_above_a_shots_heading_is_what_the_film_is_for() -> None:
    p = plan(
        "Tool library launch – film brief\n"
        "\n"
        "What it's for\n"
        "From 1 June anyone with a library card can borrow a drill, fix a shelf at home and bring "
        "it back the next week.\n"
        "\n"
        "Length: 20 seconds\n"
        "\n"
        "Shots\n"
        "1. A wall of tools on pegboard, each with a label\n"
        "2. A volunteer scanning a drill out at the desk\n"
        "3. A shelf going up in someone's kitchen\n"
    )
    assert len(p.shots) == 3 and not any("library card" in s for s in said(p))
