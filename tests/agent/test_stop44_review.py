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


# The second review's counter-examples (a second reviewer, 118 briefs on the next change)
SECOND: dict[str, str] = {
    "02": "Hi! For our allotment society video (30 secs, landscape). I've ticked the ones we already filmed last month, so please just do the rest.\n\n- [x] Wide of the allotments at sunrise, mist over the beds\n- [ ] Jean digging up potatoes, holding one up to camera\n- [x] Close up of bees on the borage\n- [ ] The kids watering the pumpkin patch with tiny cans\n- [ ] Everyone at the long table for the harvest supper\n\nThanks, Pat",
    "03": "Checklist – Shot list to-do\n[ ] Bride's dress hanging in the window\n[ ] Groom's mum pinning his buttonhole\n[ ] The first kiss under the oak tree\n[ ] Confetti as they walk out\n\n45 seconds, 16:9 please.",
    "05": 'Checklist – Admin\n[x] Location booked\n[ ] Release forms\n\nShots:\n[ ] Barista pouring latte art, a fern appearing in the foam\n[ ] Regulars laughing at the window table\n[ ] Croissants coming out of the oven\n[ ] The chalkboard outside: "Open 7 till 3"\n\n15 seconds, square.',
    "06": "Hi! Here's the list from our Notion page. I checked with the venue and we can film from 6.\n\n- [x] The band setting up on the tiny stage\n- [ ] Crowd packed in, phones up\n- [x] Singer leaning into the front row\n- [ ] Bar staff pouring pints nonstop\n- [ ] Sweaty encore, confetti cannons\n\n30 sec, 16:9",
    "107": "Checklist of tasks is in the email, this is just the shots.\n[ ] Dog walker with six dogs on the common\n[ ] Close up of muddy paws on the van step\n[ ] The dogs piling out at the park\n\n20 secs, square.",
    "09": "Run sheet for the summer fete. Please film all of it – I've starred the bits that are must-haves though, those need to be in.\n\n12:00pm   Gates open, queue down the lane\n12:30pm * Dog show – the judge with a Labrador in a bow tie\n1:30pm    Tug of war on the green\n2:15pm *  Cake stall sells out, Mrs Hughes' Victoria sponge\n3:00pm    Brass band on the bandstand\n4:00pm *  Duck race on the river\n\n40 seconds, 16:9.",
    "104": "Beach party run sheet, 30 seconds, landscape, film everything in order. Starred items are weather permitting.\n\n5:00pm   DJ starts on the sand\n6:30pm * Paddleboard race round the buoy\n7:30pm   BBQ, burgers on the grill\n9:00pm * Fire dancers on the shoreline\n10:00pm  Bonfire and toasting marshmallows\n",
    "11": "Hey! Our star baker is Priya so she's in everything. 30 sec reel for the cookery school, vertical.\n\n9:00am  Students arriving in aprons\n10:00am * Priya demonstrating the choux pastry\n11:30am Students piping eclairs, some disasters\n1:00pm  Tasting, everyone with chocolate on their faces\n",
    "10": "Bakery day-in-the-life, 30 secs, vertical:\n04:30 Alarm goes off, Tom stumbling in the dark\n05:00 Tom lighting the old bread oven\n06:15 Dough turned out and shaped on the floury bench\n07:00 First loaves out, crackling as they cool\n08:00 Door opens, first customers\n",
    "12": "Video: dawn / midday / dusk, the same spot on the beach\n\nShots:\n1. Fisherman dragging his boat down the shingle\n2. Kids building a sandcastle with a moat\n3. A couple walking the dog along the tideline at sunset\n\n30 seconds, 16:9",
    "14": "Footage: phone / GoPro / drone – whatever you've got\n1. Mountain biker dropping into the trail through the pines\n2. Mud spraying off the back wheel on the berm\n3. A jump over the creek, slow mo\n4. Riders at the top of the hill, high-fiving\n\n30 seconds landscape",
    "15": "Shots: close / medium / wide for each if you can\nThe blacksmith pulling a glowing bar from the forge.\nHammer on the anvil, sparks flying.\nThe finished hook quenched in the bucket, steam hissing.\n20s, 16:9",
    "16": "VIDEO: 30 secs / vertical / no music\nThe kids' choir singing in the church, candles lit.\nThe youngest one forgetting the words and giggling.\nThe vicar clapping at the end.\n",
    "17": "New phone launch, 20 secs, vertical.\n\nSpecs to show:\n- Close up of the triple camera lens catching the light\n- The phone dropped into a fish tank, still recording\n- Thumb swiping through the 120Hz screen, super smooth\n- The phone charging on the wireless pad, ring lighting up\n",
    "18": "Hi, wedding film for Saturday, 60 seconds, 16:9.\n\nRequirements:\n- The bride walking down the aisle with her dad\n- The first kiss\n- Confetti outside the church\n- The speeches, everyone laughing at the best man\n\nThanks!",
    "20": "Safety video for the climbing wall, 45 seconds, 16:9.\n\nRules:\n1. A climber checking her harness buckle is doubled back\n2. Partner checking the knot before she climbs\n3. Instructor showing how to fall onto the mats, knees bent\n4. Nobody climbs above the red line without a rope, show a kid stopping at the line\n\nEnd on the logo.",
    "24": "Ski school promo, 30 secs, landscape.\n1. Kids snowploughing down the nursery slope in a line behind the instructor\n2. A little one falling over and laughing\n3. Chairlift going up, skis dangling\n4. Jump at the park, use the best 2 takes of it back to back\n5. Hot chocolate at the hut, cheeks red\n",
    "25": "Village fun run video, 30 seconds, 16:9.\n1. Runners bunched at the start, the vicar firing the starting pistol\n2. Through the ford, water spraying everywhere\n3. Up the steep hill past the church, walking now\n4. The podium, just the top 3 runners with their medals\n5. Everyone at the pub afterwards\n",
    "103": "Hen do video, 30 seconds, vertical.\n1. The girls in matching pink cowboy hats on the train\n2. Cocktail masterclass, shakers going\n3. Karaoke, the bride belting out ABBA\n4. Pick 2 of these for the dance-off bit: conga, the YMCA\n",
    "30": "[09:01] Jo: right, the café video. 30 secs, landscape\n[09:02] Jo: how many shots do you reckon?\n[09:03] Sam: let's do 4.\n[09:03] Jo: ok: the coffee machine steaming, the owner chalking the board, a dog under the table, the sunny terrace\n",
    "105": "Beach clean video, 20 secs, vertical.\n- Volunteers litter picking along the tideline, there were 28 of us, call it 30.\n- Close up of a seal watching from the rocks\n- The pile of full bags at the end\n",
    "39": "Transcribed voice note: so the BBQ video, 20 secs, square. First Dad - no, not Dad, Grandad - flipping burgers at the grill, smoke everywhere. Then the kids on the trampoline. Then everyone round the table toasting. Cheers.\n",
    "44": "Hi all,\n\nLeavers' video for Year 6, 45 seconds, landscape.\n1. Mr Evans doing the register one last time\n2. The dinner ladies waving their ladles\n3. Sports day egg and spoon race\n4. Everyone!\n\nThanks, Mrs Shah",
    "76": "Wedding film shot list (60 secs, 16:9):\n1. Getting ready\n2. Details\n3. Ceremony\n4. First kiss\n5. Speeches\n6. First dance\n",
    "77": "Charity ad, 30s, landscape.\n- A volunteer opening the food bank doors in the rain\n- Close up: the checked boxes on a food parcel list\n- A mum and her kids taking a bag home, smiling\n",
    "62": "Swimming gala reel, 30 seconds, landscape.\n1. Swimmers on the blocks, goggles down\n2. Slow-mo of the dive, water exploding\n3. The butterfly leg, spray everywhere\n4. The winner slapping the water and shouting\nCan we not do the slow-mo, it looks cheesy. Normal speed is fine.\n",
    "79": "Christmas ad for the pub, 20s, 16:9.\n- Grandad carrying in the flaming Christmas pudding\n- Crackers being pulled, hats flying\n- Everyone toasting by the fire\n",
    "80": "Stunt show reel, 30 secs, vertical.\n- A stunt rider jumping through a flaming hoop\n- A car burning in the arena, the crowd cheering\n- The burning house set collapsing\n",
    "81": "Cocktail bar reel, 15s, vertical.\n- Bartender setting a flaming sambuca alight\n- Orange peel flamed over the glass\n- The burning cinnamon stick garnish smoking\n",
    "82": "Fishing lodge promo, 20 secs, landscape.\n- An angler casting his fly across the river at dawn\n- The line tightening, a salmon leaping\n- Breakfast at the lodge\n",
    "52": "Care home video, 30 secs, landscape.\n- Residents singing along round the piano\n- Grandad Ted drifting off to sleep in his armchair, mouth open\n- The cat curled up on a lap\n",
    "94": "Hallo! Ein Video für unser Hotel, 30 Sekunden, Querformat.\n1. Der Bodensee im Morgennebel, ein Segelboot gleitet vorbei\n2. Wanderer im Schwarzwald zwischen hohen Tannen\n3. Der Wasserfall in Triberg, das Wasser stürzt in die Tiefe\n4. Abendessen auf der Terrasse mit Blick auf die Alpen\n",
    "95": "Imagefilm für unsere Stadt, 20 Sekunden, Querformat.\n- Die Altstadt von oben, rote Dächer\n- Die Stadtmauer im Abendlicht\n- Der Marktplatz mit dem Brunnen\n- Das Rheinufer bei Sonnenuntergang\n",
    "98": "Bonjour, vidéo de 15 secondes pour notre boulangerie, vertical.\n1. Le boulanger sort les baguettes du four\n2. Les clients font la queue, Le Petit Fournil en lettres dorées sur la vitrine\n3. Une fille mord dans un croissant devant Le Petit Fournil\n",
    "84": "My grandad farmed here for fifty years with his black and white Friesians and since he passed last spring we want something to remember him by for the family, about 30 seconds, landscape.\n- The empty milking parlour at dawn\n- His flat cap on the hook by the door\n- The herd walking in from the top field\n",
    "85": "We restore vintage tractors and classic motorbikes out of a barn in Devon, it was started by my dad in the seventies and now my son works with me too. 20 second vertical for Instagram please.\n- Sparks flying as my son grinds a rusty panel\n- Dad polishing the chrome on a Triumph\n- A Fergie tractor starting first time, puffing smoke\n",
    "40": "Voice memo: right, 15 seconds, landscape. The first shot is the lighthouse at dawn. Then Sarah - no, not Sarah's boat, her dad's one - chugging out of the harbour. Then gulls following it. That's it, ta.\n",
    "74": "OBJECTIVE\nGet more bookings for the glamping site.\n\nSHOTS\n- Bell tents at dusk, fairy lights on\n- Kids toasting marshmallows round the fire pit\n- Couple in the hot tub under the stars\n\nLOCATIONS\nAll on site at Hollow Farm, near Hexham. Parking is by the barn.\nAccess from 9am, the owner will meet you.\n\nFORMAT\n30 secs, landscape\n",
    "112": "Board for the bake-off video, 16:9\n\nshot\tsecs\tdescription\tnotes\n1\t5\tWide of the village hall, bunting up\tsecond batch of bunting\n2\t5\tJudges tasting the Victoria sponge\trelease signed\n3\t5\tWinner holding the rosette\tfilmed already on the drive\n4\t5\tQueue at the cake stall\thero shot, run it long\n",
    "113": "Storyboard for the gym ad, vertical\n\nshot\tsecs\tdescription\tnotes\n1\t4\tBoxer wrapping her hands\tsigned\n2\t4\tSkipping rope blur\tsee drive folder\n3\t4\tBag work, sweat flying\tbatch 2\n",
}


