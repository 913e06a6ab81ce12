"""FRESH_K: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty different writers: a
museum curator's letter, a water charity's appeal, a car dealer who wants it LOUD, a fitness coach
who changes the aspect halfway, a podcast trailer spec, a university admissions office (sub-bullets
and asides), a German tourism office, a city's road-safety PSA, a French dentist, a tattoo artist
in lower case, a boutique hotel asking for 21:9, a perfume ad in poetic prose (numbers in words), a
twelve-year-old's science project, a CMO's terse Slack message, a storyboard with SH010 shot codes
and per-shot seconds, a Portuguese surf school, a markdown table, an mm:ss timecoded company film,
a landscaper's punctuation-free dictation and an email thread whose quoted replies change the plan.

The expectations were written and committed before the planner was run on any of these briefs,
as a careful reader of each brief would put them; where a reader could not be sure, the field is a
range or left out. This set is measured once and never tuned for: a failure here is a finding, not
a test to make pass.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_K: tuple[Case, ...] = (
    Case(
        "museum curator letter",
        "Dear team,\n\n"
        "For the autumn exhibition 'Salt & Silver: The Herring Years, 1880-1930' at the Ostmark "
        "Maritime Museum we would like a short trailer for the homepage and the screens in our "
        "foyer, roughly forty-five seconds in the usual widescreen.\n\n"
        "The exhibition tells the story of the herring girls who followed the fleet down the "
        "coast. I envisage:\n"
        "First, the sea at dawn: a grey North Sea swell, gulls wheeling over the water.\n"
        "Then a fragment of our collection, a gutting knife on black velvet, lit from the side "
        "so the worn handle shows its age.\n"
        "A herring girl, Annie Buchan, as she appears in our 1902 photograph, brought gently to "
        "life, her shawl stirring in the wind on the quay.\n"
        "Close detail of the brine barrels, salt crystals glittering on the staves.\n"
        "The empty gallery itself, display cases glowing in a darkened room.\n"
        "And finally the exhibition title with its dates, in a serif face, over the "
        "photograph.\n\n"
        "I should stress that the objects must be depicted faithfully; no invented "
        "embellishments, please.\n\n"
        "With best wishes,\n"
        "Dr Helen Marr, Curator of Social History",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        first=tags("landscape"),
        framing={"barrels": "close"},
        tagged={
            "Annie": tags("character", "physics"),
            "gallery": tags("architecture"),
        },
        untagged={"knife": tags("human_motion", "character")},
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Annie",),
        not_cast=("Helen", "Marr", "Ostmark"),
        meta_free=("trailer", "homepage", "foyer", "best wishes", "widescreen", "embellish"),
    ),
    Case(
        "water charity appeal",
        "WellSpring - Spring Appeal - 60s film (16:9) - DRAFT\n"
        "Tone: hopeful, dignified. Narration by Grace (the mother) in her own words; we hear her "
        "voice throughout, over the real sounds of the village.\n"
        "1. Before sunrise, Amina (11) walks a dusty track with a yellow jerrycan balanced on "
        "her head.\n"
        "2. She reaches a muddy pond and kneels to fill the can with brown water.\n"
        "3. Her mother Grace boils the water over a wood fire; smoke curls up into the morning "
        "light.\n"
        "4. Six months later: a new hand pump in the centre of the village. Amina works the "
        "handle and clear water gushes into her can.\n"
        "5. Children splash each other at the pump, laughing.\n"
        "6. Black card, white text: '£25 brings clean water to one child for life. Text WELL "
        "to 70085.'\n"
        "Please avoid anything that looks like poverty tourism.",
        shots=(6, 6),
        seconds=60,
        aspect="16:9",
        tagged={
            "track": tags("character", "human_motion"),
            "pond": tags("character", "physics"),
            "fire": tags("character", "physics"),
            "pump": tags("character", "physics"),
            "splash": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        untagged={"@last": tags("character", "human_motion")},
        somewhere=tags("sound"),
        cast=("Amina", "Grace"),
        not_cast=("WellSpring",),
        meta_free=("Spring Appeal", "DRAFT", "poverty tourism"),
    ),
    Case(
        "car dealer wants it loud",
        "Hi, this is Big Ray from Ray Castellano Motors on Route 9. I need a 30 sec ad, square "
        "for Facebook. Here's what I want. Open with a drone shot swooping over the lot, all "
        "the cars lined up shining in the sun. Then the new Bronco kicking up dust on a dirt "
        "trail. Then me, Big Ray, standing in front of the showroom with my arms crossed "
        "saying 'Come on down, we'll beat any deal in the county!' Then a close up of the keys "
        "dropping into a customer's hand. End with the big red logo RAY CASTELLANO MOTORS and "
        "0% APR FOR 60 MONTHS flashing. Make it LOUD. Thanks, Ray",
        shots=(5, 5),
        seconds=30,
        aspect="1:1",
        first=tags("camera_motion"),
        framing={"@first": "aerial", "keys": "close"},
        tagged={
            "Bronco": tags("product", "physics"),
            "showroom": tags("character", "dialogue"),
        },
        last=tags("typography"),
        cast=("Ray",),
        meta_free=("Facebook", "30 sec", "Make it LOUD", "Here's what I want"),
    ),
    Case(
        "fitness coach changes aspect",
        "Hey! Coach Dani here 💪 Need a promo for my 6-week Summer Shred program. Landscape "
        "for YouTube pls. 20 seconds.\n"
        "- me doing kettlebell swings in the garage gym, chalk dust flying\n"
        "- battle ropes, slow-mo, sweat flicking off\n"
        "- my client Marcus finishing a sled push and collapsing on the turf, both of us "
        "laughing\n"
        "- 'SUMMER SHRED - STARTS JUNE 3' big bold text\n"
        "oh wait scratch the landscape thing, it's going on reels, do vertical 9:16",
        shots=(4, 4),
        seconds=20,
        aspect="9:16",
        tagged={
            "kettlebell": tags("character", "human_motion", "physics"),
            "ropes": tags("human_motion", "physics"),
            "sled": tags("character", "human_motion"),
        },
        last=tags("typography"),
        cast=("Dani", "Marcus"),
        meta_free=("YouTube", "reels", "promo", "scratch", "oh wait", "Landscape for"),
    ),
    Case(
        "podcast trailer spec",
        "TRAILER SPEC - 'Dead Air', season 2\n"
        "Format: 9:16, 15 s, for Stories/Shorts.\n"
        "Hosts: Priya Nair and Tom Okonjo (keep their likeness consistent).\n"
        "Beat 1: Tight on a vintage ribbon microphone, the red ON AIR light flicking on behind "
        "it.\n"
        "Beat 2: Priya leans into the mic, mid-laugh.\n"
        "Beat 3: Tom slams a case file onto the desk, papers sliding everywhere.\n"
        "Beat 4: Title card - DEAD AIR / S2 / NEW EPISODES TUESDAYS - with an animated audio "
        "waveform.\n"
        "Audio: we'll lay the real show audio under it.",
        shots=(4, 4),
        seconds=15,
        aspect="9:16",
        framing={"microphone": "close"},
        tagged={
            "Priya": tags("character"),
            "papers": tags("character", "physics"),
        },
        untagged={"microphone": tags("character")},
        last=tags("typography"),
        cast=("Priya", "Tom"),
        not_cast=("Dead Air",),
        meta_free=("TRAILER SPEC", "Shorts", "season 2", "likeness", "Beat "),
    ),
    Case(
        "university open day with asides",
        "Subject: Open Day film - brief v2\n\n"
        "Hi both,\n\n"
        "Here's where we landed after Tuesday's meeting. Target length is 90 seconds, 16:9 "
        "(it'll play on the big screen in the Great Hall before the Vice-Chancellor's welcome, "
        "and on the website).\n\n"
        "Structure:\n"
        "- Opening: aerial over campus\n"
        "  - early autumn, trees turning; the clock tower should be the hero (it's on every "
        "prospectus, so people recognise it)\n"
        "- Library\n"
        "  - students at long oak tables, a wall of old books, afternoon light through tall "
        "windows\n"
        "- Science\n"
        "  - a chemistry lab: a student pipetting a blue liquid into a test tube (safety "
        "goggles ON - compliance will check!)\n"
        "- Sport\n"
        "  - the rowing eight gliding down the river at dawn, oars dipping in sync\n"
        "- Social\n"
        "  - friends sharing chips on the steps of the students' union, one of them laughing "
        "so hard she nearly drops them\n"
        "- Close\n"
        "  - the university crest and 'Open Day - Saturday 14 October - ashcombe.ac.uk'\n\n"
        "(Aside: legal says no identifiable real students, so please keep faces generic.)\n\n"
        "Thanks, Fiona - Admissions & Recruitment",
        shots=(6, 6),
        seconds=90,
        aspect="16:9",
        first=tags("architecture"),
        framing={"@first": "aerial"},
        tagged={
            "books": tags("architecture"),
            "pipetting": tags("human_motion", "physics"),
            "rowing": tags("human_motion"),
            "chips": tags("human_motion"),
        },
        last=tags("typography"),
        not_cast=("Fiona", "Chancellor", "Admissions"),
        meta_free=(
            "brief v2",
            "Great Hall",
            "Vice-Chancellor",
            "prospectus",
            "compliance",
            "Tuesday's meeting",
            "identifiable",
        ),
    ),
    Case(
        "german tourism office",
        "Betreff: Imagefilm Lindau am Bodensee\n\n"
        "Liebe Kolleginnen und Kollegen,\n\n"
        "für die Sommerkampagne brauchen wir einen Clip von 30 Sekunden im Querformat (16:9), "
        "fünf Einstellungen:\n"
        "1. Luftaufnahme: die Insel Lindau im Abendlicht, der Hafen mit dem Löwen und dem "
        "Leuchtturm.\n"
        "2. Ein Segelboot gleitet über den glitzernden See, im Hintergrund die Alpen.\n"
        "3. Altstadt: Gäste sitzen in einem Straßencafé in der Maximilianstraße, ein Kellner "
        "serviert Eiskaffee.\n"
        "4. Zwei Kinder springen vom Steg ins Wasser, es spritzt.\n"
        "5. Schriftzug „Lindau - Insel der Sinne“ über dem Sonnenuntergang am Hafen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Tourismusbüro Lindau, Abteilung Marketing",
        shots=(5, 5),
        seconds=30,
        aspect="16:9",
        first=tags("landscape", "architecture"),
        framing={"@first": "aerial"},
        tagged={
            "Segelboot": tags("landscape"),
            "Kellner": tags("human_motion"),
            "Steg": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        not_cast=("Kolleg", "Abteilung"),
        meta_free=("Sommerkampagne", "Grüßen", "Querformat", "Betreff", "Einstellungen"),
    ),
    Case(
        "city road-safety psa",
        "CITY OF HARROWGATE - DEPT. OF TRANSPORTATION\n"
        "Public Service Announcement: 'Look. Listen. Cross.'\n"
        "Runtime: :20. Aspect: 16:9. Rating: all audiences.\n\n"
        "Visual description:\n"
        "A school crossing on a rainy weekday morning. A boy, SAM (9), in a yellow raincoat, "
        "steps off the kerb while looking at his phone. A delivery van brakes hard, tyres "
        "hissing on the wet road, and stops just short. Sam freezes. Cut to the same crossing, "
        "the same moment, replayed: this time Sam stops at the kerb, takes out one earbud, "
        "looks left, right, left, and crosses safely with the crossing guard, Mrs. Delgado. End "
        "card: LOOK. LISTEN. CROSS. with the city seal.\n\n"
        "Audio: natural street sound, the screech of brakes, no music.\n"
        "Approved by: Office of Communications",
        shots=(4, 7),
        seconds=20,
        aspect="16:9",
        tagged={
            "raincoat": tags("character", "human_motion"),
            "earbud": tags("character"),
        },
        last=tags("typography"),
        somewhere=tags("sound", "physics"),
        cast=("Sam", "Delgado"),
        not_cast=("Harrowgate", "Communications"),
        meta_free=("Public Service", "Runtime", "Rating:", "Approved by", "all audiences"),
    ),
    Case(
        "french dentist two shots",
        "Bonjour, je suis le Dr Lefèvre, cabinet dentaire des Tilleuls à Nantes. Je voudrais "
        "une petite vidéo de 10 secondes, format carré, pour notre page. Deux plans : d'abord "
        "un gros plan d'un sourire éclatant, puis notre logo bleu avec le texte « Cabinet des "
        "Tilleuls - prenez rendez-vous en ligne ». Merci !",
        shots=(2, 2),
        seconds=10,
        aspect="1:1",
        framing={"sourire": "close"},
        untagged={"sourire": tags("typography")},
        last=tags("typography"),
        not_cast=("Lefèvre",),
        meta_free=("vidéo", "carré", "Merci", "Bonjour", "10 secondes", "Deux plans"),
    ),
    Case(
        "tattoo artist lower case",
        "ink & iron studio, i'm rook. want a 30s vertical reel, black and white, grainy like an "
        "old film. shots:\n"
        "needle hitting skin, ink welling up, super close\n"
        "my hands wiping the excess with a paper towel\n"
        "the finished piece, a koi fish on a forearm, camera slowly circling it\n"
        "me leaning back in the chair lighting a cigarette, smoke curling in the lamp light\n"
        "studio name in old-school tattoo lettering on the window glass\n"
        "no color at all. no blood pls",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        every=tags("stylized"),
        framing={"needle": "extreme-close"},
        tagged={
            "needle": tags("physics"),
            "koi": tags("camera_motion"),
            "cigarette": tags("character", "physics"),
        },
        last=tags("typography"),
        cast=("Rook",),
        style=("black", "grain"),
        meta_free=("reel", "pls", "30s", "no color"),
    ),
    Case(
        "boutique hotel asks for 21:9",
        "Casa Almendra - a twelve-room hotel on the cliffs above Deià, Mallorca. We would love "
        "a 40-second film, in 21:9 like a real movie, for the top of our new website.\n"
        "The feeling: slow mornings, salt air, nobody in a hurry.\n"
        "- From the air, the hotel's terracotta roofs among the olive trees, the sea beyond.\n"
        "- Linen curtains billowing at an open window, the sea glimpsed behind them.\n"
        "- A guest swimming lazy lengths in the infinity pool, ripples catching the light.\n"
        "- Breakfast on the terrace: honey drizzled over yoghurt and figs, coffee poured.\n"
        "- Dusk: lanterns lit one by one along the stone path down to the cove.\n"
        "- Our name in a thin serif, Casa Almendra, fading up over the last light.",
        shots=(6, 6),
        seconds=40,
        aspect="16:9",
        note="21:9",
        first=tags("architecture", "landscape"),
        framing={"@first": "aerial"},
        tagged={
            "curtains": tags("physics"),
            "pool": tags("human_motion", "physics"),
            "honey": tags("physics"),
        },
        last=tags("typography"),
        meta_free=("website", "like a real movie", "40-second", "twelve-room"),
    ),
    Case(
        "perfume poetic prose",
        "NOCTURNE, eau de parfum.\n"
        "She is the hour after midnight. Twenty seconds, no more; a portrait frame, four by "
        "five.\n"
        "Black silk slides from a bare shoulder like water leaving stone.\n"
        "Her hair, loosened, lifts in a wind that comes from nowhere.\n"
        "A single drop runs down the faceted glass of the bottle, slow as honey.\n"
        "The atomiser breathes; a fine mist blooms, lit gold, and hangs in the dark.\n"
        "Then only the bottle, and the word: NOCTURNE.",
        shots=(5, 5),
        seconds=20,
        aspect="4:5",
        tagged={
            "silk": tags("physics"),
            "hair": tags("physics"),
            "drop": tags("product", "physics"),
            "mist": tags("product", "physics"),
        },
        last=tags("product", "typography"),
        untagged={"@last": tags("character", "human_motion")},
        nowhere=tags("dialogue"),
        meta_free=("Twenty seconds", "no more", "portrait frame", "four by five"),
    ),
    Case(
        "twelve-year-old volcano project",
        "hi my name is Leo and im 12 and this is for my science project about volcanos. the "
        "video has to be 1 minute long (mr pattel said no longer than 1 minute). i want it to "
        "start really high up looking down at a volcano with smoke coming out. then it should "
        "show the lava coming out and going down the mountain really slowly and setting trees "
        "on fire. then show inside the volcano with the magma chamber like a diagram with "
        "labels (magma chamber, vent, crater). then show the ash cloud going really high in the "
        "sky with lightning in it (this is real its called volcanic lightning!!). at the end "
        "put the title VOLCANOES by Leo M. thank you",
        shots=(5, 5),
        seconds=60,
        aspect="16:9",
        first=tags("landscape", "physics"),
        framing={"@first": "aerial"},
        tagged={
            "lava": tags("landscape", "physics"),
            "magma": tags("typography"),
            "lightning": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("character", "dialogue"),
        not_cast=("Leo", "pattel"),
        meta_free=("science project", "pattel", "thank you", "1 minute", "im 12"),
    ),
    Case(
        "cmo terse slack",
        "@channel need a 6s bumper for the Q3 sizzle. 16:9. liquid gold pour that resolves "
        "into the Aurum logo. one shot. ship fri",
        shots=(1, 1),
        seconds=6,
        aspect="16:9",
        every=tags("physics", "typography"),
        nowhere=tags("character", "human_motion"),
        meta_free=("@channel", "bumper", "sizzle", "Q3", "ship fri", "one shot"),
    ),
    Case(
        "storyboard shot codes",
        "PROJECT: LAST TRAIN - animatic boards, seq 01\n"
        "SH010 - 3s - EXT. PLATFORM - NIGHT - WS. Empty platform, rain slanting through the "
        "lamp light. MILO (30s, grey overcoat) runs in from frame left.\n"
        "SH020 - 2s - CU. Milo's face, breathless, rain dripping off his hair.\n"
        "SH030 - 4s - MS. CONTINUOUS. He sprints along the train as the doors begin to close.\n"
        "SH040 - 3s - INSERT. His hand jams between the closing doors.\n"
        "SH050 - 4s - INT. CARRIAGE. CONTINUOUS. The doors jolt open; Milo squeezes through "
        "and slumps into a seat opposite a woman in red, NINA, who doesn't look up from her "
        "book.\n"
        "SH060 - 2s - CU. Nina turns a page. A small smile.\n"
        "Style: graphic-novel look, heavy inks, limited palette (blue/red).",
        shots=(6, 6),
        seconds=18,
        durations=(3, 2, 4, 3, 4, 2),
        aspect="16:9",
        every=tags("stylized"),
        first=tags("character", "human_motion", "physics"),
        framing={
            "@first": "wide",
            "breathless": "close",
            "sprints": "medium",
            "jams": "insert",
            "turns a page": "close",
        },
        tagged={
            "breathless": tags("character", "physics"),
            "sprints": tags("character", "human_motion"),
            "squeezes": tags("character", "human_motion"),
        },
        chained=("sprints", "squeezes"),
        cast=("Milo", "Nina"),
        not_cast=("Last Train",),
        style=("graphic",),
        meta_free=("animatic", "boards", "seq 01", "SH0"),
    ),
    Case(
        "portuguese surf school",
        "Olá! Somos a Onda Viva, escola de surf na Ericeira. Queremos um vídeo vertical de 30 "
        "segundos para o Instagram.\n"
        "Ideia:\n"
        "- vista aérea da praia de Ribeira d'Ilhas com as ondas a entrar\n"
        "- a instrutora Marta a ensinar um grupo na areia, todos deitados nas pranchas\n"
        "- um aluno a apanhar a primeira onda, a espuma a rebentar à volta dele\n"
        "- pôr do sol, pranchas encostadas à carrinha\n"
        "- logótipo Onda Viva no fim\n"
        "Obrigado!",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        first=tags("landscape"),
        framing={"@first": "aerial"},
        tagged={
            "Marta": tags("character"),
            "espuma": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        cast=("Marta",),
        meta_free=("Instagram", "Obrigado", "Olá", "Queremos", "Ideia"),
    ),
    Case(
        "markdown table headphones",
        "Launch cut for the Halden H2 headphones - 4:5 for paid social.\n\n"
        "| # | Shot | Length | Notes |\n"
        "|---|------|--------|-------|\n"
        "| 1 | Headphones rotating slowly on a white plinth | 4s | soft top light |\n"
        "| 2 | Macro on the knit fabric of the headband | 3s | very shallow focus |\n"
        "| 3 | A runner, Jess, pulls them on mid-stride in a city park | 5s | hair tied back, "
        "ponytail swinging |\n"
        "| 4 | Jess stops at a crossing, eyes closed, lost in the music | 4s | city noise falls "
        "away |\n"
        "| 5 | Product + 'Halden H2 - Hear less. Feel more.' | 4s | end on this |\n",
        shots=(5, 5),
        seconds=20,
        durations=(4, 3, 5, 4, 4),
        aspect="4:5",
        first=tags("product"),
        framing={"knit": "extreme-close"},
        tagged={
            "knit": tags("product"),
            "mid-stride": tags("character", "human_motion"),
            "crossing": tags("character"),
        },
        last=tags("product", "typography"),
        cast=("Jess",),
        meta_free=("paid social", "Launch cut", "Length", "| "),
    ),
    Case(
        "timecoded glassworks film",
        "Kessler Glassworks - company film, 2:00, 16:9. Timecoded outline from our comms "
        "team:\n"
        "00:00-00:10 Dawn over the works: aerial, chimney steam drifting across the river "
        "valley.\n"
        "00:10-00:25 The furnace door swings open; molten glass glowing orange inside.\n"
        "00:25-00:45 Master gaffer Otto Kessler gathers a gob of molten glass on the blowpipe "
        "and blows, the bubble swelling.\n"
        "00:45-01:05 Otto shapes the vase with wet wooden paddles, steam hissing off the wood.\n"
        "01:05-01:25 His apprentice Lina inspects finished bottles on the conveyor against a "
        "light panel.\n"
        "01:25-01:45 Rows of finished glassware catch the afternoon sun in the showroom "
        "window.\n"
        "01:45-02:00 Logo: KESSLER GLASSWORKS - SINCE 1921.\n"
        "Voice-over: Otto, in his own words, throughout.",
        shots=(7, 7),
        seconds=120,
        durations=(10, 15, 20, 20, 20, 20, 15),
        aspect="16:9",
        first=tags("landscape", "physics"),
        framing={"@first": "aerial"},
        tagged={
            "furnace": tags("physics"),
            "blowpipe": tags("character", "human_motion", "physics"),
            "paddles": tags("character", "physics"),
            "conveyor": tags("character"),
            "glassware": tags("product"),
        },
        last=tags("typography"),
        somewhere=tags("sound"),
        cast=("Otto", "Lina"),
        meta_free=("company film", "comms team", "Timecoded", "outline"),
    ),
    Case(
        "landscaper dictation no punctuation",
        "ok siri note for the video guy hey its Dale from Greenway Landscaping so what I want "
        "is a video for the website about a minute long you know normal widescreen start with "
        "a before shot of the Hendersons backyard all overgrown weeds everywhere then my crew "
        "ripping out the old fence and hauling it away then laying the new sod rolls out like "
        "a carpet then the water feature we built the little stone waterfall running into the "
        "pond with the koi then the finished yard at dusk with the path lights on and the "
        "family having dinner on the patio and then our logo Greenway Landscaping and the "
        "phone number 555 0142 end note",
        shots=(6, 6),
        seconds=60,
        aspect="16:9",
        tagged={
            "weeds": tags("landscape"),
            "fence": tags("human_motion"),
            "sod": tags("human_motion"),
            "waterfall": tags("physics"),
        },
        untagged={"weeds": tags("human_motion")},
        last=tags("typography"),
        not_cast=("Dale", "Siri"),
        meta_free=("siri", "video guy", "end note", "website", "minute long", "what I want"),
    ),
    Case(
        "email thread quoted replies",
        "Re: Re: Harbour Brew Co. - Tidewater IPA launch\n\n"
        "Sounds good, go with Sean's version. Can we lock it today?\n"
        "- Marcus\n\n"
        "> On Tue, Sean Whitlock wrote:\n"
        "> Agree on vertical, but 30 is too long for Stories. Let's do 15 seconds, and drop the "
        "brewery tour shot.\n"
        ">\n"
        ">> On Mon, Marcus Hale wrote:\n"
        ">> First pass below. 30 seconds, 9:16.\n"
        ">> 1. Brewery tour: the brewhouse, copper kettles, steam.\n"
        ">> 2. Beer poured into a pint glass, foam rising over the rim.\n"
        ">> 3. Two friends clinking glasses on a harbour wall at sunset.\n"
        ">> 4. The can, condensation running down it, with 'Tidewater IPA' on the label.\n"
        ">> 5. End on our logo and 'Out now'.",
        shots=(4, 4),
        seconds=15,
        aspect="9:16",
        tagged={
            "pint": tags("product", "physics"),
            "clinking": tags("human_motion"),
            "condensation": tags("product", "physics"),
        },
        last=tags("typography"),
        not_cast=("Sean", "Marcus", "Whitlock", "Hale"),
        meta_free=("Stories", "First pass", "wrote", "Sounds good", "version"),
    ),
)
