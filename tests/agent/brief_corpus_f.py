"""FRESH_F: twenty fresh briefs, written the way different people write, with what a reader expects.

The expectations below were written and committed before the planner was run on any of these
briefs. Their subjects, voices and formats were invented for this corpus: a manager's email, dash
notes, a numbered list with seconds per item, scene headings, a voice-note transcript with
self-corrections, a director's mood prose, bullets with camera directions, French and Italian briefs,
an all-lowercase chat message, an explicit shot count in words, "each shot 5 seconds", 4:5 feed,
a CTA end card and a named character who must look identical in every shot.

Held out, the planner met every expectation of 3 of 20 (stop 22, after set D was fixed); after
fixing them as development cases, 15 of 20 (the rest are strict xfails in test_corpus).
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_F: tuple[Case, ...] = (
    Case(
        "dentist email",
        "Subject: Promo clip for Brightwater Dental - need by Friday\n\n"
        "Hi Sam,\n\n"
        "Could you put together a 30-second promo for the clinic website? Ideas: open on the front "
        "of the building on Harbour Road in the morning. Then our reception desk with Priya "
        "greeting a patient. Dr. Okafor showing a nervous kid the little mirror. A close-up of the "
        "whitening tray going in. Finish with our logo and the phone number 0161 555 0142 on "
        "screen.\n\n"
        "Thanks,\nHelen",
        shots=(4, 6),
        seconds=30,
        first=tags("architecture"),
        framing={"tray": "close"},
        last=tags("typography"),
        cast=("Priya", "Okafor"),
        not_cast=("Helen", "Sam"),
        meta_free=("Subject", "Hi Sam", "Thanks", "website"),
    ),
    Case(
        "climbing gym dash notes",
        "climbing gym reel, vertical, ~20s\n"
        "- chalk cloud as someone claps their hands\n"
        "- wide of the bouldering wall, colourful holds\n"
        "- climber dynos to the top hold, catches it\n"
        "- slow-mo fall onto the crash mat\n"
        "- gym name 'CRUX HALL' over the wall at end",
        shots=(4, 6),
        seconds=(18, 22),
        aspect="9:16",
        tagged={
            "chalk": tags("physics", "human_motion"),
            "wall": tags("architecture"),
            "dynos": tags("human_motion"),
        },
        last=tags("typography"),
        meta_free=("reel", "vertical", "~20s"),
    ),
    Case(
        "brewery numbered seconds",
        "Brewery spot, 16:9.\n"
        "1. (4s) Sacks of malted barley tipped into the mash tun, dust in the light\n"
        "2. (5s) Steam rolling off the copper kettle\n"
        "3. (3s) Brewer Tomasz tastes from the fermenter with a thief\n"
        "4. (4s) Pint poured from the tap, foam rising up the glass\n"
        "5. (4s) Label 'Old Quarry Pale Ale' on the can, logo end card",
        shots=(5, 5),
        seconds=20,
        durations=(4, 5, 3, 4, 4),
        tagged={
            "barley": tags("physics"),
            "steam": tags("physics"),
            "foam": tags("physics", "product"),
        },
        last=tags("typography", "product"),
        cast=("Tomasz",),
        meta_free=("16:9", "(4s)"),
    ),
    Case(
        "florist voice note",
        "ok so um, for the shop's valentine's thing, like maybe fifteen seconds? no actually make "
        "it twenty. first, uh, the red roses being wrapped in brown paper, hands tying the ribbon. "
        "then, um, the shop window from outside with the hearts painted on, it's on Mill Lane. and "
        "then a guy, no wait, a woman picking up the bouquet and smiling. and then just, like, "
        "'Petal & Stem - open till 9 on the 14th' at the end. square for instagram I think. yeah.",
        shots=(3, 5),
        seconds=20,
        aspect="1:1",
        tagged={"ribbon": tags("human_motion"), "window": tags("architecture")},
        last=tags("typography"),
        not_cast=("guy",),
        meta_free=("um,", "no actually", "no wait", "instagram", "fifteen"),
    ),
    Case(
        "cycling race recap",
        "Recap of Sunday's Tour of the Fells, 45 seconds. Drone shot of the peloton snaking up the "
        "Kirkstone Pass. Riders sprinting out of the saddle on the final climb. Rain spraying off "
        "the back wheels on the descent. Marta Vidal crossing the finish line with her arms up. "
        "Podium, champagne spraying. Finish with the results card: 1. Vidal 2. Brandt 3. Osei.",
        shots=(6, 8),
        seconds=45,
        framing={"peloton": "aerial"},
        tagged={
            "peloton": tags("landscape"),
            "rain": tags("physics"),
            "champagne": tags("physics"),
        },
        last=tags("typography"),
        cast=("Vidal",),
        meta_free=("Recap", "45 seconds"),
    ),
    Case(
        "otters director prose",
        "I want this to feel like the last light of the world. A river at dusk, mist lying low on "
        "the water, nothing moving. Then the otters - a mother and two pups - slip down the bank "
        "and the water barely ripples. The mother surfaces with a fish, water streaming off her "
        "whiskers. The pups tumble over each other on a mossy stone. We end on the empty river "
        "again, darker now, the mist thicker. Let it breathe; a minute, give or take. Just the "
        "river's own sound, no music.",
        shots=(4, 7),
        seconds=(50, 70),
        first=tags("landscape"),
        last=tags("landscape"),
        tagged={"whiskers": tags("physics")},
        somewhere=tags("sound"),
        nowhere=tags("typography", "dialogue"),
        meta_free=("I want", "Let it breathe", "give or take"),
    ),
    Case(
        "android scenes, identical",
        "Scene 1: A derelict orbital greenhouse. UNIT-7, a slender android with a cracked white "
        "faceplate and one amber eye, waters a dying tomato plant.\n"
        "Scene 2: UNIT-7 looks up as the station's lights flicker and die; only its amber eye "
        "glows.\n"
        "Scene 3: Earth rises over the rim of the moon, reflected in UNIT-7's cracked faceplate.\n"
        'Scene 4: UNIT-7 cups the last tomato in both hands and says, "You were worth it."\n'
        "Keep UNIT-7 exactly the same in every scene. 30 seconds, widescreen.",
        shots=(4, 6),
        seconds=30,
        every=tags("character"),
        cast=("UNIT-7",),
        somewhere=tags("dialogue"),
        nowhere=tags("typography"),
        meta_free=("Scene 1", "Keep UNIT-7", "widescreen"),
    ),
    Case(
        "anime opening chat",
        "hey can u make an anime style opening for our web series 'Night Shift Ramen' its about "
        "three friends who run a ramen cart at night, like kenji flipping noodles with huge steam "
        "clouds then yuki and mo running down a neon street late for their shift then all three "
        "posing in front of the cart with the title slamming in, should be like 20 sec i guess and "
        "vertical is fine no actually horizontal for youtube",
        shots=(3, 5),
        seconds=(18, 22),
        aspect="16:9",
        every=tags("stylized"),
        tagged={"noodles": tags("physics", "human_motion", "character")},
        last=tags("typography"),
        cast=("Kenji", "Yuki", "Mo"),
        meta_free=("hey can u", "youtube", "i guess", "web series"),
    ),
    Case(
        "claymation rain, four shots",
        "A claymation explainer for kids about how rain happens, four shots. The sun warms a "
        "little clay pond and wiggly steam lines rise. The droplets bunch together into a fluffy "
        "grey cloud with a sleepy face. The cloud gets heavy and rain pours down on a clay "
        "village. A puddle, and a clay frog jumps in with a splash. Playful, about 24 seconds.",
        shots=(4, 4),
        seconds=(22, 26),
        every=tags("stylized"),
        tagged={"splash": tags("physics"), "pours": tags("physics")},
        nowhere=tags("dialogue"),
        meta_free=("explainer", "four shots", "for kids", "24 seconds"),
    ),
    Case(
        "fashion 4:5 feed",
        "Instagram feed post for LUMEN's autumn drop, 4:5. Our model Ines Carvalho walks toward "
        "camera down a wet cobbled street in the long camel coat, the hem swinging. Close on the "
        "brushed-brass buttons. She turns, wind catching her hair. End card: LUMEN - "
        "Autumn/Winter 25. 12 seconds total.",
        shots=(3, 5),
        seconds=12,
        aspect="4:5",
        tagged={"street": tags("human_motion", "character"), "hair": tags("physics")},
        framing={"buttons": "close"},
        last=tags("typography"),
        cast=("Ines",),
        meta_free=("Instagram", "feed post", "4:5", "12 seconds"),
    ),
    Case(
        "architecture bullets with camera moves",
        "Portfolio reel for Halden & Roe Architects - 40s, calm, no people.\n"
        "\u2022 Slow push in on the timber facade of the Ashgrove school at dawn\n"
        "\u2022 Drone orbit around the rooftop garden of the Quay Street offices\n"
        "\u2022 Handheld walk through the atrium of the community centre, light spilling through "
        "the skylights\n"
        "\u2022 Static wide of the concrete pavilion reflected in the pond\n"
        "\u2022 Slow dolly across the model in the studio, then the firm's logo fades up",
        shots=(5, 6),
        seconds=40,
        tagged={
            "facade": tags("architecture", "camera_motion"),
            "rooftop": tags("architecture", "camera_motion"),
            "atrium": tags("architecture", "camera_motion"),
        },
        framing={"rooftop": "aerial"},
        nowhere=tags("human_motion", "dialogue"),
        last=tags("typography"),
    ),
    Case(
        "fire safety, each shot 5 seconds",
        "Fire safety PSA. Each shot 5 seconds. A pan left on the hob with the oil starting to "
        "smoke while the kitchen is empty. A smoke alarm on the ceiling, its battery compartment "
        "open and empty. The family asleep upstairs. Smoke curling under the bedroom door. Text: "
        "'Test your alarm. Every month.' with the fire service crest.",
        shots=(5, 5),
        seconds=25,
        durations=(5, 5, 5, 5, 5),
        tagged={"hob": tags("physics"), "door": tags("physics")},
        untagged={"alarm": tags("human_motion")},
        last=tags("typography"),
        meta_free=("PSA", "Each shot", "5 seconds"),
    ),
    Case(
        "recruitment named staff",
        "We're hiring at Fernhill Logistics and want a one-minute recruitment video. Start with "
        "Dev, our warehouse lead, walking the aisles with a scanner and talking to camera about "
        "his first week. Then Grace in the control room, six screens of route maps, explaining how "
        "she plans the night runs. Dev and Grace both appear again at the end, loading the last "
        "van together at sunrise. Close with 'Join us - fernhill.jobs'.",
        shots=(4, 7),
        seconds=60,
        tagged={
            "aisles": tags("character", "dialogue", "architecture"),
            "van": tags("character", "human_motion"),
        },
        last=tags("typography"),
        cast=("Dev", "Grace"),
        meta_free=("recruitment video", "one-minute"),
    ),
    Case(
        "recipe step list",
        "Recipe reel, 9:16, 30s - Miso butter noodles\n"
        "Step 1: Boil the noodles\n"
        "Step 2: Melt butter in a pan, stir in a spoon of white miso\n"
        "Step 3: Toss the noodles through the sauce\n"
        "Step 4: Top with spring onion and chilli crisp\n"
        "Step 5: Twirl a forkful to camera",
        shots=(5, 6),
        seconds=30,
        aspect="9:16",
        tagged={"melt": tags("physics", "human_motion"), "toss": tags("human_motion")},
        nowhere=tags("architecture", "dialogue"),
        meta_free=("Recipe reel", "Step 1", "9:16", "30s"),
    ),
    Case(
        "festival lineup text",
        "Lineup reveal for Saltmarsh Festival 2025, 20 seconds, 1:1. Fireworks over the main "
        "stage field. Then the names drop in one by one over a crowd with hands in the air: "
        "HALCYON BLUE, The Marrows, DJ Kestrel, Ruth Adeyemi, Lowfield. Then 'Tickets on sale "
        "Friday 10am' and the festival logo.",
        shots=(3, 8),
        seconds=20,
        aspect="1:1",
        tagged={"fireworks": tags("physics"), "crowd": tags("typography", "human_motion")},
        last=tags("typography"),
        not_cast=("Kestrel", "Adeyemi"),
        meta_free=("20 seconds", "1:1"),
    ),
    Case(
        "car rental in French",
        "Vidéo de 15 secondes pour notre agence de location de voitures, format vertical. Un "
        "couple charge ses valises dans le coffre d'une petite voiture rouge. La voiture roule "
        "sur une route côtière au coucher du soleil, vue du ciel. Fin sur le logo « RoulezMalin » "
        "et le texte « Réservez en ligne ».",
        shots=(3, 4),
        seconds=15,
        aspect="9:16",
        tagged={"valises": tags("human_motion")},
        framing={"route": "aerial"},
        last=tags("typography"),
        note="English",
    ),
    Case(
        "hotel pool in Italian",
        "Video di 20 secondi per l'hotel, piscina di notte. Inquadratura ampia della piscina "
        "illuminata di blu sotto le stelle. Una donna si tuffa e l'acqua schizza. Primo piano di "
        "un cocktail sul bordo della piscina, ghiaccio e condensa. Alla fine il logo dell'Hotel "
        "Miramare.",
        shots=(3, 5),
        seconds=20,
        framing={"@first": "wide", "cocktail": "close"},
        tagged={"tuffa": tags("physics", "human_motion")},
        last=tags("typography"),
        note="English",
    ),
    Case(
        "mobile game ad with CTA",
        "Mobile ad for Gem Garden, our match-3 puzzle game. 15s, 9:16.\n"
        "- Phone screen: a finger swipes three pink gems, they burst into sparkles, '+300' pops up\n"
        "- Combo! The whole board cascades, 'SWEET COMBO x5' in bubbly letters\n"
        "- Level complete screen with three stars\n"
        "- CTA end card: 'Play free - download now' with App Store and Google Play badges",
        shots=(4, 5),
        seconds=15,
        aspect="9:16",
        tagged={"gems": tags("typography", "human_motion"), "board": tags("typography")},
        last=tags("typography"),
        cast=("Gem Garden",),
        meta_free=("Mobile ad", "15s", "9:16"),
    ),
    Case(
        "podcast trailer with voices",
        "Trailer for our podcast 'Small Hours', 30 seconds. Two hosts, Noor and Felix, at a "
        "cluttered desk with headphones on, Noor laughing mid-sentence. Close on the microphone "
        "as Felix says, 'Every episode, one stranger, one story.' A waveform animating across the "
        "screen. Title card: Small Hours - new episodes every Tuesday. Use their actual voices, no "
        "stock music.",
        shots=(4, 5),
        seconds=30,
        cast=("Noor", "Felix"),
        somewhere=tags("sound", "dialogue"),
        framing={"microphone": "close"},
        last=tags("typography"),
        meta_free=("Trailer for", "stock music", "30 seconds"),
    ),
    Case(
        "tattoo studio terse notes",
        "tattoo studio promo - Inkwell on Dale St. 25 sec. b&w film look.\n"
        "artist Rosa stencils a swallow onto a forearm\n"
        "needle close up, ink + blood wiped away\n"
        "Rosa's hands wiping the finished piece, cling film on\n"
        "client checks it in the mirror, grins\n"
        "studio sign in neon, 'INKWELL - walk-ins Sat'",
        shots=(4, 6),
        seconds=25,
        tagged={"swallow": tags("human_motion", "character"), "sign": tags("typography")},
        framing={"needle": "close"},
        cast=("Rosa",),
        last=tags("typography"),
        meta_free=("promo", "25 sec"),
    ),
)