def _second(key: str) -> ShotPlan:
    return plan(SECOND[key])


def test_ticking_the_ones_already_filmed_keeps_every_box() -> None:
    p = _second("02")
    assert len(p.shots) == 5


def test_a_to_do_checklist_of_shots_is_the_shots() -> None:
    p = _second("03")
    assert len(p.shots) == 4 and not any("Checklist" in s for s in said(p))


def test_an_admin_checklist_ends_at_the_shots_heading() -> None:
    p = _second("05")
    assert len(p.shots) == 4 and "Croissants" in said(p)[2]


def test_checked_with_the_venue_is_no_ticked_only_rule() -> None:
    p = _second("06")
    assert (
        sum("band" in s.lower() or "crowd" in s.lower() for s in said(p)) >= 2 and len(p.shots) >= 5
    )


def test_a_sentence_opening_on_checklist_is_no_heading() -> None:
    p = _second("107")
    assert len(p.shots) == 3 and not any("Checklist" in s for s in said(p))


def test_film_all_of_it_keeps_the_unstarred_lines() -> None:
    p = _second("09")
    assert any("Tug of war" in s for s in said(p)) and not any(s.startswith("Pm") for s in said(p))


def test_starred_items_weather_permitting_keeps_every_line() -> None:
    p = _second("104")
    assert len(p.shots) == 5


