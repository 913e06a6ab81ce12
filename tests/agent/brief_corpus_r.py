"""FRESH_R: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty different writers: a
Hungarian thermal bath's marketing office, in Hungarian; a Finnish sauna maker in careful second-
language English with his product's dimensions and heating time; an orthodontist's one-line Reel
with a treatment length in months; a blacksmith's YouTube channel intro in one take (whose full
videos run 30-40 minutes); a school district's bus-safety PSA with a runtime field and statistics;
a pet insurer's brief laid out as a quote form with the same cat in every shot; a theme park's
ride POV teaser, continuing from clip to clip, with the ride's own 94-second length; a recycling
centre's site manager with tonnages and opening hours; a novelist uneasy about an AI trailer for
her book (412 pages); a Slovenian kayak guide typing on a phone with tour length and price; a
coworking space's Notion checklist with times of day and an office dog; a sourdough subscription
wanting to hear the crust (a box size, a starter's age, subscriber counts); a volunteer for a
children's hospital charity's 10K night run; a stage magician whose show runs seventy-five
minutes, wanting one unbroken take; a bridal boutique's 4:5 post with appointment length and gown
prices; a driving instructor's text messages (hands at 10 and 2, £38/hr, 97%); a rooftop bar's
voice memo transcribed with the memo's own length; a rowing club's committee minutes; a New
Zealand shearing contest whose champion shears a ewe in 38 seconds; and a muralist's locked-off
timelapse for a square grid post (11 days, 140 cans, 18 m of wall).

The expectations were written and committed before the planner was run on any of these briefs,
as a careful reader of each brief would put them; where a reader could not be sure, the field is a
range or left out. Numbers in a brief that are not the video's length or shot count (a product's
size, a price, a year, a distance, another thing's running time, a recording's length) are facts
about the client, never the video's length, and never a shot. This set is measured once and never
tuned for: a failure here is a finding, not a test to make pass.

Measured once, held out, at the end of stop 26 (a brief the planner refuses counts as meeting none
of its expectations): the planner of stop 25 (086877c) met every expectation of 0 of 20 briefs and
270 of 488 single expectations (55%), refusing three briefs outright (a sauna's "heats to 80 °C in
45 minutes", a channel's "30-40 minute" videos, "90-minute appointments"); this stop's (2c6ce2f)
met every expectation of 1 of 20 and 377 of 488 (77%), refusing none.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_R: tuple[Case, ...] = (
    Case(
        "Hungarian thermal bath, in Hungarian",
        "Tisztelt Címzett!\n"
        "Az egri Aranyforrás Gyógyfürdő marketingosztályáról írok. Egy 30 másodperces, fekvő "
        "(16:9) kisfilmet szeretnénk a honlapunkra és a szállodák recepcióin futó képernyőkre. A "
        "fürdő 1932-ben épült, a gyógyvíz 38 fokos, és évente 400 ezer vendéget fogadunk.\n"
        "Képek:\n"
        "- Hajnal: drónfelvétel a fürdő kupolája fölött, a medencékből gőz száll fel.\n"
        "- Idős urak sakkoznak a meleg vízben, a sakktábla egy parafa deszkán úszik.\n"
        "- Közeli kép: egy bronz oroszlánfej szájából ömlik a víz a medencébe.\n"
        "- Egy fiatal pár lebeg a kültéri medencében, körülöttük havas fenyőfák.\n"
        "- Este: a kivilágított medence, hópelyhek olvadnak el a gőzben.\n"
        "- Zárókép: logó és a felirat „Aranyforrás – a víz emlékszik”, alatta: nyitva minden "
        "nap 6–22 óráig.\n"
        "Kérjük, ne legyenek a képen márkás termékek, és a vendégek arca ne legyen "
        "felismerhető.\n"
        "Köszönettel:\nKovács Réka",
        shots=(6, 8),
        seconds=30,
        first=tags("architecture", "camera_motion"),
        framing={"@first": "aerial", "oroszlánfej": "close"},
        tagged={"oroszlánfej": tags("physics"), "hópelyh": tags("physics")},
        untagged={"sakk": tags("typography", "product")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Kovács", "Réka", "Címzett", "Tisztelt", "Képek"),
        meta_free=(
            "marketingosztály",
            "30 másodperces",
            "honlap",
            "recepci",
            "1932",
            "38 fok",
            "400 ezer",
            "Köszönettel",
            "márkás",
        ),
    ),
    Case(
        "Finnish sauna maker, dimensions and heating time",
        "Hello. Löyly Works, from Kuopio, Finland. We build wood-fired saunas by hand, one at a "
        "time.\n"
        "New model is KELO 4: 2.4 x 2.0 m, four people, heats to 80 °C in 45 minutes. We need "
        "video for the Messe in Stuttgart in March and for our webpage. 40 seconds. Widescreen.\n"
        "Pictures:\n"
        "Frozen lake in winter, our sauna cabin on the shore, smoke from the chimney. From drone.\n"
        "Ville, our carpenter, planes a log. Shavings curl off.\n"
        "Close: water thrown on hot stones, steam bursts up.\n"
        "Two men run from the sauna and jump into a hole in the ice. Big splash.\n"
        "Ville sits on the bench outside, steam rising off his shoulders, snow falling.\n"
        "End: logo and 'KELO 4 — from 14 900 €'.\n"
        "No naked people please. Towels or swimsuits. Finnish people will laugh otherwise but "
        "Germans will not.\n"
        "Sorry for my English.\n"
        "Mikko Heikkinen",
        shots=(6, 8),
        seconds=40,
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial", "stones": "close"},
        tagged={
            "Shavings": tags("physics"),
            "stones": tags("physics"),
            "jump": tags("human_motion", "physics"),
            "bench": tags("character"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Ville",),
        not_cast=("Mikko", "Kuopio", "Stuttgart", "Sorry", "Pictures", "Germans"),
        meta_free=(
            "Messe",
            "45 minutes",
            "80 °C",
            "2.4 x 2.0",
            "Sorry",
            "naked",
            "webpage",
        ),
    ),
    Case(
        "orthodontist's one-line Reel",
        "15s vertical Reel for Bright Brace Orthodontics: a teenage girl clicks her clear aligner "
        "into place in the bathroom mirror, grins at her phone for a selfie, then the line "
        "'Straighter smiles, no metal' in our teal. Treatment is usually 12–18 months so nothing "
        "that promises faster results, and no before/after (GDC rules).",
        shots=(2, 4),
        seconds=15,
        aspect="9:16",
        tagged={"aligner": tags("character"), "selfie": tags("character")},
        untagged={"aligner": tags("landscape")},
        last=tags("typography"),
        nowhere=tags("stylized"),
        not_cast=("Treatment", "Straighter"),
        meta_free=("12–18 months", "GDC", "before/after", "Reel", "faster results"),
    ),
    Case(
        "blacksmith's channel intro in one take",
        "Channel intro for Hammer & Hearth (92k subs now, cheers everyone). My full build videos "
        "run 30-40 minutes; the intro is the bit before, 12 seconds, 16:9 like the rest of the "
        "channel.\n"
        "One continuous take, no cuts, handheld like my usual footage: it opens tight on the "
        "coals in the forge, glowing and breathing. Continuing, I (Bryn) pull a white-hot bar out "
        "with the tongs, swing round and hammer it on the anvil, sparks flying everywhere. Still "
        "the same take, I quench it in the oil drum and a lick of flame jumps up with a cloud of "
        "smoke.\n"
        "Then cut to the channel name burned into an oak board, still smoking.\n"
        "Leather apron, beard, flat cap — that's me, should look like me every time I'm on "
        "screen.",
        shots=(3, 5),
        seconds=12,
        first=tags("physics"),
        framing={"@first": "close"},
        tagged={"anvil": tags("physics", "character"), "quench": tags("physics")},
        chained=("anvil", "quench"),
        untagged={"oak board": tags("human_motion")},
        last=tags("typography"),
        cast=("Bryn",),
        not_cast=("Leather", "Continuing", "Still", "Then"),
        meta_free=(
            "92k",
            "subs",
            "cheers",
            "30-40 minutes",
            "no cuts",
            "Channel intro",
            "full build",
        ),
    ),
    Case(
        "school district bus-safety PSA",
        'PUBLIC SERVICE ANNOUNCEMENT — "STOP MEANS STOP"\n'
        "Client: Pinecrest Unified School District, Transportation Department\n"
        "Runtime: :30 | Format: 16:9 HD (broadcast + YouTube)\n"
        "Background: Every school day, an estimated 50,000 drivers illegally pass stopped school "
        "buses in the U.S. Our 87 buses cover 9,800 miles a day.\n"
        "VIDEO:\n"
        "1. A yellow school bus, number 14, slows to a stop on a two-lane country road at dawn.\n"
        "2. Its stop arm swings out and the red lights start flashing.\n"
        "3. Three kids with backpacks cross in front of the bus, the driver watching them in the "
        "mirror.\n"
        "4. A pickup coming the other way brakes hard and stops well short, tires smoking.\n"
        "5. Close on the driver, Mrs. Dolores Ruiz, who gives the pickup driver a slow nod.\n"
        '6. SUPER: "It\'s the law. Fines up to $1,000." + district seal.\n'
        "AUDIO: brakes hiss, kids chatter, no music until the super.\n"
        "Approvals: Superintendent's office + legal. Do not show a collision or a child in "
        "danger.",
        shots=(6, 6),
        seconds=30,
        tagged={
            "backpacks": tags("human_motion"),
            "brakes hard": tags("physics"),
            "Ruiz": tags("character"),
        },
        framing={"Ruiz": "close"},
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized"),
        not_cast=(
            "Client",
            "Runtime",
            "Background",
            "SUPER",
            "AUDIO",
            "Approvals",
            "Superintendent",
        ),
        meta_free=(
            "Runtime",
            ":30",
            "50,000",
            "9,800",
            "Approvals",
            "Superintendent",
            "collision",
            "broadcast",
        ),
    ),
    Case(
        "pet insurer's quote form, the same cat throughout",
        "QUOTE REQUEST — VIDEO PRODUCTION\n"
        "Policyholder: PawSure Pet Insurance Ltd\n"
        "Pet name: Biscuit | Species: Cat | Breed: British Shorthair | Age: 7 | Colour: blue-grey\n"
        "Cover required: 20 seconds, vertical (Stories)\n"
        "Excess: none\n"
        "Incidents to depict:\n"
        "1. Biscuit knocks a glass vase off the mantelpiece; it shatters on the tiles.\n"
        "2. Biscuit at the vet, wrapped in a towel, looking outraged.\n"
        "3. Biscuit asleep in a sunbeam on the sofa, his owner stroking him.\n"
        "4. Closing card: 'Cover from £6.49/month' + PawSure logo.\n"
        "Pre-existing conditions: Biscuit must look identical in every shot (except the card).\n"
        "Declaration: I confirm the above is true to the best of my knowledge.\n"
        "Signed: Priya N., Brand Manager",
        shots=(4, 4),
        seconds=20,
        aspect="9:16",
        tagged={
            "vase": tags("physics", "character"),
            "towel": tags("character"),
            "sunbeam": tags("character", "human_motion"),
        },
        untagged={"vase": tags("typography")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Biscuit",),
        not_cast=("Policyholder", "Species", "Breed", "Declaration", "Priya", "Cover"),
        meta_free=(
            "QUOTE REQUEST",
            "Policyholder",
            "Excess",
            "Declaration",
            "Pre-existing",
            "Signed",
            "Age: 7",
            "Brand Manager",
        ),
    ),
    Case(
        "theme-park ride POV, continuing clip to clip",
        "VORTEX — opening summer 2026 at Thunder Valley Park!!\n"
        "Stats for context (not for the video): 0–100 km/h in 2.1 seconds, 62 m top hat, 1.4 km "
        "of track, the full ride lasts 94 seconds.\n"
        "We want a 20-second teaser, 9:16 for TikTok/Shorts, shot as one continuous first-person "
        "POV from the front row — continuing from clip to clip, never cutting away to the "
        "crowd:\n"
        "the click-clack of the chain as we climb the lift hill, the park shrinking below\n"
        "the pause at the crest, the track vanishing over the edge\n"
        "the drop, straight down toward the lagoon\n"
        "the corkscrew through the rock canyon, spray from the waterfall hitting the lens\n"
        "then hard cut to black, the VORTEX logo slams in with 'Summer 2026'.\n"
        "Riders' screams on the audio please!",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        chained=("crest", "drop", "corkscrew"),
        tagged={
            "lift hill": tags("camera_motion"),
            "drop": tags("camera_motion"),
            "spray": tags("physics"),
        },
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Stats", "Riders", "Summer"),
        meta_free=(
            "94 seconds",
            "2.1 seconds",
            "km/h",
            "TikTok",
            "teaser",
            "Stats",
            "never cutting",
            "1.4 km",
        ),
    ),
    Case(
        "recycling centre site manager",
        "From: Gary Holt, Site Manager, Westmoor Household Recycling Centre\n"
        "Hi. The council has asked us for a short film on what happens to people's rubbish after "
        "they drop it off. 45 seconds, for YouTube and the screen in the site office. Last year "
        "we took in 18,400 tonnes and recycled 71% of it, which we're proud of.\n"
        "What I'd show:\n"
        "A family opening their car boot and tipping flattened cardboard into the big green "
        "skip.\n"
        "The conveyor at the sorting plant, a magnet lifting tin cans off the belt.\n"
        "Glass bottles smashing into the glass bay.\n"
        "A forklift stacking bales of crushed plastic bottles, three high.\n"
        "A park bench made of recycled plastic, a kid eating an ice lolly on it.\n"
        "Finish on: 'Sort it. It's worth it.' and opening hours, 8am–6pm, closed Christmas Day.\n"
        "Our lads wear orange hi-vis and hard hats, please get that right, H&S are strict.\n"
        "Gary",
        shots=(6, 7),
        seconds=45,
        tagged={
            "cardboard": tags("human_motion"),
            "magnet": tags("physics"),
            "smashing": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Gary", "Holt", "Westmoor", "Christmas", "Finish", "Site"),
        meta_free=(
            "18,400",
            "71%",
            "site office",
            "YouTube",
            "H&S",
            "proud",
            "What I'd show",
        ),
    ),
    Case(
        "novelist uneasy about an AI trailer",
        "I'll be honest with you: I'm uneasy about this. My novel The Salt Clerk (Harrow & Finch, "
        "412 pages, out 3 March) is partly about machines that imitate people, and my publicist "
        "assures me that an AI-made trailer is therefore 'on brand'. Fine. If we are doing it, "
        "let it be restrained. Ninety seconds at the very most; sixty would be better, so make "
        "it sixty.\n"
        "No narration in a synthetic version of my voice, and no winking jokes about AI authors. "
        "Muted colour, like an old photograph.\n"
        "What I see: the customs house on a grey estuary, 1890, gulls over the mudflats. "
        "Ambrose, the clerk, copying figures into a ledger by lamplight, his cuffs inky. Salt "
        "crystals growing across a windowpane. A woman in a black coat walking the tideline, her "
        "footprints filling with water behind her. The ledger again, the ink bleeding and "
        "spreading into the shape of a bird. Then only the title and my name, white on black.\n"
        "Please send everything to my publicist, not to me.\n"
        "— E. M. Castell",
        shots=(5, 7),
        seconds=60,
        first=tags("architecture", "landscape"),
        tagged={
            "Ambrose": tags("character"),
            "crystals": tags("physics"),
            "footprints": tags("physics", "human_motion"),
            "bleeding": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Ambrose",),
        not_cast=("Harrow", "Finch", "March", "Fine", "Castell"),
        meta_free=(
            "412 pages",
            "publicist",
            "uneasy",
            "on brand",
            "AI authors",
            "Ninety seconds",
            "synthetic",
            "Harrow",
        ),
    ),
    Case(
        "Slovenian kayak guide on his phone",
        "Živjo! Tim here from Soča Paddle in Bovec 🛶\n"
        "tours run april to october, 3 hours on the water, 65 € per person with wetsuit + "
        "helmet. can u make us a 30 sec video for the insta feed, the 4:5 one?\n"
        "ideas:\n"
        "soča river from the drone, that crazy emerald colour, two yellow kayaks tiny on it\n"
        "close up paddle dipping in, water so clear u see every stone on the bottom\n"
        "group paddling through the gorge, rock walls on both sides\n"
        "someone flips and pops up laughing\n"
        "everyone on the pebble beach eating burek after\n"
        "logo + 'book at socapaddle.si'\n"
        "hvala!! 🙏",
        shots=(6, 6),
        seconds=30,
        aspect="4:5",
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial", "dipping": "close"},
        tagged={
            "dipping": tags("physics"),
            "gorge": tags("landscape", "human_motion"),
            "flips": tags("physics", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Tim", "Bovec", "Živjo", "hvala"),
        meta_free=(
            "3 hours",
            "65 €",
            "wetsuit",
            "insta feed",
            "hvala",
            "Živjo",
            "april to october",
        ),
    ),
    Case(
        "coworking space's Notion checklist, an office dog",
        "## Hive Yard — 'A day at the Yard' (v2)\n"
        "- [x] Length: 60s\n"
        "- [x] Ratio: 16:9\n"
        "- [ ] Music: TBD (Kofi sending options)\n"
        "- [x] Members we want in it: Ana (illustrator), Jamal (runs a coffee subscription), "
        "the office dog Pretzel (sausage dog, ginger)\n"
        "### Scenes\n"
        "- [ ] 8:00 — shutters roll up on the old warehouse, morning light through the "
        "skylights\n"
        "- [ ] 10:30 — Ana sketching on a tablet, hot desks busy behind her\n"
        "- [ ] 13:00 — lunch on the roof terrace, Pretzel begging for crusts\n"
        "- [ ] 16:00 — Jamal on a video call in a phone booth, laughing\n"
        "- [ ] 19:00 — members playing ping-pong, Pretzel chasing the ball\n"
        "- [ ] end — logo + 'Desks from £190/month · hiveyard.co'\n"
        "Comments: @Kofi can we avoid showing any screens with real client work?",
        shots=(6, 7),
        seconds=60,
        tagged={
            "shutters": tags("architecture"),
            "Ana": tags("character"),
            "Pretzel": tags("character"),
            "Jamal": tags("character"),
            "ping-pong": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Pretzel",),
        not_cast=("Kofi", "Scenes", "Music", "Comments", "Ratio"),
        meta_free=(
            "[x]",
            "[ ]",
            "TBD",
            "@Kofi",
            "Comments",
            "Ratio",
            "(v2)",
            "Members we want",
        ),
    ),
    Case(
        "sourdough subscription, mostly sound",
        "Crumb Club is a sourdough subscription — one loaf every fortnight, £14, posted in a "
        "30 x 20 x 12 cm box that fits through most letterboxes. Our starter, Gertrude, is 11 "
        "years old and lives in a Kilner jar. We're at 1,200 subscribers and want to push past "
        "2,000 before Christmas.\n"
        "We'd like a 20-second YouTube Short (vertical) that's mostly sound — crackle, crunch, "
        "the knife:\n"
        "Gertrude bubbling up her jar in time-lapse.\n"
        "Floury hands folding the dough on the bench.\n"
        "Scoring the loaf with a razor, extreme close-up.\n"
        "The loaf rising in the oven, the crust bursting open.\n"
        "The crust crackling as it cools on the rack — we want to hear it sing.\n"
        "The box dropping through a letterbox onto a doormat.\n"
        "End card: 'Crumb Club — real bread, by post'.",
        shots=(6, 7),
        seconds=20,
        aspect="9:16",
        tagged={
            "bubbling": tags("physics"),
            "folding": tags("human_motion"),
            "bursting": tags("physics"),
            "crackling": tags("physics"),
        },
        framing={"Scoring": "extreme-close"},
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Kilner", "Christmas"),
        meta_free=(
            "£14",
            "30 x 20",
            "11 years",
            "1,200",
            "2,000",
            "subscribers",
            "Christmas",
            "fortnight",
        ),
    ),
    Case(
        "children's hospital charity night run",
        "OMG hi!! I'm volunteering on comms for the Little Lanterns Children's Hospital Charity "
        "and I've been asked to sort a film for the Lantern Run!! It's a 10K along the river on "
        "Saturday 13 September, 7:30pm start, and everyone carries a lantern 🏮 We're trying to "
        "raise £250,000 for the new Ward 7 playroom.\n"
        "It needs to be 30 seconds for the big screen in the hospital atrium and the charity's "
        "Facebook page (widescreen is fine for both).\n"
        "So I'm imagining: thousands of lanterns bobbing along the river path in the dark, seen "
        "from above — SO pretty. A dad pushing his daughter Evie, who was a patient on Ward 7, "
        "in a wheelchair covered in fairy lights. Nurses in pink tutus cheering at the water "
        "station and handing out cups. Evie crossing the finish line under an arch of balloons, "
        "confetti cannons going off!! Then our logo and 'Light the way — sign up at "
        "littlelanterns.org/run'.\n"
        "Evie's mum has signed the consent form so that's all fine. Thank you SO much!!",
        shots=(5, 6),
        seconds=30,
        first=tags("human_motion"),
        framing={"@first": "aerial"},
        tagged={
            "wheelchair": tags("character", "human_motion"),
            "tutus": tags("human_motion"),
            "finish line": tags("character", "human_motion"),
            "confetti": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Evie",),
        not_cast=("Saturday", "September", "OMG", "Ward", "Thank"),
        meta_free=(
            "250,000",
            "consent form",
            "atrium",
            "Facebook",
            "comms",
            "10K",
            "7:30pm",
            "volunteering",
        ),
    ),
    Case(
        "stage magician wanting one unbroken take",
        "Dear friends of the cinema — ahem, of the screen —\n"
        "I am the Great Corvino, and my show, The Vanishing Hour, returns to the Alhambra Theatre "
        "this winter: seventy-five minutes of wonder, with an interval for the bar. I require "
        "forty-five seconds of film to announce it, widescreen, lit like a Victorian music hall "
        "— gaslight, red velvet, shadows.\n"
        "It must be done in one unbroken take wherever the magic happens, or nobody will believe "
        "it:\n"
        "My hands, gloved in white, fan a deck of cards; continuing without a cut, a single card "
        "rises from the deck and floats in the air, turning.\n"
        "I tear a playing card in four and, in the same take, it is whole again.\n"
        "A white dove bursts from my top hat in a flurry of feathers.\n"
        "I bow deeply as the curtain falls.\n"
        "The title, in gold: The Vanishing Hour — Alhambra Theatre — 4 to 29 December.\n"
        "Not a whisper of computer trickery in the publicity, if you please.\n"
        "Ever yours, Corvino",
        shots=(5, 7),
        seconds=45,
        framing={"deck": "close"},
        chained=("floats",),
        tagged={
            "floats": tags("physics"),
            "feathers": tags("physics"),
            "bow": tags("character"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Corvino",),
        not_cast=("Alhambra", "Victorian", "December", "Dear", "Ever"),
        style=("gaslight",),
        meta_free=(
            "seventy-five minutes",
            "interval",
            "nobody will believe",
            "computer trickery",
            "publicity",
            "forty-five seconds",
            "friends of the cinema",
        ),
    ),
    Case(
        "bridal boutique's feed post",
        "Hi lovely! ✨ Ivory & Lace Bridal, Harrogate here. Our appointments are 90 minutes "
        "(with a glass of fizz 🥂) and gowns run £1,150–£4,800.\n"
        "Could we get a 20 second post for the grid? Portrait 4:5 please!\n"
        "Our bride Sophie has said yes to being in it (literally 😂):\n"
        "~ the boutique window at dusk, fairy lights, one gown on the mannequin\n"
        "~ Sophie stepping out of the fitting room in the lace gown and her mum bursting into "
        "happy tears\n"
        "~ close on our seamstress Bea pinning the hem\n"
        "~ Sophie twirling in front of the three-way mirror, the skirt swirling out\n"
        "~ end card: 'Your gown is waiting' + logo\n"
        "Nothing too glossy-magazine, real moments please 💕 xx Hannah",
        shots=(5, 5),
        seconds=20,
        aspect="4:5",
        first=tags("architecture"),
        tagged={"mum": tags("character"), "twirling": tags("human_motion", "physics")},
        framing={"hem": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Sophie",),
        not_cast=("Harrogate", "Hannah", "Could", "Portrait", "Nothing"),
        meta_free=(
            "90 minutes",
            "£1,150",
            "fizz",
            "grid",
            "lovely",
            "glossy-magazine",
            "said yes to being",
            "xx",
        ),
    ),
    Case(
        "driving instructor's text messages",
        "hi its gaz from Pass First Time driving school\n"
        "need a 15 sec vid for fb, square pls\n"
        "learner lad (17, bit nervous) in my car with the L plates doing a parallel park between "
        "2 cones\n"
        "close up his hands at 10 and 2 on the wheel\n"
        "me in the passenger seat giving thumbs up\n"
        "him outside the test centre holding up his pass certificate grinning\n"
        "end with 'Pass First Time · lessons £38/hr · 97% first time pass rate'\n"
        "cheers",
        shots=(4, 5),
        seconds=15,
        aspect="1:1",
        framing={"hands": "close"},
        tagged={"thumbs": tags("character"), "certificate": tags("character")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("learner",),
        meta_free=("fb", "15 sec", "cheers", "pls", "need a"),
    ),
    Case(
        "rooftop bar's voice memo, transcribed",
        "[Voice memo — 2:47 — transcribed automatically]\n"
        "Okay so. It's Marisol from Skyline 41, the rooftop bar on the forty-first floor of the "
        "Meridian building. Um, we want a thirty second thing for Reels, so vertical. Sunset, "
        "the whole city going gold, people arriving out of the lift. Our head bartender, Luca, "
        "he does this thing where he flames an orange peel over the glass, that in close up, "
        "definitely. Then the Smoke Signal, that's our signature, it comes out under a glass "
        "cloche full of smoke and he lifts it off, that's a must. Um. People dancing, the DJ "
        "booth, and the last shot is the skyline at night with our neon sign, SKYLINE 41, in "
        "pink. Yeah. Oh and Luca's got a sleeve tattoo and a moustache, he'll want to look like "
        "himself. Cheers, bye.\n"
        "[End of transcript]",
        shots=(5, 7),
        seconds=30,
        aspect="9:16",
        tagged={
            "orange peel": tags("physics", "character"),
            "cloche": tags("physics", "product"),
            "dancing": tags("human_motion"),
        },
        framing={"orange peel": "close"},
        last=tags("typography", "architecture"),
        cast=("Luca",),
        not_cast=("Marisol", "Meridian", "Okay", "Yeah", "Cheers", "Reels"),
        meta_free=(
            "Voice memo",
            "2:47",
            "transcri",
            "Reels",
            "thirty second",
            "Okay so",
            "Yeah",
            "Cheers, bye",
        ),
    ),
    Case(
        "rowing club committee minutes",
        "ASHBOURNE ROWING CLUB — Minutes of the Committee Meeting, 12 May\n"
        "Present: R. Pemberton (Chair), T. Achebe (Secretary), H. Lowe, G. Sørensen. "
        "Apologies: D. Finch.\n"
        "Item 3. Boathouse roof. Quote of £3,200 received; deferred to June.\n"
        "Item 4. Regatta film. It was AGREED that a film of forty-five seconds be commissioned "
        "for the club website and the big screen at the regatta, widescreen. The following "
        "content was agreed:\n"
        "(i) dawn mist on the river, an eight gliding through it;\n"
        "(ii) close on the cox, Hattie Lowe, calling the stroke through her microphone;\n"
        "(iii) the oars catching in unison, puddles swirling off the blades;\n"
        "(iv) the finish: the crew collapsing over their oars as the umpire drops his white "
        "flag;\n"
        "(v) on the clubhouse lawn, the crew lifting the silver cup, Hattie thrown into the "
        "river;\n"
        "(vi) a closing card: 'Ashbourne Regatta — 9 & 10 August — all welcome'.\n"
        "Proposed T. Achebe, seconded G. Sørensen, carried unanimously.\n"
        "Item 5. AOB. None. The meeting closed at 21:40.",
        shots=(6, 6),
        seconds=45,
        first=tags("landscape"),
        tagged={
            "cox": tags("character"),
            "unison": tags("physics", "human_motion"),
            "collapsing": tags("human_motion"),
            "thrown": tags("physics", "human_motion"),
        },
        framing={"cox": "close"},
        last=tags("typography"),
        cast=("Hattie",),
        not_cast=(
            "Pemberton",
            "Achebe",
            "Sørensen",
            "Finch",
            "Present",
            "Apologies",
            "Item",
            "Chair",
        ),
        meta_free=(
            "Minutes",
            "Apologies",
            "£3,200",
            "AGREED",
            "seconded",
            "AOB",
            "21:40",
            "Boathouse roof",
            "(iii)",
        ),
    ),
    Case(
        "New Zealand shearing contest",
        "Kia ora! Waipukurau Shears here — 45th year of the competition, and we want a 30 sec "
        "clip for TikTok and the Facebook page, vertical. Our open champ Rangi Tait can do a "
        "full-wool ewe in 38 seconds, which is still nowhere near the record but don't tell him "
        "I said that.\n"
        "The woolshed at first light, the pens jammed with sheep, steam coming off them.\n"
        "Rangi drags a ewe out onto the board and the handpiece buzzes down her side, the whole "
        "fleece peeling away in one piece.\n"
        "The crowd in the stands going off, a judge clicking a stopwatch.\n"
        "Slow-mo: a fleece thrown out over the wool table, opening up like a parachute.\n"
        "Rangi with the trophy over his head, singlet soaked through.\n"
        "Card: 'Waipukurau Shears — 7 & 8 March — gate sales only'.\n"
        "Cheers, Dot (secretary, 31 years and counting)",
        shots=(6, 6),
        seconds=30,
        aspect="9:16",
        first=tags("architecture"),
        tagged={
            "peeling": tags("physics", "human_motion", "character"),
            "stands": tags("human_motion"),
            "parachute": tags("physics"),
            "trophy": tags("character"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Rangi",),
        not_cast=("Kia", "Dot", "March", "Slow", "Card", "Cheers"),
        meta_free=(
            "45th",
            "38 seconds",
            "record",
            "TikTok",
            "Facebook",
            "don't tell him",
            "31 years",
        ),
    ),
    Case(
        "muralist's locked-off timelapse",
        "hey! muralist here (@nova.walls) 🎨 just finished the heron on the side of the old "
        "tannery on Mill St — took 11 days, 140 cans, wall is 18 m wide. want a 24 second "
        "square vid for my grid. everything locked off on a tripod, no camera moves at all.\n"
        "1 — the bare grey brick wall at dawn, empty\n"
        "2 — timelapse from the same spot: me sketching the outline in chalk, then the colours "
        "blocking in, shadows racing across as the days go by\n"
        "3 — continuing that timelapse with no cut, the heron lifting off from the reeds, the "
        "last can going down\n"
        "4 — macro: one drip of teal paint running down the brick\n"
        "5 — two kids walking past stop and point up at it\n"
        "thx!! tag me if it goes anywhere",
        shots=(5, 5),
        seconds=24,
        aspect="1:1",
        camera="static",
        first=tags("architecture"),
        tagged={
            "chalk": tags("human_motion"),
            "drip": tags("physics"),
            "kids": tags("human_motion"),
        },
        chained=("lifting",),
        framing={"drip": "extreme-close"},
        nowhere=tags("dialogue", "typography"),
        not_cast=("Mill",),
        meta_free=(
            "11 days",
            "140 cans",
            "18 m",
            "@nova",
            "my grid",
            "thx",
            "tag me",
            "tripod",
        ),
    ),
)
