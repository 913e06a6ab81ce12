"""Forms ordinary briefs take that the planner misread, found on held-out set AB (each written for
this test, not copied from the set): a numbered thread, a countdown between quoted cards said in
one sentence, an image generator's pasted prompt, a post's EDIT and TL;DR, footnotes, options of
which one is chosen, a diary's clock times, a starred live log, "one shot per …" (a rate, not a
count), a big number before "steps", "close on" a card, a signature with its role."""

from __future__ import annotations

from agent.briefing.directives import read_brief
from agent.briefing.numbers import counts
from tests.agent.test_layouts import plan, said


def test_a_numbered_thread_is_its_posts_not_five_shots() -> None:
    p = plan(
        "1/4 so I'm finally making a video for the pottery, 12 seconds, square\n\n"
        "2/4 shot one: clay spinning on the wheel, wet hands shaping a bowl\n\n"
        "3/4 shot two: the kiln door opening, orange glow\n\n"
        "4/4 shot three, the end card: 'Fired Up Pottery' in brush lettering. 3 shots, 4 sec each"
    )
    assert len(p.shots) == 3, said(p)
    assert [s.duration_s for s in p.shots] == [4, 4, 4]
    assert p.aspect_ratio == "1:1"
    assert "/4" not in said(p) and "Shot three" not in said(p) and "/4" not in p.title
    assert "typography" in p.shots[-1].tags


PIES = (
    "TOP 3 PIES IN BRISTOL - 30 sec, 9:16.\n"
    "Start with a title card 'Top 3 Pies' (4 sec), then one shot per pie at 7 sec each, "
    "and close on an end card 'Eat local' (5 sec).\n\n"
    "3. The steak pie - a fork breaking the crust, steam rising\n"
    "2. The cheese and onion - a knife cutting a slice\n"
    "1. The chicken pie - gravy pouring over it\n"
)


def test_a_countdown_between_cards_said_in_one_sentence() -> None:
    p = plan(PIES)
    assert len(p.shots) == 5, said(p)
    assert [s.duration_s for s in p.shots] == [4, 7, 7, 7, 5]
    assert "typography" in p.shots[0].tags and "typography" in p.shots[-1].tags
    assert p.title == "Top 3 Pies"
    assert all(s.chain_from is None for s in p.shots)  # five pies, no continuous take
    # "close on" a card is a verb: no framing for every shot (the pies are close for their own
    # reasons: since stop 38 "the chicken pie" is no animal, so all three are details)
    assert read_brief(PIES).directives.framing is None


def test_one_shot_per_thing_is_a_rate_not_a_count() -> None:
    assert counts("one shot per spot at 7 sec each") == []
    assert counts("two shots per location") == []
    assert [c.n for c in counts("three shots each 4 seconds")] == [3]
    assert [c.n for c in counts("Four shots, one per product")] == [4]
    assert counts("walked 24,000 steps today") == []  # (it was a count of zero: refused)


def test_an_image_generator_prompt_pasted_whole() -> None:
    p = plan(
        "paper-cutout fox running through a snowy forest :: the fox leaping over a frozen "
        "stream :: the fox curled asleep under a pine --ar 16:9 --dur 9 --shots 3 "
        "--style paper cutout, soft light --seed 77"
    )
    assert len(p.shots) == 3, said(p)
    assert p.total_duration_s == 9 and p.aspect_ratio == "16:9"
    assert "::" not in said(p) and "--" not in said(p) and "77" not in said(p)
    assert all("stylized" in s.tags for s in p.shots)


def test_a_posts_edit_changes_the_length_and_its_tldr_is_no_shot() -> None:
    p = plan(
        "[Request] A little film for my nan's allotment?\n\n"
        "- Nan digging potatoes in her wellies\n"
        "- the greenhouse steamed up, tomatoes inside\n"
        "- Nan with a cup of tea on the bench\n\n"
        "I was thinking a minute.\n\n"
        "EDIT: going with 20 seconds instead, it's for her birthday.\n\n"
        "TL;DR: 20s, 3 shots of nan on the allotment."
    )
    assert p.total_duration_s == 20
    assert len(p.shots) == 3, said(p)
    assert "TL;DR" not in said(p) and "Request" not in said(p)