def test_a_star_baker_is_no_starred_line() -> None:
    p = _second("11")
    assert any("Students arriving" in s for s in said(p))


def test_early_clock_times_are_a_run_sheets() -> None:
    p = _second("10")
    assert len(p.shots) == 5 and not any("04:30" in s for s in said(p))


def test_a_slash_line_of_times_is_no_shot_list() -> None:
    p = _second("12")
    assert any("Fisherman" in s for s in said(p))


def test_a_slash_line_of_cameras_is_no_shot_list() -> None:
    p = _second("14")
    assert any("Mountain biker" in s for s in said(p))


def test_a_slash_line_of_framings_is_no_shot_list() -> None:
    p = _second("15")
    assert len(p.shots) == 3


def test_a_slash_line_of_specs_is_no_shot_list() -> None:
    p = _second("16")
    assert len(p.shots) == 3


def test_specs_to_show_are_pictures() -> None:
    p = _second("17")
    assert len(p.shots) == 4 and "lens" in said(p)[0]


def test_requirements_listing_pictures_are_pictures() -> None:
    p = _second("18")
    assert len(p.shots) == 4 and "aisle" in said(p)[0]


def test_rules_listing_pictures_are_pictures() -> None:
    p = _second("20")
    assert len(p.shots) == 5 and "harness" in said(p)[0]


