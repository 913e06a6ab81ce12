"""FRESH_H: twenty fresh briefs, each with what a careful reader would insist on.

The expectations were written and committed before the planner was run on any of these briefs;
this set is a one-time held-out measurement. The briefs are unseen by the planner's author: new
subjects, mixed voices and formats (a chatty message, a bullet list, numbered shots with lengths,
an email with greeting and sign-off, a voice-note transcript with a self-correction, a director's
treatment, timecodes, a one-liner, a non-native English writer, French, Spanish, an explicit shot
count, a continuous take, recurring named characters, end cards, aspect ratios said many ways).

Measured once, held out (stop 22, after sets D, F, G and E were fixed): this stop's planner met
every expectation of 3 of 20 briefs and 128 of 177 single expectations (72%); the planner before
this stop, 2 of 20 and 111 of 177 (63%). Then fixed as development cases: 11 of 20 (the rest are
strict xfails in test_corpus, with reasons).
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_H: tuple[Case, ...] = (
    Case(
        "plumber, chatty message",
        "hey! so I need a quick vertical video for my plumbing business, Dripfix Plumbing. "
        "something like 20 seconds for TikTok. start with water spraying out of a burst pipe "
        "under a kitchen sink, a panicked homeowner on the phone, then me pulling up in the van, "
        "fixing the leak with a wrench, and the homeowner giving me a thumbs up. end with our "
        "phone number 0800 555 0199 on screen. thanks!!",
        shots=(5, 7),
        seconds=20,
        aspect="9:16",
        tagged={"pipe": tags("physics"), "wrench": tags("human_motion")},
        last=tags("typography"),
        cast=("Dripfix",),
        meta_free=("TikTok", "thanks"),
    ),
    Case(
        "nail salon, bullet list for Reels",
        "Reel for Polished & Co nail studio\n"
        "- close up of a nail tech painting a glossy red coat on a client's nails\n"
        "- the bottle of polish being shaken\n"
        "- the client admiring her hands in the window light\n"
        "- our logo over a pink background\n"
        "~15 sec, upbeat music",
        shots=(4, 5),
        seconds=15,
        aspect="9:16",
        framing={"@first": "close"},
        tagged={"tech": tags("human_motion"), "logo": tags("typography")},
        untagged={"logo": tags("human_motion")},
        meta_free=("Reel",),
    ),
    Case(
        "woodworker, numbered shots with lengths",
        "Shot list for my workshop channel intro (walnut cutting board build):\n"
        "1. Wide of the workshop at dawn, dust hanging in the light — 4s\n"
        "2. Close on my hands running a plane along the walnut edge, shavings curling off — 3s\n"
        "3. Table saw cutting a strip, sawdust spraying — 3s\n"
        "4. Glue-up: clamps tightened one by one — 4s\n"
        "5. Slow pan across the finished board with oil soaking into the grain — 4s\n"
        '6. Title card: "Hollow Oak Woodworks" — 2s',
        shots=(6, 6),
        seconds=20,
        durations=(4, 3, 3, 4, 4, 2),
        tagged={
            "plane": tags("human_motion"),
            "sawdust": tags("physics"),
            "board": tags("camera_motion"),
        },
        framing={"plane": "close"},
        last=tags("typography"),
    ),
    Case(
        "language school, email",
        "Hi there,\n\n"
        "We're Lingua Bridge, a small language school in Leeds, and we'd like a 30-second "
        "widescreen promo for our autumn Spanish and Japanese evening classes. Ideas: a teacher "
        "writing 'Hola' on a whiteboard, students laughing as they practise a conversation in "
        "pairs, a close-up of a Japanese workbook with someone tracing kana with a pen, the "
        "street outside our building at dusk with the lights on, and finally a card with "
        "'Enrol now – linguabridge.co.uk'.\n\n"
        "Could the teacher say 'Welcome to class!' to camera at the start?\n\n"
        "Many thanks,\n"
        "Harriet Cole\n"
        "Marketing, Lingua Bridge",
        shots=(5, 6),
        seconds=30,
        first=tags("dialogue"),
        framing={"workbook": "close"},
        tagged={"street": tags("architecture")},
        last=tags("typography"),
        not_cast=("Harriet",),
        meta_free=("Harriet", "thanks"),
    ),
    Case(
        "bike shop, voice note with a self-correction",
        "ok so um, for the shop video, it's Spokes & Co on Mill Road, uh, I'm thinking we open "
        "on the front window with all the bikes hanging, then a mechanic, that's Dev, truing a "
        "wheel on the stand, like spinning it and tweaking it, then um a customer test riding a "
        "gravel bike down the street outside — no wait, not the street, the little park across "
        "the road — and then Dev again handing over the keys, no, not keys, handing the bike "
        "over and shaking hands. Maybe forty seconds? Landscape is fine. Yeah. That's it.",
        shots=(4, 5),
        seconds=40,
        cast=("Dev",),
        tagged={"wheel": tags("human_motion", "character"), "park": tags("human_motion")},
        meta_free=("keys", "Landscape", "forty"),
    ),
    Case(
        "elopement photographer, director's treatment",
        "TREATMENT — 'Just Us' (teaser for Fern & Ash Elopements)\n\n"
        "We open on fog rolling over a Highland ridge at first light; the camera drifts slowly "
        "forward through the mist. A couple, Maren and Theo, climb the last rocky stretch hand "
        "in hand, her veil whipping in the wind. At the summit they read handwritten vows to "
        "each other — we hear their voices, half lost to the wind. The photographer, a small "
        "figure at the edge of frame, lifts her camera. We end on a drone shot pulling up and "
        "away from the couple until they vanish into the landscape, and the words 'Just Us' "
        "fade in over the clouds.\n\n"
        "Deliver in widescreen, 45 seconds.",
        shots=(5, 6),
        seconds=45,
        cast=("Maren", "Theo"),
        first=tags("landscape", "camera_motion"),
        tagged={"veil": tags("physics"), "vows": tags("dialogue")},
        framing={"drone": "aerial"},
        last=tags("typography"),
    ),
    Case(
        "dance school recital, timecodes",
        "Step Up Dance Academy – summer recital promo, vertical 9:16\n"
        "0:00–0:03 ballet students in white tutus spinning on a dark stage, spotlight\n"
        "0:03–0:07 hip hop crew mid-routine, jumping in sync\n"
        "0:07–0:10 close on pointe shoes tapping the floor\n"
        "0:10–0:13 parents clapping in the audience\n"
        "0:13–0:15 text: 'Recital – June 21 – Tickets at the door'",
        shots=(5, 5),
        seconds=15,
        aspect="9:16",
        durations=(3, 4, 3, 3, 2),
        tagged={"tutus": tags("human_motion"), "crew": tags("human_motion")},
        framing={"pointe": "close"},
        last=tags("typography"),
    ),
    Case(
        "vegan food truck, one-liner",
        "15s square clip for Green Wheels vegan food truck: jackfruit tacos sizzling on the "
        "griddle, the line of customers at the window, logo at the end.",
        shots=(3, 4),
        seconds=15,
        aspect="1:1",
        tagged={"tacos": tags("product")},
        last=tags("typography"),
        nowhere=tags("dialogue"),
        meta_free=("square",),
    ),
    Case(
        "solar installer, non-native English",
        "Hello, we are SunPeak company, we install solar panels on house roofs. We want video of "
        "30 second for to put on our website, in horizontal. First is show the sun raising over "
        "the houses of the village. After, our two workers climbing the ladder and they are "
        "fixing the panels on the roof with drill. Then is the family in kitchen, the mother is "
        "looking the app on phone how much energy they make today. Final is our logo and slogan "
        '"Energy from your roof". Thank you very much',
        shots=(4, 5),
        seconds=30,
        first=tags("landscape"),
        tagged={"ladder": tags("human_motion")},
        last=tags("typography"),
        meta_free=("website", "Thank"),
    ),
    Case(
        "children's book trailer, French",
        "Bonjour ! Je suis autrice jeunesse et je voudrais une bande-annonce de 30 secondes pour "
        "mon nouvel album, « Léon le hérisson ». Style aquarelle, format vertical pour "
        "Instagram. Léon, un petit hérisson, se réveille dans son terrier, part à travers la "
        "forêt d'automne, rencontre une chouette sur une branche, puis s'endort sous la lune. "
        "À la fin : la couverture du livre et « En librairie le 4 mars ». Merci beaucoup !",
        shots=(4, 6),
        seconds=30,
        aspect="9:16",
        every=tags("stylized"),
        cast=("Léon",),
        last=tags("typography"),
        meta_free=("Instagram",),
        note="English",
    ),
    Case(
        "rescue dog appeal, Spanish",
        "Hola, somos la protectora Patitas Felices. Necesitamos un video de 20 segundos, "
        "vertical (9:16), para pedir que adopten a Canela, una perra mestiza de tres años. "
        "Primero Canela mirando por la reja del refugio, después una voluntaria la saca a "
        "pasear por la playa y Canela corre por la arena, y al final Canela dormida en un sofá "
        "con el texto «Adopta a Canela – patitasfelices.org». Gracias.",
        shots=(3, 4),
        seconds=20,
        aspect="9:16",
        every=tags("character"),
        cast=("Canela",),
        last=tags("typography"),
        meta_free=("Gracias",),
        note="English",
    ),
    Case(
        "mountain bike trail, one continuous take",
        "MTB edit for Ridgeback Trails. Opening: aerial of the pine forest with the singletrack "
        "snaking through it. Then follow-cam behind the rider, Kai, as he drops into the rock "
        "garden — the same take continues as he hits the berm and launches off the tabletop "
        "jump, in one continuous move. Slow-mo of dust and gravel kicking up from the rear tyre. "
        "End with Kai at the top of the trail, helmet off, grinning, and the Ridgeback Trails "
        "logo. 40 seconds, 16:9.",
        shots=(4, 6),
        seconds=40,
        framing={"@first": "aerial"},
        chained=("berm",),
        cast=("Kai",),
        tagged={"rock": tags("camera_motion"), "dust": tags("physics")},
        last=tags("typography"),
    ),
    Case(
        "sprint triathlon, explicit shot count",
        "Need exactly 6 shots for the Lakeside Sprint Triathlon recap, 36 seconds total, "
        "6 seconds each. 1) swimmers churning the lake at the start horn, spray everywhere "
        "2) athletes sprinting through transition pulling off wetsuits 3) cyclists in a tight "
        "pack on the lakeside road 4) a runner grabbing a cup at the water station and "
        "splashing it over her head 5) the finish line arch with a runner crossing, arms up "
        "6) medals being handed out, with 'Lakeside Sprint 2025' on screen.",
        shots=(6, 6),
        seconds=36,
        durations=(6, 6, 6, 6, 6, 6),
        tagged={
            "swimmers": tags("physics", "human_motion"),
            "wetsuits": tags("human_motion"),
            "cup": tags("physics", "human_motion"),
        },
        last=tags("typography"),
    ),
    Case(
        "synth-pop music video, recurring singer",
        "music video idea for our synth-pop single 'Neon Tide', regular widescreen. Our singer "
        "Juno (silver bob wig, white vinyl jacket) walks through an empty rain-soaked city at "
        "night, pink and teal neon reflecting in the puddles. She lip-syncs the chorus in a "
        "phone booth. Cut to her driving a convertible down a coastal highway at dusk, hair "
        "blowing. Final shot: Juno alone on a rooftop, the camera orbiting her as fireworks go "
        "off. around 60 sec for now",
        shots=(4, 6),
        seconds=(55, 65),
        cast=("Juno",),
        every=tags("character"),
        first=tags("architecture"),
        tagged={"puddles": tags("physics"), "rooftop": tags("camera_motion", "physics")},
    ),
    Case(
        "horror short, masked figure",
        "Horror short, 'The Lodger'. 4 shots, 6 seconds each, 16:9.\n"
        "1. A hallway in an old boarding house, a single bulb flickering. A figure in a cracked "
        "porcelain mask stands at the far end.\n"
        "2. Ellie, 20s, in a nightgown, opens her bedroom door a crack and peers out.\n"
        "3. Over Ellie's shoulder: the hallway is empty now.\n"
        "4. Extreme close-up of Ellie's eye — reflected in it, the masked figure is right "
        "behind her.\n"
        "No music, just the hum of the bulb and floorboards creaking.",
        shots=(4, 4),
        seconds=24,
        durations=(6, 6, 6, 6),
        cast=("Ellie",),
        first=tags("architecture"),
        tagged={"mask": tags("character")},
        framing={"eye": "extreme-close"},
        somewhere=tags("sound"),
    ),
    Case(
        "paper cut-out animated short",
        "A 25-second animated short in a paper cut-out style (like layered construction paper, "
        "visible shadows between layers). A little paper fox named Pip chases a red kite across "
        "rolling green hills; the wind snatches the kite up over a village of paper houses; Pip "
        "climbs a tree to get it back; final shot Pip flying the kite at sunset. Square format "
        "please.",
        shots=(4, 5),
        seconds=25,
        aspect="1:1",
        every=tags("stylized"),
        cast=("Pip",),
        tagged={"hills": tags("landscape"), "village": tags("architecture")},
        meta_free=("Square",),
    ),
    Case(
        "smart lock product demo",
        "Product demo – Keyla Smart Lock X2. Square 1:1, 30 sec.\n"
        "Shots:\n"
        "• Hero shot: the lock on a matte black front door, slow push-in\n"
        "• Close-up of a thumb pressing the fingerprint pad, the ring lights up green\n"
        "• A dad with arms full of grocery bags, the door unlocks automatically as he approaches\n"
        "• Phone screen showing the Keyla app with 'Front door: Locked'\n"
        "• End card: Keyla logo + 'Lock smarter.'",
        shots=(5, 5),
        seconds=30,
        aspect="1:1",
        cast=("Keyla",),
        first=tags("product", "camera_motion"),
        framing={"fingerprint": "close"},
        tagged={"screen": tags("typography")},
        last=tags("typography"),
    ),
    Case(
        "cast-iron cookware, 4:5 feed ad",
        "For our Instagram feed (4:5): Castmere cast-iron skillet ad, 20 seconds. Butter melting "
        "and foaming in the hot skillet, a steak laid in with a big sizzle and a puff of smoke, "
        "hands basting with a spoon, then the skillet on a wooden table with the Castmere name "
        "embossed on the handle in close-up. Moody, dark kitchen lighting. Voice-over: 'Built to "
        "outlast you.'",
        shots=(4, 5),
        seconds=20,
        aspect="4:5",
        cast=("Castmere",),
        tagged={"butter": tags("physics", "product"), "basting": tags("human_motion")},
        framing={"handle": "close"},
        somewhere=tags("sound"),
        meta_free=("Instagram",),
    ),
    Case(
        "sunrise timelapse, single locked-off shot",
        "Sunrise timelapse over the lake at Hallstatt, 10 seconds, one shot, locked-off tripod, "
        "mist burning off the water as the sky goes from purple to gold.",
        shots=(1, 1),
        seconds=10,
        every=tags("landscape"),
        tagged={"mist": tags("physics")},
        nowhere=tags("camera_motion", "human_motion", "character"),
    ),
    Case(
        "community choir concert, real sound",
        "Promo for the Harbour City Community Choir's winter concert. We want the real sound of "
        "the choir in it, not stock music! Wide shot of the choir on the risers in the old stone "
        "church, candles everywhere; slow dolly along the front row of singers' faces; the "
        "conductor, Mrs. Okafor, raising her hands for the final chord; close-up on a candle "
        "flame flickering; title card 'Winter Light – Dec 14, St. Mary's, 7pm'. About 30 sec, "
        "horizontal.",
        shots=(5, 6),
        seconds=30,
        somewhere=tags("sound"),
        tagged={"church": tags("architecture"), "row": tags("camera_motion")},
        cast=("Okafor",),
        framing={"flame": "close"},
        last=tags("typography"),
    ),
)