def test_footnotes_are_notes_and_their_marks_no_words() -> None:
    p = plan(
        "A 12-second clip, three shots:\n"
        "1. A bee landing on lavender¹.\n"
        "2. Dr Hana Ito, our PI, in the lab looking into a hive.\n"
        "3. Title card: 'Pollinators matter'².\n\n"
        "---\n"
        "¹ Lavandula angustifolia.\n"
        "² Please don't put a number on screen."
    )
    assert len(p.shots) == 3, said(p)
    assert "¹" not in said(p) and "Lavandula" not in said(p) and "number" not in said(p)
    assert "Hana" in said(p)  # "our PI" is someone in the picture, not the writer ("I")


def test_only_the_chosen_option_is_the_film() -> None:
    p = plan(
        "Three ideas for our 15-second ad - we're going with OPTION 2. Ignore 1 and 3.\n\n"
        "OPTION 1 - 'Rush hour': commuters at the counter, a barista shouting orders.\n"
        "OPTION 2 - 'Quiet morning': (1) steam curling off a flat white, (2) a dog asleep "
        "under a table, (3) the sign on the door reading 'Open 7-3'.\n"
        "OPTION 3 - 'Latte battle': two baristas racing, a crowd cheering.\n\n"
        "Vertical please.\n"
        "Maren, Harbour Kiosk"
    )
    assert len(p.shots) == 3, said(p)
    assert "commuters" not in said(p) and "Latte" not in said(p) and "OPTION" not in said(p)
    assert "Ignore" not in said(p) and "Maren" not in said(p)  # (and her signature is no shot)


def test_a_diarys_clock_times_are_when_not_lengths() -> None:
    p = plan(
        "My Lisbon day as a reel, one shot per entry, 4 seconds each, vertical.\n\n"
        "7:10am - Tram 28 climbing the hill. Nobody on it yet.\n"
        "10am - Custard tarts coming out of the oven at the bakery.\n"
        "1:30pm - A fado singer in a doorway (I want to hear that voice!).\n"
        "6:45pm - Drone shot over the river at sunset, the bridge glowing.\n\n"
        "Walked 18,000 steps lol."
    )
    assert len(p.shots) == 4, said(p)
    assert p.total_duration_s == 16
    assert p.shots[-1].framing == "aerial"  # the drone shot is a shot, not every shot's camera
    assert p.shots[0].framing != "aerial"
    assert "7:10" not in said(p) and "pm" not in said(p)
    assert "sound" in p.shots[2].tags


def test_the_starred_lines_of_a_live_log_are_the_shots() -> None:
    p = plan(
        "Can you turn the starred moments into a 20 sec vertical clip, one shot per starred "
        "moment, then our crest at the end with 'CHAMPIONS' under it.\n\n"
        "LIVE: Harbour Town 2-1 Millbrook\n"
        "1' Kick-off in the sunshine.\n"
        "12' ⭐ Adeyemi (#10) volleys it into the top corner. 1-0.\n"
        "40' Millbrook equalise. 1-1.\n"
        "77' ⭐ Our keeper Brandt dives to save a penalty.\n"
        "90' ⭐ The final whistle, the players hugging in the centre circle. 2-1.\n"
    )
    assert len(p.shots) == 4, said(p)
    assert "Kick-off" not in said(p) and "equalise" not in said(p) and "LIVE" not in said(p)
    assert "2-1" not in said(p) and "12'" not in said(p)
    assert "typography" in p.shots[-1].tags and "CHAMPIONS" in p.shots[-1].description


def test_a_look_label_over_listed_beats_is_how_every_shot_looks() -> None:
    p = plan(
        "20s, 16:9. Flat 2D animation: our app screens floating on a mint background, no "
        "people (captions only).\n\n"
        "Beat 1: A calendar full of red meetings.\n"
        "Beat 2: The app clears the week with one tap.\n"
        'Beat 3: Logo + "Calmly. Plan less."'
    )
    assert len(p.shots) == 3, said(p)
    assert "mint background" not in p.shots[0].description
    assert all("stylized" in s.tags for s in p.shots)


