"""The stop-44 review's counter-examples: briefs a reviewer wrote to break this stop's rules
(headed sections, lengths typed last, sign-offs, "no cut:", notes columns, "est.", surnames,
places abroad, German compounds, a script's short lines, look words, fire and motion words), each
a regression it found in the change, mended before it landed. The briefs are the reviewer's own
words."""

from __future__ import annotations

from sessions.models import ShotPlan
from tests.agent.planning import cast, plan, said

BRIEFS: dict[str, str] = {
    "06": "Hey! Here's what I'm thinking for the wedding teaser.\n\nStory:\nMorning light through the curtains as Jess gets ready, her sister doing up the buttons on her dress. Tom waiting at the end of the aisle, fidgeting with his cufflinks. Jess walks in on her dad's arm and Tom wipes his eyes. Confetti thrown as they come out of the church.\n\nShots:\nMostly handheld, close and intimate, a couple of drone shots of the church if possible.\n\nMusic:\nTheir first dance song, we'll add it.\n\nAbout 45 seconds, landscape.\n",
    "08": "Brief for the charity run video\n\nBackground:\nThe 10k raises money for the hospice. 600 runners last year.\n\nShots:\n1. Runners bunched at the start line, breath steaming\n2. Aerial of the pack streaming along the canal towpath\n3. A runner in a tutu high-fiving kids by the barrier\n4. Finish line, a man collapses onto the grass laughing\n\nNotes:\n5. Medal being put round a child's neck\n6. Hospice nurses cheering at the water station\n\nLength 30 seconds, vertical.\n",
    "98": 'CLIENT\nNorthshore Surf School\n\nSHOTS\n1. Dawn, a line of beginners paddling out through white water\n2. An instructor pushing a kid onto a wave\n3. The kid standing up for the first time, arms out\n\nCTA\nEnd card: "Book your first lesson – northshoresurf.co.uk"\n\nFORMAT\n20s, 9:16\n',
    "14": "hi, can you do a 20s vertical for our skate shop?\n\nSTORY\nkid lands his first kickflip after failing all day\n\nSHOTS\n- kid bailing, board flying off\n- kid sitting on the curb, grazed knee\n- kid trying again, lands it, friends going mad\n\nBRAND\nDeckhands Skate Shop, logo at the end\n",
    "18": "can u make a 15 sec clip for my dads bday, square pls\n- dad blowing out candles on a cake shaped like a 50s jukebox\n- everyone in the garden dressed up like the 60s\n- dad dancing with mum to a song from the 70s\n",
    "102": "Record shop reel, vertical, 20 secs:\n- hands flicking through a crate of old 45s\n- the needle dropping on a spinning 78\n- the owner dancing behind the counter to some northern soul 45s\n- shop front at night, neon sign\n",
    "46": "Board for the estate video, 16:9\n\nshot\tsecs\tdescription\tnotes\n1\t5\tDrone over the house at dawn\tfollow the drive up through the oak trees\n2\t4\tFront door opens\tthe family dog bursts out and we let him run out of frame\n3\t5\tKitchen, Aga on\ta fresh batch of scones steaming on the rack\n4\t4\tGarden at dusk\tfairy lights, hero shot\n",
    "51": "Shots for the brewery:\nWide of the brewhouse, est. 1892 painted on the wall.\nMash tun steaming, brewer stirring.\nPint pulled at the bar.\n16:9, 15s\n",
    "50": "Vidéo pour notre gîte, 20 secondes, format paysage. Le soleil se lève sur les vignes au sud-est. Marie sert le café sur la terrasse. Les enfants courent dans le jardin.\n",
    "105": "Video for my best mate's 30th, square, 20s\n1. Us two at primary school, matching haircuts (photo)\n2. Us at Glastonbury covered in mud\n3. Us on his wedding day, both crying\n4. Best Friends Forever (end card)\n",
    "23": "Wedding montage, 30 sec, 16:9\n\n1. Bride and groom's first dance, fairy lights overhead\n2. The best man's speech, everyone laughing\n3. Best Man Rory (close up)\n",
    "29": "Rules for the edit:\n- No cut: the dance has to play as a single shot\n- No music other than the live band\n- 45 seconds, landscape\n\nThe shot: the couple doing the lindy hop across the whole floor, the band behind them.\n",
    "78": "Montage for Grandad's 90th, 45 seconds, 16:9. We'll send the photos.\n1. Grandad here at Blackpool in 1955, on a donkey\n2. Nan here at Christmas 1970, carving the turkey\n3. The two of them dancing at their wedding\n4. Grandad now, blowing out his candles\n",
    "80": "Shot list for the allotment video (vertical, 20s):\n- Rita said it would rain, so she's out in her wellies with a huge umbrella\n- Close up on raindrops bouncing off the cabbages\n- Rita laughing, soaked, holding up a giant marrow\n",
    "84": "Cat food ad, 20 seconds, 16:9.\n1. The family eating Sunday dinner around the table\n2. Under the table, the cat's paw reaching up towards a plate\n3. And no one notices the cat dragging the whole salmon off the counter\n4. The cat asleep on the sofa, belly full\n",
    "56": "Hola! Video para la academia de flamenco, 20 segundos, vertical.\n1. Carmen bailando en el estudio, la falda girando\n2. Primer plano de los pies de Carmen golpeando el suelo\n3. La cámara se queda en Carmen mientras las alumnas aplauden\n4. Carmen sonríe al espejo, sudando\nGracias!\n",
    "94": "Hoi! Een filmpje voor onze kattencafé, 15 seconden, voor Instagram Reels.\n1. De rode kat liggend op de vensterbank in de zon\n2. Een meisje aait de kat, die spint\n3. Koffie met latte art in de vorm van een kattenkop\nBedankt!\n",
    "71": "Hi there, I'd like a 30 second film for my mum's 70th. I want it all black and white and really grainy, like the old photos my nan kept in a biscuit tin under the bed in her house in Leeds when we were small.\n1. Mum blowing out the candles\n2. Grandkids hugging her\n3. Mum dancing with Dad in the kitchen\n",
    "76": "Hello! I run a small candle business from my kitchen and I'd love a 15 second vertical reel for Instagram, all moody and dark and cosy with lots of candlelight, nothing bright or clinical like the big brands do it.\n1. A match lighting a wick in the dark\n2. Wax pouring into a tin\n3. Me smelling a finished candle, eyes closed\n",
    "55": "Tribute reel for the retiring head, 30 seconds, 16:9.\nMrs Patel waving at the school gates on her first day, 1994 (we have the photo)\nMrs Patel dancing at the staff panto\nKids lining the corridor clapping as Mrs Patel walks out\nMr Jones, the deputy, hands her flowers\n",
    "53": "Rally highlights, 16:9, 30s\n- Elfyn Evans slides the Yaris through the hairpin, gravel spraying\n- Spectators on the bank ducking the stones\n- Elfyn Evans celebrates on the roof of the car at the finish\n- Sébastien Ogier shakes his hand\n",
    "68": "This is the pre-title scene, 30 secs, 2.39:1\n\nEXT. DESERT ROAD - DAY\n\nHeat haze. Nothing for miles.\n\nA red car appears on the horizon.\n\nGunshot. Birds scatter from a dead tree.\n\nThe car keeps coming.\n",
    "66": "Short film opening, 16:9, 25 seconds.\n\nEXT. BEACH - DAWN\n\nWaves. A dog runs along the tideline, chasing gulls.\n\nTom sits on a rock. Tom sighs. He throws a stone into the sea.\n\nSmash cut.\n\nINT. OFFICE - DAY\n\nTom at a desk, a hundred emails unread.\n",
    "37": 'Estate agent reel, vertical, 15s\n1. "SOLD" - the board outside the house, a slap of a sticker across it\n2. The couple getting the keys on the doorstep\n3. "Home sweet home" - the doormat as they step over it\n',
    "61": "Hallo! Ein Video für unsere Umzugsfirma, 20 Sekunden, Hochformat.\n1. Oswald und Ewald tragen ein Sofa die Treppe hinunter\n2. Nahaufnahme: Oswald lacht und wischt sich den Schweiß ab\n3. Zwei Männer laden den Transporter aus, Kartons stapeln sich\n4. Logo: Umzüge Brandt\nDanke!\n",
    "63": 'Handyladen-Promo, 10 Sekunden, Hochformat.\n- Ein Smartphone wird kabellos aufgeladen, das Display leuchtet auf\n- Eine Hand wischt über den Bildschirm\n- Schriftzug: "Akku leer? Wir helfen."\n',
    "89": "Hair salon reel, vertical, 15s\n1. A woman with flaming red hair sitting in the chair, smiling at the mirror\n2. Close up of scissors snipping the ends\n3. The finished bob, she shakes her head and laughs\n",
    "90": "Tourism board spot, 16:9, 20 seconds:\n- Burning orange sky over the bay at sunset, boats moored\n- The old lighthouse casting a long shadow across the harbour wall\n- Couples strolling along the prom with chips\n",
    "93": "Sports bar promo, 15s, 16:9.\n- Fans watching the derby, burning with nerves\n- The winning goal on the big screen, the whole bar erupting\n- Pints raised, someone's flaming sambuca on the bar\n",
    "91": "Theatre promo, 30s, landscape.\n1. Actors waiting nervously in the corridor outside the casting room\n2. The director casting her eye over the headshots spread on the table\n3. A young actor nailing the monologue, the panel leaning forward\n",
    "96": "Vertical reel for my pottery, 20s.\n- Me sitting at the wheel, centering a lump of clay\n- Me thinking, staring at the shelf of seconds\n- Close on a mug with a crack running through the glaze\n",
    "09": "IDEA\nWhat if the dog is the one taking the photos?\n\nSCRIPT\nA golden retriever, Biscuit, picks up a camera in his mouth.\nBiscuit trots through the park with the camera.\nClose on the camera's screen: a blurry photo of a squirrel.\nBiscuit drops the camera at his owner's feet and wags.\n\nAUDIENCE\nFamilies, dog people.\n\nTONE\nGoofy, warm.\n\n20 secs, square.\n",
}


