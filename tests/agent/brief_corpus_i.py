"""FRESH_I: sixteen fresh briefs for a one-time held-out measurement.

The expectations were written and committed before the planner was run on any of these briefs,
as a careful reader of each brief would put them. This set is measured once and never tuned for:
a failure here is a finding, not a test to make pass.

Measured once, held out, at the end of stop 22 (after sets D, F, G, E and H were fixed): this
stop's planner met every expectation of 3 of 16 briefs and 106 of 142 single expectations (75%);
the planner before this stop, 1 of 16 and 93 of 142 (65%). At stop 23 it became a development
set, in test_corpus: 15 of 16 met (the one left is in its KNOWN list, with why).
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_I: tuple[Case, ...] = (
    Case(
        "locksmith paragraph",
        "We're Harlow Lock & Key, a 24-hour locksmith in Leeds. I'd like a 30 second widescreen "
        "advert. Open on a woman standing outside her front door at night, patting her empty "
        "pockets. Then our van pulling up under a streetlight. Close up of our locksmith picking "
        "the lock with a tension wrench. The door swings open and she steps into her warm "
        "hallway, relieved. End on our logo and phone number 0113 496 0721.",
        shots=(4, 6),
        seconds=30,
        aspect="16:9",
        tagged={"pockets": tags("human_motion"), "wrench": tags("human_motion")},
        framing={"wrench": "close"},
        last=tags("typography"),
        meta_free=("advert", "widescreen"),
    ),
    Case(
        "dog walker lowercase",
        "hey!! so i walk dogs in brighton (pawsome strolls) and want a little vertical vid for "
        "tiktok. star is biscuit, my beagle. biscuit waiting by the door with the lead in his "
        "mouth, then me and biscuit plus a few other dogs trotting along the seafront, biscuit "
        "shaking off water after a paddle in the sea, and finish with biscuit asleep on the "
        "sofa. like 20 sec? thanks so much x",
        shots=(4, 5),
        seconds=(15, 25),
        aspect="9:16",
        every=tags("character"),
        tagged={"water": tags("physics")},
        cast=("Biscuit",),
        meta_free=("tiktok", "thanks"),
    ),
    Case(
        "pilates bullets square",
        "Core & Form Pilates – Instagram post, square format, 15 seconds\n"
        "- exterior of the studio on a quiet street corner, morning light\n"
        "- instructor Maya adjusting a client's posture on the reformer\n"
        "- slow pan across a row of reformers in a class in full swing\n"
        "- close-up of feet pressing the footbar\n"
        "- text card: First class free – coreandform.co.uk",
        shots=(5, 5),
        seconds=15,
        aspect="1:1",
        tagged={
            "corner": tags("architecture"),
            "posture": tags("human_motion", "character"),
            "row": tags("camera_motion"),
            "footbar": tags("human_motion"),
        },
        framing={"footbar": "close"},
        last=tags("typography"),
        cast=("Maya",),
        meta_free=("Instagram", "square"),
    ),
    Case(
        "record shop numbered timings",
        "Spin Cycle Records, 40s promo:\n"
        "1. (8s) Rain on the shop window, neon OPEN sign glowing behind it\n"
        "2. (6s) Hands flicking through crates of vinyl\n"
        "3. (10s) Owner Dez drops the needle on a record, close on the stylus\n"
        "4. (8s) Customers nodding along in the listening corner\n"
        "5. (8s) Shop front at dusk with the logo and 'Saturdays till 9'",
        shots=(5, 5),
        seconds=40,
        durations=(8, 6, 10, 8, 8),
        tagged={"rain": tags("physics"), "crates": tags("human_motion")},
        last=tags("typography"),
        cast=("Dez",),
        meta_free=("promo",),
    ),
    Case(
        "student film email one take",
        "Hi there,\n\n"
        "I'm a second-year film student at Bristol and I'm planning my short, \"Last Bus\". I "
        "want the opening to be one continuous take, about 45 seconds, widescreen. The camera "
        "starts on an empty bus shelter in the rain, then tracks along the pavement as Nadia "
        "runs for the bus, follows her up the steps as the doors fold shut, and settles on her "
        "face in the window as the city lights slide past. No cuts at all.\n\n"
        "Thanks so much,\nTom",
        shots=(1, 4),
        seconds=45,
        aspect="16:9",
        every=tags("camera_motion"),
        somewhere=tags("character", "human_motion"),
        cast=("Nadia",),
        meta_free=("Thanks", "second-year"),
    ),
    Case(
        "cider one-liner",
        "30s vertical reel for Orchard Gate Cider: apples, the press, pouring a glass, done.",
        shots=(3, 5),
        seconds=30,
        aspect="9:16",
        somewhere=tags("product"),
        tagged={"glass": tags("physics")},
        meta_free=("reel",),
    ),
    Case(
        "car detailer six shots 4:5",
        "Need 6 shots for Gleam Auto Detailing, 4:5 for Instagram feed, 24 seconds total. Show "
        "a muddy SUV rolling in, the snow foam going on, a pressure washer blasting it off, "
        "polishing the bonnet by hand, a water beading macro on the paint, and the gleaming car "
        "reversing out with our logo at the end.",
        shots=(6, 6),
        seconds=24,
        aspect="4:5",
        tagged={
            "foam": tags("physics"),
            "washer": tags("physics"),
            "bonnet": tags("human_motion"),
            "beading": tags("physics"),
        },
        framing={"beading": "extreme-close"},
        last=tags("typography"),
        meta_free=("Instagram", "feed"),
    ),
    Case(
        "hairdresser German",
        "Hallo! Wir sind der Salon Schnittpunkt in Köln. Wir hätten gern ein kurzes Video, 20 "
        "Sekunden, im Hochformat für Instagram Reels. Zuerst eine Kundin, die sich im Spiegel "
        "ansieht, dann die Friseurin Lena beim Haareschneiden, Nahaufnahme der Schere, dann das "
        "Föhnen mit fliegenden Haaren, und zum Schluss unser Logo. Danke!",
        shots=(4, 6),
        seconds=20,
        aspect="9:16",
        note="English",
    ),
    Case(
        "campsite drone opening",
        "Pinewood Hollow Campsite in the Lake District wants a one-minute film for our website "
        "homepage. Start with a drone shot sweeping over the lake and the tents at sunrise. Then "
        "a family pitching their tent, kids chasing each other between the pines, sausages "
        "sizzling on a campfire, and a couple in camp chairs watching the stars. Finish on the "
        "campsite sign with our web address pinewoodhollow.co.uk.",
        shots=(5, 7),
        seconds=60,
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial"},
        tagged={"family": tags("human_motion"), "campfire": tags("physics")},
        last=tags("typography"),
        meta_free=("homepage",),
    ),
    Case(
        "kids football coach throughout",
        "Hi, I run the Under-9s at Millbrook Rovers. Could you plan a 30 second clip for our "
        "end-of-season night? Our coach Dave is in it throughout. Dave setting out cones on a "
        "frosty morning, Dave high-fiving the kids as they arrive, a match with a kid scoring "
        "and the team piling on, Dave giving a team talk in the rain, and last the whole squad "
        "with Dave holding the trophy. Cheers, Karen",
        shots=(5, 6),
        seconds=30,
        every=tags("character"),
        tagged={"cones": tags("human_motion"), "talk": tags("dialogue")},
        cast=("Dave",),
        meta_free=("Cheers", "Karen"),
    ),
    Case(
        "vintage store reels end card",
        "Reels ad for Second Skin Vintage. 15s. Rails of 70s leather jackets, a customer "
        "twirling in a floral dress in front of the mirror, the shop cat Mabel asleep on a pile "
        "of denim, then an end card: secondskinvintage.com — new drops every Friday.",
        shots=(4, 5),
        seconds=15,
        aspect="9:16",
        tagged={"dress": tags("human_motion", "physics"), "denim": tags("character")},
        last=tags("typography"),
        cast=("Mabel",),
        meta_free=("Reels",),
    ),
    Case(
        "glassblower unbroken shot",
        "For Ember Glass Studio: one unbroken shot, 20 seconds, starting on the glowing furnace "
        "mouth, pushing in as Ruth gathers molten glass on the pipe, then circling round her as "
        "she blows and turns the bubble. Keep the roar of the furnace as the soundtrack, no "
        "music.",
        shots=(1, 3),
        seconds=20,
        every=tags("camera_motion"),
        somewhere=tags("physics", "sound", "character"),
        cast=("Ruth",),
    ),
    Case(
        "city tour numbered voice-over",
        "Walk & Talk Edinburgh — 45 sec, 16:9, with a voice-over from our guide.\n"
        "1. Wide of the castle on the rock at dawn\n"
        "2. Our guide Fiona leading a group down the Royal Mile, talking to camera\n"
        "3. Tourists laughing in a narrow close\n"
        "4. Tracking shot up the steps of Calton Hill\n"
        "5. Sunset over the city from the top\n"
        "6. Logo and walkandtalkedinburgh.com",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        somewhere=tags("sound"),
        tagged={
            "castle": tags("architecture"),
            "group": tags("character", "dialogue"),
            "steps": tags("camera_motion"),
        },
        framing={"castle": "wide"},
        last=tags("typography"),
        cast=("Fiona",),
    ),
    Case(
        "night market 9:16 real sound",
        "Night market at Canal Yard every Friday — can you put together a 9:16 clip, 25 "
        "seconds? Lanterns strung overhead, steam rising off dumpling baskets, a vendor flipping "
        "noodles in a wok with flames, crowds drifting between the stalls, and finish on the "
        "date and address on screen. Want the real market noise, sizzling and chatter, no "
        "music.",
        shots=(4, 6),
        seconds=25,
        aspect="9:16",
        somewhere=tags("sound"),
        tagged={"dumpling": tags("physics"), "wok": tags("physics", "human_motion")},
        last=tags("typography"),
    ),
    Case(
        "rowing club timecodes",
        "Avon Rowing Club recruitment film, 30s, landscape.\n"
        "0–5s: mist on the river at dawn, empty\n"
        "5–12s: drone following an eight as it slices through the water\n"
        "12–20s: close on the oars catching, spray off the blades\n"
        "20–26s: crew lifting the boat onto their shoulders back at the boathouse\n"
        "26–30s: 'Learn to row – open day 14 June' title card",
        shots=(5, 5),
        seconds=30,
        durations=(5, 7, 8, 6, 4),
        aspect="16:9",
        first=tags("landscape"),
        tagged={
            "drone": tags("camera_motion"),
            "spray": tags("physics"),
            "boathouse": tags("human_motion"),
        },
        framing={"drone": "aerial", "oars": "close"},
        last=tags("typography"),
    ),
    Case(
        "tea house watercolour square",
        "Little Kettle Tea House would like a gentle 20-second square video in a hand-drawn "
        "watercolour style. A teapot pouring into a small cup, steam curling up, leaves "
        "unfurling in a glass pot, and our name written in brush lettering at the end.",
        shots=(3, 5),
        seconds=20,
        aspect="1:1",
        every=tags("stylized"),
        tagged={"teapot": tags("physics")},
        last=tags("typography"),
        meta_free=("square",),
    ),
)