def test_a_wedding_run_sheet_names_its_couple_and_lost_drone_footage() -> None:
    p = plan(
        "The drone footage got corrupted so we need a short recreation, 1 shot per line, "
        "20 secs, 16:9. Names are Ana and Luis.\n\n"
        "11:00 - the chapel from the road, morning fog\n"
        "12:30 - Ana's sister lacing up her dress\n"
        "19:45 - first dance under fairy lights\n"
        "22:00 - Ana and Luis running through sparklers\n"
    )
    assert len(p.shots) == 4, said(p)
    assert "Names are" not in said(p)
    assert not any(s.camera == "drone" for s in p.shots[1:]), said(p)  # no drone was asked for
    assert "First dance" in p.shots[2].description  # ("first" is the dance's, not the order)


def test_the_writer_doing_something_in_a_listed_shot_is_a_picture() -> None:
    p = plan(
        "A 12-second reel of me glazing a mug:\n"
        "1. My wheel by the window, morning light.\n"
        "2. I dip the mug into the glaze bucket, drips running off the rim.\n"
        "3. The finished mug on the shelf.\n\n"
        "I run a small studio in Hebden Bridge, we open at 10."
    )
    assert len(p.shots) == 3, said(p)
    assert "dip the mug" in p.shots[1].description
    assert "studio" not in said(p)  # (what the writer runs is about them, not a picture)


def test_a_json_shot_list_pasted_whole() -> None:
    p = plan(
        "json from our planning doc:\n"
        '{"project": "harbour-bakes-reel", "duration_s": 12, "aspect": "9:16", '
        '"style": "grainy 16mm", "shots": ['
        '{"secs": 4, "what": "dough folded on a floured bench"}, '
        '{"secs": 5, "what": "Mo sliding loaves into the oven"}, '
        '{"secs": 3, "what": "Mo carrying the tray outside", "same_take_as_previous": true, '
        '"on_screen": "HARBOUR BAKES"}], "do_not_show": ["prices"]}'
    )
    assert len(p.shots) == 3, said(p)
    assert [s.duration_s for s in p.shots] == [4, 5, 3]
    assert p.aspect_ratio == "9:16" and p.total_duration_s == 12
    assert "{" not in said(p) and "secs" not in said(p) and "harbour-bakes" not in said(p)
    assert p.shots[2].chain_from == "S02"  # the take goes on, even under the words
    assert "typography" in p.shots[2].tags
    assert "Mo" in [m.name for m in p.cast]


def test_a_caption_file_is_its_cues() -> None:
    p = plan(
        "Here's the .srt from the edit - each cue is one shot, cue timings are the lengths. "
        "Vertical.\n\n"
        "1\n00:00:00,000 --> 00:00:02,000\n[a bike leaning on a wall]\nMonday.\n\n"
        "2\n00:00:02,000 --> 00:00:05,000\n[Ana pumping the tyre]\nAgain.\n\n"
        "3\n00:00:05,000 --> 00:00:09,000\n[Ana riding off down the hill]\nAlways.\n"
    )
    assert len(p.shots) == 3, said(p)
    assert [s.duration_s for s in p.shots] == [2, 3, 4]
    assert p.total_duration_s == 9 and p.aspect_ratio == "9:16"
    assert "-->" not in said(p) and ".srt" not in said(p)
    assert '"Again."' in p.shots[1].description


def test_a_prompt_in_markdown_sections_is_its_shots_section() -> None:
    p = plan(
        "# Role\nYou are an award-winning director.\n\n"
        "# Constraints\n- MUST be 12 seconds.\n- MUST be vertical.\n"
        "- MUST NOT show any text on screen.\n\n"
        "# Shots\n1. A kettle coming to the boil, steam pouring out.\n"
        "2. Rosa pouring water over the tea leaves.\n3. Rosa drinking by the window.\n\n"
        "# Output format\nReturn a table. Think step by step."
    )
    assert len(p.shots) == 3, said(p)
    assert p.total_duration_s == 12 and p.aspect_ratio == "9:16"
    assert "MUST" not in said(p) and "table" not in said(p).lower() and "table" not in p.title
    assert "Must" not in [m.name for m in p.cast]