def _plan(key: str) -> ShotPlan:
    return plan(BRIEFS[key])


def test_a_story_section_that_tells_the_pictures_over_a_shots_line_of_camera_notes() -> None:
    p = _plan("06")
    assert len(p.shots) >= 4 and any("Jess" in s for s in said(p))
    assert {"Jess", "Tom"} <= set(cast(p))


def test_numbered_shots_under_notes_go_on_the_list() -> None:
    p = _plan("08")
    assert len(p.shots) == 6 and any("Medal" in s for s in said(p))


def test_an_end_card_under_cta() -> None:
    p = _plan("98")
    assert "typography" in p.shots[-1].tags and "Book your first lesson" in said(p)[-1]


def test_logo_at_the_end_under_brand() -> None:
    p = _plan("14")
    assert "typography" in p.shots[-1].tags and "Deckhands" in said(p)[-1]


def test_a_decade_at_an_items_end_is_no_length() -> None:
    p = _plan("18")
    assert any(s.endswith("like the 60s") for s in said(p))


def test_records_at_an_items_end_are_no_length() -> None:
    p = _plan("102")
    assert said(p)[0].endswith("old 45s")


def test_a_notes_column_that_says_more_of_the_picture() -> None:
    p = _plan("46")
    assert "dog bursts out" in said(p)[1] and "scones" in said(p)[2]
    assert "fairy lights" in said(p)[3]