def test_the_best_2_takes_inside_an_item_picks_nothing() -> None:
    p = _second("24")
    assert any("Chairlift" in s for s in said(p))


def test_the_top_3_runners_inside_an_item_picks_nothing() -> None:
    p = _second("25")
    assert len(p.shots) == 4 and "podium" in said(p)[-1]


def test_pick_2_of_these_inside_an_item_picks_nothing() -> None:
    p = _second("103")
    assert any("Karaoke" in s for s in said(p))


def test_lets_do_4_is_a_count_not_seconds() -> None:
    p = _second("30")
    assert p.total_duration_s == 30 and len(p.shots) == 4


def test_call_it_30_after_a_head_count_is_no_length() -> None:
    p = _second("105")
    assert p.total_duration_s == 20


def test_a_name_put_right_keeps_the_new_name() -> None:
    p = _second("39")
    assert said(p)[0].startswith("Grandad")


def test_everyone_is_a_picture() -> None:
    p = _second("44")
    assert len(p.shots) == 4


def test_details_is_a_wedding_shot() -> None:
    p = _second("76")
    assert "Details" in said(p)


def test_checked_boxes_on_a_list_is_a_picture() -> None:
    p = _second("77")
    assert len(p.shots) == 3


def test_can_we_not_do_the_slow_mo_keeps_the_dive() -> None:
    p = _second("62")
    assert any("dive" in s for s in said(p))


def test_a_flaming_pudding_is_fire() -> None:
    p = _second("79")
    assert "physics" in p.shots[0].tags


def test_a_flaming_hoop_and_a_car_burning_are_fire() -> None:
    p = _second("80")
    assert "physics" in p.shots[0].tags and "physics" in p.shots[1].tags


def test_a_flaming_sambuca_is_fire() -> None:
    p = _second("81")
    assert "physics" in p.shots[0].tags


def test_an_angler_casting_his_fly_moves() -> None:
    p = _second("82")
    assert "human_motion" in p.shots[0].tags


def test_drifting_off_to_sleep_is_no_physics() -> None:
    p = _second("52")
    assert "physics" not in p.shots[1].tags


def test_schwarzwald_is_a_landscape() -> None:
    p = _second("94")
    assert "landscape" in p.shots[1].tags


def test_altstadt_is_architecture() -> None:
    p = _second("95")
    assert "architecture" in p.shots[0].tags


def test_le_petit_fournil_is_a_shop_not_a_person() -> None:
    p = _second("98")
    assert "Le" not in cast(p)


def test_black_and_white_friesians_are_no_look() -> None:
    p = _second("84")
    assert p.style == ""


def test_vintage_tractors_are_no_look() -> None:
    p = _second("85")
    assert p.style == ""


def test_a_boat_put_right_is_no_name() -> None:
    p = _second("40")
    assert any("chugging" in s for s in said(p))


def test_a_locations_heading_is_no_one_speaking() -> None:
    p = _second("74")
    assert len(p.shots) == 3


def test_short_crew_notes_stay_out_of_the_pictures() -> None:
    p = _second("112")
    assert not any("signed" in s or "drive" in s for s in said(p))


def test_a_notes_column_of_signed_and_batch() -> None:
    p = _second("113")
    assert len(p.shots) == 3 and p.total_duration_s == 12