def test_a_press_release_above_its_end_mark_is_what_the_film_is_about() -> None:
    p = plan(
        "FOR IMMEDIATE RELEASE\n\n"
        "Loom & Lark opens its first shop on Mill Street\n\n"
        'LEEDS - The shop sells wool at £12 a skein. "We waited ten years," said owner Bea Hart.\n'
        "\n###\n\n"
        "Video request: a 15-second film, square.\n"
        "1. Skeins of wool stacked by colour.\n"
        "2. Hands winding wool into a ball.\n"
        "The price is in the release - do not put it on screen."
    )
    assert len(p.shots) == 2, said(p)
    assert "£12" not in said(p) and "waited" not in said(p) and "price" not in said(p)
    assert "Loom & Lark" in p.title


def test_a_diff_of_the_brief_is_its_new_version() -> None:
    p = plan(
        "new version below, as a diff\n\n"
        "--- a/brief.md\n+++ b/brief.md\n@@ -1,6 +1,6 @@\n"
        "-Length: 20s\n+Length: 10s\n Vertical.\n"
        "-- Drone over the allotments at dawn\n"
        " - Hands pulling up carrots, soil falling off\n"
        "+- A robin on the spade handle\n"
    )
    assert p.total_duration_s == 10 and p.aspect_ratio == "9:16"
    assert len(p.shots) == 2, said(p)
    assert "Drone" not in said(p) and "+" not in said(p) and "--" not in said(p)


def test_a_telegram_is_its_numbered_sentences() -> None:
    p = plan(
        "MSG FROM MV TERN STOP NEED 12 SEC FILM STOP THREE SHOTS STOP ONE WHALE TAIL "
        "RISING AT SUNSET STOP TWO CAPTAIN OSEI AT THE WHEEL STOP THREE CARD QUOTE HOME "
        "SOON UNQUOTE STOP FUEL 40 PERCENT NOT FOR FILM STOP END"
    )
    assert len(p.shots) == 3, said(p)
    assert "STOP" not in said(p).upper().split() and "FUEL" not in said(p).upper()
    assert '"' in p.shots[2].description and "typography" in p.shots[2].tags
    assert "Film" not in [m.name for m in p.cast]


def test_slash_commands_to_a_video_bot() -> None:
    p = plan(
        '/newvideo title:"Spring fair"\n/length 12s\n/aspect 9:16\n/style linocut, two colours\n'
        "/shot add bunting flapping over the green\n/shot add a dog show, a spaniel jumping\n"
        "/shot add a tombola spinning\n/shot remove 2\n/render"
    )
    assert p.title == "Spring fair"
    assert len(p.shots) == 2, said(p)
    assert "spaniel" not in said(p) and "/shot" not in said(p)
    assert p.total_duration_s == 12 and p.aspect_ratio == "9:16"
    assert all("stylized" in s.tags for s in p.shots)


def test_a_listed_line_in_an_unread_language_is_kept() -> None:
    p = plan(
        "Pa-request po ng video, mga 20 segundo lang.\n\n"
        "1. Yung lechon na umiikot sa uling, may usok.\n"
        "2. Si Kuya Ben tinatapik yung balat para marinig yung crunch - gusto namin marinig!\n"
        "3. Logo at 'Lechon ni Aling Rosa'.\n"
    )
    assert len(p.shots) == 3, said(p)