def test_est_1892_painted_on_a_wall() -> None:
    p = _plan("51")
    assert len(p.shots) == 3 and "est. 1892" in said(p)[0]


def test_french_sud_est_ends_its_sentence() -> None:
    p = _plan("50")
    assert len(p.shots) == 3


def test_best_friends_forever_end_card_is_no_sign_off() -> None:
    p = _plan("105")
    assert "typography" in p.shots[-1].tags and "Best Friends Forever" in said(p)[-1]


def test_best_man_rory_close_up_is_no_sign_off() -> None:
    p = _plan("23")
    assert len(p.shots) == 3 and "Rory" in said(p)[-1]


def test_no_cut_before_a_rule_for_the_edit() -> None:
    p = _plan("29")
    assert not any(s.startswith("The dance has to") for s in said(p))


def test_grandad_here_at_blackpool_is_a_photo() -> None:
    p = _plan("78")
    assert len(p.shots) == 4 and "Blackpool" in said(p)[0]


def test_rita_said_it_would_rain_is_a_picture() -> None:
    p = _plan("80")
    assert "wellies" in said(p)[0]


def test_and_no_one_notices_is_a_picture() -> None:
    p = _plan("84")
    assert len(p.shots) == 4 and "salmon" in said(p)[2]


def test_spanish_en_carmen_is_her() -> None:
    p = _plan("56")
    assert "Carmen" in cast(p)


def test_dutch_liggend_is_no_landscape_format() -> None:
    p = _plan("94")
    assert p.aspect_ratio == "9:16"


def test_a_long_sentence_that_asks_for_the_look() -> None:
    p = _plan("71")
    assert "black and white" in p.style


def test_a_long_sentence_that_asks_for_a_moody_look() -> None:
    p = _plan("76")
    assert "moody" in p.style


def test_mrs_and_mr_are_titles() -> None:
    p = _plan("55")
    assert not {"Mrs", "Mr"} & set(cast(p))


def test_a_driver_said_by_both_names_is_one_person() -> None:
    p = _plan("53")
    assert not {"Elfyn", "Evans"} <= set(cast(p))


def test_heat_haze_nothing_for_miles_opens_the_scene() -> None:
    p = _plan("68")
    assert said(p)[0].startswith("Heat haze")


def test_tom_sighs_is_tom_doing_something() -> None:
    p = _plan("66")
    assert not any("tom sighs" in s for s in said(p))


def test_a_quoted_word_before_a_dash_on_a_board() -> None:
    p = _plan("37")
    assert "typography" in p.shots[0].tags


def test_german_names_ending_in_wald_are_no_forest() -> None:
    p = _plan("61")
    assert "landscape" not in p.shots[0].tags


def test_german_aufgeladen_is_no_shop() -> None:
    p = _plan("63")
    assert "architecture" not in p.shots[0].tags


def test_flaming_red_hair_is_no_fire() -> None:
    p = _plan("89")
    assert "physics" not in p.shots[0].tags


def test_burning_orange_sky_is_no_fire() -> None:
    p = _plan("90")
    assert "physics" not in p.shots[0].tags


def test_burning_with_nerves_is_no_fire() -> None:
    p = _plan("93")
    assert "physics" not in p.shots[0].tags


def test_the_casting_room_is_no_one_casting() -> None:
    p = _plan("91")
    assert "human_motion" not in p.shots[0].tags


def test_me_thinking_staring_is_still() -> None:
    p = _plan("96")
    assert "human_motion" not in p.shots[1].tags


def test_headings_in_capitals_over_their_lines_are_no_one_speaking() -> None:
    p = _plan("09")
    assert len(p.shots) == 4
    assert not any(s.startswith(("Idea", "Audience", "Tone")) for s in said(p))
