"""FRESH_G: twenty fresh briefs, each with what a careful reader would insist on.

The expectations were written and committed before the planner was run on any of these briefs.
The briefs are unseen by the planner's author: new subjects, mixed voices and formats (a calm
paragraph, arrow bullets, caps shot headings, a screenplay fragment, a marketer's brief, a run-on
stream, a typo-ridden text message, Portuguese, German, British spelling, a one-word list).

Held out, the planner met every expectation of 2 of 20 (stop 22, after sets D and F were fixed;
the planner before this stop also met 2 of 20: 121 and 120 of 158 single expectations). After
fixing them as development cases, 15 of 20; the rest are strict xfails in test_corpus.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_G: tuple[Case, ...] = (
    Case(
        "yoga retreat, calm paragraph",
        "We're running a week-long yoga retreat in the hills above Lake Bled in September and "
        "I'd like a gentle one-minute film for our website. Start with mist lifting off the lake "
        "at sunrise, seen from high up. Then our teacher, Amara, leading a sun salutation on the "
        "wooden deck with the group behind her. A close look at hands pressing into a mat. Herbal "
        "tea being poured into clay cups at breakfast. Then a slow walk through the pine forest, "
        "and to finish, everyone lying still in savasana as the light fades. No music with lyrics "
        "please, just birdsong and the lake.",
        shots=(5, 7),
        seconds=60,
        somewhere=tags("sound", "landscape"),
        tagged={"herbal": tags("physics"), "hands": tags("human_motion")},
        framing={"hands": "close"},
        cast=("Amara",),
    ),
    Case(
        "bike courier ad, arrow bullets",
        "Bike courier ad for Dispatch Rabbit, 20s, vertical for TikTok\n"
        "-> rider clips into pedals outside a warehouse at 7am\n"
        "-> weaving between buses on a wet high street, camera following low behind the back "
        "wheel\n"
        "-> parcel handed over at a glass office door\n"
        "-> receiver signs on a phone screen\n"
        '-> rider sprints off, logo + "Across town in 30 min" on screen',
        shots=(4, 6),
        seconds=20,
        aspect="9:16",
        last=tags("typography"),
        tagged={"buses": tags("camera_motion"), "pedals": tags("human_motion")},
        meta_free=("TikTok",),
    ),
    Case(
        "indie band live session, caps headings",
        "THE PALE HOURS - LIVE AT ROOM 4 - 45 SECONDS\n"
        "SHOT 1 - WIDE OF THE REHEARSAL ROOM, AMPS AND FAIRY LIGHTS, BAND TUNING UP\n"
        "SHOT 2 - CLOSE ON NINA'S FINGERS ON THE BASS FRETS\n"
        "SHOT 3 - DRUMMER HITS THE CRASH, DUST FLYING OFF THE CYMBAL IN THE LIGHT\n"
        "SHOT 4 - SLOW PUSH IN ON NINA SINGING THE CHORUS INTO THE MIC\n"
        "SHOT 5 - HANDHELD ORBIT AROUND THE WHOLE BAND FOR THE LAST BAR\n"
        "SHOT 6 - TITLE CARD: THE PALE HOURS - 'SALT LINES'",
        shots=(6, 6),
        seconds=45,
        last=tags("typography"),
        tagged={"cymbal": tags("physics"), "chorus": tags("camera_motion")},
        framing={"@first": "wide", "fingers": "close"},
        cast=("Nina",),
    ),
    Case(
        "sci-fi short, two robots, screenplay",
        "EXT. SALT FLATS - DUSK\n"
        "A rusted survey robot, KESTREL, drags a broken solar panel across the cracked ground.\n\n"
        "INT. ABANDONED RELAY STATION - NIGHT\n"
        "KESTREL powers up a dusty console. Sparks. A second robot, MOTH, small and "
        "spider-legged, drops from the ceiling.\n\n"
        "MOTH\n"
        "You're late. The signal stopped an hour ago.\n\n"
        "KESTREL turns its single lens toward MOTH.\n\n"
        "EXT. SALT FLATS - NIGHT\n"
        "Both robots walk side by side toward a distant blinking beacon. Wide, stars overhead.",
        shots=(3, 7),
        seconds=(15, 90),
        somewhere=tags("character", "dialogue"),
        tagged={"sparks": tags("physics"), "beacon": tags("landscape")},
        cast=("Kestrel", "Moth"),
        not_cast=("EXT", "DUSK"),
    ),
    Case(
        "vet clinic, marketer's brief",
        "Objective: Drive bookings for new puppy health checks at Willowbrook Vets.\n"
        "Audience: First-time dog owners, 25-40, local.\n"
        "Deliverable: 30s, 1:1 for Instagram feed and Facebook.\n"
        "Tone: warm, reassuring, nothing clinical or scary.\n"
        "Shots:\n"
        "- Reception: a nervous couple arrive holding a beagle puppy\n"
        "- Vet Dr. Osei kneels to the puppy's level and listens with a stethoscope\n"
        "- Close-up: puppy licking the vet's hand\n"
        "- The couple laughing in the consultation room\n"
        "- End card: Willowbrook Vets logo, 'Book a puppy check today' and phone number",
        shots=(5, 6),
        seconds=30,
        aspect="1:1",
        last=tags("typography"),
        framing={"licking": "close"},
        cast=("Osei",),
        meta_free=("Objective", "Audience", "Deliverable", "Instagram"),
    ),
    Case(
        "drone light show, run-on director",
        "ok so picture this the harbour at night totally black and then five hundred drones lift "
        "off the pier all at once like fireflies and the camera is down low on the water looking "
        "up and they form a whale that swims across the sky and then it bursts into a shower of "
        "stars that fall toward the crowd and we cut to faces lit up kids on shoulders mouths open "
        "and then the drones spell out PORTHAVEN 2025 over the water and hold it and that's the "
        "end maybe 40 seconds widescreen obviously",
        shots=(4, 7),
        seconds=40,
        last=tags("typography"),
        tagged={"stars": tags("physics")},
        meta_free=("widescreen",),
    ),
    Case(
        "barber, text message with typos",
        "hey so can u make a vid for my barber shop Fade Street lol. like 15 sec for insta reels. "
        "teh clippers buzzing close up, hair falling on teh cape, then hot towel on a guys face "
        "with steam, then him checkin his fade in teh mirror realy happy. end with our sign. thx!!",
        shots=(4, 6),
        seconds=15,
        aspect="9:16",
        last=tags("typography"),
        tagged={"falling": tags("physics")},
        framing={"clippers": "close"},
        meta_free=("thx", "reels"),
    ),
    Case(
        "marathon charity appeal, two versions",
        # Two lengths asked for; a plan covers one. The beats fill the 30s cut, so that is the
        # one a reader would accept.
        "Need two versions: 15s and 30s. Charity appeal for the Riverside Marathon, raising "
        "money for the children's hospice. Opening: runners' feet pounding wet tarmac at the "
        "start line. Then Tom, 62, running in a hospice T-shirt, sweat on his face. Volunteers "
        "handing out water cups that splash. Tom crossing the finish and hugging his "
        "granddaughter. End: 'Run for Rainbow House - donate at riversidemarathon.org'.",
        shots=(4, 6),
        seconds=30,
        first=tags("human_motion"),
        last=tags("typography"),
        tagged={"cups": tags("physics")},
        cast=("Tom",),
        meta_free=("versions",),
    ),
    Case(
        "perfume ad, per-shot lengths",
        "NOCTURNE - eau de parfum, 15s spot\n"
        "1. ~3s  black velvet, a single drop of perfume falls in slow motion\n"
        "2. ~3s  the glass bottle turns slowly on a mirror, light catching the facets\n"
        "3. ~4s  a woman's hair lifting in warm wind on a rooftop at night\n"
        "4. ~2s  her wrist, the spray mist catching neon\n"
        "5. ~3s  bottle hero shot, NOCTURNE in gold serif letters",
        shots=(5, 5),
        seconds=15,
        last=tags("product", "typography"),
        tagged={"drop": tags("physics"), "hair": tags("physics")},
        cast=("Nocturne",),
        durations=(3, 3, 4, 2, 3),
    ),
    Case(
        "farmers' market, Portuguese",
        "Quero um vídeo de 30 segundos para o Instagram Reels sobre a feira do produtor aos "
        "sábados em Braga. Primeiro, as bancas a serem montadas de madrugada. Depois, close nas "
        "mãos da Dona Rosa a arrumar tomates. Uma criança a provar um morango. Mel a escorrer de "
        "uma colher. No fim, o logótipo da feira com 'Todos os sábados, 7h-13h'.",
        shots=(4, 6),
        seconds=30,
        aspect="9:16",
        last=tags("typography"),
        tagged={"colher": tags("physics")},
        cast=("Rosa",),
        note="English",
    ),
    Case(
        "mountain hut, German",
        "Kurzfilm für unsere Berghütte am Watzmann, 20 Sekunden, Querformat. Sonnenaufgang über "
        "den Gipfeln, von oben mit der Drohne. Die Hüttenwirtin Resi stellt dampfende "
        "Knödelsuppe auf den Holztisch. Wanderer lachen auf der Terrasse. Zum Schluss unser "
        "Schriftzug 'Hütte am Watzmann - seit 1921'.",
        shots=(3, 5),
        seconds=20,
        last=tags("typography"),
        tagged={"Sonnenaufgang": tags("landscape")},
        framing={"Sonnenaufgang": "aerial"},
        cast=("Resi",),
        note="English",
    ),
    Case(
        "sailing regatta, British spelling",
        "Could you put together a 45-second film for the Cowes autumn regatta? We'd like it to "
        "feel colourful and lively rather than glossy. Open on the harbour at dawn, masts and "
        "rigging, the grey water just starting to catch the light. Then crews hauling sails in "
        "unison, spray coming over the bow. A helicopter-style aerial of the whole fleet rounding "
        "the mark. Our skipper, Harriet, shouting orders at the helm. Finish with the winners' "
        "gun and a harbour full of boats with their flags flying. Please keep any titles to the "
        "end.",
        shots=(4, 6),
        seconds=45,
        first=tags("landscape"),
        tagged={"spray": tags("physics")},
        framing={"fleet": "aerial"},
        cast=("Harriet",),
    ),
    Case(
        "ferry crossing with a named dog",
        "A little film about Biscuit, our scruffy terrier, on the morning ferry to the island. "
        "Biscuit trotting up the car ramp with his lead trailing. Biscuit's ears flapping in the "
        "wind at the rail, gulls behind. A kid sharing a chip with Biscuit on the bench. The "
        "island pier getting closer through the window. Biscuit leaping off onto the sand as the "
        "ramp comes down. Something around 40 seconds, 16:9.",
        shots=(4, 6),
        seconds=40,
        somewhere=tags("character"),
        tagged={"ears": tags("physics"), "chip": tags("character")},
        cast=("Biscuit",),
    ),
    Case(
        "ice-cream van at dawn, noon and night",
        "I want the same locked-off shot of Mario's ice-cream van parked on the seafront at "
        "dawn, noon and night. Dawn: shutters down, gulls on the roof. Noon: a queue of kids in "
        "swimsuits, the serving hatch open. Night: the neon cone sign glowing over an empty "
        "promenade. Three shots, 9 seconds each, then a 3-second card 'Mario's - open till "
        "late'. For YouTube.",
        shots=(4, 4),
        seconds=30,
        last=tags("typography"),
        camera="static",
        meta_free=("YouTube",),
        durations=(9, 9, 9, 3),
    ),
    Case(
        "kids' science show intro, one word a line",
        "Pip's Lab intro\nVolcano\nFizz\nRocket\nMagnet\nSlime\nGoggles\nTitle\n10 seconds\nsquare",
        shots=(5, 7),
        seconds=10,
        aspect="1:1",
        last=tags("typography"),
        tagged={"slime": tags("physics")},
        meta_free=("square",),
    ),
    Case(
        "jewellery maker, all static",
        "Jewellery maker, 25 seconds, 4:5 for the feed. No camera movement at all, everything "
        "static on a tripod. Shot list: 1) my bench with pliers, wire and a loupe laid out. "
        "2) my hands bending silver wire around a ring mandrel. 3) extreme close-up of the torch "
        "flame melting solder. 4) the finished ring dropped into a glass of water, bubbles. "
        "5) ring on a slate with my brand name Wren & Ore in the corner.",
        shots=(5, 5),
        seconds=25,
        aspect="4:5",
        last=tags("product", "typography"),
        tagged={"mandrel": tags("human_motion"), "glass": tags("physics")},
        framing={"flame": "extreme-close"},
        camera="static",
    ),
    Case(
        "esports team, logo sting only",
        "Just need a logo sting for our esports team NEON VIPERS. 5 seconds, 16:9. Logo only: "
        "the viper head draws itself in green neon lines, glitches once, then the wordmark NEON "
        "VIPERS snaps in underneath. No players, no gameplay footage.",
        shots=(1, 2),
        seconds=5,
        every=tags("typography"),
        nowhere=tags("human_motion", "dialogue"),
    ),
    Case(
        "theatre trailer with voice-over",
        "Trailer for 'The Glass Orchard', a new play at the Corner Playhouse, running 3-21 "
        "March. 30 seconds. Open on an empty stage, a single spotlight, dust in the beam. The "
        "actress Lena Moss whispers 'They told me the trees would sing' straight to camera. "
        "Quick cuts: a red curtain dropping, a smashed teacup, two actors circling each other. "
        "Audience gasping in the dark. Final card with the title, dates and box office number. "
        "Voice-over narrator throughout, low and slow.",
        shots=(5, 8),
        seconds=30,
        somewhere=tags("sound"),
        last=tags("typography"),
        tagged={"whispers": tags("dialogue"), "dust": tags("physics")},
        cast=("Lena",),
    ),
    Case(
        "stop-motion toys at night",
        "Stop-motion short, about 20 seconds. A wind-up tin mouse called Bolt wakes up on a "
        "kid's bedroom shelf at night. He climbs down a tower of books, slips and lands in a "
        "sock. A plastic dinosaur, Rex, helps pull him out. They look out the window together at "
        "the moon. Jerky handmade movement, everything made of card and clay.",
        shots=(4, 6),
        seconds=20,
        every=tags("stylized"),
        somewhere=tags("character"),
        tagged={"moon": tags("character")},
        cast=("Bolt", "Rex"),
    ),
    Case(
        "watercolour poem film",
        "A watercolour poem film, 40 seconds, vertical. The poem is read by me as voice-over:\n"
        "'The river keeps what the town forgets -\n"
        "a church bell, a paper boat,\n"
        "my grandmother's hat on the water.'\n"
        "Images: paint bleeding into wet paper to become a river; a paper boat drifting; a straw "
        "hat floating away; the town at dusk dissolving into washes of blue. Lines of the poem "
        "appear handwritten on screen.",
        shots=(4, 6),
        seconds=40,
        aspect="9:16",
        every=tags("stylized"),
        somewhere=tags("sound", "typography"),
        nowhere=tags("dialogue"),
        tagged={"paint": tags("physics")},
    ),
)