def test_a_query_result_pasted_from_a_database_shell() -> None:
    p = plan(
        "our shot list from the db, 10 seconds, square\n\n"
        "shop=# SELECT n, secs, shot, on_screen FROM shots ORDER BY n;\n"
        " n | secs | shot                         | on_screen\n"
        "---+------+------------------------------+-----------\n"
        " 1 |    4 | Candles being poured into jars |\n"
        " 2 |    6 | The shop sign at dusk          | Open late\n"
        "(2 rows)\n"
    )
    assert len(p.shots) == 2, said(p)
    assert [s.duration_s for s in p.shots] == [4, 6]
    assert "SELECT" not in said(p) and "rows" not in said(p)
    assert not any("|" in s.description for s in p.shots)
    assert '"Open late" on screen' in p.shots[1].description


def test_a_checklist_in_markdown_sections() -> None:
    p = plan(
        "## Corner Deli - 'Open early' (v3)\n"
        "- [x] Length: 20s\n- [x] Ratio: 9:16\n"
        "### Scenes\n"
        "- [ ] 6:30 - the shutter going up, street still dark\n"
        "- [ ] 7:00 - Ola slicing bread behind the counter\n"
        "- [ ] 7:15 - the first customer taking a coffee\n"
        "- [ ] end - logo + 'Open from 6:30'\n"
    )
    assert len(p.shots) == 4, said(p)
    assert "[ ]" not in said(p) and "6:30 -" not in said(p)
    assert p.title.startswith("Corner Deli")
    assert p.total_duration_s == 20 and p.aspect_ratio == "9:16"


def test_a_sketch_typed_up_is_its_boxes() -> None:
    p = plan(
        "Typing up the sketch from the meeting (photo was blurry). It says CAFE - 12 SEC - "
        "SQUARE at the top, then three boxes:\n"
        "box 1: beans pouring into the grinder\n"
        "box 2: milk swirling into a cup\n"
        "box 3: the sign above the door\n"
    )
    assert len(p.shots) == 3, said(p)
    assert "Typing" not in said(p) and "box" not in said(p).lower()
    assert p.aspect_ratio == "1:1" and p.total_duration_s == 12


# A fresh-eyes review of the rules above wrote briefs aimed at where they could misfire and ran
# them against the planner before the rules: each misfire it found, as the reviewer wrote it.
def test_an_edit_about_one_shot_or_another_version_changes_nothing_of_the_film() -> None:
    p = plan(
        "30 second video for our bakery: the ovens at 4am, bread coming out, the shop opening.\n"
        "Edit: the ovens shot should feel like 3 hours squeezed into 5 seconds."
    )
    assert p.total_duration_s == 30 and len(p.shots) == 3, said(p)
    p = plan(
        "Vertical 9:16 reel, 20 sec, our new sneakers on a skateboard, then a kid doing an "
        "ollie.\nUpdate: client also wants a 16:9 cut later, but do the vertical first."
    )
    assert p.aspect_ratio == "9:16"


def test_a_flag_in_prose_and_a_lone_double_colon_are_prose() -> None:
    p = plan(
        "Promo for our gin, 15 sec --style should feel like a 70s ad. Bottle on a bar, a "
        "bartender pours, ice clinks."
    )
    assert p.total_duration_s == 15, said(p)
    p = plan(
        "GLOW :: Summer Campaign\n- woman applying serum by a window\n"
        "- close-up of the bottle on marble\n- her walking out into the sun\n15 seconds, 9:16\n"
    )
    assert len(p.shots) == 3 and "GLOW" not in said(p), said(p)


def test_a_tldr_alone_is_the_brief() -> None:
    p = plan(
        "TL;DR: a cat knocking a glass off a table, in slow motion, 10 sec.\n"
        "Long story: my cat does this every morning and I want it immortalised lol"
    )
    assert len(p.shots) == 1 and "cat knocking a glass" in p.shots[0].description, said(p)


def test_words_that_begin_with_am_and_a_timetable_board_are_no_clock_entries() -> None:
    p = plan(
        "Top 3 weekend trips, 30 sec, vertical:\n1 Amsterdam canals at dawn\n"
        "2 Amalfi coast from a boat\n3 Ambleside in the rain\n"
    )
    assert "Amsterdam" in said(p) and "Amalfi" in said(p) and "Ambleside" in said(p), said(p)
    p = plan(
        "Promo for our bus company, 30 sec. Show the timetable board:\n7:15 Kendal\n"
        "8:30 Windermere\n9:45 Ambleside\nthen the bus pulling out of the station.\n"
    )
    assert not any(s.description.startswith(("Kendal", "Windermere")) for s in p.shots), said(p)


def test_a_last_line_of_places_is_a_picture_not_a_signature() -> None:
    p = plan(
        "New Year video for our agency's socials, 20 sec. Crowds on the harbour, the countdown "
        "on a big screen. Must have this one too!\n- Fireworks, Sydney Harbour Bridge\n"
    )
    assert "Fireworks" in said(p), said(p)
    p = plan(
        "Croatia trip reel, 20 sec\nKayaking around the old walls\nIce cream in the square\nDubrovnik, Old Town\n"
    )
    assert "Dubrovnik" in said(p), said(p)


def test_names_carved_in_stone_and_a_shot_in_brackets_are_pictures() -> None:
    p = plan(
        "Short film, 20 seconds:\n- a stone memorial in the village square\n"
        "- names are carved into the stone, rain running down them\n- an old woman lays flowers\n"
    )
    assert len(p.shots) == 3 and "carved" in said(p), said(p)
    p = plan(
        "Wedding teaser, 30 sec:\n- the bride getting ready\n"
        "- (the groom's reaction when he sees her)\n- the first dance\n- sparklers as they leave\n"
    )
    assert len(p.shots) == 4, said(p)
    p = plan(
        "Two shots, 10 sec:\n(a close-up of a raindrop on a leaf)\n(the whole forest in the rain)\n"
    )
    assert "raindrop" in said(p), said(p)


def test_the_option_chosen_is_the_last_said() -> None:
    p = plan(
        "Running shoe ad, 30 sec.\nOption A - sunrise run along the beach\n"
        "Option B - night run through the city, neon lights\n"
        "I like option A but the client picked B, so B it is.\n"
    )
    assert "night run" in said(p).lower() and "sunrise" not in said(p), said(p)
    assert "picked" not in said(p)


def test_a_business_says_what_it_does_and_per_can_mean_as_asked() -> None:
    p = plan(
        "We serve the best brunch in town. Make a 20 sec reel: pancakes stacked high, syrup "
        "pouring, friends laughing at a table."
    )
    assert "We serve" not in said(p) and "best brunch" not in p.title, said(p)
    p = plan(
        "One shot per the client's request: a slow push-in on the wine bottle on a barrel, "
        "8 seconds."
    )
    assert len(p.shots) == 1 and "request" not in p.shots[0].description, said(p)


def test_powers_are_kept_where_there_are_no_footnotes() -> None:
    p = plan(
        "Physics class intro, 10 seconds: chalk writes E=mc² on a blackboard, then the teacher "
        "turns to the class."
    )
    assert "E=mc²" in said(p), said(p)
    p = plan(
        "Real estate promo, 30 sec, 16:9. Bright 120m² apartment: sunlit living room, the 15m² "
        "terrace with plants, the kitchen with marble counters."
    )
    assert "15m²" in said(p), said(p)


def test_an_option_chosen_in_a_characters_line_is_the_story() -> None:
    p = plan(
        "Short comedy sketch, 30 seconds. Two office workers stare at a vending machine.\n"
        "Option A - crisps\nOption B - the chocolate bar\n"
        'The taller one says "we\'re going with option B" and presses the button. The bar gets '
        "stuck."
    )
    assert "presses the button" in said(p), said(p)


def test_a_name_said_to_be_an_example_is_a_note() -> None:
    p = plan(
        "A 9-second reel of my hands lettering a name:\n"
        "1. The nib's first stroke, ink pooling.\n"
        "2. I lift the card and blow on it.\n"
        "3. The finished card: 'Maud'.\n"
        "The name is just an example, Maud isn't a real client!"
    )
    assert len(p.shots) == 3, said(p)
    assert "example" not in said(p) and "lift the card" in p.shots[1].description
